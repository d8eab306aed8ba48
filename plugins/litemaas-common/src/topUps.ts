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
 * More budget for a key or a team, for a while: asked by the key's owner
 * (or a member of the team), decided like an access request - for a key by
 * the owners of its models or an admin, for a team by an admin.
 *
 * @public
 */
export interface BudgetTopUp {
  id: string;
  /** The key it raises; absent for a team's top-up. */
  keyId?: string;
  /** The key's name, or for a team's top-up the team's ref. */
  keyName: string;
  /** The team (a catalog group) whose LiteLLM budget it raises. */
  teamRef?: string;
  /** The key's owner (a user, or a team); for a team's top-up, the team. */
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
   * The key's (or team's) max budget when the top-up applied; for a
   * waiting top-up listed for its reviewers, the budget it would raise now.
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

/** A team member asks for more budget for their team. @public */
export interface CreateTeamTopUpBody extends CreateBudgetTopUpBody {
  /** The team's group ref, e.g. `group:default/payments`. */
  teamRef: string;
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
