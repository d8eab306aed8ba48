import {
  LiteMaasApi,
  UsageGroupBy,
  UsageMetrics,
  UsageRow,
} from '@litemaas/backstage-plugin-litemaas-common';
import { DayRange, eachDay } from './range';

export type UsageScope = 'mine' | 'all';
export type BreakdownGroup = Exclude<UsageGroupBy, 'day'>;

/** One table of a view: a grouping, and for `outsideKey` only unknown keys. */
export interface BreakdownSpec {
  id: BreakdownGroup | 'outsideKey';
  groupBy: BreakdownGroup;
  outsidePortal?: boolean;
}

/** What the Usage page shows for one range and scope. */
export interface UsageView {
  range: DayRange;
  totals: UsageMetrics;
  previousTotals: UsageMetrics;
  syncedAt?: string;
  /** One row per day of the range, zeros included. */
  days: UsageRow[];
  breakdowns: Array<BreakdownSpec & { rows: UsageRow[]; rowLimit?: number }>;
}

/** What the backend labels keys it has no record of. */
export const UNKNOWN_KEY_LABEL = 'unknown (created outside the portal)';

/** Who and what cost most comes first. */
export function bySpend(rows: UsageRow[]): UsageRow[] {
  return [...rows].sort(
    (a, b) =>
      b.spend - a.spend ||
      b.requests - a.requests ||
      a.group.localeCompare(b.group),
  );
}

const ZERO: Omit<UsageRow, 'group'> = {
  spend: 0,
  promptTokens: 0,
  completionTokens: 0,
  totalTokens: 0,
  requests: 0,
  successfulRequests: 0,
  failedRequests: 0,
};

/** The backend returns days with usage only; a chart needs every day. */
export function fillDays(range: DayRange, rows: UsageRow[]): UsageRow[] {
  const byDay = new Map(rows.map(row => [row.group, row]));
  return eachDay(range).map(day => byDay.get(day) ?? { ...ZERO, group: day });
}

/**
 * People see their keys and models. Admins looking at everyone see models,
 * users and teams, providers, and instead of every key in the installation
 * (too many to list), the keys created outside the portal.
 */
export function breakdownsFor(scope: UsageScope): BreakdownSpec[] {
  return scope === 'all'
    ? [
        { id: 'model', groupBy: 'model' },
        { id: 'subject', groupBy: 'subject' },
        { id: 'provider', groupBy: 'provider' },
        { id: 'outsideKey', groupBy: 'key', outsidePortal: true },
      ]
    : [
        { id: 'key', groupBy: 'key' },
        { id: 'model', groupBy: 'model' },
      ];
}

/** One request per grouping: the backend groups one way at a time. */
export async function loadUsageView(
  api: LiteMaasApi,
  range: DayRange,
  scope: UsageScope,
): Promise<UsageView> {
  const specs = breakdownsFor(scope);
  const [days, ...breakdowns] = await Promise.all([
    api.getUsage({ ...range, scope, groupBy: 'day' }),
    ...specs.map(({ groupBy, outsidePortal }) =>
      api.getUsage({
        ...range,
        scope,
        groupBy,
        ...(outsidePortal && { outsidePortal }),
      }),
    ),
  ]);
  return {
    range,
    totals: days.totals,
    previousTotals: days.previousTotals,
    syncedAt: days.syncedAt,
    days: fillDays(range, days.rows),
    breakdowns: specs.map((spec, i) => ({
      ...spec,
      rows: bySpend(breakdowns[i].rows),
      rowLimit: breakdowns[i].rowLimit,
    })),
  };
}

export function hasUsage(metrics: UsageMetrics): boolean {
  return metrics.requests > 0 || metrics.totalTokens > 0 || metrics.spend > 0;
}

/** Successful requests as a share of all, or undefined without requests. */
export function successRate(metrics: UsageMetrics): number | undefined {
  return metrics.requests > 0
    ? metrics.successfulRequests / metrics.requests
    : undefined;
}

/** Failed requests as a share of all, or undefined without requests. */
export function errorRate(metrics: UsageMetrics): number | undefined {
  return metrics.requests > 0
    ? metrics.failedRequests / metrics.requests
    : undefined;
}
