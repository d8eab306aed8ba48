import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { audited } from '../audit';
import {
  AccessLimits,
  HeldAction,
  HeldActionResults,
  ReconcileReport,
  AuditAction,
} from '@litemaas/backstage-plugin-litemaas-common';
import { NotAllowedError } from '@backstage/errors';
import { AccessStore } from '../../database/AccessStore';
import { KeyRecord, KeyStore } from '../../database/KeyStore';
import {
  HoldRecord,
  NewHold,
  ReconcileStore,
} from '../../database/ReconcileStore';
import { liteLlmErrorOf } from '../../gateways/litellm/errors';
import { LiteLlmClient } from '../../gateways/litellm/LiteLlmClient';
import { LiteLlmKey, liteLlmTime } from '../../gateways/litellm/types';
import { Caller } from '../../permissions/Caller';
import { forEachLimit } from '../forEachLimit';
import { KeyService } from '../keys/KeyService';
import {
  INSTANCE_METADATA,
  isKeyOfRecord,
  KEY_ID_METADATA,
  provenanceOf,
} from '../keys/keyMetadata';
import { retiredAlias } from '../keys/keyRules';
import { fromLiteLlmLimits } from '../keys/keyViews';
import { KeyWriter } from '../keys/KeyWriter';
import { InstanceLease } from './InstanceLease';
import { GatewayReconciliation } from './GatewayReconciliation';
import { KeyAdoption } from './KeyAdoption';

/** How careful reconciliation is; see the README's "How reconciliation decides". */
export interface ReconcileSettings {
  /** Sagas older than this are taken to have died with their process. */
  staleAfterMs: number;
  /**
   * A key missing from LiteLLM (or an orphan in it) is acted on only when a
   * second run, at least this long after the first, sees the same.
   */
  confirmAfterMs: number;
  /** A run that would revoke or delete more than this share of keys holds back. */
  maxShare: number;
  /** ... or more than this many. */
  maxCount: number;
  /** Keys missing from the list that are looked up one by one, per run. */
  pointChecks: number;
  /**
   * How long after a failed write a key LiteLLM made without answering may
   * land there. A key that names a failed write but was made later is not
   * that write's stray.
   */
  strayWindowMs: number;
}

export const DEFAULT_RECONCILE_SETTINGS: ReconcileSettings = {
  staleAfterMs: 2 * 60 * 1000,
  confirmAfterMs: 5 * 60 * 1000,
  maxShare: 0.1,
  maxCount: 25,
  pointChecks: 200,
  strayWindowMs: 5 * 60 * 1000,
};

export interface KeyReconcilerDeps {
  store: KeyStore;
  access: AccessStore;
  litellm: LiteLlmClient;
  writer: KeyWriter;
  keys: KeyService;
  reconcile: ReconcileStore;
  adoption: KeyAdoption;
  /** Keeps a copy of this database from acting for the install. */
  lease?: InstanceLease;
  instanceId: string;
  logger: LoggerService;
  /** Every destructive repair is an audit event (the portal's, or an admin's). */
  auditor?: AuditorService;
  /** Tells the admins; best effort. */
  notifyAdmins?: (notice: {
    title: string;
    description: string;
  }) => Promise<void>;
  /** Tells a key's owner (a user, or a team's members); best effort. */
  notifyOwner?: (
    ownerRef: string,
    notice: { title: string; description: string; topic: string },
  ) => Promise<void>;
  settings?: Partial<ReconcileSettings>;
  now?: () => Date;
  /** The other gateways' reconciliation (Kuadrant's, when installed). */
  gateways?: GatewayReconciliation;
}

/** A destructive repair a run proposes. */
interface Proposal extends NewHold {
  record?: KeyRecord;
}

const LIVE = ['creating', 'active', 'revoking'] as const;
const DAY_MS = 24 * 3600 * 1000;

