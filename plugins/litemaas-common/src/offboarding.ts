import { TaskStatus } from './reconcile';

/**
 * Where a user who left the catalog stands.
 * - `suspected`: missing from one catalog read; nothing happens yet.
 * - `departing`: missing from two consecutive reads: admins were told,
 *   and their personal keys and grants end when the grace period is over.
 * - `offboarded`: their personal keys were revoked and grants ended.
 * - `kept`: an admin chose to leave their keys and grants as they are.
 *
 * @public
 */
export type DepartureStatus = 'suspected' | 'departing' | 'offboarded' | 'kept';

/** @public */
export interface Departure {
  subjectRef: string;
  status: DepartureStatus;
  /** The first catalog read that missed them. */
  firstMissingAt: string;
  /** The second read that missed them, which started the grace period. */
  confirmedAt?: string;
  /** When their personal keys and grants end. */
  offboardAt?: string;
  offboardedAt?: string;
  /** Personal keys revoked and grants ended when offboarded. */
  keysRevoked?: number;
  grantsEnded?: number;
  /** Who chose to keep them, and when. */
  keptBy?: string;
}

/** @public */
export interface OffboardingReport {
  /** Users with personal keys or grants, looked up in the catalog. */
  checked: number;
  /** Missing from this read. */
  missing: number;
  /** Missing twice now: their grace period started. */
  confirmed: number;
  offboarded: number;
  /** Back in the catalog. */
  returned: number;
  /**
   * Set when more users went missing at once than the hold-back allows:
   * the run changed nothing and told the admins.
   */
  heldBack?: string;
}

/**
 * The offboarding task's last run, the same on every replica.
 *
 * @public
 */
export type OffboardingStatus = TaskStatus<OffboardingReport>;
