import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { ConflictError, ServiceUnavailableError } from '@backstage/errors';
import { IssuedKey } from '@litemaas/backstage-plugin-litemaas-common';
import { LiteMaasGatewayAdapter } from '@litemaas/backstage-plugin-litemaas-node';
import {
  ActiveKeyCap,
  KeyPatch,
  KeyRecord,
  KeyStore,
} from '../../database/KeyStore';
import { liteLlmErrorOf } from '../../gateways/litellm/errors';
import { GatewayUnavailableError } from '../../gateways/litellm/CircuitBreaker';
import { generateFieldsFrom } from '../../gateways/litellm/keyCopy';
import { LiteLlmClient } from '../../gateways/litellm/LiteLlmClient';
import {
  LiteLlmKey,
  LiteLlmKeyFields,
  liteLlmTime,
} from '../../gateways/litellm/types';
import {
  INSTANCE_METADATA,
  isKeyOfRecord,
  KEY_ID_METADATA,
  portalKeyMetadata,
} from './keyMetadata';
import {
  GatewayAdapters,
  keyStateOf,
  narrowest,
  sameKeyState,
} from './gatewayAdapters';
import { durationUntil, retiredAlias } from './keyRules';
import { LiteMaasMetrics } from '../../metrics/LiteMaasMetrics';
import { displayPrefix, hashKey, toApiKey, toLiteLlmLimits } from './keyViews';

const ROTATING_SUFFIX = '--rotating';

/**
 * A point between two saga steps. Tests interrupt a saga there, as a crash
 * would, to check that the reconciler repairs what is left.
 */
export type SagaStep =
  | 'create:recorded'
  | 'create:issued'
  | 'rotate:issued'
  | 'rotate:recorded'
  | 'revoke:recorded';

export class SagaInterrupted extends Error {
  constructor(step: SagaStep) {
    super(`Saga interrupted after ${step}`);
    this.name = 'SagaInterrupted';
  }
}

/** What the portal asks for when it issues a new key. */
export type NewKey = Pick<
  KeyRecord,
  'id' | 'alias' | 'name' | 'subjectRef' | 'origin' | 'models' | 'limits'
> & { expiresAt?: Date; componentRef?: string };

export interface KeyWriterDeps {
  store: KeyStore;
  litellm: LiteLlmClient;
  adapters: LiteMaasGatewayAdapter[];
  /** This install's id: every key issued carries it. */
  instanceId: string;
  /** Refuses writes while this database is not in charge of the install. */
  lease?: { assertInCharge(): Promise<void> };
  logger: LoggerService;
  /** Keys issued, rotated and revoked; sagas failed and how they ended. */
  metrics?: LiteMaasMetrics;
  now?: () => Date;
  /** Test seam: return true to stop a saga after a step, as a crash does. */
  interruptAt?: (step: SagaStep) => boolean;
  /** A saga in flight this long is taken for dead (default 2 minutes). */
  staleAfterMs?: number;
}

/** A key changed under a saga: it stopped without touching it further. */
export class KeyTakenOver extends ConflictError {
  constructor(name: string) {
    super(
      `Key ${name} was changed by something else meanwhile; nothing more was done. Look at it again.`,
    );
  }
}

/**
 * A saga's hold on one key row: each of its writes goes only over the
 * revision its last write left. Anyone else's write in between (a revoke,
 * the reconciler finishing a saga it took for dead) ends the hold, and the
 * saga stops instead of undoing them.
 */
class Held {
  constructor(private readonly store: KeyStore, public record: KeyRecord) {}

  async write(patch: KeyPatch): Promise<KeyRecord> {
    const next = await this.store.updateIf(
      this.record.id,
      this.record.revision,
      patch,
    );
    if (!next) throw new KeyTakenOver(this.record.name);
    this.record = next;
    return next;
  }
}

/**
 * The steps that change keys in the gateways and the database together.
 * Every write is a saga: intent recorded, gateway calls, commit; undone on
 * failure, and finished or undone by the reconciler after a crash. A saga
 * holds its row by revision, so two never act on one key at once. No step
 * ever widens a key: models are never written as `[]` (LiteLLM's "all"),
 * and a re-made key keeps every attribute of the one it replaces.
 */
