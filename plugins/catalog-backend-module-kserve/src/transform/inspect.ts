import { KSERVE_ANNOTATIONS as A } from './annotations';
import {
  KSERVE_GROUP,
  KServeKind,
  KServeObject,
  ModelServer,
  Readiness,
  ServerPart,
  ServingProtocol,
} from './types';

type Obj = Record<string, unknown>;

/**
 * An object that cannot be turned into entities. The message names the
 * object, so a warning about it can be acted on.
 *
 * @public
 */
export class KServeObjectError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KServeObjectError';
  }
}

// Objects come from clusters and hand-written manifests, so every field is
// read defensively: a wrong type counts as absent instead of throwing.
function asObj(value: unknown): Obj | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Obj)
    : undefined;
}

function asStr(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed ? trimmed : undefined;
  }
  return undefined;
}

function asNum(value: unknown): number | undefined {
  let n = NaN;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && value.trim() !== '') n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function asArr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asStringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const o = asObj(value);
  if (o) {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') out[k] = v;
    }
  }
  return out;
}

/** `InferenceService default/sklearn-iris`, for messages. */
export function describeObject(object: unknown): string {
  const o = asObj(object);
  const meta = asObj(o?.metadata);
  const kind = asStr(o?.kind) ?? 'object';
  const namespace = asStr(meta?.namespace);
  const name = asStr(meta?.name) ?? '<no name>';
  return `${kind} ${namespace ? `${namespace}/` : ''}${name}`;
}

const FRAMEWORKS = [
  'sklearn',
  'xgboost',
  'tensorflow',
  'pytorch',
  'triton',
  'onnx',
  'pmml',
  'lightgbm',
  'paddle',
  'huggingface',
] as const;

// The ClusterServingRuntime KServe picks for each framework shorthand.
const FRAMEWORK_RUNTIMES: Record<string, string> = {
  sklearn: 'kserve-sklearnserver',
  xgboost: 'kserve-xgbserver',
  tensorflow: 'kserve-tensorflow-serving',
  pytorch: 'kserve-torchserve',
  triton: 'kserve-tritonserver',
  onnx: 'kserve-tritonserver',
  pmml: 'kserve-pmmlserver',
  lightgbm: 'kserve-lgbserver',
  paddle: 'kserve-paddleserver',
  huggingface: 'kserve-huggingfaceserver',
};

// Extended resources that mean "accelerator", and the tag for each.
const ACCELERATOR_RESOURCES: Record<string, string> = {
  'nvidia.com/gpu': 'nvidia-gpu',
  'amd.com/gpu': 'amd-gpu',
  'intel.com/gpu': 'intel-gpu',
  'gpu.intel.com/i915': 'intel-gpu',
  'gpu.intel.com/xe': 'intel-gpu',
  'habana.ai/gaudi': 'intel-gaudi',
  'google.com/tpu': 'google-tpu',
  'aws.amazon.com/neuron': 'aws-neuron',
};

function acceleratorFor(resource: string): string | undefined {
  if (ACCELERATOR_RESOURCES[resource]) return ACCELERATOR_RESOURCES[resource];
  if (resource.startsWith('nvidia.com/mig-')) return 'nvidia-gpu';
  return undefined;
}

/** Accelerators requested by a container's `resources`, per replica. */
function countAccelerators(
  resources: unknown,
  found: { gpus: number; accelerators: Set<string> },
) {
  const res = asObj(resources);
  // Extended resources must have requests equal to limits; either is enough.
  const amounts = { ...asObj(res?.limits), ...asObj(res?.requests) };
  for (const [key, value] of Object.entries(amounts)) {
    const accelerator = acceleratorFor(key);
    const n = asNum(value);
    if (accelerator && n && n > 0) {
      found.gpus += Math.floor(n);
      found.accelerators.add(accelerator);
    }
  }
}

function argValue(args: unknown[], flag: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg !== 'string') continue;
    if (arg === flag) return asStr(args[i + 1]);
    if (arg.startsWith(`${flag}=`)) return asStr(arg.slice(flag.length + 1));
  }
  return undefined;
}

