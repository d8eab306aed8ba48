import { Knex } from 'knex';
import {
  UsageGroupBy,
  UsageMetrics,
  UsageRow,
} from '@litemaas/backstage-plugin-litemaas-common';

const DAILY = 'litemaas_usage_daily';
const DAYS = 'litemaas_usage_days';
const MODEL_DAYS = 'litemaas_usage_model_days';
const SUBJECT_DAYS = 'litemaas_usage_subject_days';
const UNKNOWN_SUBJECT = 'unknown';
/** How many keys or owners a grouped view lists, costliest first. */
export const TOP_ROWS = 500;

const METRIC_COLUMNS = [
  'spend',
  'prompt_tokens',
  'completion_tokens',
  'total_tokens',
  'requests',
  'successful_requests',
  'failed_requests',
];

export interface UsageDailyRow extends UsageMetrics {
  day: string;
  keyHash: string;
  model: string;
  provider: string;
  keyId?: string;
  subjectRef?: string;
}

export interface UsageFilter {
  from: string;
  to: string;
  subjectRefs?: string[];
  models?: string[];
}

const GROUP_COLUMNS: Record<UsageGroupBy, string> = {
  day: 'day',
  model: 'model',
  key: 'key_hash',
  subject: 'subject_ref',
  provider: 'provider',
};

const METRICS = {
  spend: 'spend',
  promptTokens: 'prompt_tokens',
  completionTokens: 'completion_tokens',
  totalTokens: 'total_tokens',
  requests: 'requests',
  successfulRequests: 'successful_requests',
  failedRequests: 'failed_requests',
} as const;

function sums(knex: Knex) {
  return Object.entries(METRICS).map(([alias, column]) =>
    knex.raw(`coalesce(sum(??), 0) as ??`, [column, alias]),
  );
}

function toMetrics(row: Record<string, unknown>): UsageMetrics {
  return {
    spend: Number(row.spend ?? 0),
    promptTokens: Number(row.promptTokens ?? 0),
    completionTokens: Number(row.completionTokens ?? 0),
    totalTokens: Number(row.totalTokens ?? 0),
    requests: Number(row.requests ?? 0),
    successfulRequests: Number(row.successfulRequests ?? 0),
    failedRequests: Number(row.failedRequests ?? 0),
  };
}

/** Daily usage rows and their aggregation, all in SQL. */
export class UsageStore {
  constructor(private readonly knex: Knex) {}

  /** Replaces one day's rows: re-running a day is idempotent. */
  async replaceDay(
    day: string,
    rows: UsageDailyRow[],
    complete: boolean,
    at: Date,
  ) {
    await this.knex.transaction(async tx => {
      await tx(DAILY).where({ day }).delete();
      const records = rows.map(r => ({
        day,
        key_hash: r.keyHash,
        model: r.model,
        provider: r.provider,
        key_id: r.keyId ?? null,
        subject_ref: r.subjectRef ?? null,
        spend: r.spend,
        prompt_tokens: r.promptTokens,
        completion_tokens: r.completionTokens,
        total_tokens: r.totalTokens,
        requests: r.requests,
        successful_requests: r.successfulRequests,
        failed_requests: r.failedRequests,
      }));
      for (let i = 0; i < records.length; i += 500) {
        await tx(DAILY).insert(records.slice(i, i + 500));
      }
      await this.rollUp(tx, day, day);
      await tx(DAYS)
        .insert({ day, complete, synced_at: at })
        .onConflict('day')
        .merge();
    });
  }

  /** Rebuilds the rollups of a range of days from the daily rows. */
  async rebuildRollups(from: string, to: string) {
    await this.knex.transaction(tx => this.rollUp(tx, from, to));
  }

  /** Rollups for the global views, rebuilt from the daily rows. */
  private async rollUp(tx: Knex.Transaction, from: string, to: string) {
    const summed = METRIC_COLUMNS.map(c => `sum(${c})`).join(', ');
    const columns = METRIC_COLUMNS.join(', ');
    await tx(MODEL_DAYS).whereBetween('day', [from, to]).delete();
    await tx.raw(
      `INSERT INTO ${MODEL_DAYS} (day, model, provider, ${columns})
       SELECT day, model, provider, ${summed} FROM ${DAILY}
       WHERE day BETWEEN ? AND ?
       GROUP BY day, model, provider`,
      [from, to],
    );
    await tx(SUBJECT_DAYS).whereBetween('day', [from, to]).delete();
    // The placeholder for keys the portal does not know is a constant, so
    // PostgreSQL sees the same expression in SELECT and GROUP BY.
    await tx.raw(
      `INSERT INTO ${SUBJECT_DAYS} (day, subject_ref, ${columns})
       SELECT day, coalesce(subject_ref, '${UNKNOWN_SUBJECT}'), ${summed}
       FROM ${DAILY} WHERE day BETWEEN ? AND ?
       GROUP BY day, coalesce(subject_ref, '${UNKNOWN_SUBJECT}')`,
      [from, to],
    );
  }

