import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  AccessLimits,
  ApiKey,
  CreateKeyBody,
  IssuedKey,
  ProvisionKeysBody,
  ProvisionKeysResponse,
  SYSTEM_REASONS,
  UpdateKeyBody,
  AuditAction,
} from '@litemaas/backstage-plugin-litemaas-common';
import { randomUUID } from 'node:crypto';
import { AccessStore } from '../../database/AccessStore';
import {
  ActiveKeyCapReached,
  KeyRecord,
  KeyStore,
} from '../../database/KeyStore';
import { LiteLlmClient } from '../../gateways/litellm/LiteLlmClient';
import { LiteLlmKeyFields } from '../../gateways/litellm/types';
import { Caller, entityRefOf } from '../../permissions/Caller';
import { AuditNote, audited } from '../audit';
import { recordKeyNarrowed } from './keyNarrowed';
import { forEachLimit } from '../forEachLimit';
import { applyKeyLimits, KeySettingsService } from './KeySettingsService';
import {
  checkModelLimits,
  DAY_MS,
  durationUntil,
  expiryOf,
  validName,
} from './keyRules';
import { capToGrants, sameLimits } from './grantCaps';
import { KeyDelivery } from './KeyDelivery';
import { displayPrefix, toApiKey, toLiteLlmLimits } from './keyViews';
import { KeyWriter } from './KeyWriter';
import { componentTie } from './componentTie';
import { ComponentDirectory } from '../catalogSpend/catalogComponents';

const ALIAS_PREFIX = 'litemaas-';

export interface KeyServiceDeps {
  store: KeyStore;
  access: AccessStore;
  litellm: LiteLlmClient;
  writer: KeyWriter;
  settings: KeySettingsService;
  /** Single-use downloads of provisioned values, for automation. */
  delivery?: KeyDelivery;
  auditor: AuditorService;
  logger: LoggerService;
  /** USD that approved budget top-ups add to a key now (none by default). */
  topUpAllowance?: (keyId: string) => Promise<number>;
  /** The catalog's Components, to tie keys to (none without a catalog). */
  components?: ComponentDirectory;
  now?: () => Date;
}

/**
 * Virtual keys: issued in LiteLLM, known to the portal by their hash. Decides
 * who may do what with which key and within which limits; the KeyWriter
 * carries each change out as a saga.
 */
export class KeyService {
  constructor(private readonly deps: KeyServiceDeps) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** A top-up raises a key over its grant's budget while it lasts. */
  private allowance(keyId: string) {
    return this.deps.topUpAllowance?.(keyId) ?? Promise.resolve(0);
  }

  /**
   * Keys the caller may read (`litemaas.key.read`, its conditions applied
   * as a query): of those, their own and their teams' (`mine`), or all.
   */
  async list(
    caller: Caller,
    query: {
      scope?: 'mine' | 'all';
      search?: string;
      includeRevoked?: boolean;
    },
  ): Promise<ApiKey[]> {
    const scope = caller.keyReadScope;
    if ('none' in scope) {
      throw new NotAllowedError('Not allowed: litemaas.key.read');
    }
    const records = await this.deps.store.list({
      subjectRefs: query.scope === 'all' ? undefined : caller.ownershipRefs,
      permission: 'criteria' in scope ? scope.criteria : undefined,
      statuses: query.includeRevoked
        ? undefined
        : ['creating', 'active', 'revoking'],
      search: query.search,
      // A person's playground sessions are the playground's to show; admins
      // see every key, sessions marked as such.
      excludeOrigins: query.scope === 'all' ? undefined : ['playground'],
    });
    const now = this.now();
    return records.map(r => toApiKey(r, now));
  }

  async get(caller: Caller, id: string): Promise<ApiKey> {
    const record = await this.load(caller, id, 'read');
    return toApiKey(await this.deps.writer.refresh(record), this.now());
  }

