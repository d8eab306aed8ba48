import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  EntityLink,
  KubernetesValidatorFunctions,
  parseEntityRef,
} from '@backstage/catalog-model';
import { KSERVE_ANNOTATIONS as A, KUBERNETES_ANNOTATIONS } from './annotations';
import { inspectModelServer } from './inspect';
import { entityName, toTag } from './names';
import { toYaml } from './yaml';
import { EntityShape, ModelServer, ServerPart, ServingProtocol } from './types';

/**
 * Where the entities come from, and the defaults for what the object does
 * not say.
 *
 * @public
 */
export interface EntityContext {
  /** Cluster name, the first part of every entity name. */
  cluster: string;
  /** `backstage.io/managed-by-location`, e.g. `kserve:prod` or `file:/x.yaml`. */
  location: string;
  /** `backstage.io/managed-by-origin-location`; defaults to `location`. */
  originLocation?: string;
  defaults?: { owner?: string; lifecycle?: string; system?: string };
  /** Namespace of manifests that name none (as `kubectl apply` does). */
  defaultNamespace?: string;
  /** Which entities to build; default `component-resource-api`. */
  shape?: EntityShape;
}

/**
 * The kind of Red Hat Developer Hub's AI model catalog for a model server
 * (the open Backstage RFC's `AiModelServerAPI`), and its `spec.type`.
 *
 * @public
 */
export const AI_MODEL_SERVER_KIND = 'AiModelServerAPI';
/** @public */
export const AI_MODEL_SERVER_TYPE = 'ai-model-server';

/**
 * `spec.serverType` of an `AiModelServerAPI` per protocol: `openai-v1` is the
 * well-known name of the OpenAI contract; the others name KServe's.
 */
export const SERVER_TYPES: Record<ServingProtocol, string> = {
  openai: 'openai-v1',
  v1: 'kserve-v1',
  v2: 'kserve-v2',
  'grpc-v2': 'kserve-grpc-v2',
  grpc: 'grpc',
};

/** Used when neither the object nor the configuration names an owner. */
export const FALLBACK_OWNER = 'unknown';
/** Used when neither the object nor the configuration names a lifecycle. */
export const FALLBACK_LIFECYCLE = 'production';

/** @public */
export interface TransformResult {
  entities: Entity[];
  /** Problems that did not stop the transform (e.g. an invalid owner). */
  warnings: string[];
}

const API_VERSION = 'backstage.io/v1alpha1';

function validRef(value: string, defaultKind: string): boolean {
  try {
    const ref = parseEntityRef(value, {
      defaultKind,
      defaultNamespace: 'default',
    });
    return (
      KubernetesValidatorFunctions.isValidObjectName(ref.name) &&
      KubernetesValidatorFunctions.isValidNamespace(ref.namespace)
    );
  } catch {
    return false;
  }
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

// Shared between all OpenAI definitions: only the server URL differs.
const OPENAI_PATHS = {
  '/models': {
    get: {
      summary: 'List the served models',
      responses: { '200': { description: 'The models' } },
    },
  },
  '/chat/completions': {
    post: {
      summary: 'Chat completion',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['model', 'messages'],
              properties: {
                model: { type: 'string' },
                messages: { type: 'array', items: { type: 'object' } },
                max_tokens: { type: 'integer' },
                stream: { type: 'boolean' },
              },
            },
          },
        },
      },
      responses: { '200': { description: 'The completion' } },
    },
  },
  '/completions': {
    post: {
      summary: 'Text completion',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['model', 'prompt'],
              properties: {
                model: { type: 'string' },
                prompt: { type: 'string' },
              },
            },
          },
        },
      },
      responses: { '200': { description: 'The completion' } },
    },
  },
};

