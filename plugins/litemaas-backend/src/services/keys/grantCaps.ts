import { InputError } from '@backstage/errors';
import {
  AccessLimits,
  durationSeconds,
  grantCaps,
  KeyLimits,
} from '@litemaas/backstage-plugin-litemaas-common';

/** A subject's grants: the limits of each model it holds one for. */
export type GrantedModels = Map<string, AccessLimits>;

/**
 * Holds a key's limits to its owner's grants (see `grantCaps`). What the
 * caller asked for (`explicit`) must be within them: else a 400 naming the
 * field, the model and the grant. Everything else (left blank, filled from
 * the key settings, or as it was before a grant narrowed) is narrowed to
 * them: a blank limit the grant sets becomes the grant's.
 */
export function capToGrants(
  limits: KeyLimits,
  explicit: KeyLimits,
  models: string[],
  grants: GrantedModels,
  subjectRef: string,
  /** USD that approved budget top-ups add to the key, for a while. */
  budgetAllowance = 0,
): KeyLimits {
  const caps = grantCaps(models, grants);
  const capped: KeyLimits = {
    ...limits,
    modelTpm: { ...(limits.modelTpm ?? {}) },
    modelRpm: { ...(limits.modelRpm ?? {}) },
  };
  const over = (field: string, value: unknown, model: string, cap: unknown) =>
    new InputError(
      `limits.${field} is ${value}, over the grant of ${model} to ${subjectRef} (${cap})`,
    );

  for (const field of ['modelTpm', 'modelRpm'] as const) {
    for (const [model, cap] of Object.entries(caps[field])) {
      const asked = explicit[field]?.[model];
      if (asked !== undefined && asked > cap) {
        throw over(`${field}.${model}`, asked, model, cap);
      }
      capped[field]![model] = Math.min(capped[field]![model] ?? cap, cap);
    }
  }

  if (caps.maxBudget) {
    const { model } = caps.maxBudget;
    const cap = caps.maxBudget.value + budgetAllowance;
    if (explicit.maxBudget !== undefined && explicit.maxBudget > cap) {
      throw over('maxBudget', explicit.maxBudget, model, cap);
    }
    capped.maxBudget = Math.min(capped.maxBudget ?? cap, cap);
  }
  if (caps.budgetForGood) {
    if (explicit.budgetDuration !== undefined) {
      throw new InputError(
        `limits.budgetDuration: the grant of ${caps.budgetForGood.model} to ${subjectRef} is a budget for good; a key under it may not reset`,
      );
    }
    delete capped.budgetDuration;
  }
  if (caps.budgetDuration) {
    const { value: period, model } = caps.budgetDuration;
    const shorter = (duration?: string) =>
      duration !== undefined &&
      (durationSeconds(duration) ?? 0) < durationSeconds(period)!;
    if (shorter(explicit.budgetDuration)) {
      throw new InputError(
        `limits.budgetDuration is ${explicit.budgetDuration}, shorter than the grant of ${model} to ${subjectRef} (${period}): the budget would reset more often than the grant allows`,
      );
    }
    if (capped.budgetDuration === undefined || shorter(capped.budgetDuration)) {
      capped.budgetDuration = period;
    }
  }

  if (!Object.keys(capped.modelTpm!).length) delete capped.modelTpm;
  if (!Object.keys(capped.modelRpm!).length) delete capped.modelRpm;
  if (
    capped.softBudget !== undefined &&
    capped.maxBudget !== undefined &&
    capped.softBudget > capped.maxBudget
  ) {
    if (explicit.softBudget !== undefined) {
      throw new InputError(
        `limits.softBudget is ${capped.softBudget}, above the key's budget of ${capped.maxBudget}`,
      );
    }
    capped.softBudget = capped.maxBudget;
  }
  return capped;
}

/** Whether two sets of limits say the same. */
export function sameLimits(a: KeyLimits, b: KeyLimits): boolean {
  const norm = (l: KeyLimits) =>
    JSON.stringify(
      Object.entries(l)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, v]) => [
          k,
          v && typeof v === 'object' ? Object.entries(v).sort() : v,
        ]),
    );
  return norm(a) === norm(b);
}
