import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import {
  DEPRECATION_REMINDER_DAYS,
  DeprecationRunReport,
  SYSTEM_REASONS,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  DeprecationStore,
  StoredDeprecation,
} from '../../database/DeprecationStore';
import { Caller } from '../../permissions/Caller';
import { audited, SYSTEM_AUDIT_ACTOR } from '../audit';
import { DeprecationHolders } from './DeprecationHolders';
import { DeprecationMessage, DeprecationNotifier } from './DeprecationNotifier';
import { Retirement } from './Retirement';

const DAY_MS = 24 * 3600 * 1000;
const SYSTEM = { userRef: SYSTEM_AUDIT_ACTOR };

/** Whole days until the date, rounded up: 30 days and an hour is 31. */
export function daysUntil(date: string, now: Date): number {
  return Math.ceil((Date.parse(date) - now.getTime()) / DAY_MS);
}

/**
 * The reminders a campaign need not send: those for as many days before
 * the date as there are left, or more, which the announcement (or a new
 * date) already covers.
 */
export function remindersCovered(retireAt: string, now: Date): number[] {
  const left = daysUntil(retireAt, now);
  return DEPRECATION_REMINDER_DAYS.filter(d => d >= left);
}

/**
 * The scheduled part of deprecations, safe on any number of replicas:
 * tells holders once (each notice is claimed in the database before it is
 * sent), reminds those who have not moved 30, 7 and 1 days before the
 * date, and on the date retires the model. A retirement that could not
 * finish (a busy key, a gateway down) is taken up again on each run until
 * nothing of the model is left.
 */
export class DeprecationTask {
  constructor(
    private readonly deps: {
      store: DeprecationStore;
      holders: DeprecationHolders;
      notifier: DeprecationNotifier;
      retirement: Retirement;
      auditor: AuditorService;
      logger: LoggerService;
      /** The catalog shows deprecations: it must show a change at once. */
      onChanged: () => void;
      now?: () => Date;
    },
  ) {}

  async run(): Promise<DeprecationRunReport> {
    const report: DeprecationRunReport = {
      announced: 0,
      reminded: 0,
      retired: 0,
      grantsEnded: 0,
      keysChanged: 0,
      failed: 0,
    };
    for (const campaign of await this.deps.store.listLive()) {
      try {
        await this.step(campaign, report);
      } catch (error) {
        report.failed += 1;
        this.deps.logger.warn(
          `Deprecation of ${campaign.modelName}: ${error}; the next run tries again`,
        );
      }
    }
    return report;
  }

  private async step(
    campaign: StoredDeprecation,
    report: DeprecationRunReport,
  ) {
    const now = this.now();
    if (campaign.status === 'retired') {
      if (!campaign.completedAt) await this.retire(campaign, report);
      return;
    }
    if (Date.parse(campaign.retireAt) <= now.getTime()) {
      await this.retire(campaign, report);
      return;
    }
    if (!campaign.announcedAt) {
      report.announced += await this.announce(campaign);
      return;
    }
    const left = daysUntil(campaign.retireAt, now);
    const due = DEPRECATION_REMINDER_DAYS.filter(
      d => left <= d && !campaign.remindersSent.includes(d),
    );
    if (!due.length) return;
    // The nearest reminder due: 5 days left is the 7-day one; a missed
    // 30-day one is not sent as well.
    const days = Math.min(...due);
    report.reminded += await this.remind(campaign, days, left);
    for (const d of due) await this.deps.store.markReminded(campaign.id, d);
  }

  /**
   * Tells every holder, and the owner of every Component tied to a key
   * carrying the model. Returns how many were told now.
   */
  async announce(campaign: StoredDeprecation): Promise<number> {
    const told = await this.tellHolders(
      campaign,
      'announce',
      { kind: 'announce' },
      () => true,
    );
    await this.deps.store.markAnnounced(campaign.id);
    for (const days of remindersCovered(campaign.retireAt, this.now())) {
      await this.deps.store.markReminded(campaign.id, days);
    }
    return told;
  }

