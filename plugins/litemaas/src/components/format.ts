/** 128000 -> "128K", 1048576 -> "1M", undefined -> "—". */
export function formatTokens(tokens?: number): string {
  if (tokens === undefined) return '—';
  if (tokens >= 1_000_000) return `${trim(tokens / 1_000_000)}M`;
  if (tokens >= 1_000) return `${trim(tokens / 1_000)}K`;
  return String(tokens);
}

/** USD per 1M tokens: 0.15 -> "$0.15", 0 -> "Free", undefined -> "—". */
export function formatPricePer1M(usd?: number): string {
  if (usd === undefined) return '—';
  if (usd === 0) return 'Free';
  const digits = usd < 0.01 ? 4 : 2;
  return `$${usd.toFixed(digits)}`;
}

function trim(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** The units relative times are written in, largest first, in seconds. */
export const RELATIVE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "yesterday", "just now"; "—" when there is no time. */
export function formatRelativeTime(
  iso: string | undefined,
  now: number = Date.now(),
): string {
  if (!iso) return '—';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const seconds = (at - now) / 1000;
  if (Math.abs(seconds) < 45) return 'just now';
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) {
      return rtf.format(Math.round(seconds / size), unit);
    }
  }
  return rtf.format(Math.round(seconds / 60), 'minute');
}

/** Full local date and time, for tooltips beside relative times. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleString('en-US');
}

/** A time's local date, "Dec 1, 2026"; "—" when there is no time. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  return Number.isNaN(at.getTime())
    ? iso
    : at.toLocaleDateString('en-US', {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
      });
}

/**
 * Budgets and other amounts people set, not spend (see
 * {@link formatSpend}): 50 -> "$50", 12.5 -> "$12.50", 1500 -> "$1,500".
 * A budget under a cent keeps its digits: 0.0005 -> "$0.0005".
 */
export function formatUsd(usd?: number): string {
  if (usd === undefined) return '—';
  if (usd !== 0 && Math.abs(usd) < 0.01) {
    return `$${usd.toLocaleString('en-US', { maximumSignificantDigits: 2 })}`;
  }
  const cents = Math.round(usd * 100) / 100;
  return `$${cents.toLocaleString('en-US', {
    minimumFractionDigits: Number.isInteger(cents) ? 0 : 2,
    maximumFractionDigits: 2,
  })}`;
}

const DURATION_UNITS: Record<string, [string, string]> = {
  s: ['second', 'seconds'],
  m: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  w: ['week', 'weeks'],
  mo: ['month', 'months'],
};

/** LiteLLM durations: "30d" -> "30 days", "1mo" -> "month". */
export function formatDuration(duration?: string): string {
  if (!duration) return '—';
  const match = /^(\d+)(s|m|h|d|w|mo)$/.exec(duration);
  if (!match) return duration;
  const count = Number(match[1]);
  const [one, many] = DURATION_UNITS[match[2]];
  return count === 1 ? one : `${count} ${many}`;
}

/** "10K TPM · 60 RPM · $50 per 30 days", or "No limits". */
export function formatLimits(limits?: {
  tpm?: number;
  rpm?: number;
  maxBudget?: number;
  budgetDuration?: string;
}): string {
  if (!limits) return 'No limits';
  const parts: string[] = [];
  if (limits.tpm !== undefined) parts.push(`${formatTokens(limits.tpm)} TPM`);
  if (limits.rpm !== undefined) parts.push(`${limits.rpm} RPM`);
  if (limits.maxBudget !== undefined) {
    parts.push(
      limits.budgetDuration
        ? `${formatUsd(limits.maxBudget)} per ${formatDuration(
            limits.budgetDuration,
          )}`
        : `${formatUsd(limits.maxBudget)} budget`,
    );
  }
  return parts.length ? parts.join(' · ') : 'No limits';
}

/** The parts of an entity ref, or undefined when it is not one. */
export function splitEntityRef(
  ref: string,
): { kind: string; namespace: string; name: string } | undefined {
  const match = /^([^:/]+):(?:([^:/]+)\/)?([^:/]+)$/.exec(ref.trim());
  if (!match) return undefined;
  return {
    kind: match[1].toLocaleLowerCase('en-US'),
    namespace: match[2] ?? 'default',
    name: match[3],
  };
}

