import { AccessLimits } from './access';

/**
 * What a subject's grants allow a key on these models: per model, the TPM
 * and RPM at most; the key's budget at most the smallest budget among the
 * models' grants (each model may spend all of it), and its period.
 * `budgetForGood`: one of those budgets never resets, so the key's may not.
 *
 * @public
 */
export interface GrantCaps {
  modelTpm: Record<string, number>;
  modelRpm: Record<string, number>;
  maxBudget?: { value: number; model: string };
  /** The longest period among the budgets' grants: the key's may not be shorter. */
  budgetDuration?: { value: string; model: string };
  budgetForGood?: { model: string };
}

/** @public */
export function grantCaps(
  models: string[],
  grants: ReadonlyMap<string, AccessLimits>,
): GrantCaps {
  const caps: GrantCaps = { modelTpm: {}, modelRpm: {} };
  for (const model of models) {
    const grant = grants.get(model);
    if (!grant) continue;
    if (grant.tpm !== undefined) caps.modelTpm[model] = grant.tpm;
    if (grant.rpm !== undefined) caps.modelRpm[model] = grant.rpm;
    if (grant.maxBudget === undefined) continue;
    if (!caps.maxBudget || grant.maxBudget < caps.maxBudget.value) {
      caps.maxBudget = { value: grant.maxBudget, model };
    }
    if (!grant.budgetDuration) {
      caps.budgetForGood ??= { model };
    } else if (
      !caps.budgetDuration ||
      (durationSeconds(grant.budgetDuration) ?? 0) >
        (durationSeconds(caps.budgetDuration.value) ?? 0)
    ) {
      caps.budgetDuration = { value: grant.budgetDuration, model };
    }
  }
  if (caps.budgetForGood) delete caps.budgetDuration;
  return caps;
}

const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 7 * 86400,
  mo: 30 * 86400,
};

/**
 * A LiteLLM duration (`30d`, `1mo`) in seconds, a month counting as 30
 * days; undefined when it is not one.
 *
 * @public
 */
export function durationSeconds(duration: string): number | undefined {
  const match = /^(\d+)(mo|s|m|h|d|w)$/.exec(duration);
  return match ? Number(match[1]) * UNIT_SECONDS[match[2]] : undefined;
}
