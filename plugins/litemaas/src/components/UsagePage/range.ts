import { formatDay } from '../format';

/**
 * Day ranges for usage. The backend counts usage per UTC day, so ranges are
 * UTC days too: "today" is the current UTC date.
 */

const DAY_MS = 24 * 3600 * 1000;

/** The longest range the backend accepts. */
export const MAX_RANGE_DAYS = 366;

export const RANGE_PRESETS = [1, 7, 30, 90] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DayRange {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(day: string): number {
  return DAY_PATTERN.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
}

export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return utcDay(parseDay(day) + days * DAY_MS);
}

/** The last `days` days, today included. */
export function presetRange(days: number, now: number = Date.now()): DayRange {
  const to = utcDay(now);
  return { from: addDays(to, -(days - 1)), to };
}

/** Every day from `from` to `to`, both included. */
export function eachDay(range: DayRange): string[] {
  const start = parseDay(range.from);
  const end = parseDay(range.to);
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(utcDay(t));
  return days;
}

/** What can be wrong with a custom range. */
export type RangeIssue = 'missing' | 'order' | 'tooLong';

/** What is wrong with a custom range, or undefined when it can be asked for. */
export function rangeIssue(range: DayRange): RangeIssue | undefined {
  const from = parseDay(range.from);
  const to = parseDay(range.to);
  if (Number.isNaN(from) || Number.isNaN(to)) return 'missing';
  if (to < from) return 'order';
  if ((to - from) / DAY_MS + 1 > MAX_RANGE_DAYS) return 'tooLong';
  return undefined;
}

const ISSUES: Record<RangeIssue, string> = {
  missing: 'Pick both days',
  order: 'The last day comes before the first',
  tooLong: `A range may span at most ${MAX_RANGE_DAYS} days`,
};

/** {@link rangeIssue} in English words. */
export function rangeProblem(range: DayRange): string | undefined {
  const issue = rangeIssue(range);
  return issue && ISSUES[issue];
}

/** "Nov 17, 2026 – Nov 23, 2026", for captions. */
export function formatPeriod(
  range: DayRange,
  day: (day: string, withYear: boolean) => string = formatDay,
  join: (from: string, to: string) => string = (from, to) => `${from} – ${to}`,
): string {
  return join(day(range.from, true), day(range.to, true));
}
