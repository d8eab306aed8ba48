import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';

const OBSERVATIONS = 'litemaas_reconcile_observations';
const HOLDS = 'litemaas_reconcile_holds';
const DECISIONS = 'litemaas_unmanaged_decisions';

/** How many consecutive runs have seen a subject so, since when. */
export interface Observation {
  subject: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  runs: number;
}

export type HeldActionKind = 'mark-revoked' | 'delete-from-gateway';

export type HoldState =
  | 'held'
  | 'confirming'
  | 'confirmed'
  | 'dismissed'
  | 'obsolete';

/** A destructive repair a run did not make, waiting for an admin. */
export interface HoldRecord {
  id: string;
  subject: string;
  action: HeldActionKind;
  keyId?: string;
  tokenHash: string;
  alias?: string;
  ownerRef?: string;
  reason: string;
  state: HoldState;
  outcome?: string;
  createdAt: Date;
  decidedBy?: string;
  decidedAt?: Date;
}

export type NewHold = Pick<
  HoldRecord,
  'subject' | 'action' | 'keyId' | 'tokenHash' | 'alias' | 'ownerRef' | 'reason'
>;

function date(value: Date | string | number | null): Date | undefined {
  if (value === null || value === undefined) return undefined;
  return value instanceof Date ? value : new Date(value);
}

function toHold(row: any): HoldRecord {
  return {
    id: row.id,
    subject: row.subject,
    action: row.action,
    keyId: row.key_id ?? undefined,
    tokenHash: row.token_hash,
    alias: row.alias ?? undefined,
    ownerRef: row.owner_ref ?? undefined,
    reason: row.reason,
    state: row.state,
    outcome: row.outcome ?? undefined,
    createdAt: date(row.created_at)!,
    decidedBy: row.decided_by ?? undefined,
    decidedAt: date(row.decided_at),
  };
}

/**
 * What key reconciliation remembers between runs: observations (so nothing
 * is acted on after one sighting), held-back actions, and the admins'
 * decisions on keys made outside the portal.
 */
