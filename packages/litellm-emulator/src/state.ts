import { createHash, randomBytes } from 'node:crypto';
import { nextBudgetReset, addDuration } from './durations';
import { isoOrNull, isoUtc } from './pyformat';
import { RateLimiter } from './ratelimit';
import { EmulatorOptions, VersionBehaviour } from './types';

/*
 * The emulator's in-memory "database". Rows mirror LiteLLM's Prisma tables
 * closely enough that the serialisers below produce the same JSON.
 */

export interface KeyRecord {
  token: string;
  key_name: string;
  key_alias: string | null;
  spend: number;
  expires: Date | null;
  models: string[];
  aliases: Record<string, unknown>;
  config: Record<string, unknown>;
  user_id: string | null;
  team_id: string | null;
  organization_id: string | null;
  project_id: string | null;
  agent_id: string | null;
  permissions: Record<string, unknown>;
  max_parallel_requests: number | null;
  metadata: Record<string, unknown>;
  blocked: boolean | null;
  tpm_limit: number | null;
  rpm_limit: number | null;
  max_budget: number | null;
  soft_budget: number | null;
  budget_duration: string | null;
  budget_reset_at: Date | null;
  allowed_cache_controls: unknown[];
  allowed_routes: unknown[];
  allowed_passthrough_routes: unknown[] | null;
  model_spend: Record<string, number>;
  model_max_budget: Record<string, unknown>;
  budget_id: string | null;
  object_permission: Record<string, unknown> | null;
  object_permission_id: string | null;
  created_at: Date;
  created_by: string | null;
  updated_at: Date;
  updated_by: string | null;
  rotation_count: number;
  auto_rotate: boolean;
  rotation_interval: string | null;
  last_rotation_at: Date | null;
  key_rotation_at: Date | null;
  router_settings: Record<string, unknown>;
  access_group_ids: string[];
  /** Insertion order; breaks created_at ties deterministically. */
  seq: number;
}

export interface DeletedKeyRecord extends KeyRecord {
  deleted_at: Date;
  deleted_by: string | null;
  deleted_by_api_key: string | null;
}

