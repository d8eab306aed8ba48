import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { ServiceUnavailableError } from '@backstage/errors';
import { IssuedKey } from '@litemaas/backstage-plugin-litemaas-common';
import { LiteMaasGatewayAdapter } from '@litemaas/backstage-plugin-litemaas-node';
import { KeyPatch, KeyRecord, KeyStore } from '../../database/KeyStore';
import { liteLlmErrorOf } from '../../gateways/litellm/errors';
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
import { durationUntil, retiredAlias } from './keyRules';
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
> & { expiresAt?: Date };

export interface KeyWriterDeps {
  store: KeyStore;
  litellm: LiteLlmClient;
  adapters: LiteMaasGatewayAdapter[];
  /** This install's id: every key issued carries it. */
  instanceId: string;
  /** Refuses writes while this database is not in charge of the install. */
  lease?: { assertInCharge(): Promise<void> };
  logger: LoggerService;
  now?: () => Date;
  /** Test seam: return true to stop a saga after a step, as a crash does. */
  interruptAt?: (step: SagaStep) => boolean;
}

/**
 * The steps that change keys in the gateways and the database together.
 * Every write is a saga: intent recorded, gateway calls, commit; undone on
 * failure, and finished or undone by the reconciler after a crash. No step
 * ever widens a key: models are never written as `[]` (LiteLLM's "all"),
 * and a re-made key keeps every attribute of the one it replaces.
 */
export class KeyWriter {
  constructor(private readonly deps: KeyWriterDeps) {}

  get instanceId() {
    return this.deps.instanceId;
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  private checkpoint(step: SagaStep) {
    if (this.deps.interruptAt?.(step)) throw new SagaInterrupted(step);
  }

  /** Issues a key: the row first, then LiteLLM, then the commit. */
  async issue(createdBy: string, key: NewKey): Promise<IssuedKey> {
    assertSomeModels(key.models);
    await this.deps.lease?.assertInCharge();
    // 1. Intent: the row exists before LiteLLM hears of the key.
    await this.deps.store.insert({
      ...key,
      createdBy,
      status: 'creating',
      operation: 'create',
    });
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
      await this.compensateCreate(key.id, key.alias, error);
      throw error;
    }
    this.checkpoint('create:issued');

    const tokenHash = hashKey(issued.key);
    try {
      for (const adapter of this.deps.adapters) {
        await adapter.keyIssued?.({
          keyId: key.id,
          tokenHash,
          subjectRef: key.subjectRef,
          models: key.models,
        });
      }
    } catch (error) {
      await this.deps.litellm.deleteKeys([tokenHash]).catch(() => undefined);
      await this.compensateCreate(key.id, key.alias, error);
      throw error;
    }

    // 3. Commit.
    const record = await this.deps.store.update(key.id, {
      status: 'active',
      tokenHash,
      prefix: displayPrefix(issued.key),
      expiresAt: issued.expires ? new Date(issued.expires) : key.expiresAt,
      operation: undefined,
      operationData: undefined,
      operationStartedAt: undefined,
    });
    // LiteLLM's answer to generate leaves out when a budget period ends;
    // its key info has it.
    const fresh = key.limits.budgetDuration
      ? await this.refresh(record!)
      : record!;
    return { key: toApiKey(fresh, this.now()), value: issued.key };
  }

  /**
   * Undoes a failed create. When LiteLLM may have made the key anyway (no
   * answer, 5xx) it is looked up by alias and deleted if it is this
   * record's; when that is not possible the row stays `creating` for the
   * reconciler.
   */
  private async compensateCreate(id: string, alias: string, cause: unknown) {
    const status = liteLlmErrorOf(cause)?.status;
    const definite = status !== undefined && status >= 400 && status < 500;
    try {
      if (!definite) {
        const made = await this.findKeyOfRecord(alias, id);
        if (made?.token) await this.deps.litellm.deleteKeys([made.token]);
      }
      await this.deps.store.update(id, {
        status: 'failed',
        alias: retiredAlias(alias, id),
        operation: undefined,
        operationData: undefined,
        operationStartedAt: undefined,
      });
    } catch (error) {
      this.deps.logger.warn(
        `Key ${id} left for the reconciler after a failed create: ${error}`,
      );
    }
  }