/** Drops credentials and query strings, which may carry secrets. */
export function safeStorageUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const cut = uri.split(/[?#]/)[0];
  return cut.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

function hfModelId(uri: string | undefined): string | undefined {
  const match = uri?.match(/^hf:\/\/(.+)$/);
  return match ? match[1].replace(/\/+$/, '') : undefined;
}

function validUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

interface PredictorFacts {
  modelFormat?: string;
  runtime?: string;
  storageUri?: string;
  protocolVersion?: string;
  modelNameArg?: string;
  images: string[];
  minReplicas?: number;
  maxReplicas?: number;
  /** Every port the predictor declares is gRPC (see {@link grpcOnly}). */
  grpcOnly?: { port?: number };
  /** A transformer running as a sidecar of the predictor. */
  collocatedTransformer?: ServerPart;
}

// Knative and KServe take a port named `h2c` as HTTP/2 without TLS, i.e.
// gRPC; `grpc` names are the common spelling elsewhere.
function isGrpcPortName(name: string | undefined): boolean {
  const lower = name?.toLowerCase();
  return Boolean(lower && (lower === 'h2c' || lower.startsWith('grpc')));
}

/**
 * Set when a container declares only gRPC ports, with the first one's
 * number; undefined when it declares none (KServe's default is HTTP) or any
 * other.
 */
function grpcOnly(container: Obj | undefined): { port?: number } | undefined {
  const ports = asArr(container?.ports)
    .map(asObj)
    .filter((p): p is Obj => Boolean(p));
  if (ports.length === 0) return undefined;
  if (!ports.every(p => isGrpcPortName(asStr(p.name)))) return undefined;
  return { port: asNum(ports[0].containerPort) };
}

/** The model name a server is started with, from its arguments. */
function modelNameArg(args: unknown[]): string | undefined {
  return (
    argValue(args, '--model_name') ?? argValue(args, '--served-model-name')
  );
}

// KServe requires this name for a transformer collocated with the predictor.
const COLLOCATED_TRANSFORMER = 'transformer-container';

function inspectPredictor(
  predictor: Obj,
  found: { gpus: number; accelerators: Set<string> },
): PredictorFacts {
  const facts: PredictorFacts = { images: [] };
  const model = asObj(predictor.model);
  const framework = FRAMEWORKS.find(f => asObj(predictor[f]));
  const main = model ?? (framework ? asObj(predictor[framework]) : undefined);
  if (main) {
    facts.modelFormat = model
      ? asStr(asObj(model.modelFormat)?.name)
      : framework;
    facts.runtime =
      asStr(main.runtime) ??
      (framework ? FRAMEWORK_RUNTIMES[framework] : undefined);
    facts.storageUri = asStr(main.storageUri);
    facts.protocolVersion = asStr(main.protocolVersion);
    facts.modelNameArg = modelNameArg(asArr(main.args));
    facts.grpcOnly = grpcOnly(main);
    const image = asStr(main.image);
    if (image) facts.images.push(image);
    countAccelerators(main.resources, found);
  }
  const containers = asArr(predictor.containers)
    .map(asObj)
    .filter((c): c is Obj => Boolean(c));
  for (const container of containers) {
    const image = asStr(container.image);
    if (image) facts.images.push(image);
    countAccelerators(container.resources, found);
  }
  // Custom containers: the predictor is `kserve-container` (or the first),
  // the others are sidecars, e.g. a collocated transformer.
  const custom =
    containers.find(c => c.name === 'kserve-container') ??
    containers.find(c => c.name !== COLLOCATED_TRANSFORMER) ??
    containers[0];
  if (custom && !main) {
    facts.runtime = 'custom';
    facts.storageUri = asStr(
      asArr(custom.env)
        .map(asObj)
        .find(e => e?.name === 'STORAGE_URI')?.value,
    );
    facts.modelNameArg = modelNameArg(asArr(custom.args));
    facts.grpcOnly = grpcOnly(custom);
  }
  const sidecar = containers.find(
    c => c !== custom && c.name === COLLOCATED_TRANSFORMER,
  );
  if (sidecar) {
    facts.collocatedTransformer = {
      detail: asStr(sidecar.image),
      collocated: true,
    };
  }
  facts.minReplicas = asNum(predictor.minReplicas);
  facts.maxReplicas = asNum(predictor.maxReplicas) || undefined;
  return facts;
}

function nodeSelectorAccelerators(
  podSpec: Obj | undefined,
  found: { accelerators: Set<string> },
) {
  const selector = asObj(podSpec?.nodeSelector);
  if (selector?.['nvidia.com/gpu.present'] === 'true') {
    found.accelerators.add('nvidia-gpu');
  }
}

function readiness(status: Obj | undefined): {
  ready: Readiness;
  reason?: string;
  modelState?: string;
} {
  const conditions = asArr(status?.conditions).map(asObj);
  const ready = conditions.find(c => c?.type === 'Ready');
  const modelStatus = asObj(status?.modelStatus);
  const modelState = asStr(asObj(modelStatus?.states)?.activeModelState);
  const failure = asStr(asObj(modelStatus?.lastFailureInfo)?.message);
  if (ready) {
    const values: Record<string, Readiness> = { True: 'true', False: 'false' };
    const value = values[String(ready.status)] ?? 'unknown';
    return {
      ready: value,
      reason:
        value === 'true'
          ? undefined
          : asStr(ready.message) ?? asStr(ready.reason) ?? failure,
      modelState,
    };
  }
  // Without a Ready condition the model's own state is the best signal.
  if (modelState === 'Loaded') return { ready: 'true', modelState };
  if (modelState === 'FailedToLoad') {
    return { ready: 'false', reason: failure, modelState };
  }
  return { ready: 'unknown', modelState };
}

function endpointOf(
  status: Obj | undefined,
  name: string,
  namespace: string,
): { endpoint: string; predicted: boolean } {
  const candidates = [
    asStr(status?.url),
    asStr(asObj(status?.address)?.url),
    ...asArr(status?.addresses).map(a => asStr(asObj(a)?.url)),
  ];
  for (const candidate of candidates) {
    const url = validUrl(candidate);
    if (url) return { endpoint: url, predicted: false };
  }
  // KServe's in-cluster address for a server that has not reported one yet.
  return {
    endpoint: `http://${name}.${namespace}.svc.cluster.local`,
    predicted: true,
  };
}

/** KFServing's API group, before the project became KServe. */
const KFSERVING_GROUP = 'serving.kubeflow.org';

/**
 * An InferenceService in the legacy `v1alpha2` shape of KFServing
 * (`spec.default.predictor`, `spec.canary`), which KServe's v1beta1 replaced
 * with `spec.predictor`. Such manifests still sit in old GitOps folders.
 */
function isLegacyShape(object: Obj): boolean {
  const [group, version] = (asStr(object.apiVersion) ?? '').split('/');
  if (object.kind !== 'InferenceService') return false;
  if (group !== KSERVE_GROUP && group !== KFSERVING_GROUP) return false;
  const spec = asObj(object.spec);
  return (
    version === 'v1alpha2' ||
    Boolean(asObj(spec?.default) && !asObj(spec?.predictor))
  );
}

function parseKind(object: Obj): KServeKind | undefined {
  const apiVersion = asStr(object.apiVersion) ?? '';
  const group = apiVersion.split('/')[0];
  // Legacy InferenceServices are taken in, to be rejected with a warning
  // that says what they are, rather than passed over in silence.
  if (group !== KSERVE_GROUP) {
    return isLegacyShape(object) ? 'InferenceService' : undefined;
  }
  return object.kind === 'InferenceService' ||
    object.kind === 'LLMInferenceService'
    ? object.kind
    : undefined;
}

/** What runs a transformer or an explainer: its type or its image. */
function describePart(part: Obj): ServerPart {
  for (const kind of ['alibi', 'art']) {
    const explainer = asObj(part[kind]);
    if (explainer) {
      const type = asStr(explainer.type);
      return { detail: type ? `${kind} ${type}` : kind };
    }
  }
  const containers = asArr(part.containers)
    .map(asObj)
    .filter((c): c is Obj => Boolean(c));
  const main =
    containers.find(c => c.name === 'kserve-container') ??
    containers[0] ??
    // The older `custom: { container }` form, still found in manifests.
    asObj(asObj(part.custom)?.container);
  return { detail: asStr(main?.image) };
}

/** Reads an optional boolean annotation: `true` or `false`, else undefined. */
function booleanAnnotation(value: string | undefined): boolean | undefined {
  const lower = value?.trim().toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return undefined;
}

/** Applies the `litemaas.io/api-type` annotation to the detected protocol. */
function overrideProtocol(
  detected: ServingProtocol,
  apiType: string | undefined,
): ServingProtocol {
  if (apiType === 'openai') return 'openai';
  // KServe's servers that speak OpenAI also speak the v1 protocol.
  if (apiType === 'openapi' && detected === 'openai') return 'v1';
  return detected;
}

/** Whether an object is one of the KServe kinds this module reads. */
export function isKServeObject(object: unknown): boolean {
  const o = asObj(object);
  return Boolean(o && parseKind(o));
}

/**
 * Reads the facts about one InferenceService or LLMInferenceService. Throws
 * a {@link KServeObjectError} naming the object when it cannot be used.
 *
 * @param defaultNamespace - for manifests without `metadata.namespace`
 */
export function inspectModelServer(
  object: KServeObject | unknown,
  defaultNamespace = 'default',
): ModelServer {
  const o = asObj(object);
  if (!o) {
    throw new KServeObjectError(`Not an object: ${describeObject(object)}`);
  }
  const kind = parseKind(o);
  if (!kind) {
    throw new KServeObjectError(
      `${describeObject(o)} (${String(
        o.apiVersion,
      )}) is not a KServe InferenceService or LLMInferenceService`,
    );
  }
  const meta = asObj(o.metadata);
  const name = asStr(meta?.name);
  if (!name) {
    throw new KServeObjectError(`${describeObject(o)} has no metadata.name`);
  }
  if (isLegacyShape(o)) {
    throw new KServeObjectError(
      `${describeObject(o)} (${String(
        o.apiVersion,
      )}) is in the legacy v1alpha2 shape of KFServing (spec.default.predictor); ` +
        'KServe reads only v1beta1 (spec.predictor): convert it to serving.kserve.io/v1beta1 to have it in the catalog',
    );
  }
  const namespace = asStr(meta?.namespace) ?? defaultNamespace;
  const spec = asObj(o.spec);
  if (!spec) {
    throw new KServeObjectError(`${describeObject(o)} has no spec`);
  }
  const status = asObj(o.status);
  const annotations = asStringMap(meta?.annotations);
  const found = { gpus: 0, accelerators: new Set<string>() };

  let facts: PredictorFacts;
  let protocol: ServingProtocol;
  let openAiPath: string | undefined;
  let modelId: string | undefined;
  let servedModelName: string;
  let transformer: ServerPart | undefined;
  let explainer: ServerPart | undefined;
  const components: string[] = [];

  if (kind === 'InferenceService') {
    const predictor = asObj(spec.predictor);
    if (!predictor) {
      throw new KServeObjectError(`${describeObject(o)} has no spec.predictor`);
    }
    facts = inspectPredictor(predictor, found);
    nodeSelectorAccelerators(predictor, found);
    facts.runtime =
      asStr(status?.servingRuntimeName) ??
      asStr(status?.clusterServingRuntimeName) ??
      facts.runtime;
    const transformerSpec = asObj(spec.transformer);
    const explainerSpec = asObj(spec.explainer);
    transformer = transformerSpec
      ? describePart(transformerSpec)
      : facts.collocatedTransformer;
    explainer = explainerSpec ? describePart(explainerSpec) : undefined;
    if (transformer) components.push('transformer');
    if (explainer) components.push('explainer');
    const format = facts.modelFormat?.toLowerCase();
    const looksVllm =
      facts.runtime?.toLowerCase().includes('vllm') ||
      facts.images.some(i => i.toLowerCase().includes('vllm'));
    if (looksVllm) {
      protocol = 'openai';
      openAiPath = '/v1';
    } else if (format === 'huggingface') {
      // KServe's Hugging Face server mounts the OpenAI API under /openai.
      protocol = 'openai';
      openAiPath = '/openai/v1';
    } else {
      const v2 =
        facts.protocolVersion === 'v2' ||
        facts.protocolVersion === 'grpc-v2' ||
        (!facts.protocolVersion && (format === 'triton' || format === 'onnx'));
      if (facts.protocolVersion === 'grpc-v2') {
        protocol = 'grpc-v2';
      } else if (facts.grpcOnly) {
        // Only a gRPC port: no REST protocol answers. The v2 protocol has a
        // gRPC binding; otherwise it is the server's own (e.g. TorchServe's).
        protocol = v2 ? 'grpc-v2' : 'grpc';
      } else {
        protocol = v2 ? 'v2' : 'v1';
      }
    }
    modelId = hfModelId(facts.storageUri) ?? facts.modelNameArg;
    servedModelName = facts.modelNameArg ?? name;
  } else {
    const model = asObj(spec.model);
    const template = asObj(spec.template);
    facts = {
      storageUri: asStr(model?.uri),
      // LLMInferenceServices run vLLM (through llm-d) unless told otherwise.
      runtime: 'vllm',
      images: [],
    };
    for (const podSpec of [template, asObj(spec.worker)]) {
      for (const c of asArr(podSpec?.containers)) {
        const container = asObj(c);
        const image = asStr(container?.image);
        if (image) facts.images.push(image);
        if (podSpec === template)
          countAccelerators(container?.resources, found);
      }
      nodeSelectorAccelerators(podSpec, found);
    }
    // The simulator stands in for vLLM in demos; say so in the tags.
    if (facts.images.some(i => i.includes('llm-d-inference-sim'))) {
      facts.runtime = 'llm-d-inference-sim';
    }
    const replicas = asNum(spec.replicas);
    facts.minReplicas = replicas;
    facts.maxReplicas = replicas;
    protocol = 'openai';
    openAiPath = '/v1';
    modelId = asStr(model?.name) ?? hfModelId(facts.storageUri);
    servedModelName = asStr(model?.name) ?? name;
  }

  const apiType = annotations[A.apiType]?.trim().toLowerCase();
  const speaks = overrideProtocol(protocol, apiType);
  const { endpoint, predicted } = endpointOf(status, name, namespace);
  const state = readiness(status);

  return {
    kind,
    apiVersion: asStr(o.apiVersion)!,
    name,
    namespace,
    uid: asStr(meta?.uid),
    annotations,
    displayName: asStr(annotations[A.displayName]),
    description: asStr(annotations[A.description]),
    modelId,
    modelFormat: facts.modelFormat,
    runtime: facts.runtime,
    storageUri: safeStorageUri(facts.storageUri),
    protocol: speaks,
    openAiPath: apiType === 'openai' ? openAiPath ?? '/v1' : openAiPath,
    components,
    transformer,
    explainer,
    grpcPort:
      speaks === 'grpc' || speaks === 'grpc-v2'
        ? facts.grpcOnly?.port
        : undefined,
    servedModelName,
    endpoint,
    endpointPredicted: predicted,
    ready: state.ready,
    readyReason: state.reason,
    modelState: state.modelState,
    minReplicas: facts.minReplicas,
    maxReplicas: facts.maxReplicas,
    gpus: found.gpus,
    accelerators: [...found.accelerators].sort(),
    deploymentMode:
      asStr(annotations[A.deploymentMode]) ?? asStr(status?.deploymentMode),
    liteLlmModel: asStr(annotations[A.modelName]),
    owner: asStr(annotations[A.owner]),
    lifecycle: asStr(annotations[A.lifecycle]),
    system: asStr(annotations[A.system]),
    extraTags: (annotations[A.tags] ?? '')
      .split(',')
      .map(t => t.trim())
      .filter(Boolean),
    apiTypeOverride:
      apiType === 'openai' || apiType === 'openapi' ? apiType : undefined,
    requiresApiKey:
      booleanAnnotation(annotations[A.requiresApiKey]) ??
      booleanAnnotation(annotations[A.odhEnableAuth]),
  };
}
