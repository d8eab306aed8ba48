/** Roles LiteLLM knows (LitellmUserRoles). */
export type UserRole =
  | 'proxy_admin'
  | 'proxy_admin_viewer'
  | 'org_admin'
  | 'internal_user'
  | 'internal_user_viewer'
  | 'team'
  | 'customer';

/** Behaviour that differs between LiteLLM releases (the contract's [VERSION] flags). */
export interface VersionBehaviour {
  /** Status for a model the key/team may not use: 401 (default, older) or 403 (newest). */
  modelAccessDeniedStatus?: 401 | 403;
  /** Status for `spend >= max_budget`: 400 (default, older) or 429 (newer). */
  budgetExceededStatus?: 400 | 429;
  /**
   * Error shape for /team/member_add when the member is already in the team:
   * 'legacy' (default) `{"detail":{"error":...}}` or 'current' (envelope 1,
   * type team_member_already_in_team).
   */
  memberAlreadyInTeam?: 'legacy' | 'current';
}

export interface SeedModel {
  model_name: string;
  litellm_params: {
    model: string;
    api_base?: string;
    api_key?: string;
    input_cost_per_token?: number;
    output_cost_per_token?: number;
    tpm?: number;
    rpm?: number;
    [key: string]: unknown;
  };
  model_info?: {
    id?: string;
    max_input_tokens?: number;
    max_output_tokens?: number;
    max_tokens?: number;
    mode?: string;
    supports_vision?: boolean;
    supports_function_calling?: boolean;
    litellm_provider?: string;
    /** false marks a config-file model (read-only through the API). Default true. */
    db_model?: boolean;
    [key: string]: unknown;
  };
}

export interface SeedUser {
  user_id: string;
  user_email?: string | null;
  user_alias?: string | null;
  user_role?: UserRole;
  max_budget?: number | null;
  budget_duration?: string | null;
  models?: string[];
  tpm_limit?: number | null;
  rpm_limit?: number | null;
  max_parallel_requests?: number | null;
  metadata?: Record<string, unknown>;
  spend?: number;
  /** Team ids to join (as role "user"). */
  teams?: string[];
  [key: string]: unknown;
}

export interface SeedTeamMember {
  user_id?: string | null;
  user_email?: string | null;
  role: 'admin' | 'user';
}

export interface SeedTeam {
  team_id: string;
  team_alias?: string | null;
  models?: string[];
  max_budget?: number | null;
  budget_duration?: string | null;
  tpm_limit?: number | null;
  rpm_limit?: number | null;
  max_parallel_requests?: number | null;
  metadata?: Record<string, unknown>;
  blocked?: boolean;
  members_with_roles?: SeedTeamMember[];
  spend?: number;
  [key: string]: unknown;
}

/** A virtual key to pre-create; `key` is the raw `sk-...` value. Other fields as /key/generate. */
export interface SeedKey {
  key: string;
  key_alias?: string | null;
  user_id?: string | null;
  team_id?: string | null;
  models?: string[];
  max_budget?: number | null;
  spend?: number;
  budget_duration?: string | null;
  duration?: string | null;
  tpm_limit?: number | null;
  rpm_limit?: number | null;
  max_parallel_requests?: number | null;
  metadata?: Record<string, unknown>;
  blocked?: boolean | null;
  [key: string]: unknown;
}

export interface EmulatorSeed {
  models?: SeedModel[];
  users?: SeedUser[];
  teams?: SeedTeam[];
  keys?: SeedKey[];
}

export interface EmulatorOptions {
  /** general_settings.master_key; must start with "sk-". */
  masterKey: string;
  seed?: EmulatorSeed;
  /** Behave as a licensed (premium) proxy. Default false. */
  enterprise?: boolean;
  /** STORE_MODEL_IN_DB; model writes fail with 500 when false. Default true. */
  storeModelInDb?: boolean;
  versionBehaviour?: VersionBehaviour;
  /** Injectable clock; every timestamp, expiry, budget reset and rate window uses it. */
  now?: () => Date;
  /** Reported by /health/readiness and x-litellm-version. */
  litellmVersion?: string;
  /** Artificial latency of LLM calls, inside the max_parallel_requests window. Default 0. */
  llmLatencyMs?: number;
  /**
   * Pause between the chunks of a streamed answer, so a client sees tokens
   * arrive one by one as from a real model. Default 0 (all at once).
   */
  streamChunkDelayMs?: number;
}

export interface StartEmulatorOptions extends EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}
