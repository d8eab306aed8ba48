import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalogModuleKserve } from './module';

// The real catalog with the module, reading the lifecycle list through the
// real discovery and service-to-service auth from a stand-in for the
// LiteMaaS backend plugin.

const MANIFEST = `
apiVersion: serving.kserve.io/v1alpha2
kind: LLMInferenceService
metadata:
  name: granite
  namespace: llm
  annotations:
    litemaas.io/owner: group:default/ml-platform
    litemaas.io/model-name: granite-3.1-2b-instruct
spec:
  model:
    uri: hf://ibm-granite/granite-3.1-2b-instruct
    name: ibm-granite/granite-3.1-2b-instruct
`;

const LIFECYCLE = {
  items: [
    {
      modelName: 'granite-3.1-2b-instruct',
      state: 'deprecated',
      replacement: 'granite-4',
      retireAt: '2027-01-31T00:00:00.000Z',
    },
  ],
};

/** Answers 503 (still starting) first, then the list; records callers. */
function fakeLiteMaas(callers: string[]) {
  return createBackendPlugin({
    pluginId: 'litemaas',
    register(reg) {
      reg.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
        },
        async init({ httpRouter, httpAuth }) {
          httpRouter.use(async (req, res, next) => {
            if (req.method !== 'GET' || req.path !== '/models/lifecycle') {
              next();
              return;
            }
            try {
              const credentials = await httpAuth.credentials(req, {
                allow: ['service'],
              });
              callers.push(credentials.principal.subject);
            } catch (error) {
              next(error);
              return;
            }
            if (callers.length === 1) {
              res.status(503).json({ error: { message: 'starting' } });
              return;
            }
            res.json(LIFECYCLE);
          });
        },
      });
    },
  });
}

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

describe('the catalog with the KServe module and LiteMaaS deprecations', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kserve-lifecycle-'));
    fs.writeFileSync(path.join(tmp, 'granite.yaml'), MANIFEST);
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const config = () =>
    mockServices.rootConfig.factory({
      data: {
        catalog: {
          processingInterval: { seconds: 1 },
          providers: {
            kserve: {
              models: { directory: tmp, cluster: 'prod', entityShape: 'both' },
            },
            // Retries after a failure within a second.
            kserveLifecycle: { refreshSeconds: 1 },
          },
        },
      },
    });

  it('marks the entities of a deprecated model, once the LiteMaaS backend answers', async () => {
    const callers: string[] = [];
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleKserve,
        fakeLiteMaas(callers),
        config(),
      ],
    });
    const byKind = async () => {
      const items = await entitiesOf(
        server,
        'metadata.annotations.litemaas.io/model-name=granite-3.1-2b-instruct',
      );
      return new Map(items.map(item => [item.kind, item]));
    };
    const entities = await waitFor(
      byKind,
      items =>
        items.size === 4 &&
        [...items.values()].every(
          item =>
            item.metadata.annotations?.['litemaas.io/deprecation'] ===
            'deprecated',
        ),
      'the four entities marked deprecated',
    );
    for (const kind of ['Component', 'API', 'AiModelServerAPI']) {
      expect(entities.get(kind)?.spec?.lifecycle).toBe('deprecated');
    }
    const resource = entities.get('Resource')!;
    expect(resource.spec).not.toHaveProperty('lifecycle');
    expect(resource.metadata.annotations).toMatchObject({
      'litemaas.io/deprecation': 'deprecated',
      'litemaas.io/retire-at': '2027-01-31T00:00:00.000Z',
      'litemaas.io/replacement': 'granite-4',
    });
    // The first answer was 503, and the catalog called as itself.
    expect(callers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(callers)).toEqual(new Set(['plugin:catalog']));
  });

  it('starts without the LiteMaaS backend and leaves the entities as they are', async () => {
    const { server } = await startTestBackend({
      features: [catalogPlugin, catalogModuleKserve, config()],
    });
    const [api] = await waitFor(
      () => entitiesOf(server, 'kind=API'),
      items => items.length > 0,
      'the API entity',
    );
    // A few processing rounds, each failing to read the list.
    await new Promise(resolve => setTimeout(resolve, 2500));
    const [component] = await entitiesOf(server, 'kind=Component');
    for (const entity of [api, component]) {
      expect(entity.spec?.lifecycle).toBe('production');
      expect(entity.metadata.annotations).not.toHaveProperty(
        'litemaas.io/deprecation',
      );
    }
  });
});
