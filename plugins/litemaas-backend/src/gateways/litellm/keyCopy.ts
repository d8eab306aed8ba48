import { LiteLlmKey, LiteLlmKeyFields } from './types';

/**
 * The attributes of a key that `/key/generate` can set again, as
 * `/key/info` names them. A key re-made from these is the same key to
 * LiteLLM's checks: same models, owner, team, limits, budget and spend,
 * routes, permissions and metadata (where tags, guardrails and per-model
 * limits live).
 */
const COPIED = [
  'models',
  'user_id',
  'team_id',
  'organization_id',
  'project_id',
  'agent_id',
  'budget_id',
  'metadata',
  'aliases',
  'config',
  'permissions',
  'max_parallel_requests',
  'tpm_limit',
  'rpm_limit',
  'max_budget',
  'soft_budget',
  'budget_duration',
  'spend',
  'blocked',
  'allowed_cache_controls',
  'allowed_routes',
  'allowed_passthrough_routes',
  'object_permission',
  'router_settings',
  'access_group_ids',
  'auto_rotate',
  'rotation_interval',
] as const;

/** Enterprise-only fields: sent only when the key already uses them. */
const ONLY_WHEN_SET = ['model_max_budget'] as const;

/**
 * A `/key/generate` body that re-creates `key` (read with `/key/info`)
 * under another value. `overrides` sets what must differ (alias, expiry).
 */
export function generateFieldsFrom(
  key: LiteLlmKey,
  overrides: LiteLlmKeyFields,
): LiteLlmKeyFields {
  const fields: Record<string, unknown> = {};
  for (const name of COPIED) {
    const value = key[name];
    if (value !== undefined && value !== null) fields[name] = value;
  }
  for (const name of ONLY_WHEN_SET) {
    const value = key[name];
    if (value && typeof value === 'object' && Object.keys(value).length) {
      fields[name] = value;
    }
  }
  return { ...(fields as LiteLlmKeyFields), ...overrides };
}
