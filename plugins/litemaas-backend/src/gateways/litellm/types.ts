/** LiteLLM's `/health/readiness` answer (fields we read). */
export interface LiteLlmReadiness {
  status: string;
  db?: string;
  litellm_version?: string;
}

/** One deployment from LiteLLM's `/model/info`. */
export interface LiteLlmModelInfo {
  model_name: string;
  litellm_params: {
    model: string;
    api_base?: string | null;
    tpm?: number | null;
    rpm?: number | null;
    [key: string]: unknown;
  };
  model_info: {
    id?: string;
    litellm_provider?: string | null;
    mode?: string | null;
    max_tokens?: number | null;
    max_input_tokens?: number | null;
    max_output_tokens?: number | null;
    input_cost_per_token?: number | null;
    output_cost_per_token?: number | null;
    tpm?: number | null;
    rpm?: number | null;
    [key: string]: unknown;
  };
}

/** A key as `/key/list?return_full_object=true` and `/key/info` describe it. */
export interface LiteLlmKey {
  token?: string | null;
  key_alias?: string | null;
  key_name?: string | null;
  models?: string[];
  spend?: number;
  max_budget?: number | null;
  budget_duration?: string | null;
  budget_reset_at?: string | null;
  soft_budget?: number | null;
  tpm_limit?: number | null;
  rpm_limit?: number | null;
  max_parallel_requests?: number | null;
  expires?: string | null;
  user_id?: string | null;
  team_id?: string | null;
  blocked?: boolean | null;
  metadata?: Record<string, unknown> | null;
  created_at?: string | null;
  /** Every other attribute LiteLLM keeps (aliases, routes, permissions, ...). */
  [attribute: string]: unknown;
}

/** A LiteLLM time; Python may leave the zone off a UTC one. */
export function liteLlmTime(value?: string | null): Date | undefined {
  if (!value) return undefined;
  const at = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** A team as `/team/info` (`team_info`) and `/team/update` (`data`) describe it. */
export interface LiteLlmTeam {
  team_id: string;
  team_alias?: string | null;
  spend?: number | null;
  max_budget?: number | null;
  soft_budget?: number | null;
  budget_duration?: string | null;
  budget_reset_at?: string | null;
  blocked?: boolean | null;
  metadata?: Record<string, unknown> | null;
}

/** The team budget fields the portal writes; null clears one. */
export interface LiteLlmTeamBudgetFields {
  max_budget?: number | null;
  soft_budget?: number | null;
  budget_duration?: string | null;
}

/** What `/key/generate` and `/key/regenerate` answer (fields we read). */
export interface LiteLlmIssuedKey extends LiteLlmKey {
  key: string;
  token_id?: string | null;
}

/** The key fields the portal writes, in LiteLLM's names. */
export interface LiteLlmKeyFields {
  key_alias?: string;
  models?: string[];
  duration?: string | null;
  max_budget?: number | null;
  budget_duration?: string | null;
  soft_budget?: number | null;
  tpm_limit?: number | null;
  rpm_limit?: number | null;
  max_parallel_requests?: number | null;
  model_tpm_limit?: Record<string, number> | null;
  model_rpm_limit?: Record<string, number> | null;
  user_id?: string | null;
  team_id?: string | null;
  metadata?: Record<string, unknown>;
  /** Spend already used in the current budget period (carried by rotation). */
  spend?: number;
  blocked?: boolean | null;
  [attribute: string]: unknown;
}
