import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  ApiKey,
  CreateKeyBody,
  IssuedKey,
  KeyLimits,
  ProvisionKeysBody,
  ProvisionKeysResponse,
  UpdateKeyBody,
} from '@litemaas/backstage-plugin-litemaas-common';
import { LiteMaasGatewayAdapter } from '@litemaas/backstage-plugin-litemaas-node';
import { randomUUID } from 'node:crypto';
import { AccessStore } from '../database/AccessStore';
import { KeyRecord, KeyStore } from '../database/KeyStore';
import { liteLlmErrorOf } from '../gateways/litellm/errors';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';
import { LiteLlmKeyFields, liteLlmTime } from '../gateways/litellm/types';
import { Caller, callerOwns, subjectFor } from '../permissions/Caller';
import { audited } from './audit';
import { applyKeyLimits, KeySettingsService } from './KeySettingsService';
import { displayPrefix, hashKey, toApiKey, toLiteLlmLimits } from './keyViews';

/** Marks keys this portal made, so the reconciler can tell them apart. */
export const PORTAL_METADATA_KEY = 'litemaas_key_id';
const ALIAS_PREFIX = 'litemaas-';
const ROTATING_SUFFIX = '--rotating';
const DAY_MS = 24 * 3600 * 1000;

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

export interface KeyServiceDeps {
  store: KeyStore;
  access: AccessStore;
  litellm: LiteLlmClient;
  settings: KeySettingsService;
  adapters: LiteMaasGatewayAdapter[];
  auditor: AuditorService;
  logger: LoggerService;
  now?: () => Date;
  /** Test seam: return true to stop a saga after a step, as a crash does. */
  interruptAt?: (step: SagaStep) => boolean;
}

/**
 * Virtual keys: issued in LiteLLM, known to the portal by their hash. Every
 * write is a saga (intent recorded, gateway calls, commit; compensation on
 * failure) and the reconciler finishes whatever a crash left behind.
 */
export class KeyService {
  constructor(private readonly deps: KeyServiceDeps) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  private checkpoint(step: SagaStep) {
    if (this.deps.interruptAt?.(step)) throw new SagaInterrupted(step);
  }

  /** Keys the caller owns (theirs and their teams'), or all for admins. */
  async list(
    caller: Caller,
    query: {
      scope?: 'mine' | 'all';
      search?: string;
      includeRevoked?: boolean;
    },
  ): Promise<ApiKey[]> {
    if (query.scope === 'all' && !caller.canManage) {
      throw new NotAllowedError('Only admins can list all keys');
    }
    const records = await this.deps.store.list({
      subjectRefs: query.scope === 'all' ? undefined : caller.ownershipRefs,
      statuses: query.includeRevoked
        ? undefined
        : ['creating', 'active', 'revoking'],
      search: query.search,
    });
    const now = this.now();
    return records.map(r => toApiKey(r, now));
  }

  async get(caller: Caller, id: string): Promise<ApiKey> {
    const record = await this.load(caller, id);
    return toApiKey(await this.refreshFromGateway(record), this.now());
  }

  async create(caller: Caller, body: CreateKeyBody): Promise<IssuedKey> {
    return this.audit('key-create', caller, { name: body.name }, async () => {
      const subjectRef = this.subjectOf(caller, body.subjectRef);
      const name = validName(body.name);
      const models = await this.checkModels(subjectRef, body.models);
      const settings = await this.deps.settings.get();
      const kind = subjectRef.startsWith('group:')
        ? settings.team
        : settings.user;
      const limits = applyKeyLimits(body.limits, kind.defaults, kind.maximums);
      checkModelLimits(limits, models);
      const expiresAt = this.expiryOf(
        body,
        settings,
        kind.defaultExpiresInDays,
      );
      const active = await this.deps.store.countActive(subjectRef);
      if (active >= settings.maxActiveKeysPerSubject) {
        throw new ConflictError(
          `${subjectRef} already has ${active} active keys; the limit is ${settings.maxActiveKeysPerSubject}. Revoke one first.`,
        );
      }
      const id = randomUUID();
      return this.issue(caller, {
        id,
        alias: `${ALIAS_PREFIX}${id}`,
        name,
        subjectRef,
        origin: 'portal',
        models,
        limits,
        expiresAt,
      });
    });
  }

