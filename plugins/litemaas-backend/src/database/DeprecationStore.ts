import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';

const TABLE = 'litemaas_model_deprecations';
const NOTICES = 'litemaas_deprecation_notices';

/** A campaign as stored, without its progress (computed on read). */
export interface StoredDeprecation {
  id: string;
  modelName: string;
  replacement?: string;
  retireAt: string;
  note?: string;
  status: 'deprecated' | 'retired' | 'cancelled';
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  announcedAt?: string;
  remindersSent: number[];
  retiredAt?: string;
  completedAt?: string;
}

export interface NewDeprecation {
  modelName: string;
  replacement?: string;
  retireAt: Date;
  note?: string;
  createdBy: string;
}

/**
 * What a notice is for: the announcement, a reminder some days before the
 * date, or the retirement itself.
 */
export type DeprecationNotice =
  | 'announce'
  | `remind-${number}`
  | `remind-manual-${string}`
  | 'retired';

function iso(value: unknown): string | undefined {
  return value === null || value === undefined
    ? undefined
    : new Date(value as string).toISOString();
}

function toDeprecation(row: Record<string, any>): StoredDeprecation {
  return {
    id: row.id,
    modelName: row.model_name,
    replacement: row.replacement ?? undefined,
    retireAt: iso(row.retire_at)!,
    note: row.note ?? undefined,
    status: row.status,
    createdBy: row.created_by,
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    announcedAt: iso(row.announced_at),
    remindersSent: String(row.reminders_sent ?? '')
      .split(',')
      .filter(Boolean)
      .map(Number),
    retiredAt: iso(row.retired_at),
    completedAt: iso(row.completed_at),
  };
}

/**
 * Model deprecation campaigns. One live (not cancelled) campaign per model,
 * held by a unique column; every status change is conditional on the status
 * read, so two replicas (or an admin and the task) cannot both act.
 */
