import { InputError, NotAllowedError } from '@backstage/errors';
import {
  UsageQuery,
  UsageResponse,
} from '@litemaas/backstage-plugin-litemaas-common';
import { KeyStore } from '../database/KeyStore';
import { TOP_ROWS, UsageFilter, UsageStore } from '../database/UsageStore';
import { Caller } from '../permissions/Caller';
import { ModelService } from './ModelService';

const DAY_MS = 24 * 3600 * 1000;
const MAX_DAYS = 366;

/**
 * Usage for the caller: their own and their teams', a model they own (by
 * consumer), or everything (admins).
 */
export class UsageService {
  constructor(
    private readonly deps: {
      usage: UsageStore;
      keys: KeyStore;
      models: ModelService;
    },
  ) {}

  /**
   * The daily rows behind a view, for export: streamed, and with key hashes
   * shortened as in the API.
   */
  async *exportRows(caller: Caller, query: UsageQuery) {
    const { filter } = await this.filterFor(caller, query);
    for await (const row of this.deps.usage.streamRows(filter)) {
      yield {
        day: row.day,
        model: row.model,
        provider: row.provider,
        key: `${row.keyHash.slice(0, 12)}…`,
        keyId: row.keyId ?? '',
        owner: row.subjectRef ?? 'unknown (created outside the portal)',
        requests: row.requests,
        successfulRequests: row.successfulRequests,
        failedRequests: row.failedRequests,
        promptTokens: row.promptTokens,
        completionTokens: row.completionTokens,
        totalTokens: row.totalTokens,
        spend: row.spend,
      };
    }
  }

  async query(caller: Caller, query: UsageQuery): Promise<UsageResponse> {
    const { filter, from, days } = await this.filterFor(caller, query);
    return this.answer(query, filter, from, days);
  }

  /** Checks the range and the caller's right to the scope; builds the filter. */
  private async filterFor(caller: Caller, query: UsageQuery) {
    const from = parseDay(query.from, 'from');
    const to = parseDay(query.to, 'to');
    if (to < from) throw new InputError('to must not be before from');
    const days = Math.round((to - from) / DAY_MS) + 1;
    if (days > MAX_DAYS) {
      throw new InputError(`A range may span at most ${MAX_DAYS} days`);
    }
    const filter: UsageFilter = { from: query.from, to: query.to };
    const scope = query.scope ?? 'mine';
    if (scope === 'mine') {
      filter.subjectRefs = caller.ownershipRefs;
    } else if (scope === 'model') {
      if (!query.model) throw new InputError('scope=model needs a model');
      const policy = await this.deps.models.policyOf(query.model);
      if (!caller.canReview({ name: query.model, ownerRef: policy.ownerRef })) {
        throw new NotAllowedError(
          `Only the owner of ${query.model} or an admin can see its usage`,
        );
      }
    } else if (!caller.canManage) {
      throw new NotAllowedError('Only admins can see all usage');
    }
    if (query.model) filter.models = [query.model];
    if (query.outsidePortal) filter.outsidePortal = true;
    return { filter, from, days };
  }

  private async answer(
    query: UsageQuery,
    filter: UsageFilter,
    from: number,
    days: number,
  ): Promise<UsageResponse> {
    const groupBy = query.groupBy ?? 'day';
    const previous = {
      ...filter,
      from: isoDay(from - days * DAY_MS),
      to: isoDay(from - DAY_MS),
    };
    const [totals, previousTotals, rows, syncedAt] = await Promise.all([
      this.deps.usage.totals(filter),
      this.deps.usage.totals(previous),
      this.deps.usage.grouped(filter, groupBy),
      this.deps.usage.lastSyncedAt(),
    ]);
    if (groupBy === 'key') {
      // Rows are keyed by portal key id, or by hash for keys made outside
      // the portal. Only the keys that appear: names for labels.
      const keys = await this.deps.keys.list({ ids: rows.map(r => r.group) });
      const names = new Map(keys.map(k => [k.id, k.name]));
      for (const row of rows) {
        const name = names.get(row.group);
        if (name !== undefined) {
          row.label = name;
        } else {
          row.label = 'unknown (created outside the portal)';
          // Never hand out full hashes: they identify keys in LiteLLM.
          row.group = `${row.group.slice(0, 12)}…`;
        }
      }
    }
    return {
      from: query.from,
      to: query.to,
      totals,
      previousTotals,
      groupBy,
      rows,
      // Keys and owners are cut at the costliest TOP_ROWS: say so.
      ...((groupBy === 'key' || groupBy === 'subject') &&
        rows.length >= TOP_ROWS && { rowLimit: TOP_ROWS }),
      syncedAt: syncedAt?.toISOString(),
    };
  }
}

function parseDay(value: string, field: string): number {
  const t = Date.parse(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') || Number.isNaN(t)) {
    throw new InputError(`${field} must be a date as YYYY-MM-DD`);
  }
  // Date.parse rolls 2024-02-30 over to March 1: a real day reads back.
  if (isoDay(t) !== value) {
    throw new InputError(`${field} ${value} is not a day of the calendar`);
  }
  return t;
}

function isoDay(t: number) {
  return new Date(t).toISOString().slice(0, 10);
}