  async update(
    caller: Caller,
    id: string,
    body: UpdateKeyBody,
  ): Promise<ApiKey> {
    return this.audit('key-update', caller, { id }, async () => {
      const record = await this.load(caller, id);
      if (record.status !== 'active') {
        throw new ConflictError(
          `Key ${record.name} is ${record.status}, not active`,
        );
      }
      const settings = await this.deps.settings.get();
      const kind = record.subjectRef.startsWith('group:')
        ? settings.team
        : settings.user;
      const models = body.models
        ? await this.checkModels(record.subjectRef, body.models)
        : record.models;
      const limits = body.limits
        ? applyKeyLimits(body.limits, {}, kind.maximums)
        : record.limits;
      checkModelLimits(limits, models);
      const expiresChanged =
        body.expiresInDays !== undefined || body.expiresAt !== undefined;
      const expiresAt = expiresChanged
        ? this.expiryOf(body, settings, kind.defaultExpiresInDays)
        : record.expiresAt;
      const fields: LiteLlmKeyFields = {
        models,
        ...toLiteLlmLimits(limits),
        ...(expiresChanged && {
          duration: durationUntil(expiresAt, this.now()),
        }),
      };
      await this.deps.litellm.updateKey(record.tokenHash!, fields);
      const updated = await this.deps.store.update(id, {
        name: body.name !== undefined ? validName(body.name) : undefined,
        models,
        limits,
        expiresAt,
      });
      return toApiKey(updated!, this.now());
    });
  }

  /**
   * A new value for the key, shown once. The old value stops working at
   * once, or after the grace period. Works without LiteLLM Enterprise: when
   * `/key/regenerate` is unavailable a new key replaces the old one under
   * the same portal id.
   */
  async rotate(
    caller: Caller,
    id: string,
    options: { gracePeriodHours?: number } = {},
  ): Promise<IssuedKey> {
    return this.audit('key-rotate', caller, { id }, async () => {
      const record = await this.load(caller, id);
      if (record.status !== 'active') {
        throw new ConflictError(
          `Key ${record.name} is ${record.status}, not active`,
        );
      }
      const grace = options.gracePeriodHours ?? 0;
      if (!Number.isFinite(grace) || grace < 0 || grace > 24 * 7) {
        throw new InputError('gracePeriodHours must be between 0 and 168');
      }
      if (!(await this.deps.store.claim(id, 'rotate'))) {
        throw new ConflictError(
          `Key ${record.name} is busy with another change`,
        );
      }
      try {
        return await this.replaceValue(record, grace);
      } catch (error) {
        if (!(error instanceof SagaInterrupted)) {
          await this.deps.store.update(id, {
            operation: undefined,
            operationData: undefined,
          });
        }
        throw error;
      }
    });
  }

  async revoke(caller: Caller, id: string): Promise<ApiKey> {
    return this.audit('key-revoke', caller, { id }, async () => {
      const record = await this.load(caller, id);
      return toApiKey(await this.revokeRecord(record), this.now());
    });
  }

  async setBlocked(
    caller: Caller,
    id: string,
    blocked: boolean,
  ): Promise<ApiKey> {
    return this.audit(
      blocked ? 'key-block' : 'key-unblock',
      caller,
      { id },
      async () => {
        if (!caller.canManage) {
          throw new NotAllowedError('Only admins can block and unblock keys');
        }
        const record = await this.load(caller, id);
        if (record.status !== 'active') {
          throw new ConflictError(
            `Key ${record.name} is ${record.status}, not active`,
          );
        }
        await this.deps.litellm.setKeyBlocked(record.tokenHash!, blocked);
        return toApiKey(
          (await this.deps.store.update(id, { blocked }))!,
          this.now(),
        );
      },
    );
  }

