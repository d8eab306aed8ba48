import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { RecertificationCampaign } from '@litemaas/backstage-plugin-litemaas-common';
import { AccessStore } from '../../database/AccessStore';
import {
  RecertificationStore,
  StoredItem,
} from '../../database/RecertificationStore';
import { audited } from '../audit';
import { RecertificationNotifier } from './RecertificationNotifier';

const SYSTEM = { userRef: 'system:litemaas' };
const DAY_MS = 24 * 3600 * 1000;
/**
 * A reviewer's "end" whose grant is still active this long after was cut
 * short (the process died between the two writes): the run finishes it.
 */
const UNFINISHED_AFTER_MS = 2 * 60 * 1000;
/** Days before a deadline when reviewers with undecided grants are reminded. */
export const RECERTIFICATION_REMINDER_DAYS = [3, 1];

export interface RecertificationRunReport {
  reminded: number;
  closed: number;
  /** Grants ended at a deadline, or ends a dead process left unfinished. */
  ended: number;
  flagged: number;
  /** Grants that could not be settled; the next run tries again. */
  failed: number;
}

/**
 * The scheduled part of campaigns: reminders before the deadline, and at
 * it, undecided grants end (or are flagged) and the campaign closes. A
 * grant's item is claimed before its grant is touched, and decisions stop
 * at the deadline, so a reviewer's last-minute "keep" and the run never
 * both win. A campaign closes only when every item is settled and every
 * grant it ended is ended: a run that dies halfway is finished by the next.
 */
export class RecertificationDeadlines {
  constructor(
    private readonly deps: {
      store: RecertificationStore;
      accessStore: AccessStore;
      notifier: RecertificationNotifier;
      reviewersOf: (modelNames: string[]) => Promise<string[]>;
      onGrantsChanged: (subjectRef: string) => Promise<void>;
      auditor: AuditorService;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  async run(): Promise<RecertificationRunReport> {
    const now = this.now();
    const report = { reminded: 0, closed: 0, ended: 0, flagged: 0, failed: 0 };
    const furthest = Math.max(...RECERTIFICATION_REMINDER_DAYS);
    for (const campaign of await this.deps.store.list({ status: 'open' })) {
      const deadline = new Date(campaign.deadline).getTime();
      if (deadline <= now.getTime()) {
        await this.settle(campaign, report);
        continue;
      }
      await this.finishEnds(campaign, report);
      if (deadline > now.getTime() + furthest * DAY_MS) continue;
      if (!campaign.progress.pending) continue;
      const left = Math.ceil((deadline - now.getTime()) / DAY_MS);
      const due = Math.min(
        ...RECERTIFICATION_REMINDER_DAYS.filter(d => left <= d),
      );
      if (await this.deps.store.claimReminder(campaign.id, due)) {
        await this.deps.notifier.reminder(
          campaign,
          await this.deps.reviewersOf(campaign.modelNames),
        );
        report.reminded += 1;
      }
    }
    return report;
  }

  private async settle(
    campaign: RecertificationCampaign,
    report: RecertificationRunReport,
  ) {
    const pending = (await this.deps.store.items(campaign.id)).filter(
      i => i.decision === 'pending',
    );
    for (const item of pending) {
      try {
        const to = campaign.onDeadline === 'flag' ? 'flagged' : 'expired';
        // Claimed first: an item a reviewer decided meanwhile is theirs.
        if (
          await this.deps.store.decide(campaign.id, item.requestId, {
            from: ['pending'],
            to,
            actorRef: SYSTEM.userRef,
            reason: 'Not confirmed by the deadline',
          })
        ) {
          if (to === 'flagged') report.flagged += 1;
        }
      } catch (error) {
        report.failed += 1;
        this.deps.logger.warn(
          `Recertification ${campaign.id}: could not settle grant ${item.requestId}: ${error}`,
        );
      }
    }
    const unfinished = await this.finishEnds(campaign, report);
    const pendingLeft = (await this.deps.store.items(campaign.id)).some(
      i => i.decision === 'pending',
    );
    if (pendingLeft || unfinished) return; // the next run finishes it
    if (await this.deps.store.close(campaign.id)) {
      report.closed += 1;
      const closed = (await this.deps.store.get(campaign.id))!;
      await audited(
        this.deps.auditor,
        'access-recertification-close',
        SYSTEM,
        { id: campaign.id },
        async note => {
          note({
            target: campaign.id,
            reason: campaign.name,
            after: closed.progress,
          });
        },
      );
      await this.deps.notifier.closed(
        closed,
        await this.deps.reviewersOf(closed.modelNames),
      );
    }
  }

  /**
   * Ends the grants the campaign says end that are still active: those
   * the deadline claimed, and reviewers' ends left unfinished. Returns how
   * many could not be ended now.
   */
  private async finishEnds(
    campaign: RecertificationCampaign,
    report: RecertificationRunReport,
  ): Promise<number> {
    const staleBefore = this.now().getTime() - UNFINISHED_AFTER_MS;
    const ending = (await this.deps.store.items(campaign.id)).filter(
      i =>
        i.decision === 'expired' ||
        (i.decision === 'end' &&
          new Date(i.decidedAt ?? 0).getTime() <= staleBefore),
    );
    if (!ending.length) return 0;
    const stillGranted = new Set(
      (
        await this.deps.accessStore.list({
          ids: ending.map(i => i.requestId),
          statuses: ['granted'],
        })
      ).map(g => g.id),
    );
    let unfinished = 0;
    for (const item of ending.filter(i => stillGranted.has(i.requestId))) {
      try {
        if (await this.endGrant(campaign, item)) report.ended += 1;
      } catch (error) {
        unfinished += 1;
        report.failed += 1;
        this.deps.logger.warn(
          `Recertification ${campaign.id}: could not end grant ${item.requestId}: ${error}`,
        );
      }
    }
    return unfinished;
  }

  /** Ends one grant the campaign decided to end; its keys follow. */
  private async endGrant(campaign: RecertificationCampaign, item: StoredItem) {
    const reason =
      item.decision === 'expired'
        ? `Not recertified by the deadline (${campaign.name})`
        : `Not recertified (${campaign.name})${
            item.reason ? `: ${item.reason}` : ''
          }`;
    const ended = await this.deps.accessStore.transition(item.requestId, {
      from: ['granted'],
      to: 'revoked',
      action: 'revoked',
      actorRef:
        item.decision === 'expired'
          ? SYSTEM.userRef
          : item.decidedBy ?? SYSTEM.userRef,
      reason,
      decision: true,
      extension: null,
    });
    if (!ended) return false; // it ended some other way meanwhile
    await audited(
      this.deps.auditor,
      'access-revoke',
      SYSTEM,
      { id: item.requestId },
      async note => {
        note({
          subjectRef: ended.subjectRef,
          modelName: ended.modelName,
          target: item.requestId,
          reason,
          before: { status: 'granted' },
        });
        await this.deps.onGrantsChanged(ended.subjectRef);
        return ended;
      },
    ).catch(error =>
      this.deps.logger.warn(
        `Grant ${item.requestId} ended, but its keys could not all follow yet: ${error}`,
      ),
    );
    await this.deps.notifier.grantEnded(ended, campaign);
    return true;
  }
}
