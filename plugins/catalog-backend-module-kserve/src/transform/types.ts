/** The API group of KServe's custom resources. */
export const KSERVE_GROUP = 'serving.kserve.io';

/** The kinds this module turns into catalog entities. */
export type KServeKind = 'InferenceService' | 'LLMInferenceService';

/**
 * A KServe custom resource as read from a cluster or a manifest. Everything
 * is optional: objects come from outside and are checked while inspected.
 *
 * @public
 */
export interface KServeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  spec?: unknown;
  status?: unknown;
}

/** Readiness as reported by KServe, or unknown when there is no status. */
export type Readiness = 'true' | 'false' | 'unknown';

/**
 * How clients talk to a model server: the OpenAI-compatible API (LLM
 * servers, vLLM, KServe's Hugging Face runtime), KServe's own inference
 * protocols (v1, or v2, the Open Inference Protocol), the Open Inference
 * Protocol over gRPC (`grpc-v2`), or the model server's own gRPC API (`grpc`,
 * e.g. TorchServe's) when the predictor exposes only a gRPC port.
 */
export type ServingProtocol = 'openai' | 'v1' | 'v2' | 'grpc-v2' | 'grpc';

/**
 * Which entities a model server becomes: a Component, a Resource and an API
 * (`component-resource-api`), one `AiModelServerAPI` (`ai-model-server`, the
 * shape of Red Hat Developer Hub's AI model catalog), or all four (`both`).
 */
export type EntityShape = 'component-resource-api' | 'ai-model-server' | 'both';

/** The entity shapes, for validation and messages. */
export const ENTITY_SHAPES: readonly EntityShape[] = [
  'component-resource-api',
  'ai-model-server',
  'both',
];

/** A part of an InferenceService besides its predictor. */
export interface ServerPart {
  /** What runs it: an explainer type (`alibi`, `art`) or a container image. */
  detail?: string;
  /** Runs in the predictor's pod as a sidecar (a collocated transformer). */
  collocated?: boolean;
}

/** The facts about one model server that the entities are built from. */
export interface ModelServer {
  kind: KServeKind;
  apiVersion: string;
  name: string;
  namespace: string;
  uid?: string;
  annotations: Record<string, string>;
  displayName?: string;
  description?: string;
  /** The served model's id, e.g. a Hugging Face repo (LLMInferenceService). */
  modelId?: string;
  modelFormat?: string;
  runtime?: string;
  storageUri?: string;
  protocol: ServingProtocol;
  /** Path of the OpenAI-compatible API below the endpoint, e.g. `/v1`. */
  openAiPath?: string;
  /** Parts of the InferenceService besides the predictor. */
  components: string[];
  /** The transformer in front of the predictor, if any. */
  transformer?: ServerPart;
  /** The explainer beside the predictor, if any. */
  explainer?: ServerPart;
  /** The gRPC port, when the predictor exposes only gRPC. */
  grpcPort?: number;
  /**
   * The name clients put in requests (`model` of an OpenAI request, the
   * model in KServe's `/v1/models/<name>` paths).
   */
  servedModelName: string;
  endpoint: string;
  /** The endpoint was not reported by KServe but derived from the name. */
  endpointPredicted: boolean;
  ready: Readiness;
  readyReason?: string;
  modelState?: string;
  minReplicas?: number;
  maxReplicas?: number;
  /** GPUs requested by one replica. */
  gpus: number;
  accelerators: string[];
  deploymentMode?: string;
  /** The LiteLLM model that routes to this server (annotation pass-through). */
  liteLlmModel?: string;
  owner?: string;
  lifecycle?: string;
  system?: string;
  extraTags: string[];
  apiTypeOverride?: 'openai' | 'openapi';
  /** Whether clients need a key; undefined when the object does not say. */
  requiresApiKey?: boolean;
}
