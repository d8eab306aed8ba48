import { Change, RELATIVE_UNITS } from './format';

/** Looks a format message up; the translation ref's `t`, narrowed. */
export type FormatText = (
  key: `format.${string}`,
  options?: Record<string, string | number>,
) => string;

const DURATION_UNITS: Record<string, Intl.NumberFormatOptions['unit']> = {
  s: 'second',
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  mo: 'month',
};

/**
 * Every figure the plugin shows, written the way the reader's language
 * writes it: numbers, money, dates, relative times, durations and limits.
 * English output matches the plain functions in `format.ts`.
 */
export function localeFormat(language: string, text: FormatText) {
  const money = (min: number, max: number) =>
    new Intl.NumberFormat(language, {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
  const compact = new Intl.NumberFormat(language, {
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const cents = money(2, 2);
  const fractions = money(4, 4);
  const whole = money(0, 0);
  const count = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const dateTime = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });

  const usd = (amount?: number) => {
    if (amount === undefined) return '—';
    if (amount !== 0 && Math.abs(amount) < 0.01) {
      return new Intl.NumberFormat(language, {
        style: 'currency',
        currency: 'USD',
        maximumSignificantDigits: 2,
      }).format(amount);
    }
    const rounded = Math.round(amount * 100) / 100;
    return (Number.isInteger(rounded) ? whole : cents).format(rounded);
  };
  const duration = (value?: string) => {
    if (!value) return '—';
    const match = /^(\d+)(s|m|h|d|w|mo)$/.exec(value);
    if (!match) return value;
    const amount = Number(match[1]);
    if (amount === 1) return text(`format.period.${match[2]}`);
    return new Intl.NumberFormat(language, {
      style: 'unit',
      unit: DURATION_UNITS[match[2]],
      unitDisplay: 'long',
    }).format(amount);
  };
  const tokens = (value?: number) =>
    value === undefined ? '—' : compact.format(value);
  const roundChange = (size: number) => {
    if (size >= 10) return Math.round(size);
    return Math.round(size * 10) / 10;
  };

  return {
    language,
    /** Token counts, compact: 128000 -> "128K". */
    tokens,
    /** A price per 1M tokens; tiny ones keep four decimals; 0 is free. */
    price: (dollars?: number) => {
      if (dollars === undefined) return '—';
      if (dollars === 0) return text('format.free');
      return (dollars < 0.01 ? fractions : cents).format(dollars);
    },
    /** Spend: "$1,234.56", and "<$0.01" under a cent. */
    spend: (dollars?: number) => {
      if (dollars === undefined || Number.isNaN(dollars)) return '—';
      if (dollars > 0 && dollars < 0.01) {
        return text('format.under', { amount: cents.format(0.01) });
      }
      return cents.format(dollars);
    },
    /** Amounts people set (budgets): "$50", "$12.50". */
    usd,
    /** Exact counts with the language's separators. */
    count: (value?: number) =>
      value === undefined ? '—' : count.format(value),
    /** A ratio as a percentage: 0.9876 -> "98.8%". */
    percent: (ratio?: number) =>
      ratio === undefined || Number.isNaN(ratio) ? '—' : percent.format(ratio),
    /** "3 days ago", "yesterday", "now"; "—" when there is no time. */
    relativeTime: (iso: string | undefined, now: number = Date.now()) => {
      if (!iso) return '—';
      const at = Date.parse(iso);
      if (Number.isNaN(at)) return iso;
      const seconds = (at - now) / 1000;
      if (Math.abs(seconds) < 45) return relative.format(0, 'second');
      for (const [unit, size] of RELATIVE_UNITS) {
        if (Math.abs(seconds) >= size) {
          return relative.format(Math.round(seconds / size), unit);
        }
      }
      return relative.format(Math.round(seconds / 60), 'minute');
    },
    /** Full date and time, for tooltips beside relative times. */
    dateTime: (iso: string | undefined) => {
      if (!iso) return '';
      const at = new Date(iso);
      return Number.isNaN(at.getTime()) ? iso : dateTime.format(at);
    },
    /** A time's date, "Dec 1, 2026"; "—" when there is no time. */
    date: (iso: string | undefined) => {
      if (!iso) return '—';
      const at = new Date(iso);
      return Number.isNaN(at.getTime()) ? iso : date.format(at);
    },
    /** A UTC day ("2026-11-20") as "Nov 20", or with its year. */
    day: (day: string, withYear = false) => {
      const at = new Date(`${day}T00:00:00Z`);
      if (Number.isNaN(at.getTime())) return day;
      return at.toLocaleDateString(language, {
        month: 'short',
        day: 'numeric',
        ...(withYear && { year: 'numeric' }),
        timeZone: 'UTC',
      });
    },
    /** LiteLLM durations: "30d" -> "30 days", "1mo" -> "month". */
    duration,
    /** "10K TPM · 60 RPM · $50 per 30 days", or "No limits". */
    limits: (limits?: {
      tpm?: number;
      rpm?: number;
      maxBudget?: number;
      budgetDuration?: string;
    }) => {
      const parts: string[] = [];
      if (limits?.tpm !== undefined)
        parts.push(text('format.tpm', { value: tokens(limits.tpm) }));
      if (limits?.rpm !== undefined)
        parts.push(text('format.rpm', { value: count.format(limits.rpm) }));
      if (limits?.maxBudget !== undefined) {
        parts.push(
          limits.budgetDuration
            ? text('format.budgetPer', {
                amount: usd(limits.maxBudget),
                period: duration(limits.budgetDuration),
              })
            : text('format.budget', { amount: usd(limits.maxBudget) }),
        );
      }
      return parts.length ? parts.join(' · ') : text('format.noLimits');
    },
    /** The change from `previous` to `current`; "new" from nothing. */
    change: (current: number, previous: number): Change => {
      if (previous === 0) {
        return current === 0
          ? { direction: 'flat', text: '0%', label: text('format.change.none') }
          : {
              direction: 'new',
              text: text('format.change.new'),
              label: text('format.change.newLabel'),
            };
      }
      const ratio = (current - previous) / Math.abs(previous);
      const size = roundChange(Math.abs(ratio * 100));
      const shown = percent.format(size / 100);
      if (size === 0)
        return {
          direction: 'flat',
          text: shown,
          label: text('format.change.none'),
        };
      return ratio > 0
        ? {
            direction: 'up',
            text: `▲ ${shown}`,
            label: text('format.change.up', { size: count.format(size) }),
          }
        : {
            direction: 'down',
            text: `▼ ${shown}`,
            label: text('format.change.down', { size: count.format(size) }),
          };
    },
    /** A rate's change in percentage points: 95% -> 97% is "▲ 2 pts". */
    pointChange: (current?: number, previous?: number): Change => {
      if (current === undefined)
        return {
          direction: 'flat',
          text: '—',
          label: text('format.change.noRequests'),
        };
      if (previous === undefined)
        return {
          direction: 'new',
          text: text('format.change.new'),
          label: text('format.change.newLabel'),
        };
      const points = (current - previous) * 100;
      const size = roundChange(Math.abs(points));
      const shown = text('format.change.points', { size: count.format(size) });
      if (size === 0)
        return {
          direction: 'flat',
          text: shown,
          label: text('format.change.none'),
        };
      return points > 0
        ? {
            direction: 'up',
            text: `▲ ${shown}`,
            label: text('format.change.upPoints', { size: count.format(size) }),
          }
        : {
            direction: 'down',
            text: `▼ ${shown}`,
            label: text('format.change.downPoints', {
              size: count.format(size),
            }),
          };
    },
  };
}

/** What {@link localeFormat} returns. */
export type LocaleFormat = ReturnType<typeof localeFormat>;
