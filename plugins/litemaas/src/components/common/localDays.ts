/**
 * Days as the reader picks them in a date field ("2027-01-31"), in the
 * reader's own time zone, and the ends of grants they stand for.
 */

const DAY_MS = 24 * 3600 * 1000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/** The parts of a day, or undefined when `day` names no real day. */
function partsOf(day: string): [number, number, number] | undefined {
  const match = DAY_PATTERN.exec(day);
  if (!match) return undefined;
  const [year, month, date] = match.slice(1).map(Number);
  const at = new Date(year, month - 1, date);
  // new Date rolls "2027-02-30" over into March: not a real day.
  if (at.getMonth() !== month - 1 || at.getDate() !== date) return undefined;
  return [year, month, date];
}

/** Whether `day` ("2027-01-31") names a real day. */
export function isLocalDay(day: string): boolean {
  return partsOf(day) !== undefined;
}

/** The local day a time falls on: "2027-01-31". */
export function localDayOf(at: Date | string): string {
  const time = typeof at === 'string' ? new Date(at) : at;
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(
    time.getDate(),
  )}`;
}

/** The day `days` calendar days after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  const parts = partsOf(day);
  if (!parts) return day;
  const [year, month, date] = parts;
  return localDayOf(new Date(year, month - 1, date + days));
}

/**
 * What a picked end date means: the last moment of that day, local time,
 * as an ISO time (`endOfLocalDay('2027-01-31')`). Undefined for no day.
 */
export function endOfLocalDay(day: string): string | undefined {
  const parts = partsOf(day);
  if (!parts) return undefined;
  const [year, month, date] = parts;
  return new Date(year, month - 1, date, 23, 59, 59, 999).toISOString();
}

/**
 * The last day a grant given (or extended) today may end on, when its
 * model limits grants to `maxGrantDays` days; undefined without a limit.
 */
export function latestGrantDay(
  maxGrantDays: number | undefined,
  now: Date = new Date(),
): string | undefined {
  if (!maxGrantDays) return undefined;
  return addDays(localDayOf(now), maxGrantDays);
}

/** Local calendar days from today to the day of `end`; 0 later today or once passed. */
export function daysUntil(end: string, now: number = Date.now()): number {
  const at = Date.parse(end);
  if (Number.isNaN(at) || at <= now) return 0;
  // Calendar days, not 24-hour spans: a deadline at the end of the day
  // picked 14 days ahead is "in 14 days", whatever the hour now.
  const dayOf = (ms: number) => {
    const d = new Date(ms);
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  };
  return Math.round((dayOf(at) - dayOf(now)) / DAY_MS);
}
