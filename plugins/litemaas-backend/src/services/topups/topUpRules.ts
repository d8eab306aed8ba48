import { InputError } from '@backstage/errors';
import { TOP_UP_MAX_DAYS } from '@litemaas/backstage-plugin-litemaas-common';

export const DAY_MS = 24 * 3600 * 1000;
/** Who acts when the portal ends or repairs a top-up by itself. */
export const SYSTEM = { userRef: 'system:litemaas' };
/** A top-up left applying or ending this long died with its process. */
export const STUCK_AFTER_MS = 2 * 60 * 1000;
/** The most one top-up may add, in USD: a typo guard, not a policy. */
const MAX_AMOUNT = 100_000;

export function round2(value: number) {
  return Math.round(value * 100) / 100;
}

export function validAmount(amount: unknown): number {
  if (
    typeof amount !== 'number' ||
    !Number.isFinite(amount) ||
    amount <= 0 ||
    amount > MAX_AMOUNT
  ) {
    throw new InputError(
      `amount must be a number of USD above 0 and at most ${MAX_AMOUNT}`,
    );
  }
  return round2(amount);
}

export function validDays(days: unknown): number {
  if (
    typeof days !== 'number' ||
    !Number.isInteger(days) ||
    days < 1 ||
    days > TOP_UP_MAX_DAYS
  ) {
    throw new InputError(
      `days must be a whole number from 1 to ${TOP_UP_MAX_DAYS}`,
    );
  }
  return days;
}

/** The reason given, trimmed; a 400 naming `what` needs it when empty. */
export function validJustification(text: unknown, what: string): string {
  const justification = typeof text === 'string' ? text.trim() : '';
  if (!justification) {
    throw new InputError(
      `justification is required: say why the ${what} needs more`,
    );
  }
  return justification;
}

/** When a top-up applied at `now` for `days` ends. */
export function endOf(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}
