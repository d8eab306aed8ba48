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
const SUBJECT_RUNNING = 'litemaas_usage_subject_running';
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
  /** Only keys the portal has no record of. */
  outsidePortal?: boolean;
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

function toDailyRow(row: Record<string, any>): UsageDailyRow {
  return {
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
      await lockUsageWrites(tx);
      await this.writeDay(tx, day, rows, complete, at);
    });
  }

  /**
   * Rewrites one day under the usage write lock: `decide` sees the rows the
   * day has now and answers the rows it should have, in one transaction, so
   * two pulls never write over each other with what they read before. What
   * `decide` writes with the transaction commits with the day.
   */
  async rewriteDay<T>(
    day: string,
    complete: boolean,
    at: Date,
    decide: (
      stored: UsageDailyRow[],
      tx: Knex.Transaction,
    ) => Promise<{ rows: UsageDailyRow[]; result: T }>,
  ): Promise<T> {
    return this.knex.transaction(async tx => {
      await lockUsageWrites(tx);
      const stored = (await tx(DAILY).where({ day })).map(toDailyRow);
      const { rows, result } = await decide(stored, tx);
      await this.writeDay(tx, day, rows, complete, at);
      return result;
    });
  }

  private async writeDay(
    tx: Knex.Transaction,
    day: string,
    rows: UsageDailyRow[],
    complete: boolean,
    at: Date,
  ) {
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
  }

  /** Rebuilds the rollups of a range of days from the daily rows. */
  async rebuildRollups(from: string, to: string) {
    await this.knex.transaction(async tx => {
      await lockUsageWrites(tx);
      await this.rollUp(tx, from, to);
    });
  }

  /** Rollups for the global views, rebuilt from the daily rows. */
  private async rollUp(tx: Knex.Transaction, from: string, to: string) {
    const summed = METRIC_COLUMNS.map(c => `sum(${c})`).join(', ');
    const columns = METRIC_COLUMNS.join(', ');
    await tx(MODEL_DAYS).whereBetween('day', [from, to]).delete();
    // Ordered by day so a day's rows sit together on disk, as they do when
    // days arrive one at a time.
    await tx.raw(
      `INSERT INTO ${MODEL_DAYS} (day, model, provider, ${columns})
       SELECT day, model, provider, ${summed} FROM ${DAILY}
       WHERE day BETWEEN ? AND ?
       GROUP BY day, model, provider ORDER BY day`,
      [from, to],
    );
    await tx(SUBJECT_DAYS).whereBetween('day', [from, to]).delete();
    // The placeholder for keys the portal does not know is a constant, so
    // PostgreSQL sees the same expression in SELECT and GROUP BY.
    await tx.raw(
      `INSERT INTO ${SUBJECT_DAYS} (day, subject_ref, ${columns})
       SELECT day, coalesce(subject_ref, '${UNKNOWN_SUBJECT}'), ${summed}
       FROM ${DAILY} WHERE day BETWEEN ? AND ?
       GROUP BY day, coalesce(subject_ref, '${UNKNOWN_SUBJECT}') ORDER BY day`,
      [from, to],
    );
    await this.runForward(tx, from);
  }

  /**
   * Recomputes the running totals of every day from `from` on, oldest
   * first: each day's totals are the day before's plus the day's own usage.
   * Usually only today is recomputed; a late day also moves the days after
   * it.
   */
  private async runForward(tx: Knex.Transaction, from: string) {
    const columns = METRIC_COLUMNS.join(', ');
    const summed = METRIC_COLUMNS.map(c => `sum(${c})`).join(', ');
    const days = new Set<string>();
    for (const table of [SUBJECT_DAYS, SUBJECT_RUNNING]) {
      const rows = await tx(table).where('day', '>=', from).distinct('day');
      for (const r of rows) days.add(r.day);
    }
    for (const day of [...days].sort()) {
      await tx(SUBJECT_RUNNING).where({ day }).delete();
      const before = await tx(SUBJECT_RUNNING)
        .where('day', '<', day)
        .max({ day: 'day' })
        .first();
      // A day without usage gets no rows: readers take the last day before.
      await tx.raw(
        `INSERT INTO ${SUBJECT_RUNNING} (day, subject_ref, ${columns})
         SELECT ?, subject_ref, ${summed} FROM (
           SELECT subject_ref, ${columns} FROM ${SUBJECT_RUNNING} WHERE day = ?
           UNION ALL
           SELECT subject_ref, ${columns} FROM ${SUBJECT_DAYS} WHERE day = ?
         ) AS u
         WHERE EXISTS (SELECT 1 FROM ${SUBJECT_DAYS} WHERE day = ?)
         GROUP BY subject_ref`,
        [day, before?.day ?? '', day, day],
      );
    }
  }

  /**
   * Forgets usage before `cutoff` (a day): daily rows and rollups go; of the
   * running totals the last day before the cutoff stays, as the base the
   * totals of later ranges are measured from.
   */
  async prune(cutoff: string): Promise<void> {
    await this.knex.transaction(async tx => {
      await lockUsageWrites(tx);
      for (const table of [DAILY, MODEL_DAYS, SUBJECT_DAYS, DAYS]) {
        await tx(table).where('day', '<', cutoff).delete();
      }
      const base = await tx(SUBJECT_RUNNING)
        .where('day', '<', cutoff)
        .max({ day: 'day' })
        .first();
      if (base?.day) {
        await tx(SUBJECT_RUNNING).where('day', '<', base.day).delete();
      }
    });
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
    if (
      !needsKey &&
      !filter.subjectRefs &&
      !filter.outsidePortal &&
      groupBy !== 'subject'
    ) {
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
    const source = this.sourceFor(filter, groupBy);
    return this.knex(source)
      .whereBetween('day', [filter.from, filter.to])
      .modify(q => filterRows(q, filter, source));
  }

  /**
   * The daily rows of a view, one at a time from the database cursor, so an
   * export of millions of rows never sits in memory.
   */
  async *streamRows(filter: UsageFilter): AsyncGenerator<UsageDailyRow> {
    const stream = this.knex(DAILY)
      .whereBetween('day', [filter.from, filter.to])
      .modify(q => filterRows(q, filter, DAILY))
      .orderBy(['day', 'model', 'key_hash'])
      .stream();
    for await (const row of stream as AsyncIterable<Record<string, any>>) {
      yield toDailyRow(row);
    }
  }

  /**
   * Per subject, for one model: the last day with requests (over all the
   * usage kept) and the spend and requests since `from`.
   */
  async subjectsOnModel(
    model: string,
    subjectRefs: string[],
    from: string,
  ): Promise<
    Map<string, { lastUsedDay?: string; spend: number; requests: number }>
  > {
    const result = new Map<
      string,
      { lastUsedDay?: string; spend: number; requests: number }
    >();
    for (let i = 0; i < subjectRefs.length; i += 500) {
      const rows = await this.knex(DAILY)
        .where('model', model)
        .where('requests', '>', 0)
        .whereIn('subject_ref', subjectRefs.slice(i, i + 500))
        .select('subject_ref')
        .max({ lastUsedDay: 'day' })
        .select(
          this.knex.raw(
            'coalesce(sum(case when day >= ? then spend else 0 end), 0) as ??',
            [from, 'spend'],
          ),
          this.knex.raw(
            'coalesce(sum(case when day >= ? then requests else 0 end), 0) as ??',
            [from, 'requests'],
          ),
        )
        .groupBy('subject_ref');
      for (const row of rows as Array<Record<string, unknown>>) {
        result.set(String(row.subject_ref), {
          lastUsedDay: row.lastUsedDay ? String(row.lastUsedDay) : undefined,
          spend: Number(row.spend ?? 0),
          requests: Number(row.requests ?? 0),
        });
      }
    }
    return result;
  }

  /**
   * Usage of keys tied to catalog Components, per Component, over whole
   * days. A key counts for the Component it is tied to now.
   */
  async byComponent(filter: {
    from: string;
    to: string;
    componentRefs?: string[];
  }): Promise<Array<UsageMetrics & { componentRef: string; keys: number }>> {
    const rows = await this.knex('litemaas_usage_daily as u')
      .join('litemaas_keys as k', 'k.id', 'u.key_id')
      .whereNotNull('k.component_ref')
      .where('u.day', '>=', filter.from)
      .where('u.day', '<=', filter.to)
      .modify(q => {
        if (filter.componentRefs) {
          q.whereIn('k.component_ref', filter.componentRefs);
        }
      })
      .groupBy('k.component_ref')
      .select(
        this.knex.raw('?? as ??', ['k.component_ref', 'componentRef']),
        this.knex.raw('count(distinct ??) as ??', ['k.id', 'keys']),
        // Qualified: the keys table has a spend column of its own.
        ...Object.entries(METRICS).map(([alias, column]) =>
          this.knex.raw('coalesce(sum(??), 0) as ??', [`u.${column}`, alias]),
        ),
      )
      .orderBy('spend', 'desc');
    return rows.map((row: Record<string, unknown>) => ({
      componentRef: String(row.componentRef),
      keys: Number(row.keys),
      ...toMetrics(row),
    }));
  }

  /**
   * Usage of keys tied to the given Components, per model, over whole
   * days (the models an entity's spend went to).
   */
  async byComponentModel(filter: {
    from: string;
    to: string;
    componentRefs: string[];
  }): Promise<Array<UsageMetrics & { model: string }>> {
    if (!filter.componentRefs.length) return [];
    const rows = await this.knex('litemaas_usage_daily as u')
      .join('litemaas_keys as k', 'k.id', 'u.key_id')
      .whereIn('k.component_ref', filter.componentRefs)
      .where('u.day', '>=', filter.from)
      .where('u.day', '<=', filter.to)
      .groupBy('u.model')
      .select(
        this.knex.raw('?? as ??', ['u.model', 'model']),
        ...Object.entries(METRICS).map(([alias, column]) =>
          this.knex.raw('coalesce(sum(??), 0) as ??', [`u.${column}`, alias]),
        ),
      )
      .orderBy([
        { column: 'spend', order: 'desc' },
        { column: 'model', order: 'asc' },
      ]);
    return rows.map((row: Record<string, unknown>) => ({
      model: String(row.model),
      ...toMetrics(row),
    }));
  }

  async totals(filter: UsageFilter): Promise<UsageMetrics> {
    const row = await this.filtered(filter).select(sums(this.knex)).first();
    return toMetrics(row ?? {});
  }

  async grouped(
    filter: UsageFilter,
    groupBy: UsageGroupBy,
  ): Promise<UsageRow[]> {
    if (
      groupBy === 'subject' &&
      !filter.subjectRefs &&
      !filter.models &&
      !filter.outsidePortal
    ) {
      return this.topSubjects(filter);
    }
    // A key is one row whatever values it had: its portal id when it has
    // one, else (made outside the portal) its hash.
    const column =
      groupBy === 'key'
        ? this.knex.raw('coalesce(key_id, key_hash)')
        : this.knex.raw('??', [GROUP_COLUMNS[groupBy]]);
    const rows = await this.filtered(filter, groupBy)
      .select(this.knex.raw('? as ??', [column, 'group']), ...sums(this.knex))
      .groupBy(column)
      .orderBy(
        groupBy === 'day' ? 'day' : 'spend',
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

  /**
   * Every owner's usage over the range from the running totals: the total
   * at the range's last pulled day minus the total just before the range.
   * Two rows per owner, whatever the length of the range.
   */
  private async topSubjects(filter: UsageFilter): Promise<UsageRow[]> {
    // Before the oldest day kept there is no usage, only the running
    // totals' base: a range reaching back further starts at that day.
    const oldest = await this.knex(SUBJECT_DAYS).min({ day: 'day' }).first();
    const from =
      oldest?.day && oldest.day > filter.from ? oldest.day : filter.from;
    const differences = Object.entries(METRICS)
      .map(
        ([alias, column]) =>
          `hi.${column} - coalesce(lo.${column}, 0) AS "${alias}"`,
      )
      .join(', ');
    const rows = await this.knex.raw(
      `SELECT hi.subject_ref AS "group", ${differences}
       FROM ${SUBJECT_RUNNING} hi
       LEFT JOIN ${SUBJECT_RUNNING} lo ON lo.subject_ref = hi.subject_ref
         AND lo.day = (SELECT max(day) FROM ${SUBJECT_RUNNING} WHERE day < ?)
       WHERE hi.day = (SELECT max(day) FROM ${SUBJECT_RUNNING} WHERE day <= ?)
         AND (hi.requests - coalesce(lo.requests, 0) > 0
           OR hi.total_tokens - coalesce(lo.total_tokens, 0) > 0
           OR hi.spend - coalesce(lo.spend, 0) <> 0)
       ORDER BY 2 DESC, 1 ASC
       LIMIT ${TOP_ROWS}`,
      [from, filter.to],
    );
    // pg answers { rows }, SQLite an array.
    const list: Array<Record<string, unknown>> = Array.isArray(rows)
      ? rows
      : rows.rows;
    return list.map(row => ({ group: String(row.group), ...toMetrics(row) }));
  }
}

/** Any number, the same in every replica: PostgreSQL's lock on usage writes. */
const USAGE_WRITE_LOCK = 727_001;

/**
 * One usage write at a time across replicas (an admin's "Sync now" may meet
 * the scheduled pull): a day's rows and the running totals after it are
 * rewritten together. SQLite has a single writer already.
 */
async function lockUsageWrites(tx: Knex.Transaction) {
  if (tx.client.config.client === 'pg') {
    await tx.raw('SELECT pg_advisory_xact_lock(?)', [USAGE_WRITE_LOCK]);
  }
}

/** The filter's conditions, in the terms of the table read. */
function filterRows(q: Knex.QueryBuilder, filter: UsageFilter, source: string) {
  if (filter.subjectRefs) q.whereIn('subject_ref', filter.subjectRefs);
  if (filter.models) q.whereIn('model', filter.models);
  if (filter.outsidePortal) {
    // The rollup names keys the portal does not know; the daily rows leave
    // their owner empty.
    if (source === SUBJECT_DAYS) q.where('subject_ref', UNKNOWN_SUBJECT);
    else q.whereNull('subject_ref');
  }
}