  /** Reminds the holders who have not moved, and their Components' owners. */
  private remind(campaign: StoredDeprecation, days: number, left: number) {
    return this.tellHolders(
      campaign,
      `remind-${days}`,
      { kind: 'remind', daysLeft: left },
      state => state !== 'moved',
    );
  }

  /**
   * Tells holders in the states chosen; with a notice name, each once
   * (claimed first), without one every time (an admin's "remind now").
   */
  async tellHolders(
    campaign: StoredDeprecation,
    notice: 'announce' | `remind-${number}` | undefined,
    message: DeprecationMessage,
    include: (state: 'moved' | 'idle' | 'using') => boolean,
  ): Promise<number> {
    const holders = await this.deps.holders.of(campaign);
    const chosen = holders.subjects.filter(s => include(s.state));
    const owners = new Map<string, string[]>();
    const ownerOf = new Map(
      holders.components.map(c => [c.componentRef, c.ownerRef]),
    );
    for (const subject of chosen) {
      for (const key of subject.keys) {
        const owner = key.componentRef && ownerOf.get(key.componentRef);
        if (!owner) continue;
        const refs = owners.get(owner) ?? [];
        if (!refs.includes(key.componentRef!)) refs.push(key.componentRef!);
        owners.set(owner, refs);
      }
    }
    let told = 0;
    for (const subject of chosen) {
      if (await this.claim(campaign, subject.subjectRef, notice)) {
        await this.deps.notifier.tell(campaign, subject.subjectRef, message);
        told += 1;
      }
    }
    for (const [ownerRef, componentRefs] of owners) {
      // An owner who also holds the model was told as a holder.
      if (chosen.some(s => s.subjectRef === ownerRef)) continue;
      if (await this.claim(campaign, ownerRef, notice)) {
        await this.deps.notifier.tell(
          campaign,
          ownerRef,
          message,
          componentRefs,
        );
        told += 1;
      }
    }
    return told;
  }

  /**
   * Retires the model (once its date came): recorded once, then its grants
   * end and it leaves the keys; the campaign is complete when nothing of
   * the model is left, else the next run goes on.
   */
  async retire(
    campaign: StoredDeprecation,
    report: DeprecationRunReport,
    actor: Pick<Caller, 'userRef' | 'request'> = SYSTEM,
  ) {
    const at = this.now();
    const first =
      campaign.status === 'deprecated' &&
      (await this.deps.store.markRetired(campaign.id, at));
    if (first) {
      report.retired += 1;
      this.deps.onChanged();
    }
    const result = await this.deps.retirement.run(campaign);
    // Recorded when it retired, and when a later run still had to act.
    if (first || result.grantsEnded || result.keysChanged) {
      await audited(
        this.deps.auditor,
        'model-retire',
        actor,
        { modelName: campaign.modelName },
        async note => {
          note({
            modelName: campaign.modelName,
            reason: SYSTEM_REASONS.modelRetired,
            before: first ? { status: 'deprecated' } : { status: 'retired' },
            after: {
              status: 'retired',
              grantsEnded: result.grantsEnded,
              keysChanged: result.keysChanged,
              keysLeft: result.failed,
              complete: result.complete,
            },
          });
        },
      );
    }
    report.grantsEnded += result.grantsEnded;
    report.keysChanged += result.keysChanged;
    report.failed += result.failed;
    for (const subjectRef of result.affected) {
      if (await this.claim(campaign, subjectRef, 'retired')) {
        await this.deps.notifier.tell(campaign, subjectRef, {
          kind: 'retired',
        });
      }
    }
    if (result.complete) await this.deps.store.markCompleted(campaign.id);
    return result;
  }

  private claim(
    campaign: StoredDeprecation,
    recipientRef: string,
    notice: 'announce' | 'retired' | `remind-${number}` | undefined,
  ) {
    return notice
      ? this.deps.store.claimNotice(campaign.id, recipientRef, notice)
      : Promise.resolve(true);
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }
}