export interface UserRecord {
  user_id: string;
  user_email: string | null;
  user_alias: string | null;
  user_role: string | null;
  teams: string[];
  models: string[];
  spend: number;
  max_budget: number | null;
  budget_duration: string | null;
  budget_reset_at: Date | null;
  tpm_limit: number | null;
  rpm_limit: number | null;
  max_parallel_requests: number | null;
  metadata: Record<string, unknown>;
  model_spend: Record<string, number>;
  model_max_budget: Record<string, unknown>;
  sso_user_id: string | null;
  password_hash: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface TeamMember {
  user_id: string | null;
  user_email: string | null;
  role: string;
}

export interface TeamRecord {
  team_id: string;
  team_alias: string | null;
  organization_id: string | null;
  members_with_roles: TeamMember[];
  metadata: Record<string, unknown>;
  tpm_limit: number | null;
  rpm_limit: number | null;
  max_parallel_requests: number | null;
  max_budget: number | null;
  soft_budget: number | null;
  budget_duration: string | null;
  budget_reset_at: Date | null;
  models: string[];
  blocked: boolean;
  router_settings: Record<string, unknown>;
  access_group_ids: string[];
  spend: number;
  created_at: Date;
  updated_at: Date;
}

export interface BudgetRow {
  budget_id: string;
  soft_budget: number | null;
  max_budget: number | null;
  max_parallel_requests: number | null;
  tpm_limit: number | null;
  rpm_limit: number | null;
  model_max_budget: Record<string, unknown> | null;
  budget_duration: string | null;
}

export interface MembershipRecord {
  user_id: string;
  team_id: string;
  spend: number;
  budget: BudgetRow | null;
}

export interface ModelRecord {
  model_id: string;
  model_name: string;
  litellm_params: Record<string, unknown>;
  model_info: Record<string, unknown>;
  /** true for models stored through the API (or seeded as such). */
  db_model: boolean;
  created_at: Date;
  created_by: string | null;
  updated_at: Date;
  updated_by: string | null;
}

export interface SpendLogRecord {
  request_id: string;
  call_type: string;
  api_key: string;
  spend: number;
  total_tokens: number;
  prompt_tokens: number;
  completion_tokens: number;
  startTime: Date;
  endTime: Date;
  completionStartTime: Date;
  model: string;
  model_id: string | null;
  model_group: string;
  custom_llm_provider: string | null;
  api_base: string | null;
  user: string | null;
  metadata: Record<string, unknown>;
  team_id: string | null;
  organization_id: string | null;
  end_user: string | null;
  status: 'success' | 'failure';
  request_duration_ms: number;
  key_alias: string | null;
}

export interface DailyMetrics {
  spend: number;
  prompt_tokens: number;
  completion_tokens: number;
  cache_read_input_tokens: number;
  cache_creation_input_tokens: number;
  total_tokens: number;
  successful_requests: number;
  failed_requests: number;
  api_requests: number;
}

/** One DailyUserSpend/DailyTeamSpend row: date x user x team x key x model x provider. */
export interface DailyRecord {
  date: string;
  user_id: string | null;
  team_id: string | null;
  api_key: string;
  model: string;
  model_group: string;
  custom_llm_provider: string | null;
  metrics: DailyMetrics;
}

export function emptyMetrics(): DailyMetrics {
  return {
    spend: 0,
    prompt_tokens: 0,
    completion_tokens: 0,
    cache_read_input_tokens: 0,
    cache_creation_input_tokens: 0,
    total_tokens: 0,
    successful_requests: 0,
    failed_requests: 0,
    api_requests: 0,
  };
}

export function hashToken(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** "sk-" + 22 url-safe characters, like LiteLLM's secrets.token_urlsafe(16). */
export function newRawKey(): string {
  return `sk-${randomBytes(16).toString('base64url')}`;
}

export function keyName(raw: string): string {
  return `sk-...${raw.slice(-4)}`;
}

export interface ResolvedConfig {
  enterprise: boolean;
  storeModelInDb: boolean;
  versionBehaviour: Required<VersionBehaviour>;
  litellmVersion: string;
  llmLatencyMs: number;
  streamChunkDelayMs: number;
  now: () => Date;
}

export const DEFAULT_LITELLM_VERSION = '1.79.3';

export function resolveConfig(opts: EmulatorOptions): ResolvedConfig {
  return {
    enterprise: opts.enterprise ?? false,
    storeModelInDb: opts.storeModelInDb ?? true,
    versionBehaviour: {
      modelAccessDeniedStatus:
        opts.versionBehaviour?.modelAccessDeniedStatus ?? 401,
      budgetExceededStatus: opts.versionBehaviour?.budgetExceededStatus ?? 400,
      memberAlreadyInTeam:
        opts.versionBehaviour?.memberAlreadyInTeam ?? 'legacy',
    },
    litellmVersion: opts.litellmVersion ?? DEFAULT_LITELLM_VERSION,
    llmLatencyMs: opts.llmLatencyMs ?? 0,
    streamChunkDelayMs: opts.streamChunkDelayMs ?? 0,
    now: opts.now ?? (() => new Date()),
  };
}

/** The complete mutable state of one emulator instance. */
export class EmulatorState {
  masterKey: string;
  readonly config: ResolvedConfig;
  readonly keys = new Map<string, KeyRecord>();
  readonly deletedKeys: DeletedKeyRecord[] = [];
  /** Old token hash -> replacement, while a regenerate grace period lasts. */
  readonly graceTokens = new Map<string, { token: string; until: Date }>();
  readonly users = new Map<string, UserRecord>();
  readonly teams = new Map<string, TeamRecord>();
  readonly memberships: MembershipRecord[] = [];
  readonly models: ModelRecord[] = [];
  readonly spendLogs: SpendLogRecord[] = [];
  readonly daily = new Map<string, DailyRecord>();
  readonly limiter = new RateLimiter();
  /** Deployment id or model name -> error text; see setModelHealth. */
  readonly unhealthy = new Map<string, string>();
  private seqCounter = 0;
  private readonly roundRobin = new Map<string, number>();

  constructor(masterKey: string, config: ResolvedConfig) {
    this.masterKey = masterKey;
    this.config = config;
  }

  now(): Date {
    return this.config.now();
  }

  nextSeq(): number {
    this.seqCounter += 1;
    return this.seqCounter;
  }

  /** Finds a live key by raw `sk-` value or by its hash (grace-period tokens included). */
  findKey(rawOrHash: string): KeyRecord | undefined {
    const token = rawOrHash.startsWith('sk-')
      ? hashToken(rawOrHash)
      : rawOrHash;
    return this.findKeyByToken(token);
  }

  findKeyByToken(token: string): KeyRecord | undefined {
    const direct = this.keys.get(token);
    if (direct) return direct;
    const grace = this.graceTokens.get(token);
    if (grace && this.now().getTime() < grace.until.getTime()) {
      return this.keys.get(grace.token);
    }
    return undefined;
  }

  findUserByEmail(email: string): UserRecord | undefined {
    const lower = email.toLowerCase();
    for (const u of this.users.values()) {
      if (u.user_email && u.user_email.toLowerCase() === lower) return u;
    }
    return undefined;
  }

  membership(userId: string, teamId: string): MembershipRecord | undefined {
    return this.memberships.find(
      m => m.user_id === userId && m.team_id === teamId,
    );
  }

  /** Deployments serving a public model name, in insertion order. */
  deploymentsFor(modelName: string): ModelRecord[] {
    return this.models.filter(m => m.model_name === modelName);
  }

  /** Simple round-robin across deployments of one model group. */
  pickDeployment(modelName: string): ModelRecord | undefined {
    const candidates = this.deploymentsFor(modelName);
    if (candidates.length === 0) return undefined;
    const n = this.roundRobin.get(modelName) ?? 0;
    this.roundRobin.set(modelName, n + 1);
    return candidates[n % candidates.length];
  }

  modelNames(): string[] {
    return [...new Set(this.models.map(m => m.model_name))];
  }

  /**
   * Budget windows are reset lazily: whenever a request arrives, anything
   * whose budget_reset_at has passed gets spend = 0 and a new reset time.
   */
  applyBudgetResets(): void {
    const now = this.now();
    for (const key of this.keys.values()) {
      if (
        key.budget_reset_at &&
        key.budget_duration &&
        now >= key.budget_reset_at
      ) {
        key.spend = 0;
        key.budget_reset_at = nextBudgetReset(now, key.budget_duration);
      }
    }
    for (const user of this.users.values()) {
      if (
        user.budget_reset_at &&
        user.budget_duration &&
        now >= user.budget_reset_at
      ) {
        user.spend = 0;
        user.budget_reset_at = nextBudgetReset(now, user.budget_duration);
      }
    }
    for (const team of this.teams.values()) {
      if (
        team.budget_reset_at &&
        team.budget_duration &&
        now >= team.budget_reset_at
      ) {
        team.spend = 0;
        team.budget_reset_at = addDuration(now, team.budget_duration);
      }
    }
  }

  /** Marks a deployment (by id or model name) unhealthy: /health reports it and calls to it fail. */
  setModelHealth(
    idOrName: string,
    healthy: boolean,
    error = 'Connection error.',
  ): void {
    if (healthy) this.unhealthy.delete(idOrName);
    else this.unhealthy.set(idOrName, error);
  }

  unhealthyReason(model: ModelRecord): string | undefined {
    return (
      this.unhealthy.get(model.model_id) ?? this.unhealthy.get(model.model_name)
    );
  }

  /** Test helper: sets a key's spend directly (raw key or hash). */
  setKeySpend(rawOrHash: string, spend: number): void {
    const key = this.findKey(rawOrHash);
    if (!key) throw new Error(`No such key: ${rawOrHash}`);
    key.spend = spend;
  }

  /** The raw key of a seeded or generated key is never stored; this only maps hash -> row. */
  getKey(rawOrHash: string): KeyRecord | undefined {
    return this.findKey(rawOrHash);
  }

  /** Total spend recorded in spend logs within the last `days` days. */
  spendSince(days: number): number {
    const cutoff = this.now().getTime() - days * 86400000;
    return this.spendLogs
      .filter(l => l.startTime.getTime() >= cutoff)
      .reduce((sum, l) => sum + l.spend, 0);
  }
}

/* ---------------------------------------------------------------- JSON */

/** LiteLLM_VerificationToken as returned by /key/info (`info`), /key/block, /key/list. */
export function keyRowJson(
  k: KeyRecord,
  options: { includeToken: boolean },
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  if (options.includeToken) row.token = k.token;
  Object.assign(row, {
    key_name: k.key_name,
    key_alias: k.key_alias,
    soft_budget_cooldown: false,
    spend: k.spend,
    expires: isoOrNull(k.expires),
    models: [...k.models],
    aliases: { ...k.aliases },
    config: { ...k.config },
    user_id: k.user_id,
    team_id: k.team_id,
    permissions: { ...k.permissions },
    max_parallel_requests: k.max_parallel_requests,
    metadata: { ...k.metadata },
    blocked: k.blocked,
    tpm_limit: k.tpm_limit,
    rpm_limit: k.rpm_limit,
    max_budget: k.max_budget,
    budget_duration: k.budget_duration,
    budget_reset_at: isoOrNull(k.budget_reset_at),
    allowed_cache_controls: [...k.allowed_cache_controls],
    allowed_routes: [...k.allowed_routes],
    model_spend: { ...k.model_spend },
    model_max_budget: { ...k.model_max_budget },
    budget_id: k.budget_id,
    organization_id: k.organization_id,
    project_id: k.project_id,
    agent_id: k.agent_id,
    object_permission_id: k.object_permission_id,
    created_at: isoUtc(k.created_at),
    created_by: k.created_by,
    updated_at: isoUtc(k.updated_at),
    updated_by: k.updated_by,
    rotation_count: k.rotation_count,
    auto_rotate: k.auto_rotate,
    rotation_interval: k.rotation_interval,
    last_rotation_at: isoOrNull(k.last_rotation_at),
    key_rotation_at: isoOrNull(k.key_rotation_at),
    router_settings: { ...k.router_settings },
    access_group_ids: [...k.access_group_ids],
    litellm_budget_table: null,
  });
  if (k.object_permission) row.object_permission = { ...k.object_permission };
  return row;
}

/** LiteLLM_UserTable (password never included). */
export function userRowJson(u: UserRecord): Record<string, unknown> {
  return {
    user_id: u.user_id,
    max_budget: u.max_budget,
    spend: u.spend,
    model_max_budget: { ...u.model_max_budget },
    model_spend: { ...u.model_spend },
    user_email: u.user_email,
    user_alias: u.user_alias,
    models: [...u.models],
    tpm_limit: u.tpm_limit,
    rpm_limit: u.rpm_limit,
    user_role: u.user_role,
    organization_memberships: null,
    teams: [...u.teams],
    sso_user_id: u.sso_user_id,
    budget_duration: u.budget_duration,
    budget_reset_at: isoOrNull(u.budget_reset_at),
    metadata: { ...u.metadata },
    created_at: isoUtc(u.created_at),
    updated_at: isoUtc(u.updated_at),
    object_permission: null,
  };
}

export function memberJson(m: TeamMember): Record<string, unknown> {
  return { user_id: m.user_id, user_email: m.user_email, role: m.role };
}

/** LiteLLM_TeamTable. */
export function teamRowJson(t: TeamRecord): Record<string, unknown> {
  return {
    team_alias: t.team_alias,
    team_id: t.team_id,
    organization_id: t.organization_id,
    admins: [],
    members: [],
    members_with_roles: t.members_with_roles.map(memberJson),
    team_member_permissions: [],
    metadata: { ...t.metadata },
    tpm_limit: t.tpm_limit,
    rpm_limit: t.rpm_limit,
    max_budget: t.max_budget,
    soft_budget: t.soft_budget,
    budget_duration: t.budget_duration,
    models: [...t.models],
    blocked: t.blocked,
    router_settings: { ...t.router_settings },
    access_group_ids: [...t.access_group_ids],
    spend: t.spend,
    max_parallel_requests: t.max_parallel_requests,
    budget_reset_at: isoOrNull(t.budget_reset_at),
    model_id: null,
    litellm_model_table: null,
    object_permission_id: null,
    updated_at: isoUtc(t.updated_at),
    created_at: isoUtc(t.created_at),
  };
}

export function budgetJson(
  b: BudgetRow | null,
): Record<string, unknown> | null {
  if (!b) return null;
  return {
    budget_id: b.budget_id,
    soft_budget: b.soft_budget,
    max_budget: b.max_budget,
    max_parallel_requests: b.max_parallel_requests,
    tpm_limit: b.tpm_limit,
    rpm_limit: b.rpm_limit,
    model_max_budget: b.model_max_budget,
    budget_duration: b.budget_duration,
  };
}

export function membershipJson(m: MembershipRecord): Record<string, unknown> {
  return {
    user_id: m.user_id,
    team_id: m.team_id,
    budget_id: m.budget ? m.budget.budget_id : null,
    spend: m.spend,
    litellm_budget_table: budgetJson(m.budget),
  };
}
