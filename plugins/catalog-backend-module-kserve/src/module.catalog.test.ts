import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalogModuleKserve } from './module';

// The real catalog, processing what the module's provider emits: the
// AiModelServerAPI kind is accepted because the module registers it.

const MANIFEST = `
apiVersion: serving.kserve.io/v1alpha2
kind: LLMInferenceService
metadata:
  name: granite
  namespace: llm
  annotations:
    litemaas.io/owner: group:default/ml-platform
spec:
  model:
    uri: hf://ibm-granite/granite-3.1-2b-instruct
    name: ibm-granite/granite-3.1-2b-instruct
`;

async function entitiesOf(
  server: { port(): number },
  filter: string,
): Promise<Entity[]> {
  const response = await fetch(
    `http://localhost:${server.port()}/api/catalog/entities/by-query?filter=${filter}`,
    { headers: { Authorization: mockCredentials.user.header() } },
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: Entity[] }).items;
}

async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

describe('the catalog with the KServe module', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kserve-catalog-'));
    fs.writeFileSync(path.join(tmp, 'granite.yaml'), MANIFEST);
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const config = (entityShape: string) =>
    mockServices.rootConfig.factory({
      data: {
        catalog: {
          processingInterval: { seconds: 1 },
          providers: {
            kserve: {
              models: {
                directory: tmp,
                cluster: 'prod',
                entityShape,
                schedule: {
                  frequency: { minutes: 10 },
                  timeout: { minutes: 1 },
                },
              },
            },
          },
        },
      },
    });

  it('accepts the AiModelServerAPI entities of entityShape both, related to their owner', async () => {
    const { server } = await startTestBackend({
      features: [catalogPlugin, catalogModuleKserve, config('both')],
    });
    // The API, an OpenAPI document, shows the provider's run was processed.
    const [api] = await waitFor(
      () => entitiesOf(server, 'kind=API'),
      items => items.length > 0,
      'the API entity',
    );
    expect(api.spec?.type).toBe('openapi');
    const [model] = await waitFor(
      () => entitiesOf(server, 'kind=AiModelServerAPI'),
      items => items.length > 0,
      'the AiModelServerAPI entity',
      10_000,
    );
    expect(model).toMatchObject({
      kind: 'AiModelServerAPI',
      metadata: { name: 'prod-llm-granite' },
      spec: {
        type: 'ai-model-server',
        serverType: 'openai-v1',
        apiEntityRef: 'api:prod-llm-granite',
      },
    });
    expect(model.relations).toEqual(
      expect.arrayContaining([
        {
          type: 'ownedBy',
          targetRef: 'group:default/ml-platform',
        },
      ]),
    );
  });

  it('would reject that kind without the processor the module registers', async () => {
    // The same entity from a provider without the processor: the catalog
    // reports it instead of accepting it.
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'AiModelServerAPI',
      metadata: {
        name: 'bare',
        annotations: {
          'backstage.io/managed-by-location': 'url:https://example.com/x',
          'backstage.io/managed-by-origin-location':
            'url:https://example.com/x',
        },
      },
      spec: {
        type: 'ai-model-server',
        lifecycle: 'production',
        owner: 'group:default/ml-platform',
        serverType: 'openai-v1',
        serverUrl: 'https://example.com/v1',
      },
    };
    // A built-in kind beside it shows when the catalog has processed both.
    const control: Entity = {
      ...entity,
      kind: 'Component',
      metadata: { ...entity.metadata, name: 'control' },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/ml-platform',
      },
    };
    const bareProvider = createBackendModule({
      pluginId: 'catalog',
      moduleId: 'bare-provider',
      register(reg) {
        reg.registerInit({
          deps: {
            catalog: catalogProcessingExtensionPoint,
            logger: coreServices.logger,
          },
          async init({ catalog }) {
            catalog.addEntityProvider({
              getProviderName: () => 'bare',
              connect: async connection => {
                await connection.applyMutation({
                  type: 'full',
                  entities: [entity, control].map(e => ({
                    entity: e,
                    locationKey: 'bare',
                  })),
                });
              },
            });
          },
        });
      },
    });
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        bareProvider,
        mockServices.rootConfig.factory({
          data: { catalog: { processingInterval: { seconds: 1 } } },
        }),
      ],
    });
    await waitFor(
      () => entitiesOf(server, 'kind=Component'),
      items => items.length > 0,
      'the control entity',
    );
    // And one more processing interval, for good measure.
    await new Promise(resolve => setTimeout(resolve, 1500));
    expect(await entitiesOf(server, 'kind=AiModelServerAPI')).toEqual([]);
  });
});
