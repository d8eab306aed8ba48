import {
  AuditorService,
  AuditorServiceCreateEventOptions,
  AuditorServiceEvent,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { AuditStore, NewAuditEvent } from '../../database/AuditStore';
import { errorWithoutSecrets, withoutSecrets } from './secrets';

export { withoutSecrets } from './secrets';

/** The actor of what the portal does by itself (tasks, the reconciler). */
export const SYSTEM_AUDIT_ACTOR = 'system:litemaas';

/** Actions whose result's `decisionReason` is the reason they were made with. */
const DECISIONS = new Set([
  'access-request',
  'access-approve',
  'access-deny',
  'access-limits',
]);

const text = (value: unknown) =>
  typeof value === 'string' && value ? value : undefined;

/** The first text among the candidates. */
const first = (...values: unknown[]) => values.map(text).find(Boolean);

const object = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, any>)
    : {};

/**
 * Builds the stored event from what the action said when it began and
 * what it noted when it ended. Actions name things in their own words
 * (`model`, `body.modelName`, `teamRef`, ...); this reads them all.
 */
export function auditEventOf(
  action: string,
  started: JsonObject,
  ended: JsonObject,
  outcome: NewAuditEvent['outcome'],
  at: Date,
  error?: Error,
): NewAuditEvent {
  const { actor, before, after, ...asked } = withoutSecrets(started) as Record<
    string,
    unknown
  >;
  const noted = withoutSecrets(ended) as Record<string, any>;
  const body = object(asked.body);
  const result = object(noted.result);
  const models = Array.isArray(result.models) ? result.models : [];
  const event: NewAuditEvent = {
    at,
    action,
    outcome,
    actorRef: text(actor) ?? SYSTEM_AUDIT_ACTOR,
    subjectRef: first(
      noted.subjectRef,
      asked.subjectRef,
      body.subjectRef,
      result.subjectRef,
      asked.ownerRef,
      asked.teamRef,
    ),
    modelName: first(
      noted.modelName,
      asked.model,
      asked.modelName,
      body.modelName,
      result.modelName,
      models.length === 1 ? models[0] : undefined,
    ),
    target: first(
      noted.target,
      asked.id,
      asked.keyId,
      result.id,
      asked.teamRef,
      asked.day,
      asked.tokenHash,
      asked.name,
    ),
    reason: first(
      noted.reason,
      asked.reason,
      body.reason,
      body.justification,
      // A decision's own reason; other actions leave an earlier one there.
      DECISIONS.has(action) ? result.decisionReason : undefined,
    ),
    before: noted.before ?? before,
    after: noted.after ?? noted.result ?? after,
    details: Object.keys(asked).length ? asked : undefined,
    error: error ? errorWithoutSecrets(error.message) : undefined,
  };
  return event;
}

/**
 * Backstage's auditor, plus the portal's own trail: every event is also
 * kept in the database, where admins search it. The log stays the record
 * of last resort: a failed write to the trail is logged, and does not undo
 * or fail an action that has already happened.
 */
export class RecordingAuditor implements AuditorService {
  constructor(
    private readonly deps: {
      auditor: AuditorService;
      store: AuditStore;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async createEvent(
    options: AuditorServiceCreateEventOptions,
  ): Promise<AuditorServiceEvent> {
    const inner = await this.deps.auditor.createEvent(options);
    const started = options.meta ?? {};
    const keep = async (
      outcome: NewAuditEvent['outcome'],
      ended: JsonObject = {},
      error?: Error,
    ) => {
      const at = this.deps.now?.() ?? new Date();
      try {
        await this.deps.store.append(
          auditEventOf(options.eventId, started, ended, outcome, at, error),
        );
      } catch (e) {
        this.deps.logger.error(
          `Could not keep audit event ${options.eventId} in the trail: ${
            (e as Error).message
          }`,
        );
      }
    };
    return {
      success: async opts => {
        await inner.success(opts);
        await keep('succeeded', opts?.meta);
      },
      fail: async opts => {
        await inner.fail(opts);
        await keep('failed', opts.meta, opts.error);
      },
    };
  }
}