  /**
   * A new value for a key its caller has claimed for `rotate`. Through
   * `/key/regenerate` where LiteLLM has it (Enterprise): the same key, new
   * value. Else a key re-made from every attribute of the old one, its
   * spend included, replaces it under the same portal id.
   */
  async rotate(record: KeyRecord, graceHours: number): Promise<IssuedKey> {
    try {
      await this.deps.lease?.assertInCharge();
      return await this.replaceValue(record, graceHours);
    } catch (error) {
      if (error instanceof SagaInterrupted) throw error;
      await this.compensateRotation(record.id, error);
      throw error;
    }
  }

  /**
   * Undoes a failed rotation. The old value is untouched; a new key that
   * LiteLLM may have made without answering is deleted if it can be found,
   * else remembered as a stray for the reconciler.
   */
  private async compensateRotation(id: string, cause: unknown) {
    const current = await this.deps.store.get(id);
    const temporaryAlias = current?.operationData?.temporaryAlias as
      | string
      | undefined;
    const status = liteLlmErrorOf(cause)?.status;
    const definite = status !== undefined && status >= 400 && status < 500;
    let strayAlias: string | undefined;
    if (temporaryAlias && !definite) {
      strayAlias = temporaryAlias;
      try {
        const stray = await this.findKeyOfRecord(temporaryAlias, id);
        if (stray?.token && stray.token !== current?.tokenHash) {
          await this.deps.litellm.deleteKeys([stray.token]);
        }
      } catch {
        // The reconciler looks for it.
      }
    }
    await this.deps.store.update(id, {
      operation: undefined,
      operationData: strayAlias
        ? { strayAlias, failedAt: this.now().toISOString() }
        : undefined,
      operationStartedAt: undefined,
    });
  }

  private async replaceValue(
    current: KeyRecord,
    graceHours: number,
  ): Promise<IssuedKey> {
    let record = current;
    if (record.retiringTokenHash) {
      // A value still in its grace period ends now: a key has at most one
      // old value, and the portal never loses track of one.
      await this.retireOldValue(record);
      record = (await this.deps.store.get(record.id))!;
    }
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
      await this.deps.store.update(record.id, {
        operationData: { temporaryAlias },
      });
      const stray = await this.findKeyOfRecord(temporaryAlias, record.id);
      if (stray?.token) await this.deps.litellm.deleteKeys([stray.token]);
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
    await this.deps.store.update(record.id, {
      tokenHash: newHash,
      prefix: displayPrefix(issued!.key),
      retiringTokenHash: graceHours > 0 || !viaRegenerate ? oldHash : undefined,
      retireAt: graceHours > 0 || !viaRegenerate ? retireAt : undefined,
    });
    this.checkpoint('rotate:recorded');
    for (const adapter of this.deps.adapters) {
      await adapter.keyIssued?.({
        keyId: record.id,
        tokenHash: newHash,
        subjectRef: record.subjectRef,
        models: record.models,
      });
    }
    if (!viaRegenerate && graceHours === 0) {
      await this.retireOldValue((await this.deps.store.get(record.id))!);
    }
    const done = await this.deps.store.update(record.id, {
      operation: undefined,
      operationData: undefined,
      operationStartedAt: undefined,
    });
    // The new value carries the old one's spend: the owner sees it at once.
    const fresh = await this.refresh(done!);
    return { key: toApiKey(fresh, this.now()), value: issued!.key };
  }