/** "group:default/payments" -> "payments"; other namespaces are kept. */
export function formatEntityRef(ref: string): string {
  const parts = splitEntityRef(ref);
  if (!parts) return ref;
  return parts.namespace === 'default'
    ? parts.name
    : `${parts.namespace}/${parts.name}`;
}

/**
 * Turns what a person typed ("alice", "group:payments") into a full entity
 * ref, since the backend filters on exact refs.
 */
export function toEntityRef(input: string, defaultKind: string): string {
  const trimmed = input.trim();
  if (!trimmed) return '';
  const withKind = trimmed.includes(':')
    ? trimmed
    : `${defaultKind}:${trimmed}`;
  const parts = splitEntityRef(withKind);
  if (!parts) return trimmed;
  return `${parts.kind}:${parts.namespace}/${parts.name}`;
}

const USD = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
});

/**
 * Spend in USD, in one format wherever spend shows (totals, tables, charts,
 * keys, messages): "$1,234.56", "$0.00" for nothing, and "<$0.01" for
 * amounts under a cent, which would otherwise read as nothing spent.
 */
export function formatSpend(usd?: number): string {
  if (usd === undefined || Number.isNaN(usd)) return '—';
  if (usd > 0 && usd < 0.01) return '<$0.01';
  return USD.format(usd);
}

/** Exact counts with thousands separators: 1234567 -> "1,234,567". */
export function formatCount(count?: number): string {
  if (count === undefined) return '—';
  return count.toLocaleString('en-US');
}

/** A ratio as a percentage: 0.9876 -> "98.8%", 1 -> "100%". */
export function formatPercent(ratio?: number): string {
  if (ratio === undefined || Number.isNaN(ratio)) return '—';
  const percent = Math.round(ratio * 1000) / 10;
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

/** How a figure moved against the previous period. */
export interface Change {
  direction: 'up' | 'down' | 'flat' | 'new';
  /** "▲ 25%", "▼ 3.5%", "0%" or "new". */
  text: string;
  /** The same in words, for screen readers. */
  label: string;
}

/**
 * The change from `previous` to `current` in percent; "new" when there was
 * nothing before, since a change from zero has no percentage.
 */
export function formatChange(current: number, previous: number): Change {
  if (previous === 0) {
    return current === 0
      ? { direction: 'flat', text: '0%', label: 'no change' }
      : { direction: 'new', text: 'new', label: 'new in this period' };
  }
  const percent = ((current - previous) / Math.abs(previous)) * 100;
  const size = roundChange(Math.abs(percent));
  if (size === '0')
    return { direction: 'flat', text: '0%', label: 'no change' };
  return percent > 0
    ? { direction: 'up', text: `▲ ${size}%`, label: `up ${size}%` }
    : { direction: 'down', text: `▼ ${size}%`, label: `down ${size}%` };
}

/** Small changes keep a decimal, so 0.4% does not read as no change. */
function roundChange(percent: number): string {
  if (percent >= 10) return String(Math.round(percent));
  const rounded = Math.round(percent * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** A UTC day ("2026-11-20") as "Nov 20", or "Nov 20, 2026" with the year. */
export function formatDay(day: string, withYear = false): string {
  const at = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  return at.toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    ...(withYear && { year: 'numeric' }),
    timeZone: 'UTC',
  });
}

/**
 * A rate's change in percentage points (95% -> 97% is "▲ 2 pts"): a
 * percentage of a percentage would mislead. Rates are undefined without
 * requests.
 */
export function formatPointChange(current?: number, previous?: number): Change {
  if (current === undefined) {
    return { direction: 'flat', text: '—', label: 'no requests' };
  }
  if (previous === undefined) {
    return { direction: 'new', text: 'new', label: 'new in this period' };
  }
  const points = (current - previous) * 100;
  const size = roundChange(Math.abs(points));
  if (size === '0')
    return { direction: 'flat', text: '0 pts', label: 'no change' };
  const unit = size === '1' ? 'pt' : 'pts';
  return points > 0
    ? {
        direction: 'up',
        text: `▲ ${size} ${unit}`,
        label: `up ${size} percentage ${size === '1' ? 'point' : 'points'}`,
      }
    : {
        direction: 'down',
        text: `▼ ${size} ${unit}`,
        label: `down ${size} percentage ${size === '1' ? 'point' : 'points'}`,
      };
}
