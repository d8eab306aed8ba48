import {
  AuditorService,
  AuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  Departure,
  OffboardingReport,
  SYSTEM_REASONS,
} from '@litemaas/backstage-plugin-litemaas-common';
import { AccessStore } from '../../database/AccessStore';
import { DepartureStore } from '../../database/DepartureStore';
import { KeyStore } from '../../database/KeyStore';
import { Caller } from '../../permissions/Caller';
import { audited } from '../audit';
import { KeyWriter } from '../keys/KeyWriter';
import { NotificationPayload } from '../notify';

const SYSTEM = { userRef: 'system:litemaas' };
const DAY_MS = 24 * 3600 * 1000;

export interface OffboardingSettings {
  /** Off: nothing is ever revoked for leaving the catalog. */
  enabled: boolean;
  /** Days between the second missing read and the revocation. */
  graceDays: number;
  /** More users missing at once than this waits for an admin. */
  holdBack: { maxShare: number; maxCount: number };
}

export function readOffboardingSettings(config: Config): OffboardingSettings {
  const c = config.getOptionalConfig('litemaas.offboarding');
  return {
    enabled: c?.getOptionalBoolean('enabled') ?? true,
    graceDays: c?.getOptionalNumber('graceDays') ?? 7,
    holdBack: {
      maxShare: c?.getOptionalNumber('holdBack.maxShare') ?? 0.1,
      maxCount: c?.getOptionalNumber('holdBack.maxCount') ?? 10,
    },
  };
}

/**
 * Follows the catalog when people leave: a user with personal keys or
 * grants who is missing from two consecutive catalog reads is departing;
 * admins are told, and after the grace period their personal keys are
 * revoked and their grants end. Team keys need nothing: membership comes
 * from the catalog, so a user who left a team no longer sees its keys or
 * uses its grants. Nothing happens on a catalog error, and when many users
 * vanish at once (a directory sync gone wrong) the run changes nothing and
 * tells the admins.
 */
