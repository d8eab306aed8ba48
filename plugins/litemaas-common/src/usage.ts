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
  /** Only keys the portal has no record of (made in LiteLLM directly). */
  outsidePortal?: boolean;
}

/** @public */
export type UsageExportFormat = 'csv' | 'json';

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
  /**
   * Set when the rows were cut at this many (the costliest keys or owners);
   * the totals still count everyone.
   */
  rowLimit?: number;
  /** When usage was last pulled from LiteLLM. */
  syncedAt?: string;
}

/**
 * A LiteLLM team's budget, as LiteLLM reports it. A team is a catalog group:
 * its entity ref is the team's id in LiteLLM.
 *
 * @public
 */
export interface TeamBudget {
  teamRef: string;
  /** False while LiteLLM has no such team (no team keys, no budget yet). */
  exists: boolean;
  /** Spend in the current budget period, USD. */
  spend: number;
  maxBudget?: number;
  softBudget?: number;
  /** How often the budget resets, e.g. `30d` or `1mo`. */
  budgetDuration?: string;
  /** When the spend next returns to zero (ISO time). */
  budgetResetAt?: string;
  /** Set when LiteLLM is unavailable: the budget as last seen. */
  stale?: { reason: string; asOf: string };
}

/**
 * What an admin sets on a team; `maxBudget: null` removes the budget.
 *
 * @public
 */
export interface TeamBudgetUpdate {
  teamRef: string;
  maxBudget: number | null;
  softBudget?: number | null;
  budgetDuration?: string | null;
}

/**
 * How catalog spend rolls up: per Component keys are tied to, or through
 * the catalog per System or Domain.
 *
 * @public
 */
export type CatalogSpendGroupBy = 'component' | 'system' | 'domain';

/**
 * One Component, System or Domain and the usage of the keys tied to it
 * (to its Components) over the range.
 *
 * @public
 */
export interface CatalogSpendRow extends UsageMetrics {
  /** `component:…`, `system:…` or `domain:…`; `none` for no System/Domain. */
  ref: string;
  title?: string;
  ownerRef?: string;
  /** A Component's System; a System's Domain. */
  parentRef?: string;
  /** Components with tied keys that count here. */
  components: number;
  keys: number;
}

/** @public */
export interface CatalogSpendReport {
  from: string;
  to: string;
  groupBy: CatalogSpendGroupBy;
  items: CatalogSpendRow[];
  /** Everything the rows add up to. */
  total: UsageMetrics;
  /**
   * For an admin: the whole spend shown is every Component's; for others
   * only the part of the Components they (or their teams) own.
   */
  scope: 'all' | 'owned';
  /**
   * The Component, System or Domain the report is limited to (asked for
   * with `entityRef`); then the spend of its Components per model too.
   */
  entityRef?: string;
  models?: CatalogSpendModelRow[];
}

/**
 * The spend of an entity's Components on one model.
 *
 * @public
 */
export interface CatalogSpendModelRow extends UsageMetrics {
  model: string;
}
