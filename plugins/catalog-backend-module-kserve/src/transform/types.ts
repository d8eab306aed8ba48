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
 * servers, vLLM, KServe's Hugging Face runtime) or KServe's own inference
 * protocols (v1, or v2, the Open Inference Protocol).
 */
export type ServingProtocol = 'openai' | 'v1' | 'v2' | 'grpc-v2';

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
}