function inferencePaths(server: ModelServer, model: string) {
  const json = (schema: object) => ({
    required: true,
    content: { 'application/json': { schema } },
  });
  if (server.protocol === 'v1') {
    const paths: Record<string, unknown> = {
      [`/v1/models/${model}`]: {
        get: {
          summary: 'Model readiness',
          responses: { '200': { description: 'Ready' } },
        },
      },
      [`/v1/models/${model}:predict`]: {
        post: {
          summary: 'Predict (KServe v1 protocol)',
          requestBody: json({
            type: 'object',
            required: ['instances'],
            properties: { instances: { type: 'array', items: {} } },
          }),
          responses: { '200': { description: 'Predictions' } },
        },
      },
    };
    if (server.components.includes('explainer')) {
      paths[`/v1/models/${model}:explain`] = {
        post: {
          summary: 'Explain a prediction',
          requestBody: json({ type: 'object' }),
          responses: { '200': { description: 'Explanation' } },
        },
      };
    }
    return paths;
  }
  return {
    '/v2/health/ready': {
      get: {
        summary: 'Server readiness',
        responses: { '200': { description: 'Ready' } },
      },
    },
    [`/v2/models/${model}`]: {
      get: {
        summary: 'Model metadata',
        responses: { '200': { description: 'Metadata' } },
      },
    },
    [`/v2/models/${model}/infer`]: {
      post: {
        summary: 'Inference (Open Inference Protocol v2)',
        requestBody: json({
          type: 'object',
          required: ['inputs'],
          properties: { inputs: { type: 'array', items: { type: 'object' } } },
        }),
        responses: { '200': { description: 'Outputs' } },
      },
    },
  };
}

/**
 * The OpenAPI document of a server's API, as an object; see
 * {@link apiDefinition} for the text.
 */
export function apiDocument(server: ModelServer, title: string): object {
  const source = `${server.kind} ${server.namespace}/${server.name}`;
  if (server.protocol === 'openai') {
    return {
      openapi: '3.0.3',
      info: {
        title: `${title} (OpenAI-compatible)`,
        version: 'v1',
        description: `OpenAI-compatible API of ${source}${
          server.modelId ? `, serving ${server.modelId}` : ''
        }.`,
      },
      servers: [{ url: joinUrl(server.endpoint, server.openAiPath ?? '') }],
      paths: OPENAI_PATHS,
    };
  }
  const port = server.grpcPort ? ` on port ${server.grpcPort}` : '';
  if (server.protocol === 'grpc') {
    // No REST path answers, and the gRPC service is the runtime's own.
    return {
      openapi: '3.0.3',
      info: {
        title,
        version: 'grpc',
        description: `${source} exposes only gRPC${port}, the model server's own gRPC API (${
          server.runtime ?? 'custom runtime'
        }); there is no REST path to describe.`,
      },
      servers: [{ url: server.endpoint }],
      paths: {},
    };
  }
  const grpc =
    server.protocol === 'grpc-v2'
      ? ` The server exposes the protocol over gRPC${port}; the same protocol over REST is shown.`
      : '';
  return {
    openapi: '3.0.3',
    info: {
      title,
      version: server.protocol,
      description: `KServe ${server.protocol} inference protocol of ${source}.${grpc}`,
    },
    servers: [{ url: server.endpoint }],
    paths: inferencePaths(server, server.servedModelName),
  };
}

/**
 * The OpenAPI document of a server's API, as the API entity's definition:
 * YAML, so that the API docs' raw view reads as a document rather than one
 * line of JSON; it is about a third larger than compact JSON (indented JSON
 * doubles it), which counts across thousands of servers.
 */
export function apiDefinition(server: ModelServer, title: string): string {
  return toYaml(apiDocument(server, title));
}

const PROTOCOL_LABELS: Record<ServingProtocol, string> = {
  openai: 'OpenAI-compatible',
  v1: 'KServe v1',
  v2: 'KServe v2 (Open Inference Protocol)',
  'grpc-v2': 'KServe v2 gRPC (Open Inference Protocol)',
  grpc: 'gRPC',
};

function tagsOf(server: ModelServer): string[] {
  const raw = [
    'kserve',
    server.kind === 'LLMInferenceService' ? 'llm' : undefined,
    server.modelFormat,
    server.runtime,
    server.protocol === 'openai' ? 'openai' : undefined,
    ...server.accelerators,
    ...server.extraTags,
  ];
  const tags = new Set<string>();
  for (const value of raw) {
    const tag = value ? toTag(value) : undefined;
    if (tag) tags.add(tag);
  }
  return [...tags];
}

