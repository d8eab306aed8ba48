/**
 * Usage figures over a period (LiteLLM daily activity, summed).
 *
 * @public
 */
export interface UsageMetrics {
  spend: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  requests: number;
  successfulRequests: number;
  failedRequests: number;
}

/** @public */
export type UsageGroupBy = 'day' | 'model' | 'key' | 'subject' | 'provider';

/** @public */
export interface UsageQuery {
  /** First day, `YYYY-MM-DD` (UTC). */
  from: string;
  /** Last day, inclusive. */
  to: string;
  /** `mine` (default): the caller's and their teams'; `model`: a model the caller owns; `all`: admins. */
  scope?: 'mine' | 'model' | 'all';
  model?: string;
  groupBy?: UsageGroupBy;
}

/** @public */
export interface UsageRow extends UsageMetrics {
  /** The group's key: a day, model, key id, subject ref or provider. */
  group: string;
  /** For keys: the key's name; for unknown keys: `unknown`. */
  label?: string;
}

/** @public */
export interface UsageResponse {
  from: string;
  to: string;
  totals: UsageMetrics;
  /** The same-length period just before, for change figures. */
  previousTotals: UsageMetrics;
  groupBy: UsageGroupBy;
  rows: UsageRow[];
  /** When usage was last pulled from LiteLLM. */
  syncedAt?: string;
}
