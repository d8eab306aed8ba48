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
  | 'revoked';

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
}

/** @public */
export type AccessEventAction =
  | 'requested'
  | 'granted'
  | 'denied'
  | 'cancelled'
  | 'review-requested'
  | 'revoked'
  | 'moved-to-review'
  | 'limits-changed';

/** One entry of an access request's history. */
/** @public */
export interface AccessEvent {
  requestId: string;
  at: string;
  actorRef: string;
  action: AccessEventAction;
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
}
