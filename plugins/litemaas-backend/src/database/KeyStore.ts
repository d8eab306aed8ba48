import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { KeyLimits } from '@litemaas/backstage-plugin-litemaas-common';
import { LiteMaasKeyQuery } from '@litemaas/backstage-plugin-litemaas-node';

export type KeyRecordStatus =
  | 'creating'
  | 'active'
  | 'revoking'
  | 'revoked'
  | 'failed';

export type KeyOperation = 'create' | 'rotate' | 'revoke';

/** A key as the portal stores it. Never holds the raw value. */
export interface KeyRecord {
  id: string;
  alias: string;
  name: string;
  subjectRef: string;
  createdBy: string;
  /** `playground`: the short-lived key of a playground session. */
  origin: 'portal' | 'provisioned' | 'adopted' | 'playground';
  status: KeyRecordStatus;
  tokenHash?: string;
  prefix?: string;
  models: string[];
  limits: KeyLimits;
  expiresAt?: Date;
  blocked: boolean;
  spend: number;
  /** When LiteLLM next resets the spend (keys with a budget period). */
  budgetResetAt?: Date;
  retiringTokenHash?: string;
  retireAt?: Date;
  operation?: KeyOperation;
  operationData?: Record<string, unknown>;
  operationStartedAt?: Date;
  createdAt: Date;
  updatedAt: Date;
  revokedAt?: Date;
  lastSyncedAt?: Date;
  /** Bumped on every change; `updateIf` writes only over the revision read. */
  revision: number;
  /** The catalog Component whose spend this key is (`component:ns/name`). */
  componentRef?: string;
}

export type NewKeyRecord = Pick<
  KeyRecord,
  | 'id'
  | 'alias'
  | 'name'
  | 'subjectRef'
  | 'createdBy'
  | 'origin'
  | 'models'
  | 'limits'
> &
  Partial<
    Pick<
      KeyRecord,
      | 'status'
      | 'tokenHash'
      | 'prefix'
      | 'expiresAt'
      | 'blocked'
      | 'spend'
      | 'componentRef'
    >
  >;

export type KeyPatch = Partial<
  Omit<
    KeyRecord,
    'id' | 'alias' | 'createdAt' | 'createdBy' | 'origin' | 'revision'
  >
> & { alias?: string };

export interface KeyFilter {
  ids?: string[];
  subjectRefs?: string[];
  statuses?: KeyRecordStatus[];
  aliasPrefix?: string;
  aliases?: string[];
  /** Keys of these origins only. */
  origins?: KeyRecord['origin'][];
  /** Keys of any origin but these. */
  excludeOrigins?: KeyRecord['origin'][];
  /** Keys that expire at or before this time. */
  expiresBefore?: Date;
  /** Keys whose current or retiring value has one of these hashes. */
  tokenHashes?: string[];
  /** Case-insensitive match on name, alias, prefix or subject. */
  search?: string;
  /** Keys that carry this model. */
  model?: string;
  /** Keys whose saga started before this time and is still in flight. */
  operationStartedBefore?: Date;
  /** Keys in a rotation grace period that ends before this time. */
  retireBefore?: Date;
  /** A permission policy's conditions on which keys may be seen. */
  permission?: PermissionCriteria<LiteMaasKeyQuery>;
  limit?: number;
}

/** How many keys may count toward a subject's cap (see countActive). */
export interface ActiveKeyCap {
  max: number;
  at: Date;
  /**
   * Count the creator's playground sessions instead of the subject's keys
   * (which leave playground sessions out).
   */
  playground?: boolean;
}

/** The subject already has as many keys as its cap allows. */
export class ActiveKeyCapReached extends Error {
  name = 'ActiveKeyCapReached';
  constructor(readonly active: number, readonly max: number) {
    super(`${active} active keys; the limit is ${max}`);
  }
}

/** Persists the keys the portal knows. */
export interface KeyStore {
  /**
   * Records intent; throws ConflictError when the alias is taken. With a
   * `cap`, inserts only while the subject has fewer than `cap.max` keys
   * counting toward it at `cap.at`, checked and written atomically (two
   * replicas creating at once cannot both take the last place); throws
   * ActiveKeyCapReached otherwise.
   */
  insert(
    key: NewKeyRecord & { operation?: KeyOperation },
    options?: { cap?: ActiveKeyCap },
  ): Promise<KeyRecord>;
  get(id: string): Promise<KeyRecord | undefined>;
  getByAlias(alias: string): Promise<KeyRecord | undefined>;
  list(filter: KeyFilter): Promise<KeyRecord[]>;
  /** Updates a key; returns the result, or undefined if it is gone. */
  update(id: string, patch: KeyPatch): Promise<KeyRecord | undefined>;
  /**
   * Updates a key only if nobody changed it since it was read at `revision`;
   * returns undefined when it was changed (or is gone).
   */
  updateIf(
    id: string,
    revision: number,
    patch: KeyPatch,
  ): Promise<KeyRecord | undefined>;
  /**
   * Starts a saga on a key that has none in flight, and answers the key as
   * claimed; undefined when another operation holds it (the caller answers
   * 409).
   */
  claim(
    id: string,
    operation: KeyOperation,
    data?: Record<string, unknown>,
  ): Promise<KeyRecord | undefined>;
  /**
   * Records what LiteLLM reports of a key (spend, budget reset, blocked)
   * without counting as a change: sagas in flight hold on to the revision.
   */
  sync(
    id: string,
    observed: Pick<
      KeyPatch,
      'spend' | 'budgetResetAt' | 'blocked' | 'lastSyncedAt'
    >,
  ): Promise<KeyRecord | undefined>;
  /** Keys that count toward the cap: being made or active, not expired at `at`. */
  countActive(subjectRef: string, at: Date): Promise<number>;
  /**
   * The keys behind value hashes: every hash a key has ever had, not only
   * its current and retiring ones (a rotated key's usage still arrives under
   * its old hash).
   */
  keyIdsByHash(hashes: string[]): Promise<Map<string, string>>;
  /** The teams (group refs) that own keys not yet revoked. */
  teamOwners(): Promise<string[]>;
  delete(id: string): Promise<void>;
}