export class Offboarding {
  constructor(
    private readonly deps: {
      store: DepartureStore;
      keys: KeyStore;
      access: AccessStore;
      writer: KeyWriter;
      catalog: CatalogService;
      auth: AuthService;
      auditor: AuditorService;
      logger: LoggerService;
      settings: OffboardingSettings;
      notifyAdmins: (payload: NotificationPayload) => Promise<void>;
      onGrantsChanged: (subjectRef: string) => Promise<void>;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  list(): Promise<Departure[]> {
    return this.deps.store.list();
  }

  /** An admin keeps a user's access although the catalog lost them. */
  keep(caller: Caller, subjectRef: string): Promise<Departure> {
    return audited(
      this.deps.auditor,
      'offboarding-keep',
      caller,
      { subjectRef },
      async note => {
        // No reason text: the action says it, in the reader's language.
        note({ subjectRef });
        const current = await this.deps.store.get(subjectRef);
        if (!current) {
          throw new NotFoundError(
            `${subjectRef} is not missing from the catalog`,
          );
        }
        if (!(await this.deps.store.keep(subjectRef, caller.userRef))) {
          throw new ConflictError(
            `${subjectRef} is ${current.status}: only a suspected or departing user can be kept`,
          );
        }
        return (await this.deps.store.get(subjectRef))!;
      },
    );
  }

  async run(): Promise<OffboardingReport> {
    const report: OffboardingReport = {
      checked: 0,
      missing: 0,
      confirmed: 0,
      offboarded: 0,
      returned: 0,
    };
    if (!this.deps.settings.enabled) return report;
    const users = await this.deps.store.usersWithAccess();
    report.checked = users.length;
    if (!users.length) return report;
    // One read; an error throws and nothing changes.
    const missingAll: string[] = [];
    const present: string[] = [];
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    for (let i = 0; i < users.length; i += 200) {
      const refs = users.slice(i, i + 200);
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        { entityRefs: refs, fields: ['kind', 'metadata.name'] },
        { credentials },
      );
      // An answer of another length cannot be matched ref by ref: reading
      // its gaps as "missing" could offboard people.
      if (items.length !== refs.length) {
        throw new Error(
          `The catalog answered ${items.length} entities for ${refs.length} refs`,
        );
      }
      refs.forEach((ref, n) => (items[n] ? present : missingAll).push(ref));
    }
    // Only a user the catalog once had can leave it: a subject it never
    // had (a workshop participant, a sign-in without a catalog entity) is
    // not offboarded.
    await this.deps.store.markSeen(present);
    const seen = await this.deps.store.seenAmong(missingAll);
    const missing = missingAll.filter(ref => seen.has(ref));
    report.missing = missing.length;
    report.returned = await this.deps.store.returned(present);

    const known = new Map(
      (await this.deps.store.list()).map(d => [d.subjectRef, d]),
    );
    // A suspicion holds for consecutive reads only: one not missed now
    // (back, or out of this read for holding nothing) is dropped.
    const missed = new Set(missing);
    const lapsed = [...known.values()]
      .filter(d => d.status === 'suspected' && !missed.has(d.subjectRef))
      .map(d => d.subjectRef);
    if (lapsed.length) {
      await this.deps.store.returned(lapsed);
      lapsed.forEach(ref => known.delete(ref));
    }
    const newlyMissing = missing.filter(ref => !known.has(ref));
    const { maxShare, maxCount } = this.deps.settings.holdBack;
    const tooMany = (count: number) =>
      count > maxCount || (count > 3 && count / users.length > maxShare);
    if (tooMany(newlyMissing.length)) {
      report.heldBack = `${newlyMissing.length} of ${users.length} users with access are missing from the catalog at once: more than the hold-back allows (litemaas.offboarding.holdBack). Nothing was changed.`;
      this.deps.logger.warn(report.heldBack);
      await this.deps.notifyAdmins({
        title: 'Offboarding held back: many users missing from the catalog',
        description: `${report.heldBack} Check the catalog's user provider; if they did leave, raise the hold-back or wait for them to be offboarded in smaller steps.`,
        severity: 'high',
        topic: 'litemaas-offboarding',
      });
      return report;
    }

    const graceEnd = new Date(
      this.now().getTime() + this.deps.settings.graceDays * DAY_MS,
    );
    const confirmed: string[] = [];
    for (const ref of missing) {
      const departure = known.get(ref);
      if (!departure) {
        await this.deps.store.suspect(ref);
      } else if (
        departure.status === 'suspected' &&
        (await this.deps.store.confirm(ref, graceEnd))
      ) {
        confirmed.push(ref);
        await audited(
          this.deps.auditor,
          'offboarding-departing',
          SYSTEM,
          { subjectRef: ref },
          async note => {
            note({
              subjectRef: ref,
              reason: SYSTEM_REASONS.subjectDeparted,
              after: { offboardAt: graceEnd.toISOString() },
            });
          },
        );
      }
    }
    report.confirmed = confirmed.length;
    if (confirmed.length) {
      await this.deps.notifyAdmins({
        title: `${confirmed.length} ${
          confirmed.length === 1 ? 'user' : 'users'
        } left the catalog`,
        description: `${confirmed.join(', ')} ${
          confirmed.length === 1 ? 'is' : 'are'
        } missing from two catalog reads. Their personal keys will be revoked and their grants ended on ${graceEnd
          .toISOString()
          .slice(0, 10)}, unless an admin keeps them.`,
        severity: 'high',
        topic: 'litemaas-offboarding',
      });
    }

    const stillMissing = new Set(missing);
    const isDue = (departure: Departure) =>
      departure.status === 'departing' &&
      departure.offboardAt !== undefined &&
      new Date(departure.offboardAt) <= this.now();
    // The same hold-back guards the step that revokes: users who slipped
    // out a few per run are not all offboarded at once unseen.
    const dueNow = [...known.values()].filter(
      d => stillMissing.has(d.subjectRef) && isDue(d),
    );
    if (tooMany(dueNow.length)) {
      report.heldBack = `${dueNow.length} of ${users.length} users with access are due to be offboarded at once: more than the hold-back allows (litemaas.offboarding.holdBack). Nobody was offboarded.`;
      this.deps.logger.warn(report.heldBack);
      await this.deps.notifyAdmins({
        title: 'Offboarding held back: many users due at once',
        description: `${report.heldBack} Keep those who did not leave, or raise the hold-back to let the run offboard them.`,
        severity: 'high',
        topic: 'litemaas-offboarding',
      });
      return report;
    }
    for (const departure of known.values()) {
      if (!stillMissing.has(departure.subjectRef)) continue;
      const due = isDue(departure);
      // Offboarded, yet still holding keys or grants: a run died halfway.
      const unfinished = departure.status === 'offboarded';
      if (
        due &&
        !(await this.deps.store.claimOffboarding(departure.subjectRef))
      ) {
        continue;
      }
      if (due || unfinished) {
        await this.offboard(departure.subjectRef);
        report.offboarded += 1;
      }
    }
    return report;
  }

  /** Revokes a departed user's personal keys and ends their grants. */
  private async offboard(subjectRef: string): Promise<void> {
    const counts = await audited(
      this.deps.auditor,
      'offboarding-offboard',
      SYSTEM,
      { subjectRef },
      async note => {
        let keysRevoked = 0;
        let grantsEnded = 0;
        const keys = await this.deps.keys.list({
          subjectRefs: [subjectRef],
          statuses: ['active'],
        });
        for (const key of keys) {
          try {
            await this.deps.writer.revoke(key);
            keysRevoked += 1;
          } catch (error) {
            // The reconciler's grant check removes what is left once the
            // grants below have ended.
            this.deps.logger.warn(
              `Offboarding ${subjectRef}: could not revoke key ${key.id}: ${error}`,
            );
          }
        }
        const requests = await this.deps.access.list({
          subjectRefs: [subjectRef],
          statuses: ['granted', 'pending'],
        });
        for (const request of requests) {
          const ended = await this.deps.access.transition(request.id, {
            from: [request.status],
            to: request.status === 'granted' ? 'revoked' : 'cancelled',
            action: request.status === 'granted' ? 'revoked' : 'cancelled',
            actorRef: SYSTEM.userRef,
            reason: SYSTEM_REASONS.subjectDeparted,
            decision: true,
            extension: null,
          });
          if (ended) grantsEnded += 1;
        }
        if (grantsEnded) await this.deps.onGrantsChanged(subjectRef);
        note({
          subjectRef,
          reason: SYSTEM_REASONS.subjectDeparted,
          after: { keysRevoked, grantsEnded },
        });
        return { keysRevoked, grantsEnded };
      },
    );
    await this.deps.store.recordOffboarded(subjectRef, counts);
    await this.deps.notifyAdmins({
      title: `${subjectRef} offboarded`,
      description: `${subjectRef} left the catalog: ${counts.keysRevoked} personal keys revoked and ${counts.grantsEnded} grants or requests ended.`,
      severity: 'normal',
      topic: 'litemaas-offboarding',
    });
  }
}
