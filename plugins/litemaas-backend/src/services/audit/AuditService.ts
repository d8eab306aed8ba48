import { InputError, NotAllowedError } from '@backstage/errors';
import {
  AuditEvent,
  AuditEventPage,
  AuditQuery,
} from '@litemaas/backstage-plugin-litemaas-common';
import { AuditScope, AuditStore } from '../../database/AuditStore';
import { Caller } from '../../permissions/Caller';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;
const DAY_MS = 24 * 3600 * 1000;

/**
 * What a model owner reads about their models: who asked, who decided, the
 * model's own settings. Not the keys of the people who use it (their names,
 * limits and other models are theirs and the admins').
 */
const OWNER_ACTIONS = ['access-', 'model-', 'gateway-'];

/** The instant a query names, or a 400 that says which one is wrong. */
function instant(value: string | undefined, name: string) {
  if (value === undefined || value === '') return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    throw new InputError(`${name} must be a date or time (ISO 8601)`);
  }
  return new Date(time).toISOString();
}

/**
 * Who may read which part of the audit trail: admins all of it, model
 * owners the events about their models; and its retention.
 */
export class AuditService {
  constructor(
    private readonly deps: {
      store: AuditStore;
      reviewableModels(caller: Caller): Promise<string[]>;
      /** Days events are kept; 0 keeps them for ever. */
      retentionDays: number;
      now?: () => Date;
    },
  ) {}

  async list(caller: Caller, query: AuditQuery): Promise<AuditEventPage> {
    const scope = await this.scopeOf(caller);
    const offset = query.offset ?? 0;
    const limit = query.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(offset) || offset < 0) {
      throw new InputError('offset must be a whole number of 0 or more');
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new InputError(`limit must be between 1 and ${MAX_LIMIT}`);
    }
    const page = await this.deps.store.list(scope, {
      ...this.checked(query),
      offset,
      limit,
    });
    return { ...page, offset, limit };
  }

  /**
   * Every matching event, for an export. The first read checks the caller
   * and the query, so a refusal is an error before any byte is sent.
   */
  async *exportRows(
    caller: Caller,
    query: AuditQuery,
  ): AsyncGenerator<AuditEvent> {
    const scope = await this.scopeOf(caller);
    yield* this.deps.store.stream(scope, this.checked(query));
  }

  /** Deletes events older than the retention; how many went. */
  async prune(): Promise<number> {
    if (this.deps.retentionDays <= 0) return 0;
    const now = this.deps.now?.() ?? new Date();
    return this.deps.store.deleteBefore(
      new Date(now.getTime() - this.deps.retentionDays * DAY_MS),
    );
  }

  private checked(query: AuditQuery): AuditQuery {
    const from = instant(query.from, 'from');
    const to = instant(query.to, 'to');
    if (from && to && to <= from) {
      throw new InputError('to must be after from');
    }
    if (query.outcome && !['succeeded', 'failed'].includes(query.outcome)) {
      throw new InputError('outcome must be succeeded or failed');
    }
    const search = query.search?.trim();
    return {
      action: query.action || undefined,
      actorRef: query.actorRef || undefined,
      subjectRef: query.subjectRef || undefined,
      modelName: query.modelName || undefined,
      outcome: query.outcome,
      from,
      to,
      search: search || undefined,
    };
  }

  private async scopeOf(caller: Caller): Promise<AuditScope> {
    if (caller.canManage) return { all: true };
    const models = await this.deps.reviewableModels(caller);
    if (!models.length) {
      throw new NotAllowedError(
        'Only admins and model owners can read the audit trail',
      );
    }
    return { models, actionPrefixes: OWNER_ACTIONS };
  }
}
