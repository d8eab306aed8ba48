import { Knex } from 'knex';
import {
  Departure,
  DepartureStatus,
} from '@litemaas/backstage-plugin-litemaas-common';

const TABLE = 'litemaas_departures';
const KEYS = 'litemaas_keys';
const REQUESTS = 'litemaas_access_requests';
const SEEN = 'litemaas_catalog_users_seen';

function iso(value: unknown): string | undefined {
  return value === null || value === undefined
    ? undefined
    : new Date(value as string).toISOString();
}

function toDeparture(row: Record<string, any>): Departure {
  return {
    subjectRef: row.subject_ref,
    status: row.status,
    firstMissingAt: iso(row.first_missing_at)!,
    confirmedAt: iso(row.confirmed_at),
    offboardAt: iso(row.offboard_at),
    offboardedAt: iso(row.offboarded_at),
    keysRevoked: row.keys_revoked ?? undefined,
    grantsEnded: row.grants_ended ?? undefined,
    keptBy: row.kept_by ?? undefined,
  };
}

/**
 * Users missing from the catalog. Every change is conditional on the
 * status read, so two runs (or an admin and a run) cannot both act.
 */
export class DepartureStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Users with something personal to offboard: active keys or grants. */
  async usersWithAccess(): Promise<string[]> {
    const keyOwners = this.knex(KEYS)
      .where('status', 'active')
      .where('subject_ref', 'like', 'user:%')
      .select('subject_ref');
    const grantees = this.knex(REQUESTS)
      .whereIn('status', ['granted', 'pending'])
      .where('subject_ref', 'like', 'user:%')
      .select('subject_ref');
    const rows = await this.knex
      .select('subject_ref')
      .from(keyOwners.union(grantees).as('u'))
      .orderBy('subject_ref');
    return rows.map((r: { subject_ref: string }) => r.subject_ref);
  }

  /** Records that the catalog has these users now. */
  async markSeen(subjectRefs: string[]): Promise<void> {
    const at = this.now();
    for (let i = 0; i < subjectRefs.length; i += 200) {
      await this.knex(SEEN)
        .insert(
          subjectRefs
            .slice(i, i + 200)
            .map(ref => ({ subject_ref: ref, last_seen_at: at })),
        )
        .onConflict('subject_ref')
        .merge();
    }
  }

  /** Of these users, those the catalog once had. */
  async seenAmong(subjectRefs: string[]): Promise<Set<string>> {
    const seen = new Set<string>();
    for (let i = 0; i < subjectRefs.length; i += 500) {
      const rows = await this.knex(SEEN)
        .whereIn('subject_ref', subjectRefs.slice(i, i + 500))
        .pluck('subject_ref');
      rows.forEach((ref: string) => seen.add(ref));
    }
    return seen;
  }

  async list(): Promise<Departure[]> {
    const rows = await this.knex(TABLE).orderBy('first_missing_at', 'desc');
    return rows.map(toDeparture);
  }

  async get(subjectRef: string): Promise<Departure | undefined> {
    const row = await this.knex(TABLE)
      .where({ subject_ref: subjectRef })
      .first();
    return row ? toDeparture(row) : undefined;
  }

  /** Missing from a read for the first time. */
  async suspect(subjectRef: string): Promise<void> {
    const at = this.now();
    await this.knex(TABLE)
      .insert({
        subject_ref: subjectRef,
        status: 'suspected',
        first_missing_at: at,
        updated_at: at,
      })
      .onConflict('subject_ref')
      .ignore();
  }

  /** Missing a second time: the grace period starts. */
  async confirm(subjectRef: string, offboardAt: Date): Promise<boolean> {
    const at = this.now();
    const updated = await this.knex(TABLE)
      .where({ subject_ref: subjectRef, status: 'suspected' })
      .update({
        status: 'departing',
        confirmed_at: at,
        offboard_at: offboardAt,
        updated_at: at,
      });
    return updated === 1;
  }

  /** Claims the offboarding of a departing user: true for one caller. */
  async claimOffboarding(subjectRef: string): Promise<boolean> {
    const at = this.now();
    const updated = await this.knex(TABLE)
      .where({ subject_ref: subjectRef, status: 'departing' })
      .where('offboard_at', '<=', at)
      .update({ status: 'offboarded', offboarded_at: at, updated_at: at });
    return updated === 1;
  }

  async recordOffboarded(
    subjectRef: string,
    counts: { keysRevoked: number; grantsEnded: number },
  ): Promise<void> {
    await this.knex(TABLE).where({ subject_ref: subjectRef }).update({
      keys_revoked: counts.keysRevoked,
      grants_ended: counts.grantsEnded,
      updated_at: this.now(),
    });
  }

  /** An admin keeps a departing (or suspected) user's access. */
  async keep(subjectRef: string, actorRef: string): Promise<boolean> {
    const updated = await this.knex(TABLE)
      .where({ subject_ref: subjectRef })
      .whereIn('status', ['suspected', 'departing'] as DepartureStatus[])
      .update({ status: 'kept', kept_by: actorRef, updated_at: this.now() });
    return updated === 1;
  }

  /**
   * Users in the catalog who have access: a departure of theirs is over
   * (the audit trail keeps what happened).
   */
  async returned(subjectRefs: string[]): Promise<number> {
    let removed = 0;
    for (let i = 0; i < subjectRefs.length; i += 500) {
      removed += await this.knex(TABLE)
        .whereIn('subject_ref', subjectRefs.slice(i, i + 500))
        .delete();
    }
    return removed;
  }
}
