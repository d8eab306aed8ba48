import { InputError } from '@backstage/errors';

const DAY_MS = 24 * 3600 * 1000;

function isDay(value: string) {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

/**
 * A range of whole UTC days, `YYYY-MM-DD` both included: by default the
 * last `defaultDays` up to today, at most `maxDays`.
 */
export function dayRange(
  query: { from?: string; to?: string },
  now: Date,
  options: { defaultDays: number; maxDays: number },
): { from: string; to: string } {
  const to = query.to ?? now.toISOString().slice(0, 10);
  if (!isDay(to)) throw new InputError(`to must be a day (YYYY-MM-DD): ${to}`);
  const from =
    query.from ??
    new Date(Date.parse(`${to}T00:00:00Z`) - (options.defaultDays - 1) * DAY_MS)
      .toISOString()
      .slice(0, 10);
  if (!isDay(from)) {
    throw new InputError(`from must be a day (YYYY-MM-DD): ${from}`);
  }
  const days =
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS +
    1;
  if (days < 1) throw new InputError(`from (${from}) is after to (${to})`);
  if (days > options.maxDays) {
    throw new InputError(
      `The range is ${days} days; at most ${options.maxDays} at a time`,
    );
  }
  return { from, to };
}