  /**
   * Ends a rotation: deletes the old value and gives the new key the key's
   * alias back. Also run by the reconciler when a grace period ends.
   */
  async retireOldValue(record: KeyRecord) {
    if (record.retiringTokenHash) {
      await this.deps.litellm.deleteKeys([record.retiringTokenHash]);
      for (const adapter of this.deps.adapters) {
        await adapter.keyRevoked?.({
          keyId: record.id,
          tokenHash: record.retiringTokenHash,
        });
      }
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
    await this.deps.store.update(record.id, {
      retiringTokenHash: undefined,
      retireAt: undefined,
    });
  }

  /**
   * A rotation that died: if the new value was recorded, finish it (the
   * old value goes); if not, the new key is an orphan and goes.
   */
  async finishRotation(record: KeyRecord, gateway: Map<string, LiteLlmKey>) {
    const temporaryAlias = record.operationData?.temporaryAlias as
      | string
      | undefined;
    if (temporaryAlias) {
      const fresh = [...gateway.values()].find(
        k => k.key_alias === temporaryAlias,
      );
      if (
        fresh?.token &&
        fresh.token !== record.tokenHash &&
        isKeyOfRecord(fresh, record.id, this.deps.instanceId)
      ) {
        await this.deps.litellm.deleteKeys([fresh.token]);
        gateway.delete(fresh.token);
      }
    }
    if (
      record.retiringTokenHash &&
      record.tokenHash &&
      gateway.has(record.tokenHash)
    ) {
      await this.retireOldValue(record);
    }
    await this.deps.store.update(record.id, {
      operation: undefined,
      operationData: undefined,
      operationStartedAt: undefined,
    });
  }

  /** Revocation saga: recorded, deleted in LiteLLM, committed. */
  async revoke(record: KeyRecord): Promise<KeyRecord> {
    await this.deps.lease?.assertInCharge();
    await this.deps.store.update(record.id, {
      status: 'revoking',
      operation: 'revoke',
      operationStartedAt: this.now(),
    });
    this.checkpoint('revoke:recorded');
    const hashes = [record.tokenHash, record.retiringTokenHash].filter(
      (h): h is string => !!h,
    );
    try {
      if (hashes.length) await this.deps.litellm.deleteKeys(hashes);
      if (record.status === 'creating') {
        const made = await this.findKeyOfRecord(record.alias, record.id);
        if (made?.token) await this.deps.litellm.deleteKeys([made.token]);
      }
      for (const adapter of this.deps.adapters) {
        if (record.tokenHash)
          await adapter.keyRevoked?.({
            keyId: record.id,
            tokenHash: record.tokenHash,
          });
      }
    } catch (error) {
      throw new ServiceUnavailableError(
        `Key ${
          record.name
        } is marked for revocation, but LiteLLM did not confirm it; it will be retried automatically. ${
          (error as Error).message
        }`,
      );
    }
    return (await this.deps.store.update(record.id, {
      status: 'revoked',
      alias: retiredAlias(record.alias, record.id),
      revokedAt: this.now(),
      retiringTokenHash: undefined,
      retireAt: undefined,
      operation: undefined,
      operationData: undefined,
      operationStartedAt: undefined,
    }))!;
  }

  /**
   * Changes a key's attributes in LiteLLM, then in the database. Only the
   * given fields change in LiteLLM; everything else it keeps.
   */
  async rewrite(
    record: KeyRecord,
    fields: LiteLlmKeyFields,
    patch: KeyPatch,
  ): Promise<KeyRecord> {
    if (fields.models !== undefined) assertSomeModels(fields.models);
    await this.deps.lease?.assertInCharge();
    await this.deps.litellm.updateKey(record.tokenHash!, fields);
    return (await this.deps.store.update(record.id, patch))!;
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

  /** Re-reads spend and blocked state from LiteLLM, best effort. */
  async refresh(record: KeyRecord): Promise<KeyRecord> {
    if (record.status !== 'active' || !record.tokenHash) return record;
    try {
      const info = await this.deps.litellm.keyInfo(record.tokenHash);
      return (
        (await this.deps.store.update(record.id, {
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

/** LiteLLM reads `models: []` as every model: the portal never writes it. */
function assertSomeModels(models: string[]) {
  if (models.length === 0) {
    throw new Error(
      'Refusing to write a key with no models: LiteLLM would allow all',
    );
  }
}