export class ReconcileStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Records that this run saw each subject (missing, or unknown). A subject
   * seen by the previous runs too counts up; a new one starts at one. Every
   * other subject of the same kinds is forgotten: the chain is broken.
   */
  async observe(
    subjects: string[],
    kinds: string[],
    at: Date,
  ): Promise<Map<string, Observation>> {
    return this.knex.transaction(async tx => {
      const previous = new Map<string, Observation>();
      const rows = await tx(OBSERVATIONS).modify(q => {
        q.where(inner => {
          for (const kind of kinds) {
            inner.orWhere('subject', 'like', `${kind}:%`);
          }
        });
      });
      for (const row of rows) {
        previous.set(row.subject, {
          subject: row.subject,
          firstSeenAt: date(row.first_seen_at)!,
          lastSeenAt: date(row.last_seen_at)!,
          runs: Number(row.runs),
        });
      }
      const seen = new Set(subjects);
      const gone = [...previous.keys()].filter(s => !seen.has(s));
      for (let i = 0; i < gone.length; i += 500) {
        await tx(OBSERVATIONS)
          .whereIn('subject', gone.slice(i, i + 500))
          .delete();
      }
      const result = new Map<string, Observation>();
      for (const subject of seen) {
        const before = previous.get(subject);
        const observation: Observation = before
          ? { ...before, lastSeenAt: at, runs: before.runs + 1 }
          : { subject, firstSeenAt: at, lastSeenAt: at, runs: 1 };
        result.set(subject, observation);
      }
      const upserts = [...result.values()].map(o => ({
        subject: o.subject,
        first_seen_at: o.firstSeenAt,
        last_seen_at: o.lastSeenAt,
        runs: o.runs,
      }));
      for (let i = 0; i < upserts.length; i += 200) {
        await tx(OBSERVATIONS)
          .insert(upserts.slice(i, i + 200))
          .onConflict('subject')
          .merge();
      }
      return result;
    });
  }

  /**
   * Whether a notice about a standing condition is due: once, then again
   * only after the cooldown (so a condition that lasts is not told every run).
   */
  async noticeDue(name: string, cooldownMs: number): Promise<boolean> {
    const subject = `notice:${name}`;
    const at = this.now();
    const row = await this.knex(OBSERVATIONS).where({ subject }).first();
    if (row && at.getTime() - date(row.last_seen_at)!.getTime() < cooldownMs) {
      return false;
    }
    await this.knex(OBSERVATIONS)
      .insert({ subject, first_seen_at: at, last_seen_at: at, runs: 1 })
      .onConflict('subject')
      .merge();
    return true;
  }

  /** Forgets one subject, e.g. after acting on it. */
  async forget(subject: string): Promise<void> {
    await this.knex(OBSERVATIONS).where({ subject }).delete();
  }

  /**
   * Holds actions back. A subject already held keeps its hold (and its
   * date); returns the holds that are new.
   */
  async hold(actions: NewHold[]): Promise<HoldRecord[]> {
    const held = new Set(
      (
        await this.knex(HOLDS)
          .whereIn('state', ['held', 'confirming'])
          .select('subject')
      ).map(r => r.subject as string),
    );
    const fresh = actions.filter(a => !held.has(a.subject));
    const at = this.now();
    const rows = fresh.map(a => ({
      id: randomUUID(),
      subject: a.subject,
      action: a.action,
      key_id: a.keyId ?? null,
      token_hash: a.tokenHash,
      alias: a.alias ?? null,
      owner_ref: a.ownerRef ?? null,
      reason: a.reason,
      state: 'held',
      created_at: at,
    }));
    for (let i = 0; i < rows.length; i += 200) {
      await this.knex(HOLDS).insert(rows.slice(i, i + 200));
    }
    return rows.map(toHold);
  }

  async listHolds(states: HoldState[] = ['held']): Promise<HoldRecord[]> {
    const rows = await this.knex(HOLDS)
      .whereIn('state', states)
      .orderBy('created_at', 'desc')
      .orderBy('id');
    return rows.map(toHold);
  }

  /** Subjects an admin chose to keep as they are. */
  async dismissedSubjects(): Promise<Set<string>> {
    const rows = await this.knex(HOLDS)
      .where({ state: 'dismissed' })
      .select('subject');
    return new Set(rows.map(r => r.subject as string));
  }

  /**
   * Takes a held action for one caller: only one replica or admin gets it.
   */
  async claimHold(id: string, actorRef: string): Promise<HoldRecord | null> {
    const updated = await this.knex(HOLDS)
      .where({ id, state: 'held' })
      .update({ state: 'confirming', decided_by: actorRef });
    if (updated !== 1) return null;
    return toHold(await this.knex(HOLDS).where({ id }).first());
  }

  async settleHold(
    id: string,
    state: Exclude<HoldState, 'held' | 'confirming'>,
    outcome: string,
    actorRef?: string,
  ): Promise<void> {
    await this.knex(HOLDS)
      .where({ id })
      .update({
        state,
        outcome,
        decided_at: this.now(),
        ...(actorRef && { decided_by: actorRef }),
      });
  }

  /** Dismisses held actions; returns how many were still held. */
  async dismissHolds(ids: string[], actorRef: string): Promise<number> {
    return this.knex(HOLDS).whereIn('id', ids).where({ state: 'held' }).update({
      state: 'dismissed',
      outcome: 'Kept as it is by an admin',
      decided_by: actorRef,
      decided_at: this.now(),
    });
  }

  /**
   * Held actions a run no longer proposes (the key came back, or the run did
   * it itself) are closed with the reason.
   */
  async closeHoldsExcept(
    proposed: Set<string>,
    outcome: (hold: HoldRecord) => string,
  ): Promise<number> {
    let closed = 0;
    for (const hold of await this.listHolds(['held'])) {
      if (proposed.has(hold.subject)) continue;
      await this.settleHold(hold.id, 'obsolete', outcome(hold));
      closed++;
    }
    return closed;
  }

  /** Keys made outside the portal that an admin chose to leave alone. */
  async leftAlone(): Promise<Set<string>> {
    const rows = await this.knex(DECISIONS).select('token_hash');
    return new Set(rows.map(r => r.token_hash as string));
  }

  async leaveAlone(tokenHash: string, actorRef: string): Promise<void> {
    await this.knex(DECISIONS)
      .insert({
        token_hash: tokenHash,
        decision: 'left',
        decided_by: actorRef,
        decided_at: this.now(),
      })
      .onConflict('token_hash')
      .merge();
  }
}
