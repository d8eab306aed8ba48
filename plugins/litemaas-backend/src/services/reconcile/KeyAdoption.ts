import { AuditorService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { ApiKey } from '@litemaas/backstage-plugin-litemaas-common';
import { randomUUID } from 'node:crypto';
import { KeyRecord, KeyStore } from '../../database/KeyStore';
import { ReconcileStore } from '../../database/ReconcileStore';
import { liteLlmErrorOf } from '../../gateways/litellm/errors';
import { LiteLlmClient } from '../../gateways/litellm/LiteLlmClient';
import { LiteLlmKey, liteLlmTime } from '../../gateways/litellm/types';
import { Caller } from '../../permissions/Caller';
import { audited } from '../audit';
import { UserDirectory } from '../catalogUsers';
import {
  INSTANCE_METADATA,
  KEY_ID_METADATA,
  provenanceOf,
} from '../keys/keyMetadata';
import { fromLiteLlmLimits, toApiKey } from '../keys/keyViews';

/**
 * Which LiteLLM `user_id` makes a key made outside the portal its user's
 * without asking an admin: the user's full entity ref, their profile email,
 * either, or none. A bare name never does: names repeat across namespaces,
 * and `admin` or `ci` match by accident.
 */
export type AdoptionMatch =
  | 'entity-ref-or-email'
  | 'entity-ref'
  | 'email'
  | 'off';

export const ADOPTION_MATCHES: AdoptionMatch[] = [
  'entity-ref-or-email',
  'entity-ref',
  'email',
  'off',
];

export interface KeyAdoptionDeps {
  store: KeyStore;
  reconcile: ReconcileStore;
  litellm: LiteLlmClient;
  users: () => Promise<UserDirectory>;
  /** Whether a user or group entity exists in the catalog. */
  entityExists: (ref: string) => Promise<boolean>;
  instanceId: string;
  /** SHA-256 of the key the portal calls LiteLLM with: never adoptable. */
  portalTokenHash?: string;
  match: AdoptionMatch;
  auditor: AuditorService;
  /** Refuses adoption while this database is not in charge of the install. */
  lease?: { assertInCharge(): Promise<void> };
  now?: () => Date;
}

/**
 * Takes keys made outside the portal under its management: by the exact
 * configured rule, or by an admin with a chosen owner. Adopting writes this
 * install's marks into the key's metadata, so other portals leave it alone.
 */
export class KeyAdoption {
  constructor(private readonly deps: KeyAdoptionDeps) {}

  /** The user the configured rule gives this key to, if any. */
  async automaticOwner(key: LiteLlmKey): Promise<string | undefined> {
    if (!this.adoptable(key) || key.team_id || !key.user_id) return undefined;
    const id = key.user_id.toLocaleLowerCase('en-US');
    const users = await this.deps.users();
    const { match } = this.deps;
    if (match === 'entity-ref' || match === 'entity-ref-or-email') {
      const byRef = users.byRef.get(id);
      if (byRef && id.startsWith('user:')) return byRef;
    }
    if (match === 'email' || match === 'entity-ref-or-email') {
      const byEmail = users.byEmail.get(id);
      // Two users with one email: nobody's, until an admin decides.
      if (byEmail?.length === 1) return byEmail[0];
    }
    return undefined;
  }

  /** A catalog user the key's user_id looks like: shown, never applied. */
  async suggestedOwner(key: LiteLlmKey): Promise<string | undefined> {
    if (!key.user_id) return undefined;
    const id = key.user_id.toLocaleLowerCase('en-US');
    const users = await this.deps.users();
    const candidates = [
      users.byRef.get(id),
      ...(users.byEmail.get(id) ?? []),
      ...(users.byName.get(id) ?? []),
    ].filter((r): r is string => !!r);
    const unique = [...new Set(candidates)];
    return unique.length === 1 ? unique[0] : undefined;
  }

  /**
   * Whether a key may be adopted at all: not the portal's own, and not
   * marked by this or another portal install.
   */
  adoptable(key: LiteLlmKey): boolean {
    if (!key.token || key.token === this.deps.portalTokenHash) return false;
    return provenanceOf(key, this.deps.instanceId).kind === 'outside';
  }

  /** Records the key as the owner's and marks it in LiteLLM as this portal's. */
  async adopt(
    key: LiteLlmKey,
    ownerRef: string,
    adoptedBy: string,
    name?: string,
  ): Promise<KeyRecord> {
    const hash = key.token!;
    const id = randomUUID();
    const record = await this.deps.store.insert({
      id,
      alias: key.key_alias ?? `adopted-${hash.slice(0, 16)}`,
      name:
        name?.trim() ||
        key.key_alias ||
        `Key ${key.key_name ?? hash.slice(0, 8)}`,
      subjectRef: ownerRef,
      createdBy: adoptedBy,
      origin: 'adopted',
      status: 'active',
      tokenHash: hash,
      prefix: key.key_name?.startsWith('sk-') ? key.key_name : undefined,
      models: key.models ?? [],
      limits: fromLiteLlmLimits(key),
      expiresAt: liteLlmTime(key.expires),
      blocked: Boolean(key.blocked),
      spend: key.spend ?? 0,
    });
    try {
      // Every other attribute stays: LiteLLM replaces metadata as a whole.
      await this.deps.litellm.updateKey(hash, {
        metadata: {
          ...(key.metadata ?? {}),
          [INSTANCE_METADATA]: this.deps.instanceId,
          [KEY_ID_METADATA]: id,
        },
      });
    } catch (error) {
      await this.deps.store.delete(id);
      throw error;
    }
    return record;
  }

  /** An admin gives a key made outside the portal to a user or team. */
  async adoptByAdmin(
    caller: Caller,
    tokenHash: string,
    body: { ownerRef: string; name?: string },
  ): Promise<ApiKey> {
    return audited(
      this.deps.auditor,
      'key-adopt',
      caller,
      { tokenHash, ownerRef: body.ownerRef },
      async () => {
        if (!caller.canManage) {
          throw new NotAllowedError('Only admins can adopt keys');
        }
        await this.deps.lease?.assertInCharge();
        const ownerRef = ownerRefOf(body.ownerRef);
        if (!(await this.deps.entityExists(ownerRef))) {
          throw new InputError(`ownerRef: ${ownerRef} is not in the catalog`);
        }
        const key = await this.gatewayKey(tokenHash);
        if (!this.adoptable(key)) {
          throw new ConflictError(
            'This key belongs to a portal (this one or another) or is the key the portal itself uses: it cannot be adopted',
          );
        }
        const known = await this.deps.store.list({ tokenHashes: [tokenHash] });
        if (known.some(k => k.status !== 'revoked' && k.status !== 'failed')) {
          throw new ConflictError('The portal already manages this key');
        }
        const record = await this.adopt(
          key,
          ownerRef,
          caller.userRef,
          body.name,
        );
        return toApiKey(record, this.deps.now?.() ?? new Date());
      },
    );
  }

  /** An admin leaves a key made outside the portal as it is. */
  async leave(caller: Caller, tokenHash: string): Promise<void> {
    await audited(
      this.deps.auditor,
      'key-leave',
      caller,
      { tokenHash },
      async () => {
        if (!caller.canManage) {
          throw new NotAllowedError('Only admins can decide on unmanaged keys');
        }
        if (!/^[0-9a-f]{64}$/.test(tokenHash)) {
          throw new InputError('tokenHash must be 64 hex characters');
        }
        await this.deps.reconcile.leaveAlone(tokenHash, caller.userRef);
      },
    );
  }

  private async gatewayKey(tokenHash: string): Promise<LiteLlmKey> {
    if (!/^[0-9a-f]{64}$/.test(tokenHash)) {
      throw new InputError('tokenHash must be 64 hex characters');
    }
    try {
      return await this.deps.litellm.keyInfo(tokenHash);
    } catch (error) {
      if (liteLlmErrorOf(error)?.status === 404) {
        throw new NotFoundError(
          `LiteLLM has no key ${tokenHash.slice(0, 12)}…`,
        );
      }
      throw error;
    }
  }
}

function ownerRefOf(value: string): string {
  try {
    const parsed = parseEntityRef(value ?? '', { defaultNamespace: 'default' });
    const kind = parsed.kind.toLocaleLowerCase('en-US');
    if (kind !== 'user' && kind !== 'group') throw new Error(parsed.kind);
    return stringifyEntityRef(parsed);
  } catch {
    throw new InputError(
      `ownerRef must be a user or group entity ref, such as user:default/alice, not '${value}'`,
    );
  }
}
