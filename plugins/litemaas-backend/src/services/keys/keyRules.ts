import { InputError } from '@backstage/errors';
import { KeyLimits } from '@litemaas/backstage-plugin-litemaas-common';

export const DAY_MS = 24 * 3600 * 1000;

/**
 * Revoked and failed keys give their alias up, so it can be issued again
 * (re-provisioning a workshop); the id keeps the row unique.
 */
export function retiredAlias(alias: string, id: string): string {
  return alias.endsWith(`#${id}`) ? alias : `${alias}#${id}`;
}

export function validName(name: string): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed || trimmed.length > 100) {
    throw new InputError('name must be 1-100 characters');
  }
  return trimmed;
}

/** Per-model limits may only name the key's own models. */
export function checkModelLimits(limits: KeyLimits, models: string[]) {
  for (const field of ['modelTpm', 'modelRpm'] as const) {
    for (const model of Object.keys(limits[field] ?? {})) {
      if (!models.includes(model)) {
        throw new InputError(
          `limits.${field} names ${model}, which is not one of the key's models`,
        );
      }
    }
  }
}

/**
 * LiteLLM's `duration` for an expiry date, in whole seconds (rounded down:
 * never later than asked); null = never.
 */
export function durationUntil(
  expiresAt: Date | undefined,
  now: Date,
): string | null {
  if (!expiresAt) return null;
  return `${Math.max(
    1,
    Math.floor((expiresAt.getTime() - now.getTime()) / 1000),
  )}s`;
}

/** A key's expiry from `expiresAt` or `expiresInDays`, within the settings. */
export function expiryOf(
  body: { expiresInDays?: number | 'never'; expiresAt?: string },
  settings: { maxExpiresInDays: number; allowNeverExpires: boolean },
  defaultDays: number,
  now: Date,
): Date | undefined {
  if (body.expiresAt !== undefined) {
    const at = new Date(body.expiresAt);
    if (Number.isNaN(at.getTime()) || at.getTime() <= now.getTime()) {
      throw new InputError('expiresAt must be a date in the future');
    }
    if (at.getTime() - now.getTime() > settings.maxExpiresInDays * DAY_MS) {
      throw new InputError(
        `expiresAt is more than ${settings.maxExpiresInDays} days away, over the maximum`,
      );
    }
    return at;
  }
  const days = body.expiresInDays ?? defaultDays;
  if (days === 'never') {
    if (!settings.allowNeverExpires) {
      throw new InputError(
        'expiresInDays: keys that never expire are not allowed here',
      );
    }
    return undefined;
  }
  if (!Number.isInteger(days) || days < 1 || days > settings.maxExpiresInDays) {
    throw new InputError(
      `expiresInDays must be between 1 and ${settings.maxExpiresInDays}`,
    );
  }
  return new Date(now.getTime() + days * DAY_MS);
}
