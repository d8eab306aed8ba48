import { LoggerService } from '@backstage/backend-plugin-api';
import { ReconcileReport } from '@litemaas/backstage-plugin-litemaas-common';
import { randomUUID } from 'node:crypto';
import { AccessStore } from '../database/AccessStore';
import { KeyRecord, KeyStore } from '../database/KeyStore';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';
import { LiteLlmKey, liteLlmTime } from '../gateways/litellm/types';
import { fromLiteLlmLimits } from './keyViews';
import { KeyService, PORTAL_METADATA_KEY, retiredAlias } from './KeyService';

/** Sagas older than this are taken to have died with their process. */
const STALE_AFTER_MS = 2 * 60 * 1000;

/**
 * Makes LiteLLM and the portal agree: finishes or undoes sagas a crash left
 * behind, marks keys deleted in LiteLLM as revoked, re-syncs keys changed
 * there, deletes keys the portal made but never recorded, and adopts keys
 * created outside the portal for users it knows.
 */
export class KeyReconciler {
  private lastReport?: ReconcileReport;

  constructor(
    private readonly deps: {
      store: KeyStore;
      access: AccessStore;
      litellm: LiteLlmClient;
      keys: KeyService;
      logger: LoggerService;
      /** Maps a LiteLLM user_id (entity ref, user name or email) to a user ref. */
      resolveUser: (userId: string) => Promise<string | undefined>;
      now?: () => Date;
      staleAfterMs?: number;
    },
  ) {}

  /** The last run's report, e.g. for the admin page's unmanaged keys. */
  report() {
    return this.lastReport;
  }

  async run(): Promise<ReconcileReport> {
    const now = this.deps.now?.() ?? new Date();
    const staleBefore = new Date(
      now.getTime() - (this.deps.staleAfterMs ?? STALE_AFTER_MS),
    );
    const report: ReconcileReport = {
      gatewayKeys: 0,
      completed: 0,
      removedFromGateway: 0,
      markedRevoked: 0,
      resynced: 0,
      adopted: 0,
      unmanaged: [],
    };

    const gateway = new Map<string, LiteLlmKey>();
    for await (const page of this.deps.litellm.listAllKeys()) {
      for (const key of page) if (key.token) gateway.set(key.token, key);
    }
    report.gatewayKeys = gateway.size;

    // Revoked and failed keys are settled: only live ones need checking.
    const records = await this.deps.store.list({
      statuses: ['creating', 'active', 'revoking'],
    });
    const known = new Set<string>();
    for (const record of records) {
      for (const hash of [record.tokenHash, record.retiringTokenHash]) {
        if (hash) known.add(hash);
      }
    }

    for (const record of records) {
      try {
        await this.reconcileRecord(
          record,
          gateway,
          staleBefore,
          now,
          report,
          known,
        );
      } catch (error) {
        this.deps.logger.warn(`Reconciling key ${record.id} failed: ${error}`);
      }
    }

    // Keys in LiteLLM the portal has no record of.
    const byPortalId = new Map(records.map(r => [r.id, r]));
    for (const [hash, key] of gateway) {
      if (known.has(hash)) continue;
      const portalId = (key.metadata ?? {})[PORTAL_METADATA_KEY];
      const portalMade =
        typeof portalId === 'string' || key.key_alias?.startsWith('litemaas-');
      try {
        if (portalMade) {
          // A saga that died after LiteLLM made the key: its value was never
          // shown, so nobody can use it. Unless its record is mid-rotation
          // (handled above), it goes.
          const owner =
            typeof portalId === 'string' ? byPortalId.get(portalId) : undefined;
          if (
            owner?.operation === 'rotate' &&
            owner.operationStartedAt &&
            owner.operationStartedAt >= staleBefore
          ) {
            continue;
          }
          await this.deps.litellm.deleteKeys([hash]);
          report.removedFromGateway++;
          continue;
        }
        const userRef = key.user_id
          ? await this.deps.resolveUser(key.user_id)
          : undefined;
        if (userRef && !key.team_id) {
          await this.adopt(hash, key, userRef);
          report.adopted++;
        } else {
          report.unmanaged.push({
            tokenHash: hash,
            alias: key.key_alias ?? undefined,
            userId: key.user_id ?? undefined,
            teamId: key.team_id ?? undefined,
          });
        }
      } catch (error) {
        this.deps.logger.warn(
          `Reconciling LiteLLM key ${hash.slice(0, 12)} failed: ${error}`,
        );
      }
    }

    await this.enforceGrants(report);
    this.lastReport = report;
    return report;
  }