  async create(caller: Caller, body: CreateKeyBody): Promise<IssuedKey> {
    return this.audit('key-create', caller, { name: body.name }, async () => {
      const subjectRef = this.newKeySubject(caller, body.subjectRef);
      const name = validName(body.name);
      const models = uniqueModels(body.models);
      // Independent reads, at once: a key is created one round trip sooner
      // for each. Errors still come in the order they are checked below.
      const [grants, settings] = await Promise.all([
        this.grantsFor(subjectRef, models),
        this.deps.settings.get(),
      ]);
      const kind = subjectRef.startsWith('group:')
        ? settings.team
        : settings.user;
      checkModelLimits(body.limits ?? {}, models);
      const limits = capToGrants(
        applyKeyLimits(body.limits, kind.defaults, kind.maximums),
        body.limits ?? {},
        models,
        grants,
        subjectRef,
      );
      const expiresAt = expiryOf(
        body,
        settings,
        kind.defaultExpiresInDays,
        this.now(),
      );
      const componentRef =
        body.componentRef === undefined
          ? undefined
          : await componentTie(this.deps.components, caller, body.componentRef);
      const id = randomUUID();
      try {
        return await this.deps.writer.issue(
          caller.userRef,
          {
            id,
            alias: `${ALIAS_PREFIX}${id}`,
            name,
            subjectRef,
            origin: 'portal',
            models,
            limits,
            expiresAt,
            componentRef,
          },
          // Counted where the intent is written, not before: a count read
          // earlier lets concurrent creates all take the last place.
          { cap: { max: settings.maxActiveKeysPerSubject, at: this.now() } },
        );
      } catch (error) {
        if (error instanceof ActiveKeyCapReached) {
          throw new ConflictError(
            `${subjectRef} already has ${error.active} active keys; the limit is ${error.max}. Revoke one first.`,
          );
        }
        throw error;
      }
    });
  }

  async update(
    caller: Caller,
    id: string,
    body: UpdateKeyBody,
  ): Promise<ApiKey> {
    return this.audit('key-update', caller, { id }, async note => {
      const record = await this.load(caller, id, 'manage');
      note({
        before: {
          name: record.name,
          models: record.models,
          limits: record.limits,
          expiresAt: record.expiresAt,
          componentRef: record.componentRef,
        },
      });
      if (record.status !== 'active') {
        throw new ConflictError(
          `Key ${record.name} is ${record.status}, not active`,
        );
      }
      const settings = await this.deps.settings.get();
      const kind = record.subjectRef.startsWith('group:')
        ? settings.team
        : settings.user;
      const models = body.models ? uniqueModels(body.models) : record.models;
      // What the key may do changes only with its models or limits: then
      // they are held to the owner's grants, as on create.
      const reach = body.models !== undefined || body.limits !== undefined;
      let limits = record.limits;
      if (reach) {
        const allowance = await this.allowance(record.id);
        const added = models.filter(m => !record.models.includes(m));
        // A top-up was approved by the owners of the key's models then:
        // a model added now would spend it without its owner's say.
        if (added.length && allowance > 0) {
          throw new ConflictError(
            `Key ${record.name} has a budget top-up running: ${added.join(
              ', ',
            )} can be added once it ends`,
          );
        }
        const grants = await this.grantsFor(record.subjectRef, models);
        checkModelLimits(body.limits ?? limits, models);
        limits = capToGrants(
          body.limits ? applyKeyLimits(body.limits, {}, kind.maximums) : limits,
          body.limits ?? {},
          models,
          grants,
          record.subjectRef,
          allowance,
        );
      }
      const expiresChanged =
        body.expiresInDays !== undefined || body.expiresAt !== undefined;
      const expiresAt = expiresChanged
        ? expiryOf(body, settings, kind.defaultExpiresInDays, this.now())
        : record.expiresAt;
      const fields: LiteLlmKeyFields = {
        ...(body.models && { models }),
        ...(reach && toLiteLlmLimits(limits)),
        ...(expiresChanged && {
          duration: durationUntil(expiresAt, this.now()),
        }),
      };
      // A portal-side field: LiteLLM does not hear of it.
      let componentRef = record.componentRef;
      if (body.componentRef === null) componentRef = undefined;
      else if (body.componentRef !== undefined) {
        componentRef = await componentTie(
          this.deps.components,
          caller,
          body.componentRef,
        );
      }
      const updated = await this.deps.writer.rewrite(record, fields, {
        name: body.name !== undefined ? validName(body.name) : undefined,
        models,
        limits,
        expiresAt,
        componentRef,
      });
      return toApiKey(updated, this.now());
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
      const record = await this.load(caller, id, 'manage');
      if (record.status !== 'active') {
        throw new ConflictError(
          `Key ${record.name} is ${record.status}, not active`,
        );
      }
      const grace = options.gracePeriodHours ?? 0;
      if (!Number.isFinite(grace) || grace < 0 || grace > 24 * 7) {
        throw new InputError('gracePeriodHours must be between 0 and 168');
      }
      // A new value never carries more than the grants allow now.
      const narrowed = await this.narrowToGrants(record);
      if (!narrowed) {
        throw new ConflictError(
          `Key ${record.name} has no model its owner still has access to; it was revoked`,
        );
      }
      // A LiteLLM known to be down refuses before the key is claimed.
      this.deps.litellm.assertAvailable();
      const claimed = await this.deps.store.claim(narrowed.id, 'rotate');
      if (!claimed || claimed.status !== 'active') {
        throw new ConflictError(
          `Key ${record.name} is busy with another change`,
        );
      }
      return this.deps.writer.rotate(claimed, grace);
    });
  }

