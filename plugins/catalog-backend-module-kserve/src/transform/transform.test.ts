import { Entity } from '@backstage/catalog-model';
import { validateEntity } from '../testUtils/catalog';
import {
  entityName,
  inspectModelServer,
  KServeObjectError,
  kserveObjectToEntities,
  parseManifest,
  safeStorageUri,
  toTag,
} from '.';

const context = { cluster: 'prod', location: 'kserve:prod' };

function isvc(overrides: Record<string, any> = {}): any {
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name: 'sklearn-iris',
      namespace: 'team-a',
      ...overrides.metadata,
    },
    spec: overrides.spec ?? {
      predictor: {
        model: {
          modelFormat: { name: 'sklearn' },
          storageUri: 'gs://models/iris',
        },
      },
    },
    ...(overrides.status ? { status: overrides.status } : {}),
  };
}

function byKind(entities: Entity[]) {
  const find = (kind: string) => entities.find(e => e.kind === kind)!;
  return {
    component: find('Component'),
    resource: find('Resource'),
    api: find('API'),
  };
}

describe('entityName', () => {
  it('joins cluster, namespace and name', () => {
    expect(entityName('prod', 'team-a', 'sklearn-iris')).toBe(
      'prod-team-a-sklearn-iris',
    );
  });

  it('sanitises to the catalog rules', () => {
    expect(entityName('Prod.EU_1', 'ns', 'x')).toBe('prod-eu-1-ns-x');
  });

  it('cuts long names to 63 characters with a hash that keeps them unique', () => {
    const long = 'a'.repeat(60);
    const one = entityName('prod', 'team', `${long}-one`);
    const two = entityName('prod', 'team', `${long}-two`);
    expect(one).toHaveLength(63);
    expect(two).toHaveLength(63);
    expect(one).not.toBe(two);
    expect(one).toMatch(/^prod-team-a+-[0-9a-f]{8}$/);
    // Deterministic.
    expect(entityName('prod', 'team', `${long}-one`)).toBe(one);
  });

  it('adds the hash on request, to tell colliding names apart', () => {
    const plain = entityName('c', 'a-b', 'c');
    expect(entityName('c', 'a', 'b-c')).toBe(plain);
    expect(entityName('c', 'a', 'b-c', { disambiguate: true })).not.toBe(
      entityName('c', 'a-b', 'c', { disambiguate: true }),
    );
  });
});

describe('toTag and safeStorageUri', () => {
  it('makes valid tags', () => {
    expect(toTag('NVIDIA GPU')).toBe('nvidia-gpu');
    expect(toTag('kserve-sklearnserver')).toBe('kserve-sklearnserver');
    expect(toTag('---')).toBeUndefined();
    expect(toTag('x'.repeat(80))).toHaveLength(63);
  });

  it('drops credentials and query strings from storage URIs', () => {
    expect(safeStorageUri('https://user:secret@host/model.tgz?sig=abc')).toBe(
      'https://host/model.tgz',
    );
    expect(safeStorageUri('s3://bucket/model')).toBe('s3://bucket/model');
  });
});

