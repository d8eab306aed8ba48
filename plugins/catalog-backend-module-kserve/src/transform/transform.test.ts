import { Entity } from '@backstage/catalog-model';
import { parse as parseYaml } from 'yaml';
import { validateEntity } from '../testUtils/catalog';
import {
  entityName,
  inspectModelServer,
  isKServeObject,
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

/**
 * The API entity's OpenAPI document. It must be a readable document, not one
 * line of JSON: the API docs' raw view shows the text as it is.
 */
function definitionOf(api: Entity): any {
  const text = String(api.spec?.definition);
  expect(text.trimStart().startsWith('{')).toBe(false);
  expect(text.split('\n').length).toBeGreaterThan(5);
  const document = parseYaml(text);
  expect(document.openapi).toBe('3.0.3');
  return document;
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
    const definition = definitionOf(api);
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
    // OpenAI-compatible, as an OpenAPI document Backstage's API docs render.
    expect(api.spec?.type).toBe('openapi');
    expect(api.metadata.annotations?.['litemaas.io/protocol']).toBe('openai');
    const definition = definitionOf(api);
    expect(definition.servers[0].url).toBe(
      'https://granite-team-a.apps.example.com/v1',
    );
    expect(Object.keys(definition.paths)).toEqual([
      '/models',
      '/chat/completions',
      '/completions',
    ]);
    expect(definition.info.title).toContain('OpenAI-compatible');
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

  it('lets an annotation decide whether the API is OpenAI-compatible', () => {
    const openai = byKind(
      kserveObjectToEntities(
        isvc({
          metadata: { annotations: { 'litemaas.io/api-type': 'openai' } },
        }),
        context,
      ).entities,
    ).api;
    expect(openai.spec?.type).toBe('openapi');
    expect(openai.metadata.annotations?.['litemaas.io/protocol']).toBe(
      'openai',
    );
    expect(Object.keys(definitionOf(openai).paths)).toContain(
      '/chat/completions',
    );
    const openapi = byKind(
      kserveObjectToEntities(
        isvc({
          metadata: { annotations: { 'litemaas.io/api-type': 'openapi' } },
          spec: { predictor: { huggingface: { storageUri: 'hf://x/y' } } },
        }),
        context,
      ).entities,
    ).api;
    expect(openapi.spec?.type).toBe('openapi');
    expect(openapi.metadata.annotations?.['litemaas.io/protocol']).toBe('v1');
    expect(Object.keys(definitionOf(openapi).paths)).toContain(
      '/v1/models/sklearn-iris:predict',
    );
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
    const paths = definitionOf(byKind(entities).api).paths;
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
    expect(api.spec?.type).toBe('openapi');
    expect(definitionOf(api).servers).toEqual([
      { url: 'https://gateway.example.com/llm/granite/v1' },
    ]);
    expect(component.metadata.annotations).toMatchObject({
      'litemaas.io/protocol': 'openai',
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

describe('transformers and explainers', () => {
  const predictor = { sklearn: { storageUri: 'gs://m' } };
  const annotationsOf = (spec: object) =>
    byKind(kserveObjectToEntities(isvc({ spec }), context).entities).component
      .metadata.annotations!;

  it('are annotations on the entities, with what runs them', async () => {
    const { entities } = kserveObjectToEntities(
      isvc({
        spec: {
          predictor,
          transformer: {
            containers: [
              { name: 'kserve-container', image: 'kserve/image-transformer:1' },
            ],
          },
          explainer: { alibi: { type: 'AnchorTabular', storageUri: 'gs://e' } },
        },
      }),
      context,
    );
    for (const entity of entities) {
      await validateEntity(entity);
      expect(entity.metadata.annotations).toMatchObject({
        'litemaas.io/transformer': 'kserve/image-transformer:1',
        'litemaas.io/explainer': 'alibi AnchorTabular',
      });
    }
    // The explainer's path is in the v1 definition too.
    expect(Object.keys(definitionOf(byKind(entities).api).paths)).toContain(
      '/v1/models/sklearn-iris:explain',
    );
  });

  it('name an explainer container by image, and a collocated transformer as such', () => {
    expect(
      annotationsOf({
        predictor,
        explainer: {
          containers: [{ name: 'explainer', image: 'aipipeline/aif:1' }],
        },
      })['litemaas.io/explainer'],
    ).toBe('aipipeline/aif:1');
    expect(
      annotationsOf({
        predictor,
        transformer: { custom: { container: { image: 'my-transformer:2' } } },
      })['litemaas.io/transformer'],
    ).toBe('my-transformer:2');
    expect(
      annotationsOf({
        predictor: {
          containers: [
            { name: 'kserve-container', image: 'pytorch/torchserve:0.9.0' },
            { name: 'transformer-container', image: 'kserve/transformer:3' },
          ],
        },
      })['litemaas.io/transformer'],
    ).toBe('kserve/transformer:3 (collocated)');
    // A transformer that says nothing about itself is still there.
    expect(
      annotationsOf({ predictor, transformer: {} })['litemaas.io/transformer'],
    ).toBe('yes');
  });

  it('are absent when the server has none', () => {
    const annotations = annotationsOf({
      predictor: {
        containers: [
          { name: 'kserve-container', image: 'a' },
          { name: 'logger', image: 'b' },
        ],
      },
    });
    expect(annotations).not.toHaveProperty('litemaas.io/transformer');
    expect(annotations).not.toHaveProperty('litemaas.io/explainer');
  });
});

describe('gRPC-only predictors', () => {
  const h2c = [{ name: 'h2c', containerPort: 7070, protocol: 'TCP' }];

  it('use the server’s own gRPC protocol, not v1', () => {
    const { entities } = kserveObjectToEntities(
      isvc({
        spec: { predictor: { pytorch: { storageUri: 'gs://m', ports: h2c } } },
      }),
      context,
    );
    const { component, api } = byKind(entities);
    expect(component.metadata.annotations).toMatchObject({
      'litemaas.io/protocol': 'grpc',
      'litemaas.io/grpc-port': '7070',
    });
    // No REST path answers: the document says so instead of listing v1's.
    const definition = definitionOf(api);
    expect(definition.paths).toEqual({});
    expect(definition.info.description).toContain('only gRPC on port 7070');
    expect(api.metadata.description).toMatch(/^gRPC API of/);
  });

  it('use grpc-v2 for v2 servers', () => {
    const protocolOf = (predictor: object) =>
      inspectModelServer(isvc({ spec: { predictor } })).protocol;
    expect(protocolOf({ triton: { storageUri: 'gs://m', ports: h2c } })).toBe(
      'grpc-v2',
    );
    expect(
      protocolOf({
        model: {
          modelFormat: { name: 'pytorch' },
          protocolVersion: 'v2',
          ports: [{ name: 'grpc-port', containerPort: 8081 }],
        },
      }),
    ).toBe('grpc-v2');
    expect(
      protocolOf({
        containers: [
          {
            name: 'kserve-container',
            image: 'x',
            ports: [{ name: 'h2c', containerPort: 9000 }],
          },
        ],
      }),
    ).toBe('grpc');
    expect(protocolOf({ sklearn: { protocolVersion: 'grpc-v2' } })).toBe(
      'grpc-v2',
    );
  });

  it('but an HTTP port, or no port, keeps REST', () => {
    const protocolOf = (predictor: object) =>
      inspectModelServer(isvc({ spec: { predictor } })).protocol;
    expect(
      protocolOf({
        pytorch: { ports: [{ name: 'http1', containerPort: 8080 }] },
      }),
    ).toBe('v1');
    expect(protocolOf({ triton: { ports: [{ containerPort: 9000 }] } })).toBe(
      'v2',
    );
    expect(protocolOf({ pytorch: {} })).toBe('v1');
    expect(inspectModelServer(isvc()).grpcPort).toBeUndefined();
  });
});

describe('the legacy v1alpha2 shape', () => {
  const legacy = (apiVersion: string) => ({
    apiVersion,
    kind: 'InferenceService',
    metadata: { name: 'flowers', namespace: 'team-a' },
    spec: {
      default: {
        predictor: { tensorflow: { storageUri: 'gs://kfserving/flowers' } },
      },
    },
  });

  it.each(['serving.kserve.io/v1alpha2', 'serving.kubeflow.org/v1alpha2'])(
    'is rejected with an error that says it is the legacy shape (%s)',
    apiVersion => {
      const object = legacy(apiVersion);
      // Taken in from manifests, so the warning is given...
      expect(isKServeObject(object)).toBe(true);
      // ...and it says what the object is, not merely "no spec.predictor".
      expect(() => kserveObjectToEntities(object, context)).toThrow(
        KServeObjectError,
      );
      expect(() => kserveObjectToEntities(object, context)).toThrow(
        `InferenceService team-a/flowers (${apiVersion}) is in the legacy v1alpha2 shape`,
      );
    },
  );

  it('is recognised by spec.default too, and other KFServing objects are not taken in', () => {
    expect(() =>
      kserveObjectToEntities(legacy('serving.kserve.io/v1beta1'), context),
    ).toThrow(/legacy v1alpha2 shape/);
    expect(
      isKServeObject({
        ...isvc(),
        apiVersion: 'serving.kubeflow.org/v1beta1',
      }),
    ).toBe(false);
  });
});

describe('entity shapes', () => {
  const granite = {
    apiVersion: 'serving.kserve.io/v1alpha2',
    kind: 'LLMInferenceService',
    metadata: {
      name: 'granite',
      namespace: 'llm',
      annotations: {
        'litemaas.io/owner': 'group:default/ml-platform',
        'litemaas.io/system': 'litemaas',
        'litemaas.io/model-name': 'granite-chat',
        'security.opendatahub.io/enable-auth': 'true',
      },
    },
    spec: {
      model: {
        uri: 'hf://ibm-granite/granite-3.1-2b-instruct',
        name: 'ibm-granite/granite-3.1-2b-instruct',
      },
    },
    status: { url: 'https://gateway.example.com/llm/granite' },
  };

  it('component-resource-api is the default', () => {
    const kinds = (shape?: any) =>
      kserveObjectToEntities(granite, { ...context, shape }).entities.map(
        e => e.kind,
      );
    expect(kinds()).toEqual(['Component', 'Resource', 'API']);
    expect(kinds('component-resource-api')).toEqual([
      'Component',
      'Resource',
      'API',
    ]);
  });

  it('ai-model-server emits one AiModelServerAPI per server', async () => {
    const { entities, warnings } = kserveObjectToEntities(granite, {
      ...context,
      shape: 'ai-model-server',
    });
    expect(warnings).toEqual([]);
    expect(entities).toHaveLength(1);
    const [server] = entities;
    await validateEntity(server);
    expect(server).toMatchObject({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'AiModelServerAPI',
      metadata: {
        name: 'prod-llm-granite',
        title: 'granite',
        tags: expect.arrayContaining(['kserve', 'llm', 'openai']),
        annotations: expect.objectContaining({
          'litemaas.io/model-name': 'granite-chat',
          'litemaas.io/endpoint': 'https://gateway.example.com/llm/granite',
          'litemaas.io/ready': 'unknown',
        }),
      },
    });
    expect(server.spec).toEqual({
      type: 'ai-model-server',
      lifecycle: 'production',
      owner: 'group:default/ml-platform',
      system: 'litemaas',
      serverType: 'openai-v1',
      serverUrl: 'https://gateway.example.com/llm/granite/v1',
      requiresApiKey: true,
      models: {
        discoverable: true,
        available: ['ibm-granite/granite-3.1-2b-instruct'],
        default: 'ibm-granite/granite-3.1-2b-instruct',
      },
    });
  });

  it('both emits all four, the AiModelServerAPI pointing at the API', async () => {
    const { entities } = kserveObjectToEntities(granite, {
      ...context,
      shape: 'both',
    });
    expect(entities.map(e => e.kind)).toEqual([
      'Component',
      'Resource',
      'API',
      'AiModelServerAPI',
    ]);
    for (const entity of entities) await validateEntity(entity);
    expect(entities[3].spec?.apiEntityRef).toBe('api:prod-llm-granite');
  });

  it('names KServe protocols and served models for other servers', () => {
    const specOf = (object: object) =>
      kserveObjectToEntities(object, { ...context, shape: 'ai-model-server' })
        .entities[0].spec;
    expect(specOf(isvc())).toEqual({
      type: 'ai-model-server',
      lifecycle: 'production',
      owner: 'unknown',
      serverType: 'kserve-v1',
      serverUrl: 'http://sklearn-iris.team-a.svc.cluster.local',
      models: {
        discoverable: false,
        available: ['sklearn-iris'],
        default: 'sklearn-iris',
      },
    });
    expect(
      specOf(
        isvc({
          metadata: {
            annotations: { 'litemaas.io/requires-api-key': 'false' },
          },
          spec: {
            predictor: {
              containers: [
                {
                  name: 'kserve-container',
                  image: 'x',
                  args: ['--model_name=mnist'],
                  ports: [{ name: 'h2c', containerPort: 8081 }],
                },
              ],
            },
          },
        }),
      ),
    ).toMatchObject({
      serverType: 'grpc',
      requiresApiKey: false,
      models: { available: ['mnist'], default: 'mnist' },
    });
    expect(
      specOf(isvc({ spec: { predictor: { triton: {} } } }))?.serverType,
    ).toBe('kserve-v2');
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
    // Other kinds are passed over, and said with their kind.
    expect(parsed.ignored).toEqual([
      'models.yaml (document 1): ConfigMap c (v1)',
    ]);
    expect(parseManifest('', 'empty.yaml')).toEqual({
      objects: [],
      errors: [],
      ignored: [],
    });
  });
});
