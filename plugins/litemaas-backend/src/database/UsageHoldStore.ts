import { Knex } from 'knex';
import {
  UsageDayTotals,
  UsageHold,
} from '@litemaas/backstage-plugin-litemaas-common';

const TABLE = 'litemaas_usage_holds';

/** Floating sums of the same figures may differ in their last digits. */
const SPEND_EPSILON = 1e-9;

/** Whether two answers for a day are the same answer. */
function sameTotals(a: UsageDayTotals, b: UsageDayTotals) {
  return (
    a.requests === b.requests &&
    a.totalTokens === b.totalTokens &&
    Math.abs(a.spend - b.spend) < SPEND_EPSILON
  );
}

/** Whether `a` has at least everything `b` has. */
export function covers(a: UsageDayTotals, b: UsageDayTotals) {
  return (
    a.requests >= b.requests &&
    a.totalTokens >= b.totalTokens &&
    a.spend >= b.spend - SPEND_EPSILON
  );
}

function date(value: Date | string | number | null | undefined) {
  if (value === null || value === undefined) return undefined;
  return value instanceof Date ? value : new Date(value);
}

/** A hold as stored: a dismissed one stays, silently, for the pulls. */
export type StoredUsageHold = UsageHold & { dismissedAt?: string };

/**
 * Usage pulls held back because LiteLLM answered less than the portal has.
 * An open hold waits for an admin; an accepted one is applied by the next
 * pull that answers at least what was accepted; a dismissed one keeps the
 * portal's figures without asking again.
 */
export class UsageHoldStore {
  constructor(private readonly knex: Knex) {}

  /** The same store inside a transaction (the usage write lock's). */
  within(tx: Knex.Transaction): UsageHoldStore {
    return new UsageHoldStore(tx);
  }

  /** The holds waiting for an admin or for the pull they accepted. */
  async list(): Promise<UsageHold[]> {
    const rows = await this.knex(TABLE)
      .whereNull('dismissed_at')
      .orderBy('day', 'desc');
    return rows.map(row => {
      const { dismissedAt: _, ...hold } = toHold(row);
      return hold;
    });
  }

  async get(day: string): Promise<StoredUsageHold | undefined> {
    const row = await this.knex(TABLE).where({ day }).first();
    return row ? toHold(row) : undefined;
  }

  /**
   * Records one more pull that answered less. Sightings count the pulls in
   * a row that gave the same answer; another answer starts again at one and
   * drops an acceptance given for the earlier answer. Called under the
   * usage write lock, so one pull at a time.
   */
  async record(
    day: string,
    portal: UsageDayTotals,
    litellm: UsageDayTotals,
    at: Date,
  ): Promise<void> {
    const previous = await this.knex(TABLE).where({ day }).first();
    const same = previous && sameTotals(toHold(previous).litellm, litellm);
    const seen = {
      portal_requests: portal.requests,
      portal_tokens: portal.totalTokens,
      portal_spend: portal.spend,
      litellm_requests: litellm.requests,
      litellm_tokens: litellm.totalTokens,
      litellm_spend: litellm.spend,
      last_seen_at: at,
    };
    if (!previous) {
      await this.knex(TABLE).insert({
        day,
        ...seen,
        sightings: 1,
        first_seen_at: at,
      });
    } else if (same) {
      // Only what this pull saw: an admin's decision made meanwhile stays.
      await this.knex(TABLE)
        .where({ day })
        .update({ ...seen, sightings: this.knex.raw('sightings + 1') });
    } else {
      await this.knex(TABLE)
        .where({ day })
        .update({
          ...seen,
          sightings: 1,
          accepted_by: null,
          accepted_at: null,
        });
    }
  }

  /** An admin's yes to LiteLLM's answer: the next pull replaces the day. */
  async accept(day: string, by: string, at: Date) {
    await this.knex(TABLE)
      .where({ day })
      .update({ accepted_by: by, accepted_at: at });
  }

  /**
   * An admin's no: the portal keeps its figures and stops asking. It drops
   * any acceptance, so a dismissed hold is never also accepted.
   */
  async dismiss(day: string, by: string, at: Date) {
    await this.knex(TABLE).where({ day }).update({
      dismissed_by: by,
      dismissed_at: at,
      accepted_by: null,
      accepted_at: null,
    });
  }

  async delete(day: string): Promise<void> {
    await this.knex(TABLE).where({ day }).delete();
  }

  /** Days an admin accepted, for the next pull to replace. */
  async acceptedDays(): Promise<string[]> {
    const rows = await this.knex(TABLE)
      .whereNotNull('accepted_at')
      .select('day');
    return rows.map(r => r.day);
  }

  /** Forgets holds of days that retention deleted. */
  async prune(cutoff: string): Promise<void> {
    await this.knex(TABLE).where('day', '<', cutoff).delete();
  }
}

function toHold(row: Record<string, any>): StoredUsageHold {
  return {
    day: row.day,
    portal: {
      requests: Number(row.portal_requests),
      totalTokens: Number(row.portal_tokens),
      spend: Number(row.portal_spend),
    },
    litellm: {
      requests: Number(row.litellm_requests),
      totalTokens: Number(row.litellm_tokens),
      spend: Number(row.litellm_spend),
    },
    sightings: Number(row.sightings),
    firstSeenAt: date(row.first_seen_at)!.toISOString(),
    lastSeenAt: date(row.last_seen_at)!.toISOString(),
    acceptedBy: row.accepted_by ?? undefined,
    acceptedAt: date(row.accepted_at)?.toISOString(),
    dismissedAt: date(row.dismissed_at)?.toISOString(),
  };
}
