import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import {
  DEPRECATION_REMINDER_DAYS,
  DeprecationRunReport,
  SYSTEM_REASONS,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  DeprecationNotice,
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
      /** Whether this install is in charge of the gateway's keys. */
      lease?: { assertInCharge(): Promise<void> };
      now?: () => Date;
    },
  ) {}

  async run(): Promise<DeprecationRunReport> {
    // A copy of the database that is not in charge of the gateway (a
    // restored backup, a second install) changes nothing and tells no one.
    await this.deps.lease?.assertInCharge();
    const report = emptyReport();
    for (const listed of await this.deps.store.listLive()) {
      try {
        // As it is now: a campaign cancelled or moved while this run
        // handled the ones before it is not acted on as it was read.
        const campaign = await this.deps.store.get(listed.id);
        if (campaign && campaign.status !== 'cancelled') {
          await this.step(campaign, report);
        }
      } catch (error) {
        report.failed += 1;
        this.deps.logger.warn(
          `Deprecation of ${listed.modelName}: ${error}; the next run tries again`,
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
    // A retired model is held retired on every run: a grant or key that
    // came back since (a request reopened, an adopted key) goes again.
    if (
      campaign.status === 'retired' ||
      Date.parse(campaign.retireAt) <= now.getTime()
    ) {
      await this.retire(campaign, report);
      return;
    }
    if (!campaign.announcedAt) {
      const { told, failed } = await this.announce(campaign);
      report.announced += told;
      report.failed += failed;
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
    const { told, failed } = await this.tellHolders(
      campaign,
      `remind-${days}`,
      { kind: 'remind', daysLeft: left },
      state => state !== 'moved',
    );
    report.reminded += told;
    report.failed += failed;
    if (failed) return;
    for (const d of due) {
      await this.deps.store.markReminded(campaign.id, d, campaign.retireAt);
    }
  }

  /**
   * Tells every holder, and the owner of every Component tied to a key
   * carrying the model. Done only when everyone could be told (and the
   * Components' owners could be read): else the next run tells the rest.
   */
  async announce(campaign: StoredDeprecation) {
    const result = await this.tellHolders(
      campaign,
      'announce',
      { kind: 'announce' },
      () => true,
    );
    if (!result.failed && !result.ownersUnknown) {
      await this.deps.store.markAnnounced(campaign.id);
      for (const days of remindersCovered(campaign.retireAt, this.now())) {
        await this.deps.store.markReminded(
          campaign.id,
          days,
          campaign.retireAt,
        );
      }
    }
    return result;
  }

  /**
   * Tells holders in the states chosen, and the owners of Components tied
   * to their keys, each once per notice (claimed before it is sent, given
   * back when it could not be sent).
   */
  async tellHolders(
    campaign: StoredDeprecation,
    notice: DeprecationNotice,
    message: DeprecationMessage,
    include: (state: 'moved' | 'idle' | 'using') => boolean,
  ): Promise<{ told: number; failed: number; ownersUnknown: boolean }> {
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
    const recipients: Array<[string, string[]]> = chosen.map(s => [
      s.subjectRef,
      [],
    ]);
    for (const [ownerRef, componentRefs] of owners) {
      // An owner who also holds the model is told as a holder.
      if (!chosen.some(s => s.subjectRef === ownerRef)) {
        recipients.push([ownerRef, componentRefs]);
      }
    }
    let told = 0;
    let failed = 0;
    for (const [recipientRef, componentRefs] of recipients) {
      if (
        !(await this.deps.store.claimNotice(campaign.id, recipientRef, notice))
      ) {
        continue;
      }
      if (
        await this.deps.notifier.tell(
          campaign,
          recipientRef,
          message,
          componentRefs,
        )
      ) {
        told += 1;
      } else {
        failed += 1;
        await this.deps.store.unclaimNotice(campaign.id, recipientRef, notice);
      }
    }
    return { told, failed, ownersUnknown: holders.ownersUnknown };
  }

  /**
   * Retires the model once its date came (recorded once), then ends its
   * grants and takes it out of the keys; complete when nothing of the
   * model is left. Runs again on every pass after, to hold it retired.
   */
  async retire(
    read: StoredDeprecation,
    report: DeprecationRunReport,
    actor: Pick<Caller, 'userRef' | 'request'> = SYSTEM,
  ) {
    const first =
      read.status === 'deprecated' &&
      (await this.deps.store.markRetired(read.id, this.now()));
    const campaign = first ? read : await this.deps.store.get(read.id);
    // Cancelled, or its date moved, since it was read: nothing to do.
    if (!campaign || (!first && campaign.status !== 'retired'))
      return undefined;
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
            before: { status: first ? 'deprecated' : 'retired' },
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
      if (
        await this.deps.store.claimNotice(campaign.id, subjectRef, 'retired')
      ) {
        const sent = await this.deps.notifier.tell(campaign, subjectRef, {
          kind: 'retired',
        });
        if (!sent) {
          await this.deps.store.unclaimNotice(
            campaign.id,
            subjectRef,
            'retired',
          );
        }
      }
    }
    if (result.complete && !campaign.completedAt) {
      await this.deps.store.markCompleted(campaign.id);
    }
    return result;
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }
}

/** A run that did nothing yet. */
export function emptyReport(): DeprecationRunReport {
  return {
    announced: 0,
    reminded: 0,
    retired: 0,
    grantsEnded: 0,
    keysChanged: 0,
    failed: 0,
  };
}