  async revoke(caller: Caller, id: string): Promise<ApiKey> {
    return this.audit('key-revoke', caller, { id }, async () => {
      const record = await this.load(caller, id, 'manage');
      if (record.status === 'revoked' || record.status === 'failed') {
        throw new ConflictError(
          `Key ${record.name} is already ${record.status}`,
        );
      }
      return toApiKey(await this.deps.writer.revoke(record), this.now());
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
        const record = await this.load(caller, id, 'manage');
        if (!caller.canManage) {
          throw new NotAllowedError('Only admins can block and unblock keys');
        }
        if (record.status !== 'active') {
          throw new ConflictError(
            `Key ${record.name} is ${record.status}, not active`,
          );
        }
        return toApiKey(
          await this.deps.writer.setBlocked(record, blocked),
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
        if (body.delivery === 'download') {
          if (!caller.isUser) {
            throw new InputError(
              'delivery: a download is for a person; a service gets the values in the response',
            );
          }
          if (!this.deps.delivery?.available) {
            throw new ServiceUnavailableError(
              'Key delivery is not set up: litemaas.keyDelivery.secret (32+ random characters) is missing in the backend config',
            );
          }
        }
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(body.aliasPrefix)) {
          throw new InputError(
            'aliasPrefix must be 1-100 letters, digits, . _ -',
          );
        }
        this.deps.litellm.assertAvailable();
        const participants = [...new Set(body.participants.map(p => p.trim()))];
        for (const p of participants) {
          if (!/^[A-Za-z0-9._@+-]{1,100}$/.test(p)) {
            throw new InputError(
              `Participant '${p}' must be 1-100 letters, digits or . _ @ + -`,
            );
          }
        }
        const subjectRef = this.newKeySubject(caller, body.subjectRef);
        const models = uniqueModels(body.models);
        const grants = await this.grantsFor(subjectRef, models);
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
        checkModelLimits(body.limits ?? {}, models);
        const limits = capToGrants(
          applyKeyLimits(body.limits, {}, {}),
          body.limits ?? {},
          models,
          grants,
          subjectRef,
        );
        const expiresAt = new Date(
          this.now().getTime() + body.expiresInDays * DAY_MS,
        );

        const aliases = participants.map(p => `${body.aliasPrefix}${p}`);
        const now = this.now();
        const previous = (await this.deps.store.list({ aliases })).filter(
          k => k.status === 'active' || k.status === 'creating',
        );
        const hasExpired = (k: KeyRecord) =>
          !!k.expiresAt && k.expiresAt.getTime() <= now.getTime();
        const known = new Map(
          previous.filter(k => !hasExpired(k)).map(k => [k.alias, k]),
        );
        // An expired key calls nothing: its participant gets a fresh one,
        // after the old one leaves LiteLLM and frees the alias.
        const expired = new Map(
          previous.filter(hasExpired).map(k => [k.alias, k]),
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
            const old = expired.get(alias);
            if (old) await this.deps.writer.revoke(old);
            const issued = await this.deps.writer.issue(caller.userRef, {
              id,
              alias,
              name: `${body.aliasPrefix}${participant}`,
              subjectRef,
              origin: 'provisioned',
              models,
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
        if (body.delivery === 'download') {
          return this.deliver(caller, body.aliasPrefix, response);
        }
        return response;
      },
    );
  }

  /**
   * Seals the values made for a single-use download by the caller, and
   * answers the link instead of them. Values that cannot be sealed are not
   * kept by anyone: their keys are revoked again.
   */
  private async deliver(
    caller: Caller,
    aliasPrefix: string,
    response: ProvisionKeysResponse,
  ): Promise<ProvisionKeysResponse> {
    if (response.created.length === 0) return response;
    let download;
    try {
      download = await this.deps.delivery!.seal(
        caller.userRef,
        aliasPrefix,
        response.created.map(c => ({
          participant: c.participant,
          alias: c.alias,
          value: c.value!,
        })),
      );
    } catch (error) {
      for (const created of response.created) {
        const record = await this.deps.store.get(created.id);
        if (record)
          await this.deps.writer.revoke(record).catch(() => undefined);
      }
      throw error;
    }
    return {
      ...response,
      created: response.created.map(({ value, ...rest }) => ({
        ...rest,
        prefix: value ? displayPrefix(value) : undefined,
      })),
      download,
    };
  }

  /** Revokes every key whose alias starts with the prefix (admins). */
  /**
   * Ends a workshop. Without `confirmCount` a dry run: how many keys match.
   * With it, they are revoked only if that many still match, so what is
   * revoked is what the admin saw.
   */
  async revokeByAliasPrefix(
    caller: Caller,
    aliasPrefix: string,
    confirmCount?: number,
  ) {
    if (!caller.canManage)
      throw new NotAllowedError('Only admins can revoke by prefix');
    if (aliasPrefix.length < 3) {
      throw new InputError('aliasPrefix must have at least 3 characters');
    }
    const folded = aliasPrefix.toLowerCase();
    if (ALIAS_PREFIX.startsWith(folded) || folded.startsWith(ALIAS_PREFIX)) {
      throw new InputError(
        `aliasPrefix '${aliasPrefix}' would match keys made one by one in the portal (their aliases start ${ALIAS_PREFIX}); use the prefix the keys were provisioned with`,
      );
    }
    const matching = async () =>
      (
        await this.deps.store.list({
          aliasPrefix,
          statuses: ['active', 'creating', 'revoking'],
        })
      ).filter(key => caller.canManageKey(key));
    if (confirmCount === undefined) {
      return { matched: (await matching()).length, revoked: 0, dryRun: true };
    }
    return this.audit(
      'key-revoke-prefix',
      caller,
      { aliasPrefix, confirmCount },
      async () => {
        const keys = await matching();
        if (keys.length !== confirmCount) {
          throw new ConflictError(
            `${keys.length} keys match '${aliasPrefix}' now, not ${confirmCount}: nothing was revoked; check again`,
          );
        }
        let revoked = 0;
        await forEachLimit(keys, 8, async key => {
          await this.deps.writer.revoke(key);
          revoked++;
        });
        return { matched: keys.length, revoked, dryRun: false };
      },
    );
  }

  /**
   * A subject's grants changed (one ended, or its limits narrowed): each of
   * its keys loses the models it may no longer use, and is narrowed to the
   * grants of the rest, in LiteLLM too. A key left with no model is revoked,
   * since LiteLLM reads an empty list as "all".
   */
  async narrowSubjectKeys(subjectRef: string) {
    const keys = await this.deps.store.list({
      subjectRefs: [subjectRef],
      statuses: ['active'],
    });
    for (const key of keys.filter(k => k.origin !== 'adopted')) {
      try {
        await this.narrowToGrants(key);
      } catch (error) {
        // The reconciler's grant check retries this on its next run.
        this.deps.logger.warn(
          `Could not narrow key ${key.id} to its grants: ${error}`,
        );
      }
    }
  }

  /**
   * One key held to its owner's grants now: models without a grant go,
   * limits over a grant come down. Returns the key as it is after, or
   * undefined when it was revoked for having no model left.
   */
  async narrowToGrants(
    key: KeyRecord,
    known?: Map<string, AccessLimits>,
  ): Promise<KeyRecord | undefined> {
    // As the key is now, not as a list read it; a saga in flight finishes
    // first (the reconciler comes back to it).
    const fresh = await this.deps.store.get(key.id);
    if (!fresh || fresh.status !== 'active') return undefined;
    if (fresh.origin === 'adopted' || this.deps.writer.busy(fresh)) {
      return fresh;
    }
    const grants = known ?? (await this.grantMap(fresh.subjectRef));
    let current = fresh;
    for (const model of fresh.models.filter(m => !grants.has(m))) {
      const after = await this.deps.writer.removeModel(current, model);
      if (after.status !== 'active') {
        await this.auditNarrowing(fresh, after);
        return undefined;
      }
      current = after;
    }
    const limits = capToGrants(
      current.limits,
      {},
      current.models,
      grants,
      current.subjectRef,
      await this.allowance(current.id),
    );
    if (sameLimits(limits, current.limits)) {
      if (current !== fresh) await this.auditNarrowing(fresh, current);
      return current;
    }
    const narrowed = await this.deps.writer.rewrite(
      current,
      toLiteLlmLimits(limits),
      { limits },
    );
    await this.auditNarrowing(fresh, narrowed);
    return narrowed;
  }

  /** A key the portal narrowed by itself, because a grant narrowed or ended. */
  private auditNarrowing(before: KeyRecord, after: KeyRecord) {
    return recordKeyNarrowed(this.deps.auditor, {
      before,
      after,
      reason: SYSTEM_REASONS.keyHeldToGrants,
      model: before.models.length === 1 ? before.models[0] : undefined,
    });
  }

  // --- checks ---------------------------------------------------------------

  /**
   * The key, if the caller may read it (`litemaas.key.read`); others get a
   * 404, so they learn nothing of it. To change it they also need
   * `litemaas.key.manage` on it (else 403).
   */
  private async load(
    caller: Caller,
    id: string,
    need: 'read' | 'manage',
  ): Promise<KeyRecord> {
    const record = await this.deps.store.get(id);
    if (!record || !caller.canReadKey(record)) {
      throw new NotFoundError(`No key with id ${id}`);
    }
    if (need === 'manage' && !caller.canManageKey(record)) {
      throw new NotAllowedError(
        `You may see key ${record.name} but not change it (litemaas.key.manage)`,
      );
    }
    return record;
  }

  /**
   * Whose a new key is: the caller's by default, or the user or group
   * asked for; `litemaas.key.manage` decides on the key it would be.
   */
  private newKeySubject(caller: Caller, requested?: string): string {
    if (!requested && !caller.isUser) {
      throw new InputError(
        'subjectRef: a service must say which user or group the key is for',
      );
    }
    const subjectRef = requested ? entityRefOf(requested) : caller.userRef;
    if (!caller.canManageKey({ id: '', subjectRef })) {
      throw new NotAllowedError(
        `You may not create keys for ${subjectRef} (litemaas.key.manage)`,
      );
    }
    return subjectRef;
  }

  /** The subject's grants by model. */
  private async grantMap(subjectRef: string) {
    const grants = await this.deps.access.list({
      subjectRefs: [subjectRef],
      statuses: ['granted'],
      currentAt: this.now(),
    });
    return new Map(grants.map(g => [g.modelName, g.limits]));
  }

  /** Keys may only call models their owner holds a grant for. */
  private async grantsFor(subjectRef: string, models: string[]) {
    const grants = await this.grantMap(subjectRef);
    const missing = models.filter(m => !grants.has(m));
    if (missing.length) {
      throw new InputError(
        `models: ${subjectRef} has no access to ${missing.join(
          ', ',
        )}. Request access first.`,
      );
    }
    return grants;
  }

  private audit<T>(
    eventId: AuditAction,
    caller: Caller,
    meta: Record<string, unknown>,
    fn: (note: (fields: AuditNote) => void) => Promise<T>,
  ) {
    return audited(this.deps.auditor, eventId, caller, meta, fn);
  }
}

function uniqueModels(models: string[]): string[] {
  const unique = [...new Set(models ?? [])];
  if (unique.length === 0) {
    throw new InputError('models must name at least one model');
  }
  return unique;
}
