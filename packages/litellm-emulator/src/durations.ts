/*
 * Duration strings as LiteLLM parses them: "<int><unit>" with unit one of
 * s, m, h, d, w, mo (plus the newer hourly/daily/weekly/monthly aliases).
 */

export type DurationUnit = 's' | 'm' | 'h' | 'd' | 'w' | 'mo';

export interface Duration {
  value: number;
  unit: DurationUnit;
}

const ALIASES: Record<string, Duration> = {
  hourly: { value: 1, unit: 'h' },
  daily: { value: 1, unit: 'd' },
  weekly: { value: 1, unit: 'w' },
  monthly: { value: 1, unit: 'mo' },
};

/** Thrown for strings LiteLLM would reject (it raises a plain ValueError). */
export class DurationError extends Error {}

export function parseDuration(text: string): Duration {
  const alias = ALIASES[text];
  if (alias) return alias;
  const match = /^(\d+)(mo|[smhdw]?)/.exec(text);
  if (!match) throw new DurationError('Invalid duration format');
  const unit = match[2];
  if (!unit || !['s', 'm', 'h', 'd', 'w', 'mo'].includes(unit)) {
    throw new DurationError(
      `Unsupported duration unit, passed duration: ${text}`,
    );
  }
  return { value: Number(match[1]), unit: unit as DurationUnit };
}

function addMonths(from: Date, months: number): Date {
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(
    Date.UTC(targetYear, targetMonth + 1, 0),
  ).getUTCDate();
  const day = Math.min(from.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(
      targetYear,
      targetMonth,
      day,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  );
}

/** now + duration, exactly (used for key `expires`). */
export function addDuration(now: Date, text: string): Date {
  const { value, unit } = parseDuration(text);
  const seconds: Record<Exclude<DurationUnit, 'mo'>, number> = {
    s: 1,
    m: 60,
    h: 3600,
    d: 86400,
    w: 604800,
  };
  if (unit === 'mo') return addMonths(now, value);
  return new Date(now.getTime() + value * seconds[unit] * 1000);
}

function midnight(d: Date): Date {
  return new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()),
  );
}

const DAY_MS = 86400000;

function firstOfMonth(d: Date, monthsAhead: number): Date {
  return new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthsAhead, 1),
  );
}

function nextMonday(now: Date): Date {
  // Python weekday(): Monday=0; JS getUTCDay(): Sunday=0.
  const weekday = (now.getUTCDay() + 6) % 7;
  let days = (7 - weekday) % 7;
  if (days === 0) days = 7;
  return new Date(midnight(now).getTime() + days * DAY_MS);
}

/**
 * The standardised (period-aligned) budget reset time LiteLLM computes for
 * `budget_duration`: 1d -> next midnight UTC, 7d/1w -> next Monday, 30d/1mo ->
 * the 1st of next month, Nh/Nm/Ns -> next multiple of N since midnight.
 */
export function nextBudgetReset(now: Date, text: string): Date {
  const { value, unit } = parseDuration(text);
  const base = midnight(now);
  const h = now.getUTCHours();
  const m = now.getUTCMinutes();
  const s = now.getUTCSeconds();
  switch (unit) {
    case 'd':
      if (value === 0) return now;
      if (value === 1) return new Date(base.getTime() + DAY_MS);
      if (value === 7) return nextMonday(now);
      if (value === 30) return firstOfMonth(now, 1);
      return new Date(base.getTime() + value * DAY_MS);
    case 'w':
      return new Date(nextMonday(now).getTime() + (value - 1) * 7 * DAY_MS);
    case 'mo':
      return firstOfMonth(now, Math.max(value, 1));
    case 'h': {
      const step = Math.max(value, 1);
      const next = h % step !== 0 ? h + step - (h % step) : h + step;
      if (next >= 24) {
        return new Date(base.getTime() + DAY_MS + (next % 24) * 3600000);
      }
      return new Date(base.getTime() + next * 3600000);
    }
    case 'm': {
      const step = Math.max(value, 1);
      let nextMinute = m % step !== 0 ? m + step - (m % step) : m + step;
      const nextHour = h + Math.floor(nextMinute / 60);
      nextMinute %= 60;
      if (nextHour >= 24) {
        return new Date(
          base.getTime() +
            DAY_MS +
            (nextHour % 24) * 3600000 +
            nextMinute * 60000,
        );
      }
      return new Date(base.getTime() + nextHour * 3600000 + nextMinute * 60000);
    }
    case 's':
    default: {
      const step = Math.max(value, 1);
      let nextSecond = s % step !== 0 ? s + step - (s % step) : s + step;
      let nextMinute = m + Math.floor(nextSecond / 60);
      nextSecond %= 60;
      const nextHour = h + Math.floor(nextMinute / 60);
      nextMinute %= 60;
      const offset =
        (nextHour % 24) * 3600000 + nextMinute * 60000 + nextSecond * 1000;
      return new Date(base.getTime() + (nextHour >= 24 ? DAY_MS : 0) + offset);
    }
  }
}