  /** Days already pulled for good. */
  async completeDays(from: string, to: string): Promise<Set<string>> {
    const rows = await this.knex(DAYS)
      .where('complete', true)
      .whereBetween('day', [from, to])
      .select('day');
    return new Set(rows.map(r => r.day));
  }

  async lastSyncedAt(): Promise<Date | undefined> {
    const row = await this.knex(DAYS).max({ at: 'synced_at' }).first();
    return row?.at ? new Date(row.at) : undefined;
  }

  /**
   * The smallest table that answers: the model rollup when no subject is
   * asked for, the subject rollup when no model is, else the daily rows.
   */
  private sourceFor(filter: UsageFilter, groupBy?: UsageGroupBy): string {
    const needsKey = groupBy === 'key';
    if (!needsKey && !filter.subjectRefs && groupBy !== 'subject') {
      return MODEL_DAYS;
    }
    if (
      !needsKey &&
      !filter.models &&
      (groupBy === undefined || groupBy === 'subject' || groupBy === 'day')
    ) {
      return SUBJECT_DAYS;
    }
    return DAILY;
  }

  private filtered(filter: UsageFilter, groupBy?: UsageGroupBy) {
    return this.knex(this.sourceFor(filter, groupBy))
      .whereBetween('day', [filter.from, filter.to])
      .modify(q => {
        if (filter.subjectRefs) q.whereIn('subject_ref', filter.subjectRefs);
        if (filter.models) q.whereIn('model', filter.models);
      });
  }

  /**
   * The daily rows of a view, one at a time from the database cursor, so an
   * export of millions of rows never sits in memory.
   */
  async *streamRows(filter: UsageFilter): AsyncGenerator<UsageDailyRow> {
    const stream = this.knex(DAILY)
      .whereBetween('day', [filter.from, filter.to])
      .modify(q => {
        if (filter.subjectRefs) q.whereIn('subject_ref', filter.subjectRefs);
        if (filter.models) q.whereIn('model', filter.models);
      })
      .orderBy(['day', 'model', 'key_hash'])
      .stream();
    for await (const row of stream as AsyncIterable<Record<string, any>>) {
      yield {
        day: row.day,
        keyHash: row.key_hash,
        model: row.model,
        provider: row.provider,
        keyId: row.key_id ?? undefined,
        subjectRef: row.subject_ref ?? undefined,
        spend: Number(row.spend),
        promptTokens: Number(row.prompt_tokens),
        completionTokens: Number(row.completion_tokens),
        totalTokens: Number(row.total_tokens),
        requests: Number(row.requests),
        successfulRequests: Number(row.successful_requests),
        failedRequests: Number(row.failed_requests),
      };
    }
  }

  async totals(filter: UsageFilter): Promise<UsageMetrics> {
    const row = await this.filtered(filter).select(sums(this.knex)).first();
    return toMetrics(row ?? {});
  }

  async grouped(
    filter: UsageFilter,
    groupBy: UsageGroupBy,
  ): Promise<UsageRow[]> {
    const column = GROUP_COLUMNS[groupBy];
    const rows = await this.filtered(filter, groupBy)
      .select(this.knex.raw('?? as ??', [column, 'group']), ...sums(this.knex))
      .groupBy(column)
      .orderBy(
        groupBy === 'day' ? column : 'spend',
        groupBy === 'day' ? 'asc' : 'desc',
      )
      .modify(q => {
        // Days, models and providers are few; keys and owners can be tens
        // of thousands: those views show the top consumers.
        if (groupBy === 'key' || groupBy === 'subject') q.limit(TOP_ROWS);
      });
    return rows.map((row: Record<string, unknown>) => ({
      group: row.group === null ? UNKNOWN_SUBJECT : String(row.group),
      ...toMetrics(row),
    }));
  }
}
