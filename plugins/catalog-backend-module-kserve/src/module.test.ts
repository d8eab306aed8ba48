import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  CatalogProcessor,
  catalogProcessingExtensionPoint,
  EntityProvider,
} from '@backstage/plugin-catalog-node';
import { catalogModuleKserve } from './module';
import {
  AiModelServerApiEntityProcessor,
  ModelLifecycleProcessor,
} from './processor';
import { SAMPLES_DIR } from './testUtils/paths';

describe('catalogModuleKserve', () => {
  it('adds one provider per configured source, and the AiModelServerAPI kind', async () => {
    const providers: EntityProvider[] = [];
    const processors: CatalogProcessor[] = [];
    const extensionPoint = {
      addEntityProvider: (...added: Array<EntityProvider | EntityProvider[]>) =>
        providers.push(...added.flat()),
      addProcessor: (...added: Array<CatalogProcessor | CatalogProcessor[]>) =>
        processors.push(...added.flat()),
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
                  prod: {
                    url: 'https://api.prod.example.com:6443',
                    entityShape: 'ai-model-server',
                  },
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
    expect(processors).toEqual([
      expect.any(AiModelServerApiEntityProcessor),
      expect.any(ModelLifecycleProcessor),
    ]);
  });

  it('leaves out the model lifecycle processor when it is turned off', async () => {
    const addProcessor = jest.fn();
    await startTestBackend({
      extensionPoints: [
        [
          catalogProcessingExtensionPoint,
          { addEntityProvider: jest.fn(), addProcessor },
        ],
      ],
      features: [
        catalogModuleKserve,
        mockServices.rootConfig.factory({
          data: {
            catalog: { providers: { kserveLifecycle: { enabled: false } } },
          },
        }),
      ],
    });
    expect(addProcessor.mock.calls).toEqual([
      [expect.any(AiModelServerApiEntityProcessor)],
    ]);
  });

  it('adds no provider without configuration, but still the kind', async () => {
    const addEntityProvider = jest.fn();
    const addProcessor = jest.fn();
    await startTestBackend({
      extensionPoints: [
        [catalogProcessingExtensionPoint, { addEntityProvider, addProcessor }],
      ],
      features: [catalogModuleKserve],
    });
    expect(addEntityProvider).not.toHaveBeenCalled();
    expect(addProcessor).toHaveBeenCalledWith(
      expect.any(AiModelServerApiEntityProcessor),
    );
    expect(addProcessor).toHaveBeenCalledWith(
      expect.any(ModelLifecycleProcessor),
    );
  });

  it('refuses an unknown entityShape', async () => {
    await expect(
      startTestBackend({
        extensionPoints: [
          [
            catalogProcessingExtensionPoint,
            { addEntityProvider: jest.fn(), addProcessor: jest.fn() },
          ],
        ],
        features: [
          catalogModuleKserve,
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                providers: {
                  kserve: {
                    prod: {
                      url: 'https://api.prod.example.com:6443',
                      entityShape: 'rhdh',
                    },
                  },
                },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(/entityShape must be one of/);
  });
});