function replicasText(server: ModelServer): string | undefined {
  const { minReplicas: min, maxReplicas: max } = server;
  if (min === undefined && max === undefined) return undefined;
  if (min === max || max === undefined) return String(min);
  return `${min ?? 1}-${max}`;
}

/** The annotation value of a transformer or explainer. */
function partText(part: ServerPart | undefined): string | undefined {
  if (!part) return undefined;
  const detail = part.detail ?? 'yes';
  return part.collocated ? `${detail} (collocated)` : detail;
}

function labelSelector(server: ModelServer): string {
  return server.kind === 'InferenceService'
    ? `serving.kserve.io/inferenceservice=${server.name}`
    : `app.kubernetes.io/name=${server.name},app.kubernetes.io/part-of=llminferenceservice`;
}

/**
 * The Component (model server), Resource (model) and API of one inspected
 * model server.
 *
 * @param disambiguate - adds a hash to the name (see {@link entityName})
 */
export function modelServerToEntities(
  server: ModelServer,
  context: EntityContext,
  options?: { disambiguate?: boolean },
): TransformResult {
  const warnings: string[] = [];
  const source = `${server.kind} ${server.namespace}/${server.name}`;
  const name = entityName(context.cluster, server.namespace, server.name, {
    disambiguate: options?.disambiguate,
  });

  const pickRef = (
    fromObject: string | undefined,
    fromConfig: string | undefined,
    kind: string,
    label: string,
  ) => {
    if (fromObject && validRef(fromObject, kind)) return fromObject;
    if (fromObject) {
      warnings.push(
        `${source}: ignoring invalid ${label} annotation '${fromObject}'`,
      );
    }
    return fromConfig;
  };
  const owner =
    pickRef(server.owner, context.defaults?.owner, 'group', 'owner') ??
    FALLBACK_OWNER;
  const system = pickRef(
    server.system,
    context.defaults?.system,
    'system',
    'system',
  );
  const lifecycle =
    server.lifecycle ?? context.defaults?.lifecycle ?? FALLBACK_LIFECYCLE;

  const title = server.displayName ?? server.name;
  const what =
    server.kind === 'LLMInferenceService'
      ? 'KServe LLMInferenceService'
      : 'KServe InferenceService';
  const details = [server.modelId, server.modelFormat, server.runtime]
    .filter(Boolean)
    .join(', ');
  const description =
    server.description ??
    `${what} ${server.namespace}/${server.name} on cluster ${context.cluster}${
      details ? ` (${details})` : ''
    }.`;

  const annotations: Record<string, string> = {
    [ANNOTATION_LOCATION]: context.location,
    [ANNOTATION_ORIGIN_LOCATION]: context.originLocation ?? context.location,
    [KUBERNETES_ANNOTATIONS.id]: server.name,
    [KUBERNETES_ANNOTATIONS.namespace]: server.namespace,
    [KUBERNETES_ANNOTATIONS.labelSelector]: labelSelector(server),
    [A.cluster]: context.cluster,
    [A.source]: `${server.kind}/${server.namespace}/${server.name}`,
    [A.endpoint]: server.endpoint,
    [A.ready]: server.ready,
    [A.protocol]: server.protocol,
    [A.gpus]: String(server.gpus),
  };
  const optional: Array<[string, string | undefined]> = [
    [A.endpointPredicted, server.endpointPredicted ? 'true' : undefined],
    [A.readyReason, server.readyReason],
    [A.modelState, server.modelState],
    [A.replicas, replicasText(server)],
    [A.minReplicas, server.minReplicas?.toString()],
    [A.maxReplicas, server.maxReplicas?.toString()],
    [A.accelerator, server.accelerators.join(',') || undefined],
    [A.modelId, server.modelId],
    [A.modelFormat, server.modelFormat],
    [A.runtime, server.runtime],
    [A.storageUri, server.storageUri],
    [A.kserveDeploymentMode, server.deploymentMode],
    [A.modelName, server.liteLlmModel],
    [A.transformer, partText(server.transformer)],
    [A.explainer, partText(server.explainer)],
    [A.grpcPort, server.grpcPort?.toString()],
  ];
  for (const [key, value] of optional) {
    if (value !== undefined) annotations[key] = value;
  }

  // The three entities share the annotation, tag and link objects: they are
  // only serialised, and copies would cost a third of the memory at scale.
  const tags = tagsOf(server);
  // inspectModelServer already applied the litemaas.io/api-type override.
  const isOpenAi = server.protocol === 'openai';
  const links: EntityLink[] = [
    { url: server.endpoint, title: 'Inference endpoint', icon: 'cloud' },
  ];
  if (isOpenAi) {
    links.push({
      url: joinUrl(server.endpoint, server.openAiPath ?? ''),
      title: 'OpenAI-compatible API',
    });
  }
  const withSystem = system ? { system } : {};
  const shape = context.shape ?? 'component-resource-api';

  // Built only for the shapes that have it.
  const modelServer = (): Entity => ({
    apiVersion: API_VERSION,
    kind: AI_MODEL_SERVER_KIND,
    metadata: {
      name,
      title,
      description,
      tags,
      links,
      annotations,
    },
    spec: {
      type: AI_MODEL_SERVER_TYPE,
      lifecycle,
      owner,
      ...withSystem,
      serverType: SERVER_TYPES[server.protocol],
      serverUrl: isOpenAi
        ? joinUrl(server.endpoint, server.openAiPath ?? '')
        : server.endpoint,
      ...(server.requiresApiKey === undefined
        ? {}
        : { requiresApiKey: server.requiresApiKey }),
      // With the API entity beside it, that carries the OpenAPI document.
      ...(shape === 'both' ? { apiEntityRef: `api:${name}` } : {}),
      models: {
        // The OpenAI API lists its models at GET /models.
        discoverable: isOpenAi,
        available: [server.servedModelName],
        default: server.servedModelName,
      },
    },
  });
  if (shape === 'ai-model-server') {
    return { entities: [modelServer()], warnings };
  }

  const component: Entity = {
    apiVersion: API_VERSION,
    kind: 'Component',
    metadata: {
      name,
      title,
      description,
      tags,
      links,
      annotations,
    },
    spec: {
      type: 'model-server',
      lifecycle,
      owner,
      ...withSystem,
      providesApis: [`api:${name}`],
      dependsOn: [`resource:${name}`],
    },
  };
  const resource: Entity = {
    apiVersion: API_VERSION,
    kind: 'Resource',
    metadata: {
      name,
      title: server.modelId ?? title,
      description: `AI model${
        server.modelId ? ` ${server.modelId}` : ''
      } served by ${source} on cluster ${context.cluster}.`,
      tags,
      links,
      annotations,
    },
    spec: { type: 'ai-model', owner, ...withSystem },
  };
  const api: Entity = {
    apiVersion: API_VERSION,
    kind: 'API',
    metadata: {
      name,
      title: `${title} API`,
      description: `${
        PROTOCOL_LABELS[server.protocol]
      } API of ${source} on cluster ${context.cluster}.`,
      tags,
      links,
      annotations,
    },
    spec: {
      // Also for OpenAI-compatible servers: `openapi` is the type Backstage's
      // API docs render; the `openai` tag and protocol annotation say more.
      type: 'openapi',
      lifecycle,
      owner,
      ...withSystem,
      definition: apiDefinition(server, `${title} API`),
    },
  };
  const entities = [component, resource, api];
  if (shape === 'both') entities.push(modelServer());
  return { entities, warnings };
}

/**
 * Inspects a KServe object and builds its entities; throws a
 * `KServeObjectError` naming the object when it cannot be used.
 *
 * @public
 */
export function kserveObjectToEntities(
  object: unknown,
  context: EntityContext,
  options?: { disambiguate?: boolean },
): TransformResult {
  const server = inspectModelServer(object, context.defaultNamespace);
  return modelServerToEntities(server, context, options);
}
