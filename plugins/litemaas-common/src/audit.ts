import { Page } from './types';

/**
 * Whether a governance action did what was asked.
 *
 * @public
 */
export type AuditOutcome = 'succeeded' | 'failed';

/**
 * One governance action as the portal keeps it: who did what to whom, with
 * the state before and after and the reason given. Never a secret: key
 * values are not in it, only key ids and aliases.
 *
 * @public
 */
export interface AuditEvent {
  id: string;
  at: string;
  /** What was done: `access-approve`, `key-revoke`, `reconcile-mark-revoked`, ... */
  action: string;
  outcome: AuditOutcome;
  /** Who did it: a user, a service, or `system:litemaas` for the portal's own tasks. */
  actorRef: string;
  /** Whose access or key it was about (a user or group). */
  subjectRef?: string;
  modelName?: string;
  /** The object acted on: a request id, a key id, a team, a setting. */
  target?: string;
  reason?: string;
  before?: unknown;
  after?: unknown;
  /** The rest of what was asked, as given (secrets removed). */
  details?: Record<string, unknown>;
  /** Why a failed action failed. */
  error?: string;
}

/**
 * Filters of the audit trail; all optional, combined with AND.
 *
 * @public
 */
export interface AuditQuery {
  action?: string;
  actorRef?: string;
  subjectRef?: string;
  modelName?: string;
  outcome?: AuditOutcome;
  /** From this instant (ISO 8601), inclusive. */
  from?: string;
  /** Until this instant (ISO 8601), exclusive. */
  to?: string;
  /**
   * Words to find in the actor, subject, model, target, reason, action or
   * what was asked (a key's name, a team).
   */
  search?: string;
  offset?: number;
  limit?: number;
}

/** @public */
export type AuditEventPage = Page<AuditEvent>;

/** @public */
export type AuditExportFormat = 'csv' | 'json';

/**
 * The columns of the CSV export, in order.
 *
 * @public
 */
export const AUDIT_CSV_COLUMNS = [
  'id',
  'at',
  'action',
  'outcome',
  'actorRef',
  'subjectRef',
  'modelName',
  'target',
  'reason',
  'before',
  'after',
  'details',
  'error',
] as const;

/**
 * Every action the backend keeps in the audit trail. The backend may
 * record only these (its `audited` takes an {@link AuditAction}), and the
 * Audit page has a label for each, so no event shows as a bare id.
 */
export const AUDIT_ACTIONS = [
  'access-request',
  'access-approve',
  'access-deny',
  'access-cancel',
  'access-review-request',
  'access-revoke',
  'access-limits',
  'access-extension-request',
  'access-extension-approve',
  'access-extension-deny',
  'access-expire',
  'access-recertification-start',
  'access-recertification-keep',
  'access-recertification-close',
  'access-escalate',
  'model-register',
  'model-update',
  'model-delete',
  'model-policy',
  'model-approval-rules',
  'model-deprecate',
  'model-deprecation-cancel',
  'model-deprecation-remind',
  'model-retire',
  'key-create',
  'key-update',
  'key-rotate',
  'key-revoke',
  'key-block',
  'key-unblock',
  'key-provision',
  'key-revoke-prefix',
  'key-adopt',
  'key-leave',
  'key-settings',
  'key-narrow',
  'key-top-up-request',
  'key-top-up-approve',
  'key-top-up-deny',
  'key-top-up-cancel',
  'key-top-up-end',
  'team-top-up-request',
  'team-top-up-approve',
  'team-top-up-deny',
  'team-top-up-cancel',
  'team-top-up-end',
  'litemaas-team-budget-set',
  'usage-hold-accept',
  'usage-hold-dismiss',
  'playground-session-start',
  'playground-session-end',
  'gateway-model-publish',
  'gateway-model-withdraw',
  'reconcile-mark-revoked',
  'reconcile-delete-from-gateway',
  'reconcile-dismiss',
  'reconcile-take-over',
  'offboarding-departing',
  'offboarding-offboard',
  'offboarding-keep',
] as const;

/** One action the audit trail knows. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
