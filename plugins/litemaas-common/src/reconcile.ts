/**
 * A key in LiteLLM that no portal manages: made in LiteLLM directly, or by
 * a portal before keys carried an install id. It waits for an admin to
 * adopt it (with a chosen owner) or to leave it.
 *
 * @public
 */
export interface UnmanagedKey {
  tokenHash: string;
  alias?: string;
  /** LiteLLM's user_id and team_id, as they are: not proof of anyone. */
  userId?: string;
  teamId?: string;
  models?: string[];
  createdAt?: string;
  /** `outside`: made in LiteLLM; `legacy-portal`: made by a portal before install ids. */
  origin: 'outside' | 'legacy-portal';
  /** A catalog user whose name looks like the user_id: a suggestion, never applied alone. */
  suggestedOwnerRef?: string;
}

/**
 * A key of this portal that reconciliation could not place, left as it is
 * for an admin to look at.
 *
 * @public
 */
export interface KeyNeedingAttention {
  tokenHash: string;
  alias?: string;
  keyId?: string;
  reason: string;
}

/**
 * One gateway adapter's part of a reconciliation run.
 *
 * @public
 */
export interface GatewayReconcileSummary {
  /** The adapter's id, e.g. `kuadrant`. */
  id: string;
  repaired: number;
  removed: number;
  waiting: number;
  /** Set when the adapter held back its destructive repairs for an admin. */
  heldBack?: { count: number; description: string };
  /** Key values the gateway lost: their owners were asked to rotate them. */
  lostValues: number;
  problems: string[];
}

/**
 * What one reconciliation of the portal's keys with LiteLLM saw and did.
 *
 * @public
 */
export interface ReconcileReport {
  startedAt: string;
  finishedAt: string;
  /** This portal install's id, which its keys carry in LiteLLM. */
  instanceId: string;
  gatewayKeys: number;
  /** False when LiteLLM's key count changed while it was being paged. */
  listingStable: boolean;
  /** Unfinished changes (a crash, a timeout) completed or undone. */
  completed: number;
  removedFromGateway: number;
  markedRevoked: number;
  resynced: number;
  adopted: number;
  /** Seen missing or orphaned once: acted on only if the next run sees the same. */
  waiting: number;
  /** Missing from LiteLLM's list, but LiteLLM still knows them: left alone. */
  missingFromListOnly: number;
  /** Destructive repairs this run held back for an admin. */
  heldBack: number;
  /** Keys made outside the portal that wait for an admin. */
  unmanaged: UnmanagedKey[];
  /** Keys of other portal installs on the same LiteLLM: never touched. */
  otherPortals: Array<{ instanceId: string; keys: number }>;
  attention: KeyNeedingAttention[];
  /** What each other gateway (e.g. Kuadrant) repaired and found. */
  gateways?: GatewayReconcileSummary[];
  /**
   * Set when this database is not the one in charge of its install id (a
   * restored backup, a copy): the run changed nothing, and key changes wait
   * until an admin takes over.
   */
  fenced?: { since: string; reason: string };
}

/**
 * A destructive repair that reconciliation did not make on its own, because
 * one run would have done too much. An admin confirms or dismisses it.
 *
 * @public
 */
export interface HeldAction {
  id: string;
  action: 'mark-revoked' | 'delete-from-gateway';
  keyId?: string;
  tokenHash: string;
  alias?: string;
  ownerRef?: string;
  reason: string;
  createdAt: string;
}

/**
 * A scheduled task's last run, the same on every replica.
 *
 * @public
 */
export type TaskStatus<T> = {
  status: 'idle' | 'running' | 'ok' | 'failed';
  startedAt?: string;
  finishedAt?: string;
  /** Why the last run failed. */
  error?: string;
  /** The last successful run's report. */
  report?: T;
  reportAt?: string;
  /** When a run was last asked for now. */
  requestedAt?: string;
};

/** @public */
export type ReconcileStatus = TaskStatus<ReconcileReport> & {
  holds: HeldAction[];
};

/**
 * What an admin's confirmation of held actions did, per action.
 *
 * @public
 */
export interface HeldActionResults {
  results: Array<{
    id: string;
    outcome: 'done' | 'obsolete' | 'not-held' | 'failed';
    message: string;
  }>;
}

/** @public */
export type UsageSyncReport = {
  /** The days pulled from LiteLLM. */
  days: string[];
  /** Days where LiteLLM answered less than the portal had: kept, not replaced. */
  heldBack?: string[];
};

/**
 * Usage figures of one day, as the portal has them or LiteLLM answered.
 *
 * @public
 */
export interface UsageDayTotals {
  requests: number;
  totalTokens: number;
  spend: number;
}

/**
 * A day whose usage LiteLLM answered with less than the portal has (e.g.
 * LiteLLM restored from an older backup). The portal keeps what it has,
 * adding only what is new, until an admin accepts LiteLLM's answer.
 *
 * @public
 */
export interface UsageHold {
  day: string;
  portal: UsageDayTotals;
  litellm: UsageDayTotals;
  /** Consecutive pulls that got this same smaller answer. */
  sightings: number;
  firstSeenAt: string;
  lastSeenAt: string;
  /** Set once an admin accepted: the next pull replaces the day. */
  acceptedBy?: string;
  acceptedAt?: string;
}

/** @public */
export type UsageSyncStatus = TaskStatus<UsageSyncReport> & {
  holds: UsageHold[];
};
