/**
 * Who may see and use a model.
 * - `open`: anyone may use it; requests are granted at once.
 * - `restricted`: requests wait for an admin or the model's owner.
 * - `hidden`: only admins see it.
 *
 * @public
 */
export type AccessPolicy = 'open' | 'restricted' | 'hidden';

/** @public */
export const ACCESS_POLICIES: ReadonlyArray<AccessPolicy> = [
  'open',
  'restricted',
  'hidden',
];

/**
 * Limits a grant (and so the keys made under it) may use. All optional:
 * what is not set falls back to the model's defaults, then to none.
 *
 * @public
 */
export interface AccessLimits {
  /** Tokens per minute. */
  tpm?: number;
  /** Requests per minute. */
  rpm?: number;
  /** USD per budget period. */
  maxBudget?: number;
  /** LiteLLM duration string, e.g. `30d`, `1mo`. */
  budgetDuration?: string;
}

/**
 * The states of an access request. `pending` and `granted` are the active
 * ones: a subject holds at most one active request or grant per model.
 *
 * @public
 */
export type AccessStatus =
  | 'pending'
  | 'granted'
  | 'denied'
  | 'cancelled'
  | 'revoked'
  | 'expired';

/** @public */
export interface AccessRequest {
  id: string;
  modelName: string;
  /** `user:default/alice` or `group:default/payments`. */
  subjectRef: string;
  /** The user who asked. */
  requestedBy: string;
  justification?: string;
  status: AccessStatus;
  limits: AccessLimits;
  createdAt: string;
  updatedAt: string;
  decidedBy?: string;
  decidedAt?: string;
  /** The reason given with the last decision (mandatory for denials). */
  decisionReason?: string;
  /**
   * When the grant ends (ISO 8601). On a pending request, the end the
   * requester asked for. Absent: the grant does not end by itself.
   */
  expiresAt?: string;
  /** A later end the subject asked for, waiting for a reviewer. */
  extension?: GrantExtension;
  /**
   * Set when an approval rule asks for two approvals: who approved so far
   * (the first, then the second on the grant).
   */
  approvals?: { required: number; approvedBy: string[]; rule?: string };
  /** When admins were told the request waits too long (escalate rule). */
  escalatedAt?: string;
}

/**
 * A subject's ask to keep a grant longer.
 *
 * @public
 */
export interface GrantExtension {
  /** The end asked for (ISO 8601). */
  until: string;
  justification?: string;
  requestedBy: string;
  requestedAt: string;
}

/** @public */
export interface GrantExtensionBody {
  /** The end asked for (ISO 8601), later than the grant's current end. */
  until: string;
  justification?: string;
}

/** @public */
export interface GrantExtensionDecisionBody {
  /** Approve only: a different end than the one asked for. */
  until?: string;
  /** Mandatory to deny. */
  reason?: string;
  /**
   * The `requestedAt` of the ask the reviewer saw. When given, a decision
   * on an ask made since (the first decided, then a new one asked) is
   * refused with a 409 rather than applied to an ask nobody read.
   */
  requestedAt?: string;
}

/**
 * Days before a grant's end when its subject is told (once each).
 *
 * @public
 */
export const GRANT_EXPIRY_NOTICE_DAYS: ReadonlyArray<number> = [7, 1];

/** @public */
export type AccessEventAction =
  | 'requested'
  | 'granted'
  | 'denied'
  | 'cancelled'
  | 'review-requested'
  | 'revoked'
  | 'moved-to-review'
  | 'limits-changed'
  | 'expired'
  | 'extension-requested'
  | 'extended'
  | 'extension-denied'
  | 'end-set';

/**
 * History entries of approval rules: a first of two approvals, an
 * escalation to admins, a rule that could not be checked (the request is
 * left to people).
 *
 * @public
 */
export type ApprovalRuleEventAction =
  | 'approval-recorded'
  | 'escalated'
  | 'rule-skipped';

/** One entry of an access request's history. */
/** @public */
export interface AccessEvent {
  requestId: string;
  at: string;
  actorRef: string;
  action: AccessEventAction | ApprovalRuleEventAction;
  fromStatus?: AccessStatus;
  toStatus: AccessStatus;
  reason?: string;
}

/**
 * Reasons the portal itself writes on a decision or an event. They are
 * stored in English, as every reason is; the frontend shows these in the
 * reader's language, and people's own reasons as they wrote them.
 *
 * @public
 */
export const SYSTEM_REASONS = {
  openModelGranted: 'Open model: granted on request',
  modelRestricted: 'The model became restricted',
  keyHeldToGrants: 'Held to its owner’s grants',
  grantExpired: 'The grant reached its end date',
  modelMaxGrantSet: 'The model now limits how long a grant lasts',
  subjectDeparted: 'Left the organisation: no longer in the catalog',
  modelRetired: 'The model was retired',
} as const;

/** @public */
export type SystemReason = keyof typeof SYSTEM_REASONS;

/** The portal's own fields of a model, kept beside LiteLLM's. */
/** @public */
export interface ModelPolicy {
  accessPolicy: AccessPolicy;
  /** Catalog entity ref of the owner, e.g. `group:default/ml-platform`. */
  ownerRef?: string;
  description?: string;
  defaultLimits: AccessLimits;
  /**
   * When set, every grant of the model ends at most this many days after
   * it is granted or extended.
   */
  maxGrantDays?: number;
}
