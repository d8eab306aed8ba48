import {
  AccessEvent,
  AccessEventAction,
  AccessLimits,
  AccessRequest,
  AccessStatus,
  GrantExtension,
} from '@litemaas/backstage-plugin-litemaas-common';

/** Statuses that hold a subject's one active request per model. */
/** An active request as the catalog shows it. */
export type AccessSlot = Pick<
  AccessRequest,
  'id' | 'status' | 'subjectRef' | 'modelName'
>;

export const ACTIVE_STATUSES: ReadonlyArray<AccessStatus> = [
  'pending',
  'granted',
];

export interface NewAccessRequest {
  modelName: string;
  subjectRef: string;
  requestedBy: string;
  justification?: string;
  status: 'pending' | 'granted';
  limits: AccessLimits;
  /** Set when the request is decided on creation (open models). */
  decidedBy?: string;
  decisionReason?: string;
  /** When the grant ends (the asked end, while pending). */
  expiresAt?: Date;
  /** 2 when an approval rule asks for two approvals. */
  approvalsRequired?: number;
  /** The rule that asked for them. */
  approvalRule?: string;
}

export interface AccessTransition {
  /** The request moves only when it is in one of these statuses. */
  from: ReadonlyArray<AccessStatus>;
  to: AccessStatus;
  action: AccessEventAction;
  actorRef: string;
  reason?: string;
  /** Replaces the request's limits when set. */
  limits?: AccessLimits;
  /** Whether the change is a decision (recorded as decided_by/at). */
  decision?: boolean;
  /** Sets the grant's end (null: none); its notices start again. */
  expiresAt?: Date | null;
  /** Sets (or, with null, clears) the subject's ask to extend. */
  extension?: GrantExtension | null;
  /**
   * The request moves only if it has (true) or has not (false) an ask to
   * extend, the very one it had when read: two reviewers cannot both
   * decide it.
   */
  withExtension?: boolean;
  /**
   * The request moves only if it ends at or before this time, with the
   * end it had when read: a grant extended meanwhile does not expire.
   */
  endedBy?: Date;
  /**
   * The request moves only if its first approval is this reviewer's, the
   * one read, and it is not the actor's: the second approval is another
   * person's (two approvals).
   */
  firstApprovalBy?: string;
}

export interface AccessRequestFilter {
  ids?: string[];
  subjectRefs?: string[];
  modelNames?: string[];
  statuses?: AccessStatus[];
  requestedBy?: string;
  /** Only requests created before this time. */
  createdBefore?: Date;
  /** Only requests with an ask to extend. */
  extensionPending?: boolean;
  /** Only requests that end at or before this time. */
  endsBy?: Date;
  /**
   * Only requests that have not reached their end at this time: a grant
   * past its end gives no access, even before the expiry task ends it.
   */
  currentAt?: Date;
}

/**
 * Persists access requests and grants with their history. Status changes
 * are conditional updates, so concurrent decisions cannot both win.
 */
export interface AccessStore {
  /** Throws ConflictError when the subject already has an active request. */
  create(request: NewAccessRequest): Promise<AccessRequest>;
  get(id: string): Promise<AccessRequest | undefined>;
  list(filter: AccessRequestFilter): Promise<AccessRequest[]>;
  /**
   * The active requests of the subjects (for some models, or all), with
   * only what the catalog shows of them: read on every catalog request.
   */
  activeOf(subjectRefs: string[], modelNames?: string[]): Promise<AccessSlot[]>;
  /**
   * Applies a transition. Returns the updated request, or undefined when the
   * request is not in one of `from` (someone else moved it first). Throws
   * ConflictError when re-activating would make a second active request.
   */
  transition(
    id: string,
    transition: AccessTransition,
  ): Promise<AccessRequest | undefined>;
  /** Moves every transition-able request of a model at once; returns them. */
  transitionAllForModel(
    modelName: string,
    transition: AccessTransition,
  ): Promise<AccessRequest[]>;
  history(id: string): Promise<AccessEvent[]>;
  /**
   * Records that the subject was told `days` before the end, unless that
   * (or a nearer) notice was sent already or the end moved: true for the
   * one caller (of any replica) that should send it.
   */
  claimExpiryNotice(
    id: string,
    expiresAt: string,
    days: number,
  ): Promise<boolean>;
  /**
   * Records the first of two approvals, if none is recorded yet and the
   * request is pending (a conditional update: of two concurrent first
   * approvals one wins). Returns the request, or undefined when it did
   * not apply.
   */
  recordFirstApproval(
    id: string,
    approval: { actorRef: string; reason?: string; rule?: string },
  ): Promise<AccessRequest | undefined>;
  /** Adds a history entry that changes no status (a rule's note). */
  addNote(
    id: string,
    note: { actorRef: string; action: 'rule-skipped'; reason: string },
  ): Promise<void>;
  /**
   * Pending requests of these models waiting since at or before `since`,
   * not yet escalated.
   */
  waitingSince(modelName: string, since: Date): Promise<AccessRequest[]>;
  /**
   * Marks a pending request escalated, once: true for the one caller (of
   * any replica) that should tell the admins.
   */
  claimEscalation(
    id: string,
    escalation: { actorRef: string; reason: string },
  ): Promise<boolean>;
  /** The models that have at least one grant. */
  grantedModelNames(): Promise<string[]>;
  /** Granted requests that end at or before `by`, with the notice sent. */
  endingBy(by: Date): Promise<Array<AccessRequest & { noticeDays?: number }>>;
}
