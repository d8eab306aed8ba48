/**
 * Where a budget top-up stands.
 * - `pending`: asked, waiting for a reviewer.
 * - `applying` / `ending`: the key's budget is being raised / brought back
 *   in LiteLLM (a crash between the two writes is finished by the next run).
 * - `active`: the key's budget is raised until `endsAt`.
 * - `ended`: the budget fell back after its period (or the key ended).
 * - `denied`, `cancelled`: it never applied.
 *
 * @public
 */
export type BudgetTopUpStatus =
  | 'pending'
  | 'applying'
  | 'active'
  | 'ending'
  | 'ended'
  | 'denied'
  | 'cancelled';

/**
 * More budget for a key, for a while: asked by its owner, decided by the
 * owners of its models or an admin, like an access request.
 *
 * @public
 */
export interface BudgetTopUp {
  id: string;
  keyId: string;
  keyName: string;
  /** The key's owner (a user, or a team). */
  subjectRef: string;
  requestedBy: string;
  /** USD added to the key's max budget. */
  amount: number;
  /** For how many days, from approval. */
  days: number;
  justification?: string;
  status: BudgetTopUpStatus;
  createdAt: string;
  decidedBy?: string;
  decidedAt?: string;
  decisionReason?: string;
  /**
   * The key's max budget when the top-up applied; for a waiting top-up
   * listed for its reviewers, the budget it would raise now.
   */
  baseBudget?: number;
  appliedAt?: string;
  endsAt?: string;
  endedAt?: string;
}

/** @public */
export interface CreateBudgetTopUpBody {
  amount: number;
  days: number;
  justification: string;
}

/** @public */
export interface BudgetTopUpDecisionBody {
  /** Approve only: another amount or period than asked. */
  amount?: number;
  days?: number;
  /** Mandatory to deny. */
  reason?: string;
}

/** The longest a top-up lasts. @public */
export const TOP_UP_MAX_DAYS = 90;
