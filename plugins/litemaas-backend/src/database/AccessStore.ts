import {
  AccessEvent,
  AccessEventAction,
  AccessLimits,
  AccessRequest,
  AccessStatus,
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
}

export interface AccessRequestFilter {
  ids?: string[];
  subjectRefs?: string[];
  modelNames?: string[];
  statuses?: AccessStatus[];
  requestedBy?: string;
  /** Only requests created before this time. */
  createdBefore?: Date;
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
}
