import { ConflictError } from '@backstage/errors';
import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import {
  BudgetTopUp,
  BudgetTopUpStatus,
} from '@litemaas/backstage-plugin-litemaas-common';

const TABLE = 'litemaas_budget_top_ups';
const KEYS = 'litemaas_keys';

/** Statuses in which a top-up holds its key's (or team's) one slot. */
const HOLDING: BudgetTopUpStatus[] = [
  'pending',
  'applying',
  'active',
  'ending',
];
/** Statuses in which a top-up's amount is part of the key's budget. */
export const RAISING: BudgetTopUpStatus[] = ['applying', 'active', 'ending'];

/** A top-up raises a key's budget or a team's: one of the two. */
export type NewTopUp = (
  | { keyId: string; teamRef?: undefined }
  | { teamRef: string; keyId?: undefined }
) & {
  subjectRef: string;
  requestedBy: string;
  amount: number;
  days: number;
  justification?: string;
};

/** What a status change sets besides the status. */
export interface TopUpChange {
  status: BudgetTopUpStatus;
  decidedBy?: string;
  decisionReason?: string | null;
  amount?: number;
  days?: number;
  baseBudget?: number;
  fallbackBudget?: number;
  appliedAt?: Date;
  endsAt?: Date;
  endedAt?: Date;
}

export type StoredTopUp = BudgetTopUp & {
  fallbackBudget?: number;
  updatedAt: string;
};

/** A top-up as the API shows it, without the store's bookkeeping. */
export function publicTopUp(topUp: StoredTopUp): BudgetTopUp {
  const { fallbackBudget, updatedAt, ...shown } = topUp;
  return shown;
}

function iso(value: unknown): string | undefined {
  return value === null || value === undefined
    ? undefined
    : new Date(value as string).toISOString();
}

function toTopUp(row: Record<string, any>): StoredTopUp {
  const num = (v: unknown) =>
    v === null || v === undefined ? undefined : Number(v);
  return {
    id: row.id,
    ...(row.key_id ? { keyId: row.key_id } : {}),
    keyName: row.key_name ?? row.key_id ?? row.team_ref,
    ...(row.team_ref ? { teamRef: row.team_ref } : {}),
    subjectRef: row.subject_ref,
    requestedBy: row.requested_by,
    amount: Number(row.amount),
    days: Number(row.days),
    justification: row.justification ?? undefined,
    status: row.status,
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    decidedBy: row.decided_by ?? undefined,
    decidedAt: iso(row.decided_at),
    decisionReason: row.decision_reason ?? undefined,
    baseBudget: num(row.base_budget),
    fallbackBudget: num(row.fallback_budget),
    appliedAt: iso(row.applied_at),
    endsAt: iso(row.ends_at),
    endedAt: iso(row.ended_at),
  };
}

/**
 * Budget top-ups of keys and teams. A key (or a team) holds at most one
 * top-up that is waiting or applies (a unique slot: its key id or team ref), and every status change is conditional on the
 * status read, so two reviewers or two replicas cannot both act.
 */