/**
 * Makes LiteLLM and the portal agree, without ever guessing destructively:
 * - it reads its own records before listing LiteLLM, and a record changed
 *   since is left for the next run;
 * - it touches only keys that carry this install's id (or that its database
 *   knows by hash); other portals' keys are counted and left alone;
 * - a key missing from LiteLLM is marked revoked only when two consecutive
 *   runs, far enough apart, miss it and LiteLLM confirms it has no such key;
 * - an orphan of this portal is deleted only when as old as a dead saga and
 *   seen by two runs;
 * - a run that would revoke or delete more than a small share of the keys
 *   does none of it, tells the admins and waits for their confirmation.
 * Unfinished sagas (recorded intent) are finished or undone at once.
 */
export class KeyReconciler {
  private readonly settings: ReconcileSettings;

  constructor(private readonly deps: KeyReconcilerDeps) {
    this.settings = { ...DEFAULT_RECONCILE_SETTINGS, ...deps.settings };
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  async run(): Promise<ReconcileReport> {
    const startedAt = this.now();
    const staleBefore = new Date(
      startedAt.getTime() - this.settings.staleAfterMs,
    );
    const report: ReconcileReport = {
      startedAt: startedAt.toISOString(),
      finishedAt: startedAt.toISOString(),
      instanceId: this.deps.instanceId,
      gatewayKeys: 0,
      listingStable: true,
      completed: 0,
      removedFromGateway: 0,
      markedRevoked: 0,
      resynced: 0,
      adopted: 0,
      waiting: 0,
      missingFromListOnly: 0,
      heldBack: 0,
      unmanaged: [],
      otherPortals: [],
      attention: [],
    };

    // 0. Only the database in charge of this install acts for it.
    const fence = await this.deps.lease?.checkAndRenew();
    if (fence) {
      report.fenced = fence;
      if (await this.deps.reconcile.noticeDue('fenced', DAY_MS)) {
        await this.deps.notifyAdmins?.({
          title: 'LiteMaaS paused key changes',
          description: `${fence.reason} Nothing is repaired and no key can be changed until an admin resolves it in Keys admin → Reconciliation: stop the other copy or give it its own litemaas.instanceId, then take over.`,
        });
      }
      return report;
    }

    // 1. Our records, before the listing: whatever changes after this
    //    moment is newer than the listing and is left for the next run.
    const records = await this.deps.store.list({ statuses: [...LIVE] });
    // 2. LiteLLM's keys. A failed page fails the run: nothing is concluded
    //    from a partial listing.
    const listing = await this.deps.litellm.snapshotKeys();
    const gateway = new Map<string, LiteLlmKey>();
    for (const key of listing.keys) if (key.token) gateway.set(key.token, key);
    report.gatewayKeys = gateway.size;
    report.listingStable = listing.stable;

    const claimed = new Set<string>();
    for (const record of records) {
      for (const hash of [record.tokenHash, record.retiringTokenHash]) {
        if (hash) claimed.add(hash);
      }
    }

    // 3. Each record against LiteLLM.
    const missing: KeyRecord[] = [];
    for (const record of records) {
      try {
        const outcome = await this.reconcileRecord(
          record,
          gateway,
          staleBefore,
          startedAt,
        );
        if (outcome === 'missing') missing.push(record);
        else if (outcome === 'completed') report.completed++;
        else if (outcome === 'resynced') report.resynced++;
      } catch (error) {
        this.deps.logger.warn(`Reconciling key ${record.id} failed: ${error}`);
      }
    }

    // 4. Keys in LiteLLM no live record claims.
    const orphans: Array<{ key: LiteLlmKey; record: KeyRecord }> = [];
    const otherPortals = new Map<string, number>();
    const leftAlone = await this.deps.reconcile.leftAlone();
    for (const [hash, key] of gateway) {
      if (claimed.has(hash)) continue;
      try {
        const provenance = provenanceOf(key, this.deps.instanceId);
        if (provenance.kind === 'other-portal') {
          otherPortals.set(
            provenance.instanceId,
            (otherPortals.get(provenance.instanceId) ?? 0) + 1,
          );
          continue;
        }
        if (provenance.kind === 'outside') {
          if (!this.deps.adoption.adoptable(key) || leftAlone.has(hash)) {
            continue;
          }
          const owner = await this.deps.adoption.automaticOwner(key);
          if (owner) {
            await this.deps.adoption.adopt(key, owner, 'system:litemaas');
            report.adopted++;
          } else {
            report.unmanaged.push(await this.unmanaged(key, 'outside'));
          }
          continue;
        }
        const record = provenance.keyId
          ? await this.deps.store.get(provenance.keyId)
          : undefined;
        if (!record) {
          if (provenance.kind === 'legacy-portal') {
            if (!leftAlone.has(hash)) {
              report.unmanaged.push(await this.unmanaged(key, 'legacy-portal'));
            }
          } else {
            report.attention.push({
              tokenHash: hash,
              alias: key.key_alias ?? undefined,
              keyId: provenance.keyId,
              reason:
                "Carries this portal's install id, but its database has no such key: a restored backup, or another portal configured with the same instance id? Left alone.",
            });
          }
          continue;
        }
        if (
          LIVE.includes(record.status as (typeof LIVE)[number]) &&
          (record.tokenHash === hash || record.retiringTokenHash === hash)
        ) {
          // A record made or changed after this run read its records.
          continue;
        }
        if (isOrphanOf(record, key, this.settings.strayWindowMs)) {
          // Made by a create or a rotation that failed, or left by a
          // revocation: nobody holds its value.
          orphans.push({ key, record });
        } else if (!record.operation && record.status !== 'creating') {
          report.attention.push({
            tokenHash: hash,
            alias: key.key_alias ?? undefined,
            keyId: record.id,
            reason:
              record.status === 'revoked'
                ? `Names portal key ${record.id}, revoked long before it was made: left alone (delete it in LiteLLM if nobody uses it).`
                : `Names portal key ${record.id}, whose value is another one: left alone.`,
          });
        }
        // Else a saga is in flight on the record: its own path repairs it.
      } catch (error) {
        this.deps.logger.warn(
          `Reconciling LiteLLM key ${hash.slice(0, 12)} failed: ${error}`,
        );
      }
    }
    report.otherPortals = [...otherPortals].map(([instanceId, keys]) => ({
      instanceId,
      keys,
    }));

    // 5. Two sightings before anything is destroyed.
    const observed = await this.deps.reconcile.observe(
      [
        ...missing.map(missingSubject),
        ...orphans.map(o => orphanSubject(o.key.token!)),
      ],
      ['record', 'gateway'],
      startedAt,
    );
    const confirmed = (subject: string) => {
      const o = observed.get(subject);
      return (
        !!o &&
        o.runs >= 2 &&
        startedAt.getTime() - o.firstSeenAt.getTime() >=
          this.settings.confirmAfterMs
      );
    };
    const proposals: Proposal[] = [];
    const toCheck = missing.filter(r => confirmed(missingSubject(r)));
    report.waiting += missing.length - toCheck.length;
    // LiteLLM's word on each key, not its list's: a listing that changed
    // while it was paged leaves live keys out.
    const checks = toCheck.slice(0, this.settings.pointChecks);
    report.waiting += toCheck.length - checks.length;
    await forEachLimit(checks, 8, async record => {
      const answer = await this.lookup(record.tokenHash!);
      if (answer === 'gone') {
        proposals.push({
          subject: missingSubject(record),
          action: 'mark-revoked',
          keyId: record.id,
          tokenHash: record.tokenHash!,
          alias: record.alias,
          ownerRef: record.subjectRef,
          reason: 'LiteLLM has no such key any more (deleted there?)',
          record,
        });
      } else if (answer === 'present') {
        report.missingFromListOnly++;
        await this.deps.reconcile.forget(missingSubject(record));
      } else {
        report.waiting++;
      }
    });
    for (const { key, record } of orphans) {
      const subject = orphanSubject(key.token!);
      const made = liteLlmTime(key.created_at);
      if (!confirmed(subject) || !made || made >= staleBefore) {
        report.waiting++;
        continue;
      }
      proposals.push({
        subject,
        action: 'delete-from-gateway',
        keyId: record.id,
        tokenHash: key.token!,
        alias: key.key_alias ?? undefined,
        ownerRef: record.subjectRef,
        reason:
          record.status === 'active'
            ? `Made by a rotation of portal key ${record.id} that failed: nobody holds its value`
            : `Left by portal key ${record.id}, which is ${record.status}: nobody holds its value`,
      });
    }

    // 6. The circuit breaker.
    const dismissed = await this.deps.reconcile.dismissedSubjects();
    const wanted = proposals.filter(p => !dismissed.has(p.subject));
    const total = Math.max(records.length + orphans.length, 1);
    const tooMany =
      wanted.length > this.settings.maxCount ||
      wanted.length / total > this.settings.maxShare;
    if (wanted.length && tooMany) {
      report.heldBack = wanted.length;
      const fresh = await this.deps.reconcile.hold(wanted);
      this.deps.logger.error(
        `Key reconciliation held back ${wanted.length} destructive repairs (${
          fresh.length
        } new) of ${total} keys: more than ${Math.round(
          this.settings.maxShare * 100,
        )}% or ${
          this.settings.maxCount
        }. An admin confirms them in Keys admin.`,
      );
      if (fresh.length) {
        await this.deps.notifyAdmins?.({
          title: `Key reconciliation held back ${wanted.length} changes`,
          description: `It would have ${describe(
            wanted,
          )} of ${total} keys in one run. Nothing was changed: confirm or dismiss in Keys admin → Reconciliation.`,
        });
      }
      await this.deps.reconcile.closeHoldsExcept(
        new Set(wanted.map(p => p.subject)),
        () => 'No longer needed: a later run did not propose it',
      );
    } else {
      const done = new Set<string>();
      for (const proposal of wanted) {
        const outcome = await this.executeAudited(proposal, 'system:litemaas');
        if (outcome.outcome === 'done') {
          done.add(proposal.subject);
          if (proposal.action === 'mark-revoked') report.markedRevoked++;
          else report.removedFromGateway++;
        }
      }
      await this.deps.reconcile.closeHoldsExcept(new Set(), hold =>
        done.has(hold.subject)
          ? 'Done by a later reconciliation'
          : 'No longer needed: a later run did not propose it',
      );
      if (report.markedRevoked) {
        await this.deps.notifyAdmins?.({
          title: `Key reconciliation revoked ${report.markedRevoked} keys`,
          description: `LiteLLM no longer had ${report.markedRevoked} keys of the portal, looked up one by one in two runs: they are marked revoked and their owners were told.`,
        });
      }
    }
    if (!listing.stable || report.missingFromListOnly) {
      this.deps.logger.warn(
        `LiteLLM's key list was ${
          listing.stable ? 'complete in count' : 'changing while it was read'
        }; ${report.missingFromListOnly} keys missing from it still exist`,
      );
    }
    if (
      report.missingFromListOnly &&
      (await this.deps.reconcile.noticeDue('list-incomplete', DAY_MS))
    ) {
      await this.deps.notifyAdmins?.({
        title: "LiteLLM's key list leaves keys out",
        description: `${report.missingFromListOnly} keys of the portal were missing from LiteLLM's /key/list but exist when looked up one by one. Nothing was revoked. Check the portal's LiteLLM key (litemaas.litellm.masterKey): it may not see every key.`,
      });
    }

    await this.enforceGrants(report);
    if (this.deps.gateways) {
      // Read again: the repairs above changed keys (and told the gateways).
      const now = await this.deps.store.list({ statuses: [...LIVE] });
      report.gateways = await this.deps.gateways.run(
        now,
        this.now(),
        report.attention,
      );
    }
    report.finishedAt = this.now().toISOString();
    return report;
  }

  /** An admin states this database is the one in charge of the install. */
  async takeOver(caller: Caller): Promise<void> {
    if (!caller.canManage) {
      throw new NotAllowedError('Only admins can take the install over');
    }
    const lease = this.deps.lease;
    if (!lease) return;
    await this.recorded('reconcile-take-over', caller, {}, () =>
      lease.takeOver(caller.userRef),
    );
  }

  /** Held-back actions, newest first. */
  async holds(): Promise<HeldAction[]> {
    return (await this.deps.reconcile.listHolds(['held'])).map(toHeldAction);
  }

  /** An admin confirms held actions: each is checked again, then done. */
  async confirm(caller: Caller, ids: string[]): Promise<HeldActionResults> {
    if (!caller.canManage) {
      throw new NotAllowedError('Only admins can confirm held-back repairs');
    }
    await this.deps.lease?.assertInCharge();
    const results: HeldActionResults['results'] = [];
    for (const id of new Set(ids)) {
      const hold = await this.deps.reconcile.claimHold(id, caller.userRef);
      if (!hold) {
        results.push({
          id,
          outcome: 'not-held',
          message: 'Not held (any more): already decided, or no such action',
        });
        continue;
      }
      const record = hold.keyId
        ? await this.deps.store.get(hold.keyId)
        : undefined;
      const result = await this.executeAudited(
        {
          ...hold,
          record: hold.action === 'mark-revoked' ? record : undefined,
        },
        caller.userRef,
      );
      await this.deps.reconcile.settleHold(
        hold.id,
        result.outcome === 'done' ? 'confirmed' : 'obsolete',
        result.message,
        caller.userRef,
      );
      results.push({ id, ...result });
    }
    return { results };
  }

  async dismiss(caller: Caller, ids: string[]): Promise<{ dismissed: number }> {
    if (!caller.canManage) {
      throw new NotAllowedError('Only admins can dismiss held-back repairs');
    }
    return this.recorded('reconcile-dismiss', caller, { ids }, async () => ({
      dismissed: await this.deps.reconcile.dismissHolds(ids, caller.userRef),
    }));
  }

  /** An admin's decision as an audit event, when there is an auditor. */
  private recorded<T>(
    eventId: AuditAction,
    caller: Caller,
    meta: Record<string, unknown>,
    fn: () => Promise<T>,
  ): Promise<T> {
    return this.deps.auditor
      ? audited(this.deps.auditor, eventId, caller, meta, fn)
      : fn();
  }

  /** A repair as an audit event: what, to which key, why, and how it went. */
  private async executeAudited(proposal: Proposal, actorRef: string) {
    const event = await this.deps.auditor?.createEvent({
      eventId: `reconcile-${proposal.action}` satisfies AuditAction,
      severityLevel: 'high',
      meta: JSON.parse(
        JSON.stringify({
          actor: actorRef,
          keyId: proposal.keyId,
          alias: proposal.alias,
          ownerRef: proposal.ownerRef,
          reason: proposal.reason,
        }),
      ),
    });
    const result = await this.execute(proposal, actorRef);
    if (result.outcome === 'failed') {
      await event?.fail({ error: new Error(result.message) });
    } else {
      await event?.success({ meta: { after: result } });
    }
    return result;
  }

  /**
   * Carries out one destructive repair, after checking once more that it is
   * still right: the record unchanged since it was read, LiteLLM still
   * without the key (or the orphan still nobody's).
   */
  private async execute(
    proposal: Proposal,
    actorRef: string,
  ): Promise<{ outcome: 'done' | 'obsolete' | 'failed'; message: string }> {
    try {
      if (proposal.action === 'mark-revoked') {
        const record = proposal.record;
        if (
          !record ||
          record.status !== 'active' ||
          record.tokenHash !== proposal.tokenHash
        ) {
          return { outcome: 'obsolete', message: 'The key changed since' };
        }
        if ((await this.lookup(proposal.tokenHash)) !== 'gone') {
          await this.deps.reconcile.forget(proposal.subject);
          return {
            outcome: 'obsolete',
            message: 'LiteLLM has the key (again): nothing to do',
          };
        }
        const revoked = await this.deps.store.updateIf(
          record.id,
          record.revision,
          {
            status: 'revoked',
            alias: retiredAlias(record.alias, record.id),
            revokedAt: this.now(),
            retiringTokenHash: undefined,
            retireAt: undefined,
          },
        );
        if (!revoked) {
          return { outcome: 'obsolete', message: 'The key changed since' };
        }
        // An old value in its grace period ends with the key.
        if (record.retiringTokenHash) {
          await this.deps.litellm
            .deleteKeys([record.retiringTokenHash])
            .catch(error =>
              this.deps.logger.warn(
                `The old value of revoked key ${record.id} is left in LiteLLM: ${error}`,
              ),
            );
        }
        await this.deps.reconcile.forget(proposal.subject);
        this.deps.logger.info(
          `Key ${record.id} marked revoked: LiteLLM no longer has it (${actorRef})`,
        );
        await this.deps.notifyOwner?.(record.subjectRef, {
          title: `Your API key ${record.name} no longer works`,
          description: `LiteLLM no longer has the key ${record.name} (${
            record.prefix ?? record.alias
          }…): it was deleted or lost there${
            actorRef === 'system:litemaas' ? '' : `, as an admin confirmed`
          }, so the portal marked it revoked. Create a new key to keep calling the models.`,
          topic: `litemaas-key-revoked-${record.id}`,
        });
        return { outcome: 'done', message: 'Marked revoked' };
      }
      // delete-from-gateway
      let key: LiteLlmKey;
      try {
        key = await this.deps.litellm.keyInfo(proposal.tokenHash);
      } catch (error) {
        if (liteLlmErrorOf(error)?.status === 404) {
          await this.deps.reconcile.forget(proposal.subject);
          return { outcome: 'obsolete', message: 'Already gone from LiteLLM' };
        }
        throw error;
      }
      const claimedNow = await this.deps.store.list({
        tokenHashes: [proposal.tokenHash],
        statuses: [...LIVE],
      });
      const record = proposal.keyId
        ? await this.deps.store.get(proposal.keyId)
        : undefined;
      if (
        claimedNow.length ||
        !record ||
        !isKeyOfRecord(key, record.id, this.deps.instanceId) ||
        !isOrphanOf(record, key, this.settings.strayWindowMs)
      ) {
        return {
          outcome: 'obsolete',
          message: 'No longer an orphan: a key of the portal holds it now',
        };
      }
      await this.deps.litellm.deleteKeys([proposal.tokenHash]);
      await this.deps.reconcile.forget(proposal.subject);
      if (record.status === 'active') {
        // The stray is gone: the record forgets it, unless it changed since.
        await this.deps.store.updateIf(record.id, record.revision, {
          operationData: undefined,
        });
      }
      this.deps.logger.info(
        `Orphan LiteLLM key ${proposal.tokenHash.slice(0, 12)} of portal key ${
          record.id
        } deleted (${actorRef})`,
      );
      return { outcome: 'done', message: 'Deleted from LiteLLM' };
    } catch (error) {
      this.deps.logger.warn(
        `Reconciliation action on ${proposal.tokenHash.slice(
          0,
          12,
        )} failed: ${error}`,
      );
      return { outcome: 'failed', message: String(error) };
    }
  }

  /** LiteLLM's answer on one key: there, gone, or no answer. */
  private async lookup(
    tokenHash: string,
  ): Promise<'present' | 'gone' | 'unknown'> {
    try {
      await this.deps.litellm.keyInfo(tokenHash);
      return 'present';
    } catch (error) {
      return liteLlmErrorOf(error)?.status === 404 ? 'gone' : 'unknown';
    }
  }

  /**
   * One record against LiteLLM: finishes or undoes a dead saga, retires a
   * rotated value, re-syncs what changed in LiteLLM. Reports a record whose
   * key is missing; it does not act on it.
   */
  private async reconcileRecord(
    record: KeyRecord,
    gateway: Map<string, LiteLlmKey>,
    staleBefore: Date,
    now: Date,
  ): Promise<'missing' | 'completed' | 'resynced' | 'ok'> {
    const stale =
      !!record.operationStartedAt && record.operationStartedAt < staleBefore;
    switch (record.status) {
      case 'creating': {
        if (!stale) return 'ok';
        // Taken over first: a slow create then stops at its commit and
        // deletes its own key. Its value was never shown.
        const failed = await this.deps.store.updateIf(
          record.id,
          record.revision,
          {
            status: 'failed',
            alias: retiredAlias(record.alias, record.id),
            operation: undefined,
            operationData: undefined,
            operationStartedAt: undefined,
          },
        );
        if (!failed) return 'ok';
        const made = [...gateway.values()].find(
          k =>
            k.key_alias === record.alias &&
            isKeyOfRecord(k, record.id, this.deps.instanceId),
        );
        if (made?.token) {
          await this.deps.litellm.deleteKeys([made.token]);
          gateway.delete(made.token);
        }
        return 'completed';
      }
      case 'revoking': {
        if (!stale && record.operation) return 'ok';
        // The owner asked for it: finishing is not a guess.
        await this.deps.writer.revoke(record);
        return 'completed';
      }
      case 'active':
        break;
      default:
        return 'ok';
    }

    if (record.operation === 'rotate' && stale) {
      await this.deps.writer.finishRotation(record, gateway);
      return 'completed';
    }
    if (record.operation) return 'ok'; // mid-saga and not stale yet
    if (record.retiringTokenHash && record.retireAt && record.retireAt <= now) {
      await this.deps.writer.retireOldValue(record);
      gateway.delete(record.retiringTokenHash);
      return 'completed';
    }

    const current = record.tokenHash
      ? gateway.get(record.tokenHash)
      : undefined;
    if (!current) return 'missing';
    const provenance = provenanceOf(current, this.deps.instanceId);
    if (provenance.kind === 'other-portal') return 'ok';
    if (!current.metadata?.[INSTANCE_METADATA]) {
      // Issued before install ids, or adopted: this install marks it.
      await this.deps.litellm.updateKey(record.tokenHash!, {
        metadata: {
          ...(current.metadata ?? {}),
          [INSTANCE_METADATA]: this.deps.instanceId,
          [KEY_ID_METADATA]: record.id,
        },
      });
    }
    const models = current.models ?? [];
    if (models.length === 0 && record.models.length > 0) {
      // Widened in LiteLLM to every model: the portal's models go back.
      await this.deps.litellm.updateKey(record.tokenHash!, {
        models: record.models,
      });
      return 'resynced';
    }
    const limits = fromLiteLlmLimits(current);
    const expiresAt = liteLlmTime(current.expires);
    const budgetResetAt = liteLlmTime(current.budget_reset_at);
    const changed =
      JSON.stringify(models) !== JSON.stringify(record.models) ||
      JSON.stringify(limits) !== JSON.stringify(record.limits) ||
      Boolean(current.blocked) !== record.blocked ||
      (current.spend ?? 0) !== record.spend ||
      (budgetResetAt?.getTime() ?? null) !==
        (record.budgetResetAt?.getTime() ?? null) ||
      (expiresAt?.getTime() ?? null) !== (record.expiresAt?.getTime() ?? null);
    if (!changed) return 'ok';
    // Only over the row as it was read: a change made meanwhile is newer.
    const synced = await this.deps.store.updateIf(record.id, record.revision, {
      models,
      limits,
      blocked: Boolean(current.blocked),
      spend: current.spend ?? 0,
      budgetResetAt,
      expiresAt,
      lastSyncedAt: now,
    });
    if (synced) await this.deps.writer.followed(record, synced);
    return synced ? 'resynced' : 'ok';
  }

  private async unmanaged(
    key: LiteLlmKey,
    origin: 'outside' | 'legacy-portal',
  ) {
    return {
      tokenHash: key.token!,
      alias: key.key_alias ?? undefined,
      userId: key.user_id ?? undefined,
      teamId: key.team_id ?? undefined,
      models: key.models ?? [],
      createdAt: liteLlmTime(key.created_at)?.toISOString(),
      origin,
      suggestedOwnerRef:
        origin === 'outside'
          ? await this.deps.adoption.suggestedOwner(key)
          : undefined,
    };
  }

  /**
   * Keys must not carry models their owner lost access to, nor limits over
   * their grants (a change that failed at the time is done here).
   */
  private async enforceGrants(report: ReconcileReport) {
    const active = await this.deps.store.list({ statuses: ['active'] });
    const governed = active.filter(k => k.origin !== 'adopted');
    const subjects = [...new Set(governed.map(k => k.subjectRef))];
    if (!subjects.length) return;
    const grants = await this.deps.access.list({
      subjectRefs: subjects,
      statuses: ['granted'],
      // A grant past its end gives no access, even before it is expired.
      currentAt: new Date(),
    });
    const bySubject = new Map<string, Map<string, AccessLimits>>();
    for (const grant of grants) {
      if (!bySubject.has(grant.subjectRef)) {
        bySubject.set(grant.subjectRef, new Map());
      }
      bySubject.get(grant.subjectRef)!.set(grant.modelName, grant.limits);
    }
    for (const key of governed) {
      try {
        const after = await this.deps.keys.narrowToGrants(
          key,
          bySubject.get(key.subjectRef) ?? new Map(),
        );
        if (!after || after.revision !== key.revision) report.resynced++;
      } catch (error) {
        this.deps.logger.warn(
          `Could not hold key ${key.id} to its grants: ${error}`,
        );
      }
    }
  }
}

/**
 * Whether a key that names this record is one nobody holds the value of:
 * the record failed, or the key is the stray of a rotation that failed
 * without an answer from LiteLLM.
 */
function isOrphanOf(
  record: KeyRecord,
  key: { key_alias?: string | null; alias?: string; created_at?: unknown },
  strayWindowMs: number,
): boolean {
  const made = liteLlmTime(
    typeof key.created_at === 'string' ? key.created_at : undefined,
  );
  // A lost reply lands while its saga runs: a key made well after the
  // failure is someone else's (a copy of this database, say), not a stray.
  const madeBy = (failedAt: Date) =>
    !made || made.getTime() <= failedAt.getTime() + strayWindowMs;
  if (record.status === 'failed') return madeBy(record.updatedAt);
  // Left by a revocation (with the install's lease, no copy of this
  // database acts: a key naming a revoked record is nobody's).
  if (record.status === 'revoked') {
    return madeBy(record.revokedAt ?? record.updatedAt);
  }
  const alias = key.key_alias ?? key.alias;
  const failedAt = record.operationData?.failedAt;
  return (
    record.status === 'active' &&
    !record.operation &&
    !!alias &&
    record.operationData?.strayAlias === alias &&
    typeof failedAt === 'string' &&
    madeBy(new Date(failedAt))
  );
}

function missingSubject(record: KeyRecord) {
  return `record:${record.id}:${record.tokenHash}`;
}

function orphanSubject(tokenHash: string) {
  return `gateway:${tokenHash}`;
}

function describe(proposals: NewHold[]): string {
  const revoke = proposals.filter(p => p.action === 'mark-revoked').length;
  const remove = proposals.length - revoke;
  return [
    revoke && `marked ${revoke} revoked`,
    remove && `deleted ${remove} from LiteLLM`,
  ]
    .filter(Boolean)
    .join(' and ');
}

function toHeldAction(hold: HoldRecord): HeldAction {
  return {
    id: hold.id,
    action: hold.action,
    keyId: hold.keyId,
    tokenHash: hold.tokenHash,
    alias: hold.alias,
    ownerRef: hold.ownerRef,
    reason: hold.reason,
    createdAt: hold.createdAt.toISOString(),
  };
}
