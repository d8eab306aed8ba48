import {
  AccessLimits,
  AccessPolicy,
  AccessRequest,
  AccessEvent,
  ModelPolicy,
} from './access';
import { ModelDeprecationInfo } from './deprecations';

/**
 * A model as LiteLLM describes it, normalised.
 *
 * @public
 */
export interface GatewayModelInfo {
  /** The public model name clients send as `model` (LiteLLM `model_name`). */
  name: string;
  /** LiteLLM deployment ids (`model_info.id`) serving this name. */
  deploymentIds: string[];
  /** Provider, e.g. `openai`, `anthropic`, `hosted_vllm`. */
  provider: string;
  /** The provider-side model string (`litellm_params.model`). */
  providerModel: string;
  /** LiteLLM mode: `chat`, `embedding`, `completion`, ... */
  mode?: string;
  /** Maximum input tokens (context window), when known. */
  contextWindow?: number;
  /** Maximum output tokens, when known. */
  maxOutputTokens?: number;
  /** USD per one million input tokens, when known. */
  inputPricePer1M?: number;
  /** USD per one million output tokens, when known. */
  outputPricePer1M?: number;
  /** Capability names such as `vision` or `function_calling`. */
  capabilities: string[];
  /** Deployment-wide limits configured in LiteLLM, when set. */
  tpm?: number;
  rpm?: number;
  /** The provider endpoint LiteLLM calls, for self-hosted models. */
  apiBase?: string;
}

/**
 * A model as the portal shows it: LiteLLM's info, the portal's policy, and
 * the caller's own access to it.
 *
 * @public
 */
export interface LiteMaasModel extends GatewayModelInfo, ModelPolicy {
  /** False when the model disappeared from LiteLLM since it was last seen. */
  available: boolean;
  /** When the portal last saw the model in LiteLLM (ISO 8601). */
  lastSeenAt: string;
  /** The caller's (and their teams') active requests and grants for it. */
  myAccess: Array<Pick<AccessRequest, 'id' | 'status' | 'subjectRef'>>;
  /** Whether the caller may approve requests for it. */
  canReview: boolean;
  /** Set while the model is deprecated, and once it retired. */
  deprecation?: ModelDeprecationInfo;
}

/** @public */
export interface ModelDetailResponse {
  model: LiteMaasModel;
  /** Where clients send requests: the gateway's OpenAI-compatible base URL. */
  endpointBaseUrl?: string;
}

/** @public */
export interface CreateAccessRequestBody {
  modelName: string;
  /** Defaults to the caller; a group the caller belongs to asks for a team. */
  subjectRef?: string;
  justification?: string;
  limits?: AccessLimits;
  /** When the grant should end (ISO 8601); within the model's maxGrantDays. */
  expiresAt?: string;
}

/**
 * One page of a list that grows, and how many there are in all.
 *
 * @public
 */
export interface Page<T> {
  items: T[];
  /** How many match in all; more than `items` when there are more pages. */
  total: number;
  offset: number;
  limit: number;
}

/** @public */
export type AccessRequestListResponse = Page<AccessRequest>;

/** @public */
export interface AccessRequestDetailResponse {
  request: AccessRequest;
  history: AccessEvent[];
}

/** @public */
export interface BulkDecisionBody {
  ids: string[];
  decision: 'approve' | 'deny';
  reason?: string;
  limits?: AccessLimits;
}

/** @public */
export interface BulkDecisionResponse {
  results: Array<{
    id: string;
    ok: boolean;
    request?: AccessRequest;
    error?: { name: string; message: string };
  }>;
}

/**
 * What an admin registers or edits in LiteLLM.
 *
 * @public
 */
export interface ModelRegistration {
  name: string;
  /** LiteLLM's `provider/model`, e.g. `openai/gpt-4o-mini`. */
  providerModel: string;
  apiBase?: string;
  /** The provider's credential; sent to LiteLLM, never stored or returned by the portal. */
  apiKey?: string;
  inputPricePer1M?: number;
  outputPricePer1M?: number;
  contextWindow?: number;
  maxOutputTokens?: number;
  mode?: string;
  capabilities?: string[];
  tpm?: number;
  rpm?: number;
  accessPolicy?: AccessPolicy;
  ownerRef?: string;
  description?: string;
  defaultLimits?: AccessLimits;
}

/** @public */
export interface ConnectionTestResult {
  ok: boolean;
  latencyMs: number;
  message: string;
  /** Models the endpoint lists, when it answers `/models`. */
  models?: string[];
}

/** @public */
export interface ModelListResponse {
  items: LiteMaasModel[];
  /**
   * Set when LiteLLM could not be reached and the list comes from the
   * portal's last successful sync.
   */
  stale?: { reason: string; lastSyncedAt?: string };
}

/** @public */
export interface GatewayHealth {
  reachable: boolean;
  url: string;
  /** LiteLLM's version, from `/health/readiness`. */
  version?: string;
  /** Database status as LiteLLM reports it. */
  db?: string;
  latencyMs?: number;
  error?: string;
  /**
   * The portal's circuit breaker: `open` while calls are refused without
   * being sent, `half-open` when the next call is a trial.
   */
  circuit: {
    state: 'closed' | 'open' | 'half-open';
    /** Consecutive failed calls. */
    failures: number;
    /** Since when LiteLLM has been failing. */
    since?: string;
    /** When a trial call next goes through, while open. */
    retryAt?: string;
  };
}

/** @public */
export interface HealthResponse {
  status: 'ok' | 'degraded';
  litellm: GatewayHealth;
}
