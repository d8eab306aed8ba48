import { InputError } from '@backstage/errors';
import { ModelPolicy } from '@litemaas/backstage-plugin-litemaas-common';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The latest end a grant given (or extended) at `now` may have. Counted in
 * whole days: any time on the last day is allowed, so an end picked as
 * "that day" in any time zone fits.
 */
export function latestEnd(policy: ModelPolicy, now: Date): Date | undefined {
  if (!policy.maxGrantDays) return undefined;
  return new Date(now.getTime() + (policy.maxGrantDays + 1) * DAY_MS - 1);
}

/** The end a grant given now without an asked end gets. */
export function defaultEnd(policy: ModelPolicy, now: Date): Date | undefined {
  if (!policy.maxGrantDays) return undefined;
  return new Date(now.getTime() + policy.maxGrantDays * DAY_MS);
}

/** An ISO 8601 date-time from a request body, or a 400. */
export function parseEnd(
  value: string | undefined | null,
  field: string,
): Date | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = new Date(value);
  if (typeof value !== 'string' || Number.isNaN(parsed.getTime())) {
    throw new InputError(
      `${field} must be an ISO 8601 date-time, not '${value}'`,
    );
  }
  return parsed;
}

/**
 * Checks an end for a grant given or extended at `now`: in the future, and
 * within the model's longest grant.
 */
export function checkEnd(
  end: Date,
  policy: ModelPolicy,
  modelName: string,
  now: Date,
  field: string,
): Date {
  if (end.getTime() <= now.getTime()) {
    throw new InputError(
      `${field} is ${end.toISOString()}, which has passed: choose a later end`,
    );
  }
  const latest = latestEnd(policy, now);
  if (latest && end.getTime() > latest.getTime()) {
    throw new InputError(
      `${field} is ${end.toISOString()}: grants of ${modelName} last at most ${
        policy.maxGrantDays
      } days, so until ${latest.toISOString().slice(0, 10)} at the latest`,
    );
  }
  return end;
}

/**
 * The end of a grant given at `now`: the asked end, else the model's
 * longest; none when the model sets no limit and none was asked.
 */
export function grantEnd(
  asked: Date | undefined,
  policy: ModelPolicy,
  modelName: string,
  now: Date,
  field: string,
): Date | undefined {
  const end = asked ?? defaultEnd(policy, now);
  return end && checkEnd(end, policy, modelName, now, field);
}

/** Whole days left until `end`, rounded up (a grant ending in 3 h: 1). */
export function daysLeft(end: string, now: Date): number {
  return Math.max(
    0,
    Math.ceil((new Date(end).getTime() - now.getTime()) / DAY_MS),
  );
}
