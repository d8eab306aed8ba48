import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import {
  AccessRequest,
  GRANT_EXPIRY_NOTICE_DAYS,
  SYSTEM_REASONS,
} from '@litemaas/backstage-plugin-litemaas-common';
import { AccessStore } from '../../database/AccessStore';
import { AccessNotifier } from '../AccessNotifier';
import { audited } from '../audit';
import { daysLeft } from './grantEnd';

/** The actor of what the portal does by itself. */
const SYSTEM = { userRef: 'system:litemaas' };

const DAY_MS = 24 * 3600 * 1000;

export interface GrantExpiryReport {
  /** Subjects told that a grant ends soon. */
  noticed: number;
  /** Grants ended because they reached their end. */
  expired: number;
  /** Grants that changed meanwhile; the next run looks again. */
  failed: number;
  /** Grants given an end because their model limits grants. */
  endsSet: number;
}

/**
 * The scheduled part of grants that end: tells subjects 7 and 1 days
 * before, and ends grants that reached their end, so their model leaves
 * the subjects' keys. Safe on any number of replicas: a notice is claimed
 * in the database before it is sent, and a grant ends by a conditional
 * update that only one run wins.
 */
export class GrantExpiry {
  constructor(
    private readonly deps: {
      store: AccessStore;
      notifier: AccessNotifier;
      auditor: AuditorService;
      logger: LoggerService;
      /** The subject's keys must stop carrying the ended grant's model. */
      onGrantsChanged: (subjectRef: string) => Promise<void>;
      /** Gives grants of models with a longest grant their end (see GrantEndService). */
      applyLongestGrants?: (actorRef: string) => Promise<number>;
      now?: () => Date;
    },
  ) {}

  async run(): Promise<GrantExpiryReport> {
    const now = this.deps.now?.() ?? new Date();
    const report: GrantExpiryReport = {
      noticed: 0,
      expired: 0,
      failed: 0,
      endsSet: (await this.deps.applyLongestGrants?.(SYSTEM.userRef)) ?? 0,
    };
    const furthest = Math.max(...GRANT_EXPIRY_NOTICE_DAYS);
    const ending = await this.deps.store.endingBy(
      new Date(now.getTime() + furthest * DAY_MS),
    );
    for (const grant of ending) {
      try {
        await this.handle(grant, now, report);
      } catch (error) {
        // One grant that changed meanwhile does not stop the others.
        report.failed += 1;
        this.deps.logger.warn(
          `Could not handle the end of grant ${grant.id}: ${error}`,
        );
      }
    }
    return report;
  }

  private async handle(
    grant: AccessRequest & { noticeDays?: number },
    now: Date,
    report: GrantExpiryReport,
  ) {
    if (new Date(grant.expiresAt!).getTime() <= now.getTime()) {
      if (await this.expire(grant, now)) report.expired += 1;
      return;
    }
    const left = daysLeft(grant.expiresAt!, now);
    // The nearest notice that applies: 5 days left is the 7-day notice.
    const due = Math.min(...GRANT_EXPIRY_NOTICE_DAYS.filter(d => left <= d));
    if (grant.noticeDays !== undefined && grant.noticeDays <= due) return;
    if (
      await this.deps.store.claimExpiryNotice(grant.id, grant.expiresAt!, due)
    ) {
      await this.deps.notifier.grantEnding(grant, left);
      report.noticed += 1;
    }
  }

  /** Ends one grant; false when something else moved it first. */
  private async expire(grant: AccessRequest, now: Date): Promise<boolean> {
    const ended = await this.deps.store.transition(grant.id, {
      endedBy: now,
      from: ['granted'],
      to: 'expired',
      action: 'expired',
      actorRef: SYSTEM.userRef,
      reason: SYSTEM_REASONS.grantExpired,
      extension: null,
    });
    if (!ended) return false;
    // Recorded once it happened; the keys follow, and the reconciler
    // retries any key that cannot be narrowed now.
    await audited(
      this.deps.auditor,
      'access-expire',
      SYSTEM,
      { id: grant.id },
      async note => {
        note({
          subjectRef: grant.subjectRef,
          modelName: grant.modelName,
          reason: SYSTEM_REASONS.grantExpired,
          before: { status: 'granted', expiresAt: grant.expiresAt },
        });
        await this.deps.onGrantsChanged(grant.subjectRef);
        return ended;
      },
    ).catch(error =>
      this.deps.logger.warn(
        `Grant ${grant.id} ended, but its keys could not all follow yet: ${error}`,
      ),
    );
    await this.deps.notifier.grantExpired(ended);
    return true;
  }
}
