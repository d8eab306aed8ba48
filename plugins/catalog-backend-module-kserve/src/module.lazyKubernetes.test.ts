import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
} from '@backstage/plugin-catalog-node';
import { catalogModuleKserve } from './module';
import { SAMPLES_DIR } from './testUtils/paths';

// The Kubernetes client costs about 70 MB of memory: a portal that only
// reads manifests, or has not contacted its cluster yet, must not load it.
jest.mock('@kubernetes/client-node', () => {
  throw new Error('@kubernetes/client-node was loaded');
});

describe('catalogModuleKserve without a cluster contacted', () => {
  it('starts, ingests manifests and sets up cluster providers without loading the Kubernetes client', async () => {
    const providers: EntityProvider[] = [];
    const applied: unknown[] = [];
    await startTestBackend({
      extensionPoints: [
        [
          catalogProcessingExtensionPoint,
          {
            addEntityProvider: (
              ...added: Array<EntityProvider | EntityProvider[]>
            ) => providers.push(...added.flat()),
            addProcessor: () => {},
          },
        ],
      ],
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
    expect(providers).toHaveLength(2);
    const manifests = providers[0] as EntityProvider & {
      refresh(): Promise<void>;
    };
    await manifests.connect({
      applyMutation: async mutation => {
        applied.push(mutation);
      },
      refresh: async () => {},
    });
    await manifests.refresh();
    expect(applied.length).toBeGreaterThan(0);
  });
});
