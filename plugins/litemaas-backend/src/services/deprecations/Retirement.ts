import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { SYSTEM_REASONS } from '@litemaas/backstage-plugin-litemaas-common';
import { AccessStore } from '../../database/AccessStore';
import { StoredDeprecation } from '../../database/DeprecationStore';
import { KeyRecord, KeyStore } from '../../database/KeyStore';
import { SYSTEM_AUDIT_ACTOR } from '../audit';
import { recordKeyNarrowed } from '../keys/keyNarrowed';
import { KeyWriter } from '../keys/KeyWriter';

export interface RetirementResult {
  grantsEnded: number;
  keysChanged: number;
  /** Keys that could not follow now (busy, or the gateway failed). */
  failed: number;
  /** Nothing of the model is left: no grant, no active key carrying it. */
  complete: boolean;
  /** Subjects whose grants ended or keys changed, to be told. */
  affected: string[];
}

/**
 * What retiring a model does: its grants end (and its pending requests are
 * cancelled), and it leaves every active key that carries it, of any
 * origin, in every gateway (a key left with no model is revoked, since
 * LiteLLM reads an empty list as "all"). Safe to run again and again: it
 * only ever takes the one model away, and `complete` says whether there
 * is anything left for a next run (a key busy with a saga, a gateway that
 * failed, a grant made in the moment the retirement began).
 */
export class Retirement {
  constructor(
    private readonly deps: {
      access: AccessStore;
      keys: KeyStore;
      writer: KeyWriter;
      auditor: AuditorService;
      logger: LoggerService;
    },
  ) {}

  async run(campaign: StoredDeprecation): Promise<RetirementResult> {
    const model = campaign.modelName;
    const affected = new Set<string>();
    const ended = await this.deps.access.transitionAllForModel(model, {
      from: ['granted'],
      to: 'expired',
      action: 'expired',
      actorRef: SYSTEM_AUDIT_ACTOR,
      reason: SYSTEM_REASONS.modelRetired,
      extension: null,
    });
    const cancelled = await this.deps.access.transitionAllForModel(model, {
      from: ['pending'],
      to: 'cancelled',
      action: 'cancelled',
      actorRef: SYSTEM_AUDIT_ACTOR,
      reason: SYSTEM_REASONS.modelRetired,
    });
    ended.forEach(g => affected.add(g.subjectRef));
    cancelled.forEach(g => affected.add(g.subjectRef));

    let keysChanged = 0;
    let failed = 0;
    for (const listed of await this.deps.keys.list({
      model,
      statuses: ['active'],
    })) {
      try {
        const fresh = await this.deps.keys.get(listed.id);
        if (!fresh || fresh.status !== 'active') continue;
        if (!fresh.models.includes(model)) continue;
        if (this.deps.writer.busy(fresh)) {
          failed += 1;
          continue;
        }
        // A value being rotated out still carries the model until its
        // grace period ends: it ends now.
        const current = fresh.retiringTokenHash
          ? await this.retireOldValue(fresh)
          : fresh;
        if (!current) continue;
        const after = await this.deps.writer.removeModel(current, model);
        keysChanged += 1;
        if (fresh.origin !== 'playground') affected.add(fresh.subjectRef);
        await recordKeyNarrowed(this.deps.auditor, {
          before: fresh,
          after,
          reason: SYSTEM_REASONS.modelRetired,
          model,
        });
      } catch (error) {
        failed += 1;
        this.deps.logger.warn(
          `Retiring ${model}: key ${listed.id} still carries it (${error}); the next run tries again`,
        );
      }
    }

    const [grantsLeft, keysLeft] = await Promise.all([
      this.deps.access.list({
        modelNames: [model],
        statuses: ['granted', 'pending'],
      }),
      this.deps.keys.list({ model, statuses: ['active', 'creating'] }),
    ]);
    return {
      grantsEnded: ended.length,
      keysChanged,
      failed,
      complete: failed === 0 && !grantsLeft.length && !keysLeft.length,
      affected: [...affected].sort(),
    };
  }

  private async retireOldValue(key: KeyRecord) {
    await this.deps.writer.retireOldValue(key);
    const after = await this.deps.keys.get(key.id);
    return after?.status === 'active' ? after : undefined;
  }
}