  /**
   * Keys for N participants at once (workshops), idempotent by alias:
   * participants that already have a key get none again.
   */
  async provision(
    caller: Caller,
    body: ProvisionKeysBody,
  ): Promise<ProvisionKeysResponse> {
    return this.audit(
      'key-provision',
      caller,
      { aliasPrefix: body.aliasPrefix, count: body.participants.length },
      async () => {
        if (!caller.canManage) {
          throw new NotAllowedError('Only admins can provision keys');
        }
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(body.aliasPrefix)) {
          throw new InputError(
            'aliasPrefix must be 1-100 letters, digits, . _ -',
          );
        }
        const participants = [...new Set(body.participants.map(p => p.trim()))];
        for (const p of participants) {
          if (!/^[A-Za-z0-9._@+-]{1,100}$/.test(p)) {
            throw new InputError(
              `Participant '${p}' must be 1-100 letters, digits or . _ @ + -`,
            );
          }
        }
        const subjectRef = this.subjectOf(caller, body.subjectRef);
        if (!body.models.length)
          throw new InputError('models must name at least one model');
        const settings = await this.deps.settings.get();
        if (
          !(
            body.expiresInDays >= 1 &&
            body.expiresInDays <= settings.maxExpiresInDays
          )
        ) {
          throw new InputError(
            `expiresInDays must be between 1 and ${settings.maxExpiresInDays}`,
          );
        }
        const limits = applyKeyLimits(body.limits, {}, {});
        const expiresAt = new Date(
          this.now().getTime() + body.expiresInDays * DAY_MS,
        );

        const aliases = participants.map(p => `${body.aliasPrefix}${p}`);
        const known = new Map(
          (await this.deps.store.list({ aliases }))
            .filter(k => k.status === 'active' || k.status === 'creating')
            .map(k => [k.alias, k]),
        );
        const response: ProvisionKeysResponse = {
          created: [],
          existing: [],
          failed: [],
        };
        const todo = participants.filter((p, i) => {
          const existing = known.get(aliases[i]);
          if (existing)
            response.existing.push({
              participant: p,
              alias: existing.alias,
              id: existing.id,
            });
          return !existing;
        });
        // A few at a time: fast, without flooding LiteLLM. One participant's
        // failure does not lose the values already issued to others.
        await forEachLimit(
          todo,
          8,
          async participant => {
            const id = randomUUID();
            const alias = `${body.aliasPrefix}${participant}`;
            const issued = await this.issue(caller, {
              id,
              alias,
              name: `${body.aliasPrefix}${participant}`,
              subjectRef,
              origin: 'provisioned',
              models: body.models,
              limits,
              expiresAt,
            });
            response.created.push({
              participant,
              alias,
              id,
              value: issued.value,
            });
          },
          (participant, error) => {
            response.failed.push({
              participant,
              error: (error as Error).message,
            });
          },
        );
        response.created.sort((a, b) => a.alias.localeCompare(b.alias));
        return response;
      },
    );
  }

  /** Revokes every key whose alias starts with the prefix (admins). */
  async revokeByAliasPrefix(caller: Caller, aliasPrefix: string) {
    return this.audit(
      'key-revoke-prefix',
      caller,
      { aliasPrefix },
      async () => {
        if (!caller.canManage)
          throw new NotAllowedError('Only admins can revoke by prefix');
        if (aliasPrefix.length < 3) {
          throw new InputError('aliasPrefix must have at least 3 characters');
        }
        const keys = await this.deps.store.list({
          aliasPrefix,
          statuses: ['active', 'creating', 'revoking'],
        });
        let revoked = 0;
        await forEachLimit(keys, 8, async key => {
          await this.revokeRecord(key);
          revoked++;
        });
        return { revoked };
      },
    );
  }

  /**
   * A subject lost access to a model: its keys stop carrying it. A key left
   * with no model is revoked, since LiteLLM reads an empty list as "all".
   */
  async removeModelFromSubjectKeys(subjectRef: string, modelName: string) {
    const keys = await this.deps.store.list({
      subjectRefs: [subjectRef],
      statuses: ['active'],
    });
    for (const key of keys.filter(k => k.models.includes(modelName))) {
      const models = key.models.filter(m => m !== modelName);
      try {
        if (models.length === 0) {
          await this.revokeRecord(key);
        } else {
          await this.deps.litellm.updateKey(key.tokenHash!, { models });
          await this.deps.store.update(key.id, { models });
        }
      } catch (error) {
        // The reconciler's grant check retries this on its next run.
        this.deps.logger.warn(
          `Could not remove ${modelName} from key ${key.id}: ${error}`,
        );
      }
    }
  }

  // --- saga steps -----------------------------------------------------------

  private async issue(
    caller: Caller,
    key: Pick<
      KeyRecord,
      'id' | 'alias' | 'name' | 'subjectRef' | 'origin' | 'models' | 'limits'
    > & { expiresAt?: Date },
  ): Promise<IssuedKey> {
    // 1. Intent: the row exists before LiteLLM hears of the key.
    await this.deps.store.insert({
      ...key,
      createdBy: caller.userRef,
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
        user_id: isTeam ? caller.userRef : key.subjectRef,
        team_id: isTeam ? key.subjectRef : null,
        metadata: {
          [PORTAL_METADATA_KEY]: key.id,
          litemaas_subject: key.subjectRef,
          litemaas_created_by: caller.userRef,
        },
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
      ? await this.refreshFromGateway(record!)
      : record!;
    return { key: toApiKey(fresh, this.now()), value: issued.key };
  }

  /**
   * Undoes a failed create. When LiteLLM may have made the key anyway (no
   * answer, 5xx) it is looked up by alias and deleted; when that is not
   * possible the row stays `creating` for the reconciler.
   */
  private async compensateCreate(id: string, alias: string, cause: unknown) {
    const status = liteLlmErrorOf(cause)?.status;
    const definite = status !== undefined && status >= 400 && status < 500;
    try {
      if (!definite) {
        const made = await this.deps.litellm.findKeyByAlias(alias);
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

  private async replaceValue(
    record: KeyRecord,
    graceHours: number,
  ): Promise<IssuedKey> {
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
      await this.deps.store.update(record.id, {
        operationData: { temporaryAlias },
      });
      const stray = await this.deps.litellm.findKeyByAlias(temporaryAlias);
      if (stray?.token) await this.deps.litellm.deleteKeys([stray.token]);
      issued = await this.deps.litellm.generateKey({
        key_alias: temporaryAlias,
        models: record.models,
        duration: durationUntil(record.expiresAt, this.now()),
        ...toLiteLlmLimits(record.limits),
        user_id: record.subjectRef.startsWith('group:')
          ? record.createdBy
          : record.subjectRef,
        team_id: record.subjectRef.startsWith('group:')
          ? record.subjectRef
          : null,
        metadata: {
          [PORTAL_METADATA_KEY]: record.id,
          litemaas_subject: record.subjectRef,
          litemaas_created_by: record.createdBy,
        },
      });
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
    return { key: toApiKey(done!, this.now()), value: issued!.key };
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

  /** Revocation saga: recorded, deleted in LiteLLM, committed. */
  async revokeRecord(record: KeyRecord): Promise<KeyRecord> {
    if (record.status === 'revoked' || record.status === 'failed') {
      throw new ConflictError(`Key ${record.name} is already ${record.status}`);
    }
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
        const made = await this.deps.litellm.findKeyByAlias(record.alias);
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

  // --- checks ---------------------------------------------------------------

  /**
   * The key, if the caller may see and manage it: owners their own keys,
   * members their team's keys, admins all. Others get a 404.
   */
  private async load(caller: Caller, id: string): Promise<KeyRecord> {
    const record = await this.deps.store.get(id);
    if (
      !record ||
      (!caller.canManage && !callerOwns(caller, record.subjectRef))
    ) {
      throw new NotFoundError(`No key with id ${id}`);
    }
    return record;
  }

  private subjectOf(caller: Caller, requested?: string): string {
    return subjectFor(caller, requested, 'create keys');
  }

  /** Keys may only call models their owner holds a grant for. */
  private async checkModels(
    subjectRef: string,
    models: string[],
  ): Promise<string[]> {
    const wanted = [...new Set(models)];
    if (wanted.length === 0) {
      throw new InputError('models must name at least one model');
    }
    const grants = await this.deps.access.list({
      subjectRefs: [subjectRef],
      statuses: ['granted'],
    });
    const granted = new Set(grants.map(g => g.modelName));
    const missing = wanted.filter(m => !granted.has(m));
    if (missing.length) {
      throw new InputError(
        `models: ${subjectRef} has no access to ${missing.join(
          ', ',
        )}. Request access first.`,
      );
    }
    return wanted;
  }

  private expiryOf(
    body: { expiresInDays?: number | 'never'; expiresAt?: string },
    settings: { maxExpiresInDays: number; allowNeverExpires: boolean },
    defaultDays: number,
  ): Date | undefined {
    const now = this.now();
    if (body.expiresAt !== undefined) {
      const at = new Date(body.expiresAt);
      if (Number.isNaN(at.getTime()) || at.getTime() <= now.getTime()) {
        throw new InputError('expiresAt must be a date in the future');
      }
      if (at.getTime() - now.getTime() > settings.maxExpiresInDays * DAY_MS) {
        throw new InputError(
          `expiresAt is more than ${settings.maxExpiresInDays} days away, over the maximum`,
        );
      }
      return at;
    }
    const days = body.expiresInDays ?? defaultDays;
    if (days === 'never') {
      if (!settings.allowNeverExpires) {
        throw new InputError(
          'expiresInDays: keys that never expire are not allowed here',
        );
      }
      return undefined;
    }
    if (
      !Number.isInteger(days) ||
      days < 1 ||
      days > settings.maxExpiresInDays
    ) {
      throw new InputError(
        `expiresInDays must be between 1 and ${settings.maxExpiresInDays}`,
      );
    }
    return new Date(now.getTime() + days * DAY_MS);
  }

  /** Re-reads spend and blocked state from LiteLLM, best effort. */
  private async refreshFromGateway(record: KeyRecord): Promise<KeyRecord> {
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

  private audit<T>(
    eventId: string,
    caller: Caller,
    meta: Record<string, unknown>,
    fn: () => Promise<T>,
  ) {
    return audited(
      this.deps.auditor,
      eventId,
      { actor: caller.userRef, ...meta },
      fn,
    );
  }
}

/**
 * Revoked and failed keys give their alias up, so it can be issued again
 * (re-provisioning a workshop); the id keeps the row unique.
 */
export function retiredAlias(alias: string, id: string): string {
  return alias.endsWith(`#${id}`) ? alias : `${alias}#${id}`;
}

function validName(name: string): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed || trimmed.length > 100) {
    throw new InputError('name must be 1-100 characters');
  }
  return trimmed;
}

function checkModelLimits(limits: KeyLimits, models: string[]) {
  for (const field of ['modelTpm', 'modelRpm'] as const) {
    for (const model of Object.keys(limits[field] ?? {})) {
      if (!models.includes(model)) {
        throw new InputError(
          `limits.${field} names ${model}, which is not one of the key's models`,
        );
      }
    }
  }
}

/** LiteLLM's `duration` for an expiry date, in whole seconds; null = never. */
function durationUntil(expiresAt: Date | undefined, now: Date): string | null {
  if (!expiresAt) return null;
  return `${Math.max(
    1,
    Math.round((expiresAt.getTime() - now.getTime()) / 1000),
  )}s`;
}

/**
 * Runs fn over items, `limit` at a time. Failures go to onError when given,
 * else the first one is thrown once all items are done.
 */
async function forEachLimit<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<void>,
  onError?: (item: T, error: unknown) => void,
) {
  let next = 0;
  const errors: unknown[] = [];
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++];
        try {
          await fn(item);
        } catch (error) {
          if (onError) onError(item, error);
          else errors.push(error);
        }
      }
    }),
  );
  if (errors.length) throw errors[0];
}