export class KeyWriter {
  private readonly gateways: GatewayAdapters;

  constructor(private readonly deps: KeyWriterDeps) {
    this.gateways = new GatewayAdapters(deps.adapters, deps.logger);
  }

  get instanceId() {
    return this.deps.instanceId;
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  private checkpoint(step: SagaStep) {
    if (this.deps.interruptAt?.(step)) throw new SagaInterrupted(step);
  }

  /** Whether a saga is in flight on the key and not yet taken for dead. */
  busy(record: KeyRecord): boolean {
    if (!record.operation) return false;
    const started = record.operationStartedAt?.getTime() ?? 0;
    return this.now().getTime() - started < (this.deps.staleAfterMs ?? 120_000);
  }

  private assertNotBusy(record: KeyRecord) {
    if (this.busy(record)) {
      throw new ConflictError(
        `Key ${record.name} is busy with another change (${record.operation}); try again in a moment`,
      );
    }
  }

  /** Issues a key: the row first, then LiteLLM, then the commit. */
  /**
   * Issues a key: intent, gateway, adapters, commit. With `cap`, the
   * intent is recorded only while the subject is under it (atomically:
   * see KeyStore.insert), before LiteLLM hears of anything.
   */
  async issue(
    createdBy: string,
    key: NewKey,
    options: { cap?: ActiveKeyCap } = {},
  ): Promise<IssuedKey> {
    assertSomeModels(key.models);
    await this.deps.lease?.assertInCharge();
    // A LiteLLM known to be down refuses before anything is recorded.
    this.deps.litellm.assertAvailable();
    // 1. Intent: the row exists before LiteLLM hears of the key.
    const held = new Held(
      this.deps.store,
      await this.deps.store.insert(
        {
          ...key,
          createdBy,
          status: 'creating',
          operation: 'create',
        },
        options,
      ),
    );
    this.checkpoint('create:recorded');

    const isTeam = key.subjectRef.startsWith('group:');
    let issued;
    try {
      if (isTeam) {
        await this.deps.litellm.ensureTeam(
          key.subjectRef,
          parseEntityRef(key.subjectRef).name,
        );
      }
      // 2. Gateway.
      issued = await this.deps.litellm.generateKey({
        key_alias: key.alias,
        models: key.models,
        duration: durationUntil(key.expiresAt, this.now()),
        ...toLiteLlmLimits(key.limits),
        user_id: isTeam ? createdBy : key.subjectRef,
        team_id: isTeam ? key.subjectRef : null,
        metadata: portalKeyMetadata({
          instanceId: this.deps.instanceId,
          keyId: key.id,
          subjectRef: key.subjectRef,
          createdBy,
        }),
      });
    } catch (error) {
      await this.compensateCreate(held, error);
      throw error;
    }
    this.checkpoint('create:issued');

    const tokenHash = hashKey(issued.key);
    const expiresAt = issued.expires ? new Date(issued.expires) : key.expiresAt;
    try {
      // 3. Other gateways, with the value: Kuadrant's Secrets hold it.
      await this.gateways.issued({
        keyId: key.id,
        tokenHash,
        subjectRef: key.subjectRef,
        createdBy,
        models: key.models,
        limits: key.limits,
        ...(expiresAt && { expiresAt }),
        blocked: false,
        value: issued.key,
      });
      // 4. Commit, if the row is still this saga's.
      await held.write({
        status: 'active',
        tokenHash,
        prefix: displayPrefix(issued.key),
        expiresAt,
        operation: undefined,
        operationData: undefined,
        operationStartedAt: undefined,
      });
    } catch (error) {
      // Its value was never shown: the key goes, from every gateway (an
      // adapter that did take it, when another refused, lets it go too).
      await this.deps.litellm.deleteKeys([tokenHash]).catch(() => undefined);
      await this.gateways
        .revoked([{ keyId: key.id, tokenHash }])
        .catch(() => undefined);
      if (!(error instanceof KeyTakenOver)) {
        await this.compensateCreate(held, error, true);
      }
      throw error;
    }
    // LiteLLM's answer to generate leaves out when a budget period ends;
    // its key info has it.
    this.deps.metrics?.key('issued');
    const fresh = key.limits.budgetDuration
      ? await this.refresh(held.record)
      : held.record;
    return { key: toApiKey(fresh, this.now()), value: issued.key };
  }

  /**
   * Undoes a failed create: the record becomes `failed` (not listed, not
   * counted), as nobody got a value. When LiteLLM may have made the key
   * anyway (no answer, 5xx) it is looked up by alias and deleted; when that
   * is not possible now, the reconciler deletes any key naming the failed
   * record.
   */
  private async compensateCreate(held: Held, cause: unknown, deleted = false) {
    const { id, alias } = held.record;
    let pending = false;
    if (!definiteFailure(cause) && !deleted) {
      try {
        const made = await this.findKeyOfRecord(alias, id);
        if (made?.token) await this.deps.litellm.deleteKeys([made.token]);
      } catch (error) {
        pending = true;
        this.deps.logger.warn(
          `A key LiteLLM may have made for the failed create of ${id} is left for the reconciler: ${error}`,
        );
      }
    }
    try {
      await held.write({
        status: 'failed',
        alias: retiredAlias(alias, id),
        operation: undefined,
        operationData: undefined,
        operationStartedAt: undefined,
      });
    } catch (error) {
      pending = true;
      this.deps.logger.warn(
        `Key ${id} left for the reconciler after a failed create: ${error}`,
      );
    }
    this.deps.metrics?.sagaFailed('create', pending ? 'pending' : 'undone');
  }

  /**
   * A new value for a key its caller has claimed for `rotate` (the row as
   * claimed). Through `/key/regenerate` where LiteLLM has it (Enterprise):
   * the same key, new value. Else a key re-made from every attribute of the
   * old one, its spend included, replaces it under the same portal id.
   */
  async rotate(claimed: KeyRecord, graceHours: number): Promise<IssuedKey> {
    const held = new Held(this.deps.store, claimed);
    try {
      await this.deps.lease?.assertInCharge();
      const rotated = await this.replaceValue(held, graceHours);
      this.deps.metrics?.key('rotated');
      return rotated;
    } catch (error) {
      if (error instanceof SagaInterrupted) throw error;
      if (!(error instanceof KeyTakenOver)) {
        await this.compensateRotation(held, error);
      }
      throw error;
    }
  }

  /**
   * Undoes a failed rotation. The old value is untouched; a new key that
   * LiteLLM may have made without answering is deleted if it can be found,
   * else remembered as a stray for the reconciler.
   */
  private async compensateRotation(held: Held, cause: unknown) {
    const current = held.record;
    const temporaryAlias = current.operationData?.temporaryAlias as
      | string
      | undefined;
    const definite = definiteFailure(cause);
    let strayAlias: string | undefined;
    let pending = false;
    if (temporaryAlias && !definite) {
      strayAlias = temporaryAlias;
      try {
        const stray = await this.findKeyOfRecord(temporaryAlias, current.id);
        if (stray?.token && !holds(current, stray.token)) {
          await this.deps.litellm.deleteKeys([stray.token]);
        }
      } catch {
        // The reconciler looks for it.
        pending = true;
      }
    }
    this.deps.metrics?.sagaFailed('rotate', pending ? 'pending' : 'undone');
    await held
      .write({
        operation: undefined,
        operationData: strayAlias
          ? { strayAlias, failedAt: this.now().toISOString() }
          : undefined,
        operationStartedAt: undefined,
      })
      .catch(() => undefined);
  }

  private async replaceValue(
    held: Held,
    graceHours: number,
  ): Promise<IssuedKey> {
    if (held.record.retiringTokenHash) {
      // A value still in its grace period ends now: a key has at most one
      // old value, and the portal never loses track of one.
      await this.retire(held);
    }
    const record = held.record;
    const oldHash = record.tokenHash!;
    const retireAt = new Date(this.now().getTime() + graceHours * 3600 * 1000);
    let issued;
    let viaRegenerate = true;
    try {
      issued = await this.deps.litellm.regenerateKey(
        oldHash,
        graceHours ? { gracePeriod: `${graceHours}h` } : {},
      );
    } catch (error) {
      const status = liteLlmErrorOf(error)?.status;
      // Not Enterprise (500 with its message), or no such route (404/405).
      if (status !== 500 && status !== 404 && status !== 405 && status !== 403)
        throw error;
      viaRegenerate = false;
    }
    if (!viaRegenerate) {
      const temporaryAlias = `${record.alias}${ROTATING_SUFFIX}`;
      // Every attribute, as LiteLLM has it now, not as the portal remembers.
      const info = await this.deps.litellm.keyInfo(oldHash);
      if (!info.models?.length) {
        throw new ConflictError(
          `Key ${record.name} may call every model in LiteLLM; give it its models first (Edit), then rotate it`,
        );
      }
      await held.write({ operationData: { temporaryAlias } });
      const stray = await this.findKeyOfRecord(temporaryAlias, record.id);
      if (stray?.token && !holds(held.record, stray.token)) {
        await this.deps.litellm.deleteKeys([stray.token]);
      }
      issued = await this.deps.litellm.generateKey(
        generateFieldsFrom(info, {
          key_alias: temporaryAlias,
          // Keys adopted or made before install ids get this install's marks.
          metadata: {
            ...(info.metadata ?? {}),
            [INSTANCE_METADATA]: this.deps.instanceId,
            [KEY_ID_METADATA]: record.id,
          },
          duration: durationUntil(
            liteLlmTime(info.expires) ?? record.expiresAt,
            this.now(),
          ),
          ...(info.soft_budget === undefined &&
            record.limits.softBudget !== undefined && {
              soft_budget: record.limits.softBudget,
            }),
        }),
      );
    }
    this.checkpoint('rotate:issued');
    const newHash = hashKey(issued!.key);
    const keepsOld = graceHours > 0 || !viaRegenerate;
    // Other gateways learn the new value before it is recorded. When they
    // refuse it, a re-made key is undone (the old value stays, untouched);
    // a regenerated one cannot be (LiteLLM already replaced the value), so
    // it is recorded and shown all the same, and the adapter's
    // reconciliation finds the value it lacks.
    let adapterRefusal: unknown;
    try {
      await this.gateways.issued({
        ...keyStateOf(record),
        tokenHash: newHash,
        retiringTokenHash: keepsOld ? oldHash : undefined,
        value: issued!.key,
        replaces: oldHash,
      });
    } catch (error) {
      if (!viaRegenerate) {
        await this.deps.litellm.deleteKeys([newHash]).catch(() => undefined);
        await this.gateways
          .revoked([{ keyId: record.id, tokenHash: newHash }])
          .catch(() => undefined);
        throw error;
      }
      adapterRefusal = error;
    }
    try {
      await held.write({
        tokenHash: newHash,
        prefix: displayPrefix(issued!.key),
        retiringTokenHash: keepsOld ? oldHash : undefined,
        retireAt: keepsOld ? retireAt : undefined,
      });
    } catch (error) {
      // Taken over before the new value was recorded: nobody will see it.
      if (!viaRegenerate) {
        await this.deps.litellm.deleteKeys([newHash]).catch(() => undefined);
        await this.gateways
          .revoked([{ keyId: record.id, tokenHash: newHash }])
          .catch(() => undefined);
      }
      throw error;
    }
    this.checkpoint('rotate:recorded');
    if (adapterRefusal) {
      this.deps.logger.warn(
        `A gateway adapter refused the new value of key ${record.id}; LiteLLM has it, and the adapter's reconciliation will report it: ${adapterRefusal}`,
      );
    }
    if (!viaRegenerate && graceHours === 0) await this.retire(held);
    // The new value is recorded: whatever happens to the last steps (the
    // reconciler finishes them), it is the owner's.
    await held
      .write({
        operation: undefined,
        operationData: undefined,
        operationStartedAt: undefined,
      })
      .catch(() => undefined);
    // The new value carries the old one's spend: the owner sees it at once.
    const fresh = await this.refresh(held.record);
    return { key: toApiKey(fresh, this.now()), value: issued!.key };
  }

  /**
   * Ends a grace period: deletes the old value and gives the new key the
   * key's alias back. Run by the reconciler when a grace period ends, over
   * the row as it read it.
   */
  async retireOldValue(record: KeyRecord) {
    await this.retire(new Held(this.deps.store, record));
  }

  private async retire(held: Held) {
    const record = held.record;
    if (record.retiringTokenHash) {
      // The other gateways first: a failure there leaves the old value
      // where it was, everywhere, for the next attempt.
      await this.gateways.revoked([
        { keyId: record.id, tokenHash: record.retiringTokenHash },
      ]);
      await this.deps.litellm.deleteKeys([record.retiringTokenHash]);
    }
    if (record.tokenHash) {
      const current = await this.deps.litellm.findKeyByAlias(
        `${record.alias}${ROTATING_SUFFIX}`,
      );
      if (current?.token === record.tokenHash) {
        await this.deps.litellm.updateKey(record.tokenHash, {
          key_alias: record.alias,
        });
      }
    }
    await held.write({ retiringTokenHash: undefined, retireAt: undefined });
  }

  /**
   * A rotation taken for dead: the reconciler takes the row over first (a
   * slow saga then stops at its next write), then finishes it if the new
   * value was recorded (the old value goes, once its grace period is
   * over), or deletes the new key if not.
   */
  async finishRotation(record: KeyRecord, gateway: Map<string, LiteLlmKey>) {
    const held = new Held(this.deps.store, record);
    await held.write({ operationStartedAt: this.now() });
    const temporaryAlias = record.operationData?.temporaryAlias as
      | string
      | undefined;
    if (temporaryAlias) {
      const stray = [...gateway.values()].find(
        k => k.key_alias === temporaryAlias,
      );
      if (
        stray?.token &&
        !holds(held.record, stray.token) &&
        isKeyOfRecord(stray, record.id, this.deps.instanceId)
      ) {
        await this.deps.litellm.deleteKeys([stray.token]);
        gateway.delete(stray.token);
      }
    }
    // The old value goes now only if its grace period is over; else the
    // reconciler retires it when the period ends, as for any rotation.
    const graceOver =
      !held.record.retireAt ||
      held.record.retireAt.getTime() <= this.now().getTime();
    if (
      held.record.retiringTokenHash &&
      held.record.tokenHash &&
      gateway.has(held.record.tokenHash) &&
      graceOver
    ) {
      await this.retire(held);
    }
    await held.write({
      operation: undefined,
      operationData: undefined,
      operationStartedAt: undefined,
    });
  }

  /**
   * Revocation saga: taken (a saga in flight makes it a 409, unless it is
   * dead), deleted in LiteLLM — every value the row holds when taken —,
   * committed.
   */
  async revoke(record: KeyRecord): Promise<KeyRecord> {
    await this.deps.lease?.assertInCharge();
    const fresh = await this.deps.store.get(record.id);
    if (!fresh || fresh.status === 'revoked' || fresh.status === 'failed') {
      throw new ConflictError(
        `Key ${record.name} is already ${fresh?.status ?? 'gone'}`,
      );
    }
    if (fresh.operation !== 'revoke') this.assertNotBusy(fresh);
    const held = new Held(this.deps.store, fresh);
    await held.write({
      status: 'revoking',
      operation: 'revoke',
      operationStartedAt: this.now(),
    });
    this.checkpoint('revoke:recorded');
    const hashes = [fresh.tokenHash, fresh.retiringTokenHash].filter(
      (h): h is string => !!h,
    );
    try {
      if (hashes.length) await this.deps.litellm.deleteKeys(hashes);
      // What a dead create or rotation may have left under its alias.
      const temporaryAlias = fresh.operationData?.temporaryAlias as
        | string
        | undefined;
      for (const alias of [
        fresh.status === 'creating' ? fresh.alias : undefined,
        temporaryAlias,
      ]) {
        if (!alias) continue;
        const made = await this.findKeyOfRecord(alias, fresh.id);
        if (made?.token) await this.deps.litellm.deleteKeys([made.token]);
      }
      // Every value the row holds, the one in a grace period too.
      await this.gateways.revoked(
        hashes.map(tokenHash => ({ keyId: fresh.id, tokenHash })),
      );
    } catch (error) {
      // Still `revoking`, no saga in flight: the next reconciliation (or
      // the owner asking again) finishes it.
      await held
        .write({ operation: undefined, operationStartedAt: undefined })
        .catch(() => undefined);
      this.deps.metrics?.sagaFailed('revoke', 'pending');
      throw new ServiceUnavailableError(
        `Key ${
          fresh.name
        } is marked for revocation, but LiteLLM did not confirm it; it will be retried automatically. ${
          (error as Error).message
        }`,
      );
    }
    const revoked = await held.write({
      status: 'revoked',
      alias: retiredAlias(fresh.alias, fresh.id),
      revokedAt: this.now(),
      retiringTokenHash: undefined,
      retireAt: undefined,
      operation: undefined,
      operationData: undefined,
      operationStartedAt: undefined,
    });
    this.deps.metrics?.key('revoked');
    return revoked;
  }

  /**
   * Changes a key's attributes in LiteLLM, then in the database, over the
   * row as the caller read it (a saga in flight is a 409). Only the given
   * fields change in LiteLLM; everything else it keeps.
   */
  async rewrite(
    record: KeyRecord,
    fields: LiteLlmKeyFields,
    patch: KeyPatch,
  ): Promise<KeyRecord> {
    if (fields.models !== undefined) assertSomeModels(fields.models);
    await this.deps.lease?.assertInCharge();
    this.assertNotBusy(record);
    return this.narrowingFirst(record, patch, 'an edit', async () => {
      // A change of the portal's own fields only (a Component tie) is not
      // LiteLLM's to hear.
      if (Object.keys(fields).length) {
        await this.deps.litellm.updateKey(record.tokenHash!, fields);
      }
      const written = await this.deps.store.updateIf(
        record.id,
        record.revision,
        patch,
      );
      if (!written) {
        // LiteLLM has the change; the reconciler brings the row in line.
        throw new KeyTakenOver(record.name);
      }
      return written;
    });
  }

  /** Blocks or unblocks a key in LiteLLM, then records it. */
  async setBlocked(record: KeyRecord, blocked: boolean): Promise<KeyRecord> {
    await this.deps.lease?.assertInCharge();
    this.assertNotBusy(record);
    const what = blocked ? 'a block' : 'an unblock';
    return this.narrowingFirst(record, { blocked }, what, async () => {
      await this.deps.litellm.setKeyBlocked(record.tokenHash!, blocked);
      const written = await this.deps.store.updateIf(
        record.id,
        record.revision,
        { blocked },
      );
      if (!written) throw new KeyTakenOver(record.name);
      return written;
    });
  }

  /**
   * A change to what a key may do, never wider anywhere than both the old
   * and the new state: other gateways first take whatever it narrows (a
   * refusal there stops it before LiteLLM changes), then LiteLLM and the
   * database change, then the other gateways take whatever it widens.
   */
  private async narrowingFirst(
    record: KeyRecord,
    patch: KeyPatch,
    what: string,
    change: () => Promise<KeyRecord>,
  ): Promise<KeyRecord> {
    if (!this.gateways.any || !record.tokenHash) return change();
    const before = keyStateOf(record);
    const after = keyStateOf(withPatch(record, patch));
    const narrowed = narrowest(before, after);
    if (!sameKeyState(narrowed, before)) await this.gateways.changed(narrowed);
    let written: KeyRecord;
    try {
      written = await change();
    } catch (error) {
      // LiteLLM refused: the key is as it was. Taken over: someone else's
      // write is newer than `before`, and the narrower state is the safe
      // one until the reconciliation.
      if (!(error instanceof KeyTakenOver) && !sameKeyState(narrowed, before)) {
        await this.gateways.changedAfter(before, `the undoing of ${what}`);
      }
      throw error;
    }
    const now = keyStateOf(written);
    if (!sameKeyState(now, narrowed)) {
      await this.gateways.changedAfter(now, what);
    }
    return written;
  }

  /**
   * Tells other gateways what LiteLLM changed outside the portal, once the
   * record follows it (the reconciler's re-sync). Best effort.
   */
  async followed(before: KeyRecord, after: KeyRecord) {
    if (!this.gateways.any || !after.tokenHash) return;
    const state = keyStateOf(after);
    if (!sameKeyState(keyStateOf(before), state)) {
      await this.gateways.changedAfter(state, 'a change made in LiteLLM');
    }
  }

  /**
   * Takes one model off a key; a key left with none is revoked, since
   * LiteLLM reads an empty list as "all models".
   */
  async removeModel(record: KeyRecord, modelName: string) {
    const models = record.models.filter(m => m !== modelName);
    if (models.length === 0) return this.revoke(record);
    const limits = { ...record.limits };
    const fields: LiteLlmKeyFields = { models };
    for (const [field, name] of [
      ['modelTpm', 'model_tpm_limit'],
      ['modelRpm', 'model_rpm_limit'],
    ] as const) {
      if (limits[field]?.[modelName] !== undefined) {
        const { [modelName]: _gone, ...rest } = limits[field]!;
        limits[field] = rest;
        fields[name] = rest;
      }
    }
    return this.rewrite(record, fields, { models, limits });
  }

  /**
   * Re-reads spend and blocked state from LiteLLM, best effort. Records
   * what it saw without counting as a change, so a saga in flight keeps
   * its hold.
   */
  async refresh(record: KeyRecord): Promise<KeyRecord> {
    if (record.status !== 'active' || !record.tokenHash) return record;
    try {
      const info = await this.deps.litellm.keyInfo(record.tokenHash);
      return (
        (await this.deps.store.sync(record.id, {
          spend: typeof info.spend === 'number' ? info.spend : record.spend,
          budgetResetAt: liteLlmTime(info.budget_reset_at),
          blocked: Boolean(info.blocked),
          lastSyncedAt: this.now(),
        })) ?? record
      );
    } catch (error) {
      return record;
    }
  }

  /** The key LiteLLM has under this alias, if it is this record's. */
  async findKeyOfRecord(
    alias: string,
    keyId: string,
  ): Promise<LiteLlmKey | undefined> {
    const found = await this.deps.litellm.findKeyByAlias(alias);
    return isKeyOfRecord(found, keyId, this.deps.instanceId)
      ? found
      : undefined;
  }
}

/** The record as it will be once the patch is written. */
function withPatch(record: KeyRecord, patch: KeyPatch): KeyRecord {
  return {
    ...record,
    models: patch.models ?? record.models,
    limits: patch.limits ?? record.limits,
    expiresAt: 'expiresAt' in patch ? patch.expiresAt : record.expiresAt,
    blocked: patch.blocked ?? record.blocked,
  };
}

/** Whether a hash is one of the values the row holds (current or old). */
function holds(record: KeyRecord, tokenHash: string): boolean {
  return (
    record.tokenHash === tokenHash || record.retiringTokenHash === tokenHash
  );
}

/** LiteLLM reads `models: []` as every model: the portal never writes it. */
function assertSomeModels(models: string[]) {
  if (models.length === 0) {
    throw new Error(
      'Refusing to write a key with no models: LiteLLM would allow all',
    );
  }
}

/**
 * A failure after which LiteLLM surely did not make the change: it said no
 * (4xx), or the circuit breaker refused the call before it was sent.
 */
function definiteFailure(cause: unknown): boolean {
  if (cause instanceof GatewayUnavailableError) return true;
  const status = liteLlmErrorOf(cause)?.status;
  return status !== undefined && status >= 400 && status < 500;
}
