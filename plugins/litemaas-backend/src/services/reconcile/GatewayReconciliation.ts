import { LoggerService } from '@backstage/backend-plugin-api';
import {
  GatewayReconcileSummary,
  KeyNeedingAttention,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  LiteMaasGatewayAdapter,
  LiteMaasLiveKey,
} from '@litemaas/backstage-plugin-litemaas-node';
import { KeyRecord, KeyStore } from '../../database/KeyStore';
import { ReconcileStore } from '../../database/ReconcileStore';

const DAY_MS = 24 * 3600 * 1000;
const LIVE: ReadonlyArray<string> = ['creating', 'active', 'revoking'];

export interface GatewayReconciliationDeps {
  adapters: LiteMaasGatewayAdapter[];
  store: KeyStore;
  reconcile: ReconcileStore;
  logger: LoggerService;
  settings: { confirmAfterMs: number; maxShare: number; maxCount: number };
  /** Whether a saga on the key is still alive (not taken for dead). */
  busy: (record: KeyRecord) => boolean;
  /** Gives the adapters the publications in the database (other replicas' too). */
  syncPublications?: () => Promise<void>;
  notifyAdmins?: (notice: {
    title: string;
    description: string;
  }) => Promise<void>;
  notifyOwner?: (
    ownerRef: string,
    notice: { title: string; description: string; topic: string },
  ) => Promise<void>;
}

function liveKey(record: KeyRecord, busy: boolean): LiteMaasLiveKey {
  return {
    keyId: record.id,
    ...(record.tokenHash && { tokenHash: record.tokenHash }),
    ...(record.retiringTokenHash && {
      retiringTokenHash: record.retiringTokenHash,
    }),
    subjectRef: record.subjectRef,
    createdBy: record.createdBy,
    models: [...record.models],
    limits: record.limits,
    ...(record.expiresAt && { expiresAt: record.expiresAt }),
    blocked: record.blocked,
    status: record.status as LiteMaasLiveKey['status'],
    busy: busy || !!record.operation,
  };
}

/**
 * The other gateways' part of a reconciliation run: each adapter compares
 * its objects with the records the run read first, with the run's two
 * sightings and hold-back limits; values a gateway lost are reported to
 * the key's owner (once a day) and listed for the admins.
 */
export class GatewayReconciliation {
  constructor(private readonly deps: GatewayReconciliationDeps) {}

  async run(
    records: KeyRecord[],
    startedAt: Date,
    attention: KeyNeedingAttention[],
  ): Promise<GatewayReconcileSummary[]> {
    const summaries: GatewayReconcileSummary[] = [];
    await this.deps.syncPublications?.();
    const keys = records.map(r => liveKey(r, this.deps.busy(r)));
    const byId = new Map(records.map(r => [r.id, r]));
    for (const adapter of this.deps.adapters) {
      if (!adapter.reconcile) continue;
      const kind = `adapter-${adapter.id}`;
      let summary: GatewayReconcileSummary;
      try {
        const result = await adapter.reconcile({
          keys,
          now: startedAt,
          current: async keyId => {
            const record = await this.deps.store.get(keyId);
            if (!record || !LIVE.includes(record.status)) return undefined;
            return liveKey(record, this.deps.busy(record));
          },
          limits: {
            maxShare: this.deps.settings.maxShare,
            maxCount: this.deps.settings.maxCount,
          },
          confirmed: async subjects => {
            const observed = await this.deps.reconcile.observe(
              subjects.map(s => `${kind}:${s}`),
              [kind],
              startedAt,
            );
            const confirmed = new Set<string>();
            for (const subject of subjects) {
              const o = observed.get(`${kind}:${subject}`);
              if (
                o &&
                o.runs >= 2 &&
                startedAt.getTime() - o.firstSeenAt.getTime() >=
                  this.deps.settings.confirmAfterMs
              ) {
                confirmed.add(subject);
              }
            }
            return confirmed;
          },
        });
        summary = {
          id: adapter.id,
          repaired: result.repaired,
          removed: result.removed,
          waiting: result.waiting,
          heldBack: result.heldBack,
          lostValues: result.lostValues.length,
          problems: result.problems,
        };
        for (const lost of result.lostValues) {
          const record = byId.get(lost.keyId);
          attention.push({
            tokenHash: lost.tokenHash,
            keyId: lost.keyId,
            alias: record?.alias,
            reason: `${adapter.description}: the gateway lost this value and cannot be given it back (the portal never keeps values). Its owner was asked to rotate the key.`,
          });
          if (
            record &&
            (await this.deps.reconcile.noticeDue(
              `lost-value:${adapter.id}:${lost.tokenHash}`,
              DAY_MS,
            ))
          ) {
            await this.deps.notifyOwner?.(record.subjectRef, {
              title: `Rotate your API key ${record.name}`,
              description: `The ${adapter.id} gateway no longer has the key ${
                record.name
              } (${
                record.prefix ?? record.alias
              }…), so calls through it are refused. Rotate the key to get a new value that works everywhere.`,
              topic: `litemaas-key-lost-${record.id}`,
            });
          }
        }
        if (
          result.heldBack &&
          (await this.deps.reconcile.noticeDue(`held:${adapter.id}`, DAY_MS))
        ) {
          await this.deps.notifyAdmins?.({
            title: `${adapter.id}: reconciliation held back ${result.heldBack.count} changes`,
            description: `${result.heldBack.description} Nothing was removed. Look at the gateway's objects; the next runs keep holding back while it would remove that much.`,
          });
        }
      } catch (error) {
        this.deps.logger.warn(
          `Reconciling the ${adapter.id} gateway failed: ${error}`,
        );
        summary = {
          id: adapter.id,
          repaired: 0,
          removed: 0,
          waiting: 0,
          lostValues: 0,
          problems: [String((error as Error)?.message ?? error)],
        };
      }
      summaries.push(summary);
    }
    return summaries;
  }
}