export class TopUpStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(topUp: NewTopUp): Promise<StoredTopUp> {
    const id = randomUUID();
    const at = this.now();
    try {
      await this.knex(TABLE).insert({
        id,
        key_id: topUp.keyId ?? null,
        team_ref: topUp.teamRef ?? null,
        subject_ref: topUp.subjectRef,
        requested_by: topUp.requestedBy,
        amount: topUp.amount,
        days: topUp.days,
        justification: topUp.justification ?? null,
        status: 'pending',
        active_slot: topUp.keyId ?? topUp.teamRef,
        created_at: at,
        updated_at: at,
      });
    } catch (error) {
      if (isDatabaseConflictError(error)) {
        throw new ConflictError(
          topUp.keyId
            ? 'This key already has a top-up waiting or running'
            : `Team ${topUp.teamRef} already has a top-up waiting or running`,
        );
      }
      throw error;
    }
    return (await this.get(id))!;
  }

  async get(id: string): Promise<StoredTopUp | undefined> {
    const [found] = await this.list({ ids: [id] });
    return found;
  }

  /** Newest first, with each key's name. */
  async list(filter: {
    ids?: string[];
    keyIds?: string[];
    teamRefs?: string[];
    subjectRefs?: string[];
    statuses?: BudgetTopUpStatus[];
  }): Promise<StoredTopUp[]> {
    const rows = await this.knex(`${TABLE} as t`)
      .leftJoin(`${KEYS} as k`, 'k.id', 't.key_id')
      .select('t.*', 'k.name as key_name')
      .modify(q => {
        if (filter.ids) q.whereIn('t.id', filter.ids);
        if (filter.keyIds) q.whereIn('t.key_id', filter.keyIds);
        if (filter.teamRefs) q.whereIn('t.team_ref', filter.teamRefs);
        if (filter.subjectRefs) q.whereIn('t.subject_ref', filter.subjectRefs);
        if (filter.statuses) q.whereIn('t.status', filter.statuses);
      })
      .orderBy('t.created_at', 'desc')
      .orderBy('t.id');
    return rows.map(toTopUp);
  }

  /**
   * Moves a top-up from one of `from` to `change.status`: true for the one
   * caller that moved it. A top-up that stops applying frees its slot.
   */
  async move(
    id: string,
    from: BudgetTopUpStatus[],
    change: TopUpChange,
  ): Promise<boolean> {
    const at = this.now();
    const set: Record<string, unknown> = {
      status: change.status,
      updated_at: at,
      active_slot: HOLDING.includes(change.status)
        ? this.knex.raw('COALESCE(key_id, team_ref)')
        : null,
    };
    if (change.decidedBy !== undefined) {
      set.decided_by = change.decidedBy;
      set.decided_at = at;
    }
    if (change.decisionReason !== undefined) {
      set.decision_reason = change.decisionReason;
    }
    if (change.amount !== undefined) set.amount = change.amount;
    if (change.days !== undefined) set.days = change.days;
    if (change.baseBudget !== undefined) set.base_budget = change.baseBudget;
    if (change.fallbackBudget !== undefined) {
      set.fallback_budget = change.fallbackBudget;
    }
    if (change.appliedAt) set.applied_at = change.appliedAt;
    if (change.endsAt) set.ends_at = change.endsAt;
    if (change.endedAt) set.ended_at = change.endedAt;
    const updated = await this.knex(TABLE)
      .where({ id })
      .whereIn('status', from)
      .update(set);
    return updated === 1;
  }

  /**
   * What the scheduled run looks at: active top-ups past their end, and
   * those left applying or ending for longer than `stuckAfterMs` (their
   * process died between the two writes).
   */
  async due(now: Date, stuckAfterMs: number): Promise<StoredTopUp[]> {
    const stuckBefore = new Date(now.getTime() - stuckAfterMs);
    const ids = await this.knex(TABLE)
      .where(q =>
        q
          .where(a => a.where('status', 'active').where('ends_at', '<=', now))
          .orWhere(s =>
            s
              .whereIn('status', ['applying', 'ending'])
              .where('updated_at', '<=', stuckBefore),
          ),
      )
      .pluck('id');
    return ids.length ? this.list({ ids }) : [];
  }

  /**
   * A team's running top-ups end without falling back: an admin set the
   * team's budget, which replaces whatever they added. Returns how many.
   */
  async endForTeam(teamRef: string): Promise<number> {
    const at = this.now();
    return this.knex(TABLE)
      .where({ team_ref: teamRef })
      .whereIn('status', ['applying', 'active'])
      .update({
        status: 'ended',
        active_slot: null,
        ended_at: at,
        updated_at: at,
      });
  }

  /** USD that top-ups add to the key's budget now. */
  async allowance(keyId: string): Promise<number> {
    const row = await this.knex(TABLE)
      .where({ key_id: keyId })
      .whereIn('status', RAISING)
      .sum({ total: 'amount' })
      .first();
    return Number(row?.total ?? 0);
  }
}