export class DeprecationStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every live campaign, soonest retirement first. */
  async listLive(): Promise<StoredDeprecation[]> {
    const rows = await this.knex(TABLE)
      .whereNotNull('live_model')
      .orderBy('retire_at')
      .orderBy('model_name');
    return rows.map(toDeprecation);
  }

  /** A campaign as it is now, whatever its status. */
  async get(id: string): Promise<StoredDeprecation | undefined> {
    const row = await this.knex(TABLE).where({ id }).first();
    return row ? toDeprecation(row) : undefined;
  }

  /** The live campaign that names this model as its replacement, if any. */
  async replacing(modelName: string): Promise<StoredDeprecation | undefined> {
    const row = await this.knex(TABLE)
      .whereNotNull('live_model')
      .where({ replacement: modelName })
      .first();
    return row ? toDeprecation(row) : undefined;
  }

  /** The model's live campaign, if any. */
  async live(modelName: string): Promise<StoredDeprecation | undefined> {
    const row = await this.knex(TABLE).where({ live_model: modelName }).first();
    return row ? toDeprecation(row) : undefined;
  }

  /** Starts a campaign; ConflictError when the model has a live one. */
  async create(campaign: NewDeprecation): Promise<StoredDeprecation> {
    const at = this.now();
    const id = randomUUID();
    try {
      await this.knex(TABLE).insert({
        id,
        model_name: campaign.modelName,
        live_model: campaign.modelName,
        replacement: campaign.replacement ?? null,
        retire_at: campaign.retireAt,
        note: campaign.note ?? null,
        status: 'deprecated',
        created_by: campaign.createdBy,
        created_at: at,
        updated_at: at,
        reminders_sent: '',
      });
    } catch (error) {
      if (isDatabaseConflictError(error)) {
        throw new ConflictError(
          `${campaign.modelName} is already deprecated: change its campaign instead`,
        );
      }
      throw error;
    }
    return (await this.live(campaign.modelName))!;
  }

  /**
   * Changes a campaign, if it is still deprecated (not retired or
   * cancelled meanwhile). A new date forgets the reminders already sent for
   * the old one, so holders are reminded before the new date too.
   */
  async change(
    read: StoredDeprecation,
    fields: { replacement?: string; retireAt: Date; note?: string },
  ): Promise<StoredDeprecation | undefined> {
    const moved = fields.retireAt.toISOString() !== read.retireAt;
    const changed = await this.knex.transaction(async tx => {
      const count = await tx(TABLE)
        .where({ id: read.id, status: 'deprecated' })
        .update({
          replacement: fields.replacement ?? null,
          retire_at: fields.retireAt,
          note: fields.note ?? null,
          updated_at: this.now(),
          ...(moved && { reminders_sent: '' }),
        });
      if (count && moved) {
        await tx(NOTICES)
          .where({ campaign_id: read.id })
          .where('notice', 'like', 'remind-%')
          .delete();
      }
      return count > 0;
    });
    if (!changed) return undefined;
    return this.live(read.modelName);
  }

  /** Ends a live campaign; false when it was already ended. */
  async cancel(id: string, actorRef: string): Promise<boolean> {
    const at = this.now();
    const count = await this.knex(TABLE)
      .where({ id })
      .whereNot('status', 'cancelled')
      .update({
        status: 'cancelled',
        live_model: null,
        cancelled_by: actorRef,
        cancelled_at: at,
        updated_at: at,
      });
    return count > 0;
  }

  /**
   * Moves a deprecated campaign whose date has come to retired; true for
   * the one who did. A campaign cancelled or moved later meanwhile stays.
   */
  async markRetired(id: string, at: Date): Promise<boolean> {
    const count = await this.knex(TABLE)
      .where({ id, status: 'deprecated' })
      .where('retire_at', '<=', at)
      .update({ status: 'retired', retired_at: at, updated_at: at });
    return count > 0;
  }

  /** Brings a deprecated campaign's date to now (retire now). */
  async retireAtNow(id: string, at: Date): Promise<boolean> {
    const count = await this.knex(TABLE)
      .where({ id, status: 'deprecated' })
      .update({ retire_at: at, updated_at: at });
    return count > 0;
  }

  /** Every grant ended and every key followed. */
  async markCompleted(id: string): Promise<void> {
    const at = this.now();
    await this.knex(TABLE)
      .where({ id, status: 'retired' })
      .whereNull('completed_at')
      .update({ completed_at: at, updated_at: at });
  }

  async markAnnounced(id: string): Promise<void> {
    await this.knex(TABLE)
      .where({ id })
      .whereNull('announced_at')
      .update({ announced_at: this.now() });
  }

  /**
   * Records that every reminder `days` before the date went out, if the
   * date is still the one they named (a date moved meanwhile starts its
   * reminders afresh).
   */
  async markReminded(
    id: string,
    days: number,
    retireAt: string,
  ): Promise<void> {
    await this.knex.transaction(async tx => {
      const row = await tx(TABLE).where({ id }).forUpdate().first();
      if (!row || new Date(row.retire_at).toISOString() !== retireAt) return;
      const sent = new Set(
        String(row.reminders_sent ?? '')
          .split(',')
          .filter(Boolean)
          .map(Number),
      );
      if (sent.has(days)) return;
      sent.add(days);
      await tx(TABLE)
        .where({ id })
        .update({
          reminders_sent: [...sent].sort((a, b) => b - a).join(','),
        });
    });
  }

  /**
   * Records that a recipient is told something, unless it was already:
   * true for the one caller (of any replica) that should send it.
   */
  async claimNotice(
    campaignId: string,
    recipientRef: string,
    notice: DeprecationNotice,
  ): Promise<boolean> {
    try {
      await this.knex(NOTICES).insert({
        campaign_id: campaignId,
        recipient_ref: recipientRef,
        notice,
        sent_at: this.now(),
      });
      return true;
    } catch (error) {
      if (isDatabaseConflictError(error)) return false;
      throw error;
    }
  }

  /** A notice that could not be sent: the next run tries again. */
  async unclaimNotice(
    campaignId: string,
    recipientRef: string,
    notice: DeprecationNotice,
  ): Promise<void> {
    await this.knex(NOTICES)
      .where({
        campaign_id: campaignId,
        recipient_ref: recipientRef,
        notice,
      })
      .delete();
  }
}
