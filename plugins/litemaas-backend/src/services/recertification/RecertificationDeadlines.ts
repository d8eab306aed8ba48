import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { RecertificationCampaign } from '@litemaas/backstage-plugin-litemaas-common';
import { AccessStore } from '../../database/AccessStore';
import { RecertificationStore } from '../../database/RecertificationStore';
import { audited } from '../audit';
import { RecertificationNotifier } from './RecertificationNotifier';

const SYSTEM = { userRef: 'system:litemaas' };
const DAY_MS = 24 * 3600 * 1000;
/** Days before a deadline when reviewers with undecided grants are reminded. */
export const RECERTIFICATION_REMINDER_DAYS = [3, 1];

export interface RecertificationRunReport {
  reminded: number;
  closed: number;
  /** Grants ended at a deadline. */
  ended: number;
  flagged: number;
}

/**
 * The scheduled part of campaigns: reminders before the deadline, and at
 * it, undecided grants end (or are flagged) and the campaign closes. Each
 * grant is claimed by a conditional update, so a second run (or replica)
 * never acts twice; the campaign closes only after all its grants are
 * settled, so a run that dies halfway is finished by the next.
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

  async run(): Promise<RecertificationRunReport> {
    const now = this.deps.now?.() ?? new Date();
    const report = { reminded: 0, closed: 0, ended: 0, flagged: 0 };
    const furthest = Math.max(...RECERTIFICATION_REMINDER_DAYS);
    const open = await this.deps.store.openBy(
      new Date(now.getTime() + furthest * DAY_MS),
    );
    for (const campaign of open) {
      if (new Date(campaign.deadline).getTime() <= now.getTime()) {
        await this.settle(campaign, report);
        continue;
      }
      if (!campaign.progress.pending) continue;
      const left = Math.ceil(
        (new Date(campaign.deadline).getTime() - now.getTime()) / DAY_MS,
      );
      const due = Math.min(
        ...RECERTIFICATION_REMINDER_DAYS.filter(d => left <= d),
      );
      if (campaign.remindedDays !== undefined && campaign.remindedDays <= due) {
        continue;
      }
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
    const items = (await this.deps.store.items(campaign.id)).filter(
      i => i.decision === 'pending',
    );
    for (const item of items) {
      try {
        if (campaign.onDeadline === 'flag') {
          if (
            await this.deps.store.decide(campaign.id, item.requestId, {
              from: ['pending'],
              to: 'flagged',
              actorRef: SYSTEM.userRef,
              reason: 'Not confirmed by the deadline',
            })
          ) {
            report.flagged += 1;
          }
          continue;
        }
        if (await this.endGrant(campaign, item.requestId)) report.ended += 1;
      } catch (error) {
        this.deps.logger.warn(
          `Recertification ${campaign.id}: could not settle grant ${item.requestId}: ${error}`,
        );
      }
    }
    const left = (await this.deps.store.items(campaign.id)).some(
      i => i.decision === 'pending',
    );
    if (left) return; // the next run finishes it
    if (await this.deps.store.close(campaign.id)) {
      report.closed += 1;
      const closed = (await this.deps.store.get(campaign.id))!;
      await this.deps.notifier.closed(
        closed,
        await this.deps.reviewersOf(closed.modelNames),
      );
    }
  }

  /**
   * Ends an unconfirmed grant: revoked first, then the item marked, so a
   * crash in between leaves a grant ended and an item the next run marks
   * as gone, never a grant kept that the campaign says ended.
   */
  private async endGrant(campaign: RecertificationCampaign, requestId: string) {
    const reason = `Not recertified by the deadline (${campaign.name})`;
    const ended = await this.deps.accessStore.transition(requestId, {
      from: ['granted'],
      to: 'revoked',
      action: 'revoked',
      actorRef: SYSTEM.userRef,
      reason,
      decision: true,
      extension: null,
    });
    if (!ended) {
      await this.deps.store.decide(campaign.id, requestId, {
        from: ['pending'],
        to: 'gone',
        actorRef: SYSTEM.userRef,
        reason: 'The grant had already ended',
      });
      return false;
    }
    await this.deps.store.decide(campaign.id, requestId, {
      from: ['pending'],
      to: 'expired',
      actorRef: SYSTEM.userRef,
      reason: 'Not confirmed by the deadline',
    });
    await audited(
      this.deps.auditor,
      'access-revoke',
      SYSTEM,
      { id: requestId },
      async note => {
        note({
          subjectRef: ended.subjectRef,
          modelName: ended.modelName,
          target: requestId,
          reason,
          before: { status: 'granted' },
        });
        await this.deps.onGrantsChanged(ended.subjectRef);
        return ended;
      },
    ).catch(error =>
      this.deps.logger.warn(
        `Grant ${requestId} ended, but its keys could not all follow yet: ${error}`,
      ),
    );
    await this.deps.notifier.grantEnded(ended, campaign);
    return true;
  }
}
