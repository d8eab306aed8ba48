import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import {
  RecertificationCampaign,
  RecertificationDecision,
  RecertificationOnDeadline,
  RecertificationProgress,
} from '@litemaas/backstage-plugin-litemaas-common';

const CAMPAIGNS = 'litemaas_recert_campaigns';
const ITEMS = 'litemaas_recert_items';

export interface NewCampaign {
  name: string;
  modelNames: string[];
  createdBy: string;
  deadline: Date;
  onDeadline: RecertificationOnDeadline;
  /** The grants under review, as they were when it started. */
  grants: Array<{ requestId: string; subjectRef: string; modelName: string }>;
}

/** A grant under review as stored; the grant's own fields are joined later. */
export interface StoredItem {
  requestId: string;
  subjectRef: string;
  modelName: string;
  decision: RecertificationDecision;
  decidedBy?: string;
  decidedAt?: string;
  reason?: string;
}

interface CampaignRow {
  id: string;
  name: string;
  model_names: string;
  created_by: string;
  created_at: Date | string;
  deadline: Date | string;
  on_deadline: RecertificationOnDeadline;
  status: 'open' | 'closed';
  closed_at: Date | string | null;
  reminded_days: number | null;
}

function iso(value: Date | string | number): string {
  return new Date(value).toISOString();
}

const EMPTY_PROGRESS: RecertificationProgress = {
  total: 0,
  pending: 0,
  keep: 0,
  end: 0,
  expired: 0,
  flagged: 0,
  gone: 0,
};

/**
 * Campaigns and their decisions. A decision and a campaign's closing are
 * conditional updates, so two reviewers, or two replicas at the deadline,
 * cannot both act on the same grant.
 */
export class RecertificationStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(campaign: NewCampaign): Promise<string> {
    const id = randomUUID();
    await this.knex.transaction(async tx => {
      await tx(CAMPAIGNS).insert({
        id,
        name: campaign.name,
        model_names: JSON.stringify(campaign.modelNames),
        created_by: campaign.createdBy,
        created_at: this.now(),
        deadline: campaign.deadline,
        on_deadline: campaign.onDeadline,
        status: 'open',
      });
      // In chunks: SQLite binds at most 999 values in one statement.
      const rows = campaign.grants.map(grant => ({
        campaign_id: id,
        request_id: grant.requestId,
        subject_ref: grant.subjectRef,
        model_name: grant.modelName,
        decision: 'pending',
      }));
      for (let i = 0; i < rows.length; i += 100) {
        await tx(ITEMS).insert(rows.slice(i, i + 100));
      }
    });
    return id;
  }

  /** Campaigns, newest first, with their progress. */
  async list(
    filter: { ids?: string[]; status?: 'open' | 'closed' } = {},
  ): Promise<RecertificationCampaign[]> {
    const rows: CampaignRow[] = await this.knex<CampaignRow>(CAMPAIGNS)
      .modify(q => {
        if (filter.ids) q.whereIn('id', filter.ids);
        if (filter.status) q.where('status', filter.status);
      })
      .orderBy('created_at', 'desc')
      .orderBy('id');
    const counts = await this.knex(ITEMS)
      .select('campaign_id', 'decision')
      .count({ n: '*' })
      .whereIn(
        'campaign_id',
        rows.map(r => r.id),
      )
      .groupBy('campaign_id', 'decision');
    const progress = new Map<string, RecertificationProgress>();
    for (const count of counts as Array<{
      campaign_id: string;
      decision: RecertificationDecision;
      n: number | string;
    }>) {
      const p = progress.get(count.campaign_id) ?? { ...EMPTY_PROGRESS };
      p[count.decision] += Number(count.n);
      p.total += Number(count.n);
      progress.set(count.campaign_id, p);
    }
    return rows.map(row =>
      this.toCampaign(row, progress.get(row.id) ?? { ...EMPTY_PROGRESS }),
    );
  }

  async get(id: string): Promise<RecertificationCampaign | undefined> {
    const [campaign] = await this.list({ ids: [id] });
    return campaign;
  }

  async items(campaignId: string): Promise<StoredItem[]> {
    const rows = await this.knex(ITEMS)
      .where({ campaign_id: campaignId })
      .orderBy('model_name')
      .orderBy('subject_ref')
      .orderBy('request_id');
    return rows.map((row: Record<string, any>) => ({
      requestId: row.request_id,
      subjectRef: row.subject_ref,
      modelName: row.model_name,
      decision: row.decision,
      decidedBy: row.decided_by ?? undefined,
      decidedAt: row.decided_at ? iso(row.decided_at) : undefined,
      reason: row.reason ?? undefined,
    }));
  }

  /**
   * Records a decision on one grant, only from one of `from` and only while
   * the campaign is open: true for the one caller that made it.
   */
  async decide(
    campaignId: string,
    requestId: string,
    change: {
      from: RecertificationDecision[];
      to: RecertificationDecision;
      actorRef: string;
      reason?: string;
      /** Only while the campaign's deadline is after this time. */
      before?: Date;
    },
  ): Promise<boolean> {
    const updated = await this.knex(ITEMS)
      .where({ campaign_id: campaignId, request_id: requestId })
      .whereIn('decision', change.from)
      .whereExists(q =>
        q
          .select(this.knex.raw('1'))
          .from(CAMPAIGNS)
          .where({ id: campaignId, status: 'open' })
          .modify(c => {
            if (change.before) c.where('deadline', '>', change.before);
          }),
      )
      .update({
        decision: change.to,
        decided_by: change.actorRef,
        decided_at: this.now(),
        reason: change.reason ?? null,
      });
    return updated === 1;
  }

  /** Claims a reminder `days` before the deadline: true for one caller. */
  async claimReminder(id: string, days: number): Promise<boolean> {
    const updated = await this.knex(CAMPAIGNS)
      .where({ id, status: 'open' })
      .where(q =>
        q.whereNull('reminded_days').orWhere('reminded_days', '>', days),
      )
      .update({ reminded_days: days });
    return updated === 1;
  }

  /** Closes an open campaign: true for the one caller that closed it. */
  async close(id: string): Promise<boolean> {
    const updated = await this.knex(CAMPAIGNS)
      .where({ id, status: 'open' })
      .update({ status: 'closed', closed_at: this.now() });
    return updated === 1;
  }

  private toCampaign(
    row: CampaignRow,
    progress: RecertificationProgress,
  ): RecertificationCampaign {
    return {
      id: row.id,
      name: row.name,
      modelNames: JSON.parse(row.model_names),
      createdBy: row.created_by,
      createdAt: iso(row.created_at),
      deadline: iso(row.deadline),
      onDeadline: row.on_deadline,
      status: row.status,
      closedAt: row.closed_at ? iso(row.closed_at) : undefined,
      progress,
    };
  }
}
