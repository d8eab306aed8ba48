/**
 * Annotation keys, read from InferenceServices and written to entities.
 *
 * @public
 */
export const KSERVE_ANNOTATIONS = {
  // Read from the InferenceService / LLMInferenceService.
  /** Entity ref of the owner, e.g. `group:default/ml-platform`. */
  owner: 'litemaas.io/owner',
  lifecycle: 'litemaas.io/lifecycle',
  /** Entity ref of the system. */
  system: 'litemaas.io/system',
  /** Extra catalog tags, comma separated. */
  tags: 'litemaas.io/tags',
  /** `openai` or `openapi`: overrides the detected API type. */
  apiType: 'litemaas.io/api-type',
  /** OpenShift AI's display name and description of a model deployment. */
  displayName: 'openshift.io/display-name',
  description: 'openshift.io/description',
  deploymentMode: 'serving.kserve.io/deploymentMode',
  /**
   * `true` or `false`: whether clients need an API key (the
   * `requiresApiKey` of an `AiModelServerAPI`).
   */
  requiresApiKey: 'litemaas.io/requires-api-key',
  /** OpenShift AI's switch for token authentication of a model server. */
  odhEnableAuth: 'security.opendatahub.io/enable-auth',

  // Read, and passed through to the entities.
  /** The LiteLLM model that routes to this server. */
  modelName: 'litemaas.io/model-name',

  // Written to the entities.
  cluster: 'litemaas.io/cluster',
  /** `<kind>/<namespace>/<name>` of the source object. */
  source: 'litemaas.io/kserve-object',
  endpoint: 'litemaas.io/endpoint',
  /** `true` when KServe reported no URL and the endpoint is derived. */
  endpointPredicted: 'litemaas.io/endpoint-predicted',
  ready: 'litemaas.io/ready',
  readyReason: 'litemaas.io/ready-reason',
  modelState: 'litemaas.io/model-state',
  replicas: 'litemaas.io/replicas',
  minReplicas: 'litemaas.io/min-replicas',
  maxReplicas: 'litemaas.io/max-replicas',
  /** GPUs requested per replica. */
  gpus: 'litemaas.io/gpus',
  accelerator: 'litemaas.io/accelerator',
  modelId: 'litemaas.io/model-id',
  modelFormat: 'litemaas.io/model-format',
  runtime: 'litemaas.io/runtime',
  protocol: 'litemaas.io/protocol',
  storageUri: 'litemaas.io/storage-uri',
  kserveDeploymentMode: 'litemaas.io/deployment-mode',
  /**
   * The InferenceService's transformer: its image, with ` (collocated)` when
   * it runs in the predictor's pod.
   */
  transformer: 'litemaas.io/transformer',
  /** The InferenceService's explainer: its type (`alibi AnchorTabular`) or image. */
  explainer: 'litemaas.io/explainer',
  /** The gRPC port of a predictor that exposes only gRPC. */
  grpcPort: 'litemaas.io/grpc-port',

  // Written by the model lifecycle processor, for models that LiteMaaS
  // deprecated or retired.
  /** `deprecated` or `retired`. */
  deprecation: 'litemaas.io/deprecation',
  /** When the model retires (or retired), ISO 8601. */
  retireAt: 'litemaas.io/retire-at',
  /** The LiteLLM model to move to, when LiteMaaS names one. */
  replacement: 'litemaas.io/replacement',
} as const;

/** Backstage's own annotations that the Kubernetes tab reads. */
export const KUBERNETES_ANNOTATIONS = {
  id: 'backstage.io/kubernetes-id',
  namespace: 'backstage.io/kubernetes-namespace',
  labelSelector: 'backstage.io/kubernetes-label-selector',
} as const;
