import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
} from '@backstage/plugin-catalog-node';
import { catalogModuleKserve } from './module';
import { SAMPLES_DIR } from './testUtils/paths';

describe('catalogModuleKserve', () => {
  it('adds one provider per configured source', async () => {
    const providers: EntityProvider[] = [];
    const extensionPoint = {
      addEntityProvider: (...added: Array<EntityProvider | EntityProvider[]>) =>
        providers.push(...added.flat()),
    };
    await startTestBackend({
      extensionPoints: [[catalogProcessingExtensionPoint, extensionPoint]],
      features: [
        catalogModuleKserve,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              providers: {
                kserve: {
                  examples: { directory: SAMPLES_DIR, cluster: 'example' },
                  prod: { url: 'https://api.prod.example.com:6443' },
                },
              },
            },
          },
        }),
      ],
    });
    expect(providers.map(p => p.getProviderName())).toEqual([
      'KServeEntityProvider:examples',
      'KServeEntityProvider:prod',
    ]);
  });

  it('adds nothing without configuration', async () => {
    const addEntityProvider = jest.fn();
    await startTestBackend({
      extensionPoints: [
        [catalogProcessingExtensionPoint, { addEntityProvider }],
      ],
      features: [catalogModuleKserve],
    });
    expect(addEntityProvider).not.toHaveBeenCalled();
  });
});