  private async reconcileRecord(
    record: KeyRecord,
    gateway: Map<string, LiteLlmKey>,
    staleBefore: Date,
    now: Date,
    report: ReconcileReport,
    known: Set<string>,
  ) {
    const stale =
      !!record.operationStartedAt && record.operationStartedAt < staleBefore;
    switch (record.status) {
      case 'creating': {
        if (!stale) return;
        // The raw value was never shown: a half-made key is removed.
        const made = [...gateway.values()].find(
          k => k.key_alias === record.alias,
        );
        if (made?.token) {
          await this.deps.litellm.deleteKeys([made.token]);
          gateway.delete(made.token);
          report.removedFromGateway++;
        }
        await this.deps.store.update(record.id, {
          status: 'failed',
          alias: retiredAlias(record.alias, record.id),
          operation: undefined,
          operationData: undefined,
          operationStartedAt: undefined,
        });
        report.completed++;
        return;
      }
      case 'revoking': {
        if (!stale && record.operation) return;
        await this.deps.keys.revokeRecord(record);
        for (const hash of [record.tokenHash, record.retiringTokenHash]) {
          if (hash) gateway.delete(hash);
        }
        report.completed++;
        return;
      }
      case 'active':
        break;
      default:
        return;
    }

    if (record.operation === 'rotate' && stale) {
      await this.finishRotation(record, gateway, known);
      report.completed++;
      return;
    }
    if (
      record.retiringTokenHash &&
      record.retireAt &&
      record.retireAt <= now &&
      !record.operation
    ) {
      await this.deps.keys.retireOldValue(record);
      gateway.delete(record.retiringTokenHash);
    }

    const current = record.tokenHash
      ? gateway.get(record.tokenHash)
      : undefined;
    if (!current) {
      if (record.operation) return; // mid-saga and not stale yet
      // Deleted in LiteLLM behind the portal's back.
      await this.deps.store.update(record.id, {
        status: 'revoked',
        alias: retiredAlias(record.alias, record.id),
        revokedAt: now,
      });
      report.markedRevoked++;
      return;
    }
    const models = current.models ?? [];
    const limits = fromLiteLlmLimits(current);
    const expiresAt = current.expires ? new Date(current.expires) : undefined;
    const budgetResetAt = liteLlmTime(current.budget_reset_at);
    const changed =
      JSON.stringify(models) !== JSON.stringify(record.models) ||
      JSON.stringify(limits) !== JSON.stringify(record.limits) ||
      Boolean(current.blocked) !== record.blocked ||
      (current.spend ?? 0) !== record.spend ||
      (budgetResetAt?.getTime() ?? null) !==
        (record.budgetResetAt?.getTime() ?? null) ||
      (expiresAt?.getTime() ?? null) !== (record.expiresAt?.getTime() ?? null);
    if (changed) {
      await this.deps.store.update(record.id, {
        models,
        limits,
        blocked: Boolean(current.blocked),
        spend: current.spend ?? 0,
        budgetResetAt,
        expiresAt,
        lastSyncedAt: now,
      });
      report.resynced++;
    }
  }

  /**
   * A rotation that died: if the new value was recorded, finish it (the
   * old value goes); if not, the new key is an orphan and goes.
   */
  private async finishRotation(
    record: KeyRecord,
    gateway: Map<string, LiteLlmKey>,
    known: Set<string>,
  ) {
    const temporaryAlias = record.operationData?.temporaryAlias as
      | string
      | undefined;
    if (temporaryAlias) {
      const fresh = [...gateway.values()].find(
        k => k.key_alias === temporaryAlias,
      );
      if (fresh?.token && fresh.token !== record.tokenHash) {
        await this.deps.litellm.deleteKeys([fresh.token]);
        gateway.delete(fresh.token);
        known.delete(fresh.token);
      }
    }
    if (
      record.retiringTokenHash &&
      record.tokenHash &&
      gateway.has(record.tokenHash)
    ) {
      await this.deps.keys.retireOldValue(record);
    }
    await this.deps.store.update(record.id, {
      operation: undefined,
      operationData: undefined,
      operationStartedAt: undefined,
    });
  }

  private async adopt(hash: string, key: LiteLlmKey, userRef: string) {
    const id = randomUUID();
    await this.deps.store.insert({
      id,
      alias: key.key_alias ?? `adopted-${hash.slice(0, 16)}`,
      name: key.key_alias ?? `Key ${key.key_name ?? hash.slice(0, 8)}`,
      subjectRef: userRef,
      createdBy: userRef,
      origin: 'adopted',
      status: 'active',
      tokenHash: hash,
      prefix: key.key_name?.startsWith('sk-') ? key.key_name : undefined,
      models: key.models ?? [],
      limits: fromLiteLlmLimits(key),
      expiresAt: key.expires ? new Date(key.expires) : undefined,
      blocked: Boolean(key.blocked),
      spend: key.spend ?? 0,
    });
  }

  /** Keys must not carry models their owner lost access to. */
  private async enforceGrants(report: ReconcileReport) {
    const active = await this.deps.store.list({ statuses: ['active'] });
    const portalKeys = active.filter(k => k.origin === 'portal');
    const subjects = [...new Set(portalKeys.map(k => k.subjectRef))];
    if (!subjects.length) return;
    const grants = await this.deps.access.list({
      subjectRefs: subjects,
      statuses: ['granted'],
    });
    const granted = new Set(grants.map(g => `${g.subjectRef}|${g.modelName}`));
    for (const key of portalKeys) {
      for (const model of key.models) {
        if (!granted.has(`${key.subjectRef}|${model}`)) {
          await this.deps.keys.removeModelFromSubjectKeys(
            key.subjectRef,
            model,
          );
          report.resynced++;
        }
      }
    }
  }
}
