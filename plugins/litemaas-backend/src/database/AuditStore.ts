import { Knex } from 'knex';
import {
  AuditEvent,
  AuditOutcome,
  AuditQuery,
} from '@litemaas/backstage-plugin-litemaas-common';
import { LIKE_ESCAPE, escapeLike } from './like';

const TABLE = 'litemaas_audit_events';

/** An event as it is appended; the store gives it its id. */
export type NewAuditEvent = Omit<AuditEvent, 'id' | 'at'> & { at: Date };

/**
 * What a list may see: every event, or only those about some models and of
 * some kinds (a model owner's part of the trail: `access-` events, not the
 * keys of the people who use the model).
 */
export type AuditScope =
  | { all: true }
  | { models: string[]; actionPrefixes: string[] };

interface AuditRow {
  id: number | string;
  at: Date | string;
  action: string;
  outcome: AuditOutcome;
  actor_ref: string;
  subject_ref: string | null;
  model_name: string | null;
  target: string | null;
  reason: string | null;
  before_json: string | null;
  after_json: string | null;
  details_json: string | null;
  error: string | null;
}

function parse(json: string | null): unknown {
  return json === null ? undefined : JSON.parse(json);
}

function toEvent(row: AuditRow): AuditEvent {
  const event: AuditEvent = {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    action: row.action,
    outcome: row.outcome,
    actorRef: row.actor_ref,
    subjectRef: row.subject_ref ?? undefined,
    modelName: row.model_name ?? undefined,
    target: row.target ?? undefined,
    reason: row.reason ?? undefined,
    before: parse(row.before_json),
    after: parse(row.after_json),
    details: parse(row.details_json) as AuditEvent['details'],
    error: row.error ?? undefined,
  };
  // Absent, not undefined, in JSON answers and exports.
  for (const key of Object.keys(event) as Array<keyof AuditEvent>) {
    if (event[key] === undefined) delete event[key];
  }
  return event;
}

const json = (value: unknown) =>
  value === undefined ? null : JSON.stringify(value);

/** The portal's audit trail: appended to, listed, pruned. */
export class AuditStore {
  constructor(private readonly knex: Knex) {}

  async append(event: NewAuditEvent): Promise<void> {
    await this.knex(TABLE).insert({
      at: event.at,
      action: event.action,
      outcome: event.outcome,
      actor_ref: event.actorRef,
      subject_ref: event.subjectRef ?? null,
      model_name: event.modelName ?? null,
      target: event.target ?? null,
      reason: event.reason ?? null,
      before_json: json(event.before),
      after_json: json(event.after),
      details_json: json(event.details),
      error: event.error ?? null,
    });
  }

  /** A page of the matching events, newest first, and how many match. */
  async list(
    scope: AuditScope,
    query: AuditQuery & { offset: number; limit: number },
  ): Promise<{ items: AuditEvent[]; total: number }> {
    const base = () => this.filtered(scope, query);
    const [{ count }] = await base().count({ count: '*' });
    const rows: AuditRow[] = await base()
      .orderBy('id', 'desc')
      .offset(query.offset)
      .limit(query.limit);
    return { items: rows.map(toEvent), total: Number(count) };
  }

  /**
   * Every matching event, newest first, read a page at a time by id: a
   * long export holds no cursor open, and events appended meanwhile (with
   * higher ids) do not shift what is left to read.
   */
  async *stream(
    scope: AuditScope,
    query: AuditQuery,
    pageSize = 500,
  ): AsyncGenerator<AuditEvent> {
    let before: number | undefined;
    for (;;) {
      const q = this.filtered(scope, query).orderBy('id', 'desc');
      if (before !== undefined) q.where('id', '<', before);
      const rows: AuditRow[] = await q.limit(pageSize);
      for (const row of rows) yield toEvent(row);
      if (rows.length < pageSize) return;
      before = Number(rows[rows.length - 1].id);
    }
  }

  /**
   * Deletes the events from before `cutoff`, a batch at a time so a first
   * pruning of a large trail holds no long lock; how many went.
   */
  async deleteBefore(cutoff: Date, batchSize = 5000): Promise<number> {
    let deleted = 0;
    for (;;) {
      const ids = (
        await this.knex(TABLE)
          .where('at', '<', cutoff)
          .select('id')
          .limit(batchSize)
      ).map((row: { id: number | string }) => row.id);
      if (!ids.length) return deleted;
      deleted += await this.knex(TABLE).whereIn('id', ids).delete();
    }
  }

  private filtered(scope: AuditScope, query: AuditQuery) {
    const q = this.knex<AuditRow>(TABLE);
    if ('models' in scope) {
      if (scope.models.length === 0 || scope.actionPrefixes.length === 0) {
        q.whereRaw('1 = 0');
      } else {
        q.whereIn('model_name', scope.models).where(inner => {
          for (const prefix of scope.actionPrefixes) {
            inner.orWhereRaw(`action like ? ${LIKE_ESCAPE}`, [
              `${escapeLike(prefix)}%`,
            ]);
          }
        });
      }
    }
    if (query.action) q.where('action', query.action);
    if (query.outcome) q.where('outcome', query.outcome);
    if (query.actorRef) {
      q.whereRaw('lower(actor_ref) = ?', [query.actorRef.toLowerCase()]);
    }
    if (query.subjectRef) {
      q.whereRaw('lower(subject_ref) = ?', [query.subjectRef.toLowerCase()]);
    }
    if (query.modelName) q.where('model_name', query.modelName);
    if (query.from) q.where('at', '>=', new Date(query.from));
    if (query.to) q.where('at', '<', new Date(query.to));
    if (query.search) {
      const term = `%${escapeLike(query.search.toLowerCase())}%`;
      q.where(inner => {
        for (const column of [
          'action',
          'actor_ref',
          'subject_ref',
          'model_name',
          'target',
          'reason',
          // What was asked, as given: a key's name, a team, a day.
          'details_json',
        ]) {
          inner.orWhereRaw(`lower(${column}) like ? ${LIKE_ESCAPE}`, [term]);
        }
      });
    }
    return q;
  }
}
