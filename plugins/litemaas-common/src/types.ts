/**
 * A model as the portal shows it: LiteLLM's deployment info, normalised.
 *
 * @public
 */
export interface LiteMaasModel {
  /** The public model name clients send as `model` (LiteLLM `model_name`). */
  name: string;
  /** LiteLLM's deployment id (`model_info.id`). */
  litellmModelId: string;
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
  /** False when the model disappeared from LiteLLM since it was last seen. */
  available: boolean;
  /** When the portal last saw the model in LiteLLM (ISO 8601). */
  lastSeenAt: string;
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
}

/** @public */
export interface HealthResponse {
  status: 'ok' | 'degraded';
  litellm: GatewayHealth;
}