describe('kserveObjectToEntities', () => {
  it('builds a Component, a Resource and an API that the catalog accepts', async () => {
    const { entities, warnings } = kserveObjectToEntities(isvc(), context);
    expect(warnings).toEqual([]);
    const { component, resource, api } = byKind(entities);
    for (const entity of entities) await validateEntity(entity);

    expect(component.metadata.name).toBe('prod-team-a-sklearn-iris');
    expect(component.spec).toMatchObject({
      type: 'model-server',
      providesApis: ['api:prod-team-a-sklearn-iris'],
      dependsOn: ['resource:prod-team-a-sklearn-iris'],
      owner: 'unknown',
      lifecycle: 'production',
    });
    expect(resource.spec).toMatchObject({ type: 'ai-model', owner: 'unknown' });
    expect(api.spec?.type).toBe('openapi');
    const definition = JSON.parse(String(api.spec?.definition));
    expect(definition.servers[0].url).toBe(
      'http://sklearn-iris.team-a.svc.cluster.local',
    );
    expect(Object.keys(definition.paths)).toContain(
      '/v1/models/sklearn-iris:predict',
    );
    expect(component.metadata.annotations).toMatchObject({
      'backstage.io/managed-by-location': 'kserve:prod',
      'backstage.io/managed-by-origin-location': 'kserve:prod',
      'backstage.io/kubernetes-id': 'sklearn-iris',
      'backstage.io/kubernetes-namespace': 'team-a',
      'backstage.io/kubernetes-label-selector':
        'serving.kserve.io/inferenceservice=sklearn-iris',
      'litemaas.io/endpoint': 'http://sklearn-iris.team-a.svc.cluster.local',
      'litemaas.io/endpoint-predicted': 'true',
      'litemaas.io/ready': 'unknown',
      'litemaas.io/gpus': '0',
      'litemaas.io/model-format': 'sklearn',
      'litemaas.io/storage-uri': 'gs://models/iris',
    });
    expect(component.metadata.tags).toEqual(['kserve', 'sklearn']);
  });

  it('reads owner, lifecycle, system, display name, description and the LiteLLM model from annotations', () => {
    const { entities } = kserveObjectToEntities(
      isvc({
        metadata: {
          annotations: {
            'litemaas.io/owner': 'group:default/ml-platform',
            'litemaas.io/lifecycle': 'experimental',
            'litemaas.io/system': 'litemaas',
            'litemaas.io/model-name': 'granite-3.1-2b-instruct',
            'litemaas.io/tags': 'Demo, fraud detection',
            'openshift.io/display-name': 'Iris classifier',
            'openshift.io/description': 'Classifies irises.',
          },
        },
      }),
      {
        ...context,
        defaults: { owner: 'group:default/other', lifecycle: 'x' },
      },
    );
    const { component, resource, api } = byKind(entities);
    expect(component.spec).toMatchObject({
      owner: 'group:default/ml-platform',
      lifecycle: 'experimental',
      system: 'litemaas',
    });
    expect(resource.spec).toMatchObject({
      owner: 'group:default/ml-platform',
      system: 'litemaas',
    });
    expect(component.metadata.title).toBe('Iris classifier');
    expect(component.metadata.description).toBe('Classifies irises.');
    expect(component.metadata.tags).toEqual(
      expect.arrayContaining(['demo', 'fraud-detection']),
    );
    for (const entity of [component, resource, api]) {
      expect(entity.metadata.annotations?.['litemaas.io/model-name']).toBe(
        'granite-3.1-2b-instruct',
      );
    }
  });

  it('falls back to the configured defaults, and warns about an invalid owner', () => {
    const { entities, warnings } = kserveObjectToEntities(
      isvc({
        metadata: { annotations: { 'litemaas.io/owner': 'the ML team!' } },
      }),
      {
        ...context,
        defaults: {
          owner: 'group:default/ml-platform',
          lifecycle: 'experimental',
          system: 'litemaas',
        },
      },
    );
    expect(byKind(entities).component.spec).toMatchObject({
      owner: 'group:default/ml-platform',
      lifecycle: 'experimental',
      system: 'litemaas',
    });
    expect(warnings).toEqual([
      expect.stringContaining("invalid owner annotation 'the ML team!'"),
    ]);
  });

  it('uses the reported URL, readiness, replicas and GPUs', async () => {
    const { entities } = kserveObjectToEntities(
      isvc({
        spec: {
          predictor: {
            minReplicas: 1,
            maxReplicas: 3,
            model: {
              modelFormat: { name: 'huggingface' },
              runtime: 'vllm-runtime',
              storageUri: 'hf://ibm-granite/granite-3.1-2b-instruct',
              resources: {
                limits: { 'nvidia.com/gpu': '2', cpu: '8' },
                requests: { 'nvidia.com/gpu': '2' },
              },
            },
          },
        },
        status: {
          url: 'https://granite-team-a.apps.example.com',
          address: { url: 'http://granite.team-a.svc.cluster.local' },
          conditions: [
            { type: 'PredictorReady', status: 'True' },
            { type: 'Ready', status: 'True' },
          ],
          modelStatus: {
            transitionStatus: 'UpToDate',
            states: { activeModelState: 'Loaded' },
          },
        },
      }),
      context,
    );
    const { component, api } = byKind(entities);
    for (const entity of entities) await validateEntity(entity);
    expect(component.metadata.annotations).toMatchObject({
      'litemaas.io/endpoint': 'https://granite-team-a.apps.example.com',
      'litemaas.io/ready': 'true',
      'litemaas.io/model-state': 'Loaded',
      'litemaas.io/replicas': '1-3',
      'litemaas.io/gpus': '2',
      'litemaas.io/accelerator': 'nvidia-gpu',
      'litemaas.io/runtime': 'vllm-runtime',
      'litemaas.io/model-id': 'ibm-granite/granite-3.1-2b-instruct',
    });
    expect(component.metadata.annotations).not.toHaveProperty(
      'litemaas.io/endpoint-predicted',
    );
    expect(component.metadata.tags).toEqual(
      expect.arrayContaining(['nvidia-gpu', 'openai', 'huggingface']),
    );
    expect(component.metadata.links?.map(l => l.url)).toEqual([
      'https://granite-team-a.apps.example.com',
      'https://granite-team-a.apps.example.com/v1',
    ]);
    expect(api.spec?.type).toBe('openai');
    expect(JSON.parse(String(api.spec?.definition)).servers[0].url).toBe(
      'https://granite-team-a.apps.example.com/v1',
    );
  });

  it('falls back to status.address.url, and reports a failed model', () => {
    const server = inspectModelServer(
      isvc({
        status: {
          address: { url: 'http://sklearn-iris.team-a.svc.cluster.local' },
          conditions: [
            { type: 'Ready', status: 'False', reason: 'ModelLoadFailed' },
          ],
          modelStatus: {
            transitionStatus: 'BlockedByFailedLoad',
            states: { activeModelState: 'FailedToLoad' },
            lastFailureInfo: { message: 'no model at gs://models/iris' },
          },
        },
      }),
    );
    expect(server).toMatchObject({
      endpoint: 'http://sklearn-iris.team-a.svc.cluster.local',
      endpointPredicted: false,
      ready: 'false',
      readyReason: 'ModelLoadFailed',
      modelState: 'FailedToLoad',
    });
    // Without a Ready condition, the model state decides.
    expect(
      inspectModelServer(
        isvc({
          status: {
            modelStatus: {
              transitionStatus: 'BlockedByFailedLoad',
              states: { activeModelState: 'FailedToLoad' },
              lastFailureInfo: { message: 'boom' },
            },
          },
        }),
      ),
    ).toMatchObject({ ready: 'false', readyReason: 'boom' });
  });

  it('lets an annotation decide the API type', () => {
    const openai = kserveObjectToEntities(
      isvc({ metadata: { annotations: { 'litemaas.io/api-type': 'openai' } } }),
      context,
    );
    expect(byKind(openai.entities).api.spec?.type).toBe('openai');
    const openapi = kserveObjectToEntities(
      isvc({
        metadata: { annotations: { 'litemaas.io/api-type': 'openapi' } },
        spec: { predictor: { huggingface: { storageUri: 'hf://x/y' } } },
      }),
      context,
    );
    expect(byKind(openapi.entities).api.spec?.type).toBe('openapi');
  });

  it('uses the v2 protocol for Triton and v2 predictors', () => {
    const server = inspectModelServer(
      isvc({
        spec: { predictor: { triton: { storageUri: 'gs://m' } } },
      }),
    );
    expect(server.protocol).toBe('v2');
    const { entities } = kserveObjectToEntities(
      isvc({
        spec: {
          predictor: {
            pytorch: { protocolVersion: 'v2', storageUri: 'gs://m' },
          },
        },
      }),
      context,
    );
    const paths = JSON.parse(
      String(byKind(entities).api.spec?.definition),
    ).paths;
    expect(Object.keys(paths)).toContain('/v2/models/sklearn-iris/infer');
  });

  it('treats an LLMInferenceService as an OpenAI-compatible LLM server', async () => {
    const { entities } = kserveObjectToEntities(
      {
        apiVersion: 'serving.kserve.io/v1alpha2',
        kind: 'LLMInferenceService',
        metadata: { name: 'granite', namespace: 'llm' },
        spec: {
          model: { uri: 'hf://ibm-granite/granite-3.1-2b-instruct' },
          replicas: 2,
          template: {
            containers: [
              {
                name: 'main',
                resources: { limits: { 'nvidia.com/gpu': '1' } },
              },
            ],
          },
        },
        status: {
          url: 'https://gateway.example.com/llm/granite',
          conditions: [{ type: 'Ready', status: 'True' }],
        },
      },
      context,
    );
    for (const entity of entities) await validateEntity(entity);
    const { component, api } = byKind(entities);
    expect(api.spec?.type).toBe('openai');
    expect(component.metadata.annotations).toMatchObject({
      'litemaas.io/model-id': 'ibm-granite/granite-3.1-2b-instruct',
      'litemaas.io/replicas': '2',
      'litemaas.io/gpus': '1',
      'litemaas.io/ready': 'true',
      'backstage.io/kubernetes-label-selector':
        'app.kubernetes.io/name=granite,app.kubernetes.io/part-of=llminferenceservice',
    });
    expect(component.metadata.tags).toEqual(
      expect.arrayContaining(['llm', 'vllm', 'openai', 'nvidia-gpu']),
    );
  });

  it('rejects objects it cannot use with an error naming them', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /Not an object/],
      ['text', /Not an object/],
      [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } }, /Pod p/],
      [
        { ...isvc(), metadata: {} },
        /InferenceService <no name> has no metadata.name/,
      ],
      [
        { ...isvc(), spec: undefined },
        /InferenceService team-a\/sklearn-iris has no spec/,
      ],
      [{ ...isvc(), spec: ['x'] }, /has no spec/],
      [isvc({ spec: { predictor: 'sklearn' } }), /has no spec.predictor/],
    ];
    for (const [object, message] of cases) {
      expect(() => kserveObjectToEntities(object, context)).toThrow(
        KServeObjectError,
      );
      expect(() => kserveObjectToEntities(object, context)).toThrow(message);
    }
  });

  it('survives odd shapes anywhere in spec and status', async () => {
    const odd = [
      isvc({ spec: { predictor: {} } }),
      isvc({ spec: { predictor: { containers: 'nope' } } }),
      isvc({ spec: { predictor: { containers: [null, 1, { env: 'x' }] } } }),
      isvc({
        spec: {
          predictor: {
            model: { modelFormat: 'sklearn', resources: { limits: 'lots' } },
            minReplicas: 'many',
          },
        },
      }),
      isvc({
        spec: {
          predictor: {
            sklearn: { resources: { requests: { 'nvidia.com/gpu': 'x' } } },
          },
        },
      }),
      isvc({ status: { url: 42, conditions: 'Ready', address: [] } }),
      isvc({
        status: { url: 'not a url', conditions: [null, { type: 'Ready' }] },
      }),
      isvc({ status: { modelStatus: { states: null } } }),
      isvc({
        metadata: {
          annotations: {
            'litemaas.io/owner': 42,
            'openshift.io/display-name': '',
          },
        },
      }),
      {
        apiVersion: 'serving.kserve.io/v1alpha1',
        kind: 'LLMInferenceService',
        metadata: { name: 'llm' },
        spec: { model: 'hf://x', template: { containers: {} }, worker: [] },
      },
    ];
    for (const object of odd) {
      const { entities } = kserveObjectToEntities(object, context);
      expect(entities).toHaveLength(3);
      for (const entity of entities) await validateEntity(entity);
    }
  });
});

describe('parseManifest', () => {
  it('keeps KServe objects, unpacks lists and reports broken documents', () => {
    const text = [
      '# only a comment',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: { name: c }',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: serving.kserve.io/v1beta1',
      '    kind: InferenceService',
      '    metadata: { name: a }',
      '    spec: { predictor: { sklearn: {} } }',
      '---',
      'image: {broken}/x',
    ].join('\n');
    const parsed = parseManifest(text, 'models.yaml');
    expect(parsed.objects).toHaveLength(1);
    expect(parsed.errors).toEqual([
      expect.stringMatching(/^models.yaml \(document 3\): .*line 15/),
    ]);
    expect(parseManifest('', 'empty.yaml')).toEqual({
      objects: [],
      errors: [],
    });
  });
});
