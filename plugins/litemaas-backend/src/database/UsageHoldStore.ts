import { Knex } from 'knex';
import {
  UsageDayTotals,
  UsageHold,
} from '@litemaas/backstage-plugin-litemaas-common';

const TABLE = 'litemaas_usage_holds';

function date(value: Date | string | number | null | undefined) {
  if (value === null || value === undefined) return undefined;
  return value instanceof Date ? value : new Date(value);
}

/** Floating sums of the same figures may differ in their last digits. */
export const SPEND_EPSILON = 1e-9;

/** Whether two answers for a day are the same answer. */
export function sameTotals(a: UsageDayTotals, b: UsageDayTotals) {
  return (
    a.requests === b.requests &&
    a.totalTokens === b.totalTokens &&
    Math.abs(a.spend - b.spend) < SPEND_EPSILON
  );
}

/** Usage pulls held back because LiteLLM answered less than the portal has. */
export class UsageHoldStore {
  constructor(private readonly knex: Knex) {}

  async list(): Promise<UsageHold[]> {
    const rows = await this.knex(TABLE).orderBy('day', 'desc');
    return rows.map(toHold);
  }

  async get(day: string): Promise<UsageHold | undefined> {
    const row = await this.knex(TABLE).where({ day }).first();
    return row ? toHold(row) : undefined;
  }

  /**
   * Records one more pull that answered less. Sightings count the pulls in
   * a row that gave the same answer; another answer starts again at one and
   * drops an acceptance given for the earlier answer.
   */
  async record(
    day: string,
    portal: UsageDayTotals,
    litellm: UsageDayTotals,
    at: Date,
  ): Promise<UsageHold> {
    return this.knex.transaction(async tx => {
      const previous = await tx(TABLE).where({ day }).first();
      const same = previous && sameTotals(toHold(previous).litellm, litellm);
      const row = {
        day,
        portal_requests: portal.requests,
        portal_tokens: portal.totalTokens,
        portal_spend: portal.spend,
        litellm_requests: litellm.requests,
        litellm_tokens: litellm.totalTokens,
        litellm_spend: litellm.spend,
        sightings: same ? Number(previous.sightings) + 1 : 1,
        first_seen_at: same ? previous.first_seen_at : at,
        last_seen_at: at,
        accepted_by: same ? previous.accepted_by : null,
        accepted_at: same ? previous.accepted_at : null,
      };
      if (previous) await tx(TABLE).where({ day }).update(row);
      else await tx(TABLE).insert(row);
      return toHold(row);
    });
  }

  /** An admin's yes to LiteLLM's answer: the next pull replaces the day. */
  async accept(
    day: string,
    by: string,
    at: Date,
  ): Promise<UsageHold | undefined> {
    await this.knex(TABLE)
      .where({ day })
      .update({ accepted_by: by, accepted_at: at });
    return this.get(day);
  }

  async delete(day: string): Promise<boolean> {
    return (await this.knex(TABLE).where({ day }).delete()) > 0;
  }

  /** Days an admin accepted, for the next pull to replace. */
  async acceptedDays(): Promise<string[]> {
    const rows = await this.knex(TABLE)
      .whereNotNull('accepted_at')
      .select('day');
    return rows.map(r => r.day);
  }
}

function toHold(row: Record<string, any>): UsageHold {
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
  };
}
