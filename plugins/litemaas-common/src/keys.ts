import { Page } from './types';

/**
 * Limits of one virtual key, as LiteLLM enforces them.
 *
 * @public
 */
export interface KeyLimits {
  /** Hard budget in USD per period (LiteLLM `max_budget`). */
  maxBudget?: number;
  /** Budget period, e.g. `30d` (LiteLLM `budget_duration`). */
  budgetDuration?: string;
  /** Alert threshold in USD (LiteLLM `soft_budget`). */
  softBudget?: number;
  tpm?: number;
  rpm?: number;
  maxParallelRequests?: number;
  /** Per-model tokens per minute. */
  modelTpm?: Record<string, number>;
  /** Per-model requests per minute. */
  modelRpm?: Record<string, number>;
}

/**
 * How a key looks to its owner right now.
 *
 * @public
 */
export type KeyStatus =
  | 'creating'
  | 'active'
  | 'expiring-soon'
  | 'expired'
  | 'blocked'
  | 'over-budget'
  | 'revoking'
  | 'revoked'
  | 'failed';

/** @public */
export interface ApiKey {
  id: string;
  name: string;
  /** LiteLLM's key_alias. */
  alias: string;
  /** The owning user or group. */
  subjectRef: string;
  createdBy: string;
  /** `playground`: a short-lived key of a playground session. */
  origin: 'portal' | 'provisioned' | 'adopted' | 'playground';
  status: KeyStatus;
  /** `sk-...abcd`: enough to recognise a key, not to use it. */
  prefix?: string;
  models: string[];
  limits: KeyLimits;
  /** Spend in the current budget period, USD. */
  spend: number;
  /** When LiteLLM next resets the spend (keys with a budget period). */
  budgetResetAt?: string;
  blocked: boolean;
  expiresAt?: string;
  createdAt: string;
  updatedAt: string;
  revokedAt?: string;
  /** Set during a rotation grace period: the old value works until then. */
  previousValueValidUntil?: string;
  /**
   * The catalog Component whose spend this key is (`component:ns/name`):
   * its usage rolls up by that Component, its System and its Domain.
   */
  componentRef?: string;
}

/**
 * The one response that carries a key's raw value.
 *
 * @public
 */
export interface IssuedKey {
  key: ApiKey;
  /** The raw key. Shown once; the portal cannot show it again. */
  value: string;
}

/** @public */
export interface CreateKeyBody {
  name: string;
  models: string[];
  /** Defaults to the caller; a group for a team key. */
  subjectRef?: string;
  /** Days until expiry, or `never` where allowed. */
  expiresInDays?: number | 'never';
  /** An explicit expiry date (ISO 8601), instead of expiresInDays. */
  expiresAt?: string;
  limits?: KeyLimits;
  /**
   * A catalog Component owned by the key's subject (or, for a personal
   * key, by one of the caller's teams); any Component for admins.
   */
  componentRef?: string;
}

/** @public */
export interface UpdateKeyBody {
  name?: string;
  models?: string[];
  limits?: KeyLimits;
  expiresInDays?: number | 'never';
  expiresAt?: string;
  /** Ties the key to another Component; `null` unties it. */
  componentRef?: string | null;
}

/**
 * Defaults and maximums admins set for new keys, per kind of subject.
 *
 * @public
 */
export interface KeyPolicySettings {
  user: {
    defaults: KeyLimits;
    maximums: KeyLimits;
    defaultExpiresInDays: number;
  };
  team: {
    defaults: KeyLimits;
    maximums: KeyLimits;
    defaultExpiresInDays: number;
  };
  /** Active keys one user or team may hold. */
  maxActiveKeysPerSubject: number;
  /** Longest expiry in days; keys that never expire need allowNeverExpires. */
  maxExpiresInDays: number;
  allowNeverExpires: boolean;
}

/** @public */
export interface ProvisionKeysBody {
  /** Common alias prefix, e.g. `workshop-2026-11-`. */
  aliasPrefix: string;
  participants: string[];
  models: string[];
  /** The owner of the provisioned keys (a user or group); defaults to the caller. */
  subjectRef?: string;
  expiresInDays: number;
  limits?: KeyLimits;
  /**
   * How the values reach the caller: in this response (the default, for
   * a person in the portal), or as a single-use download link (for
   * automation, whose output is stored: the scaffolder's).
   */
  delivery?: 'response' | 'download';
}

/**
 * A single-use download of key values, for their owner only.
 *
 * @public
 */
export interface KeyDeliveryLink {
  id: string;
  /** The portal page that downloads them, once. */
  url: string;
  expiresAt: string;
}

/** @public */
/** @public */
export type KeyListResponse = Page<ApiKey>;

/**
 * The answer of revoking by alias prefix. Without a confirmed count it is a
 * dry run: `matched` keys would be revoked, none was.
 *
 * @public
 */
export interface RevokeByPrefixResult {
  matched: number;
  revoked: number;
  dryRun: boolean;
}

export interface ProvisionKeysResponse {
  /**
   * Keys made now: with their values (shown once), or, when delivered as a
   * download, only with their prefixes.
   */
  created: Array<{
    participant: string;
    alias: string;
    id: string;
    value?: string;
    prefix?: string;
  }>;
  /** Where the values are, when delivered as a download. */
  download?: KeyDeliveryLink;
  /** Participants that already had a key with this alias: not made again. */
  existing: Array<{ participant: string; alias: string; id: string }>;
  /** Participants whose key could not be made; re-running retries them. */
  failed: Array<{ participant: string; error: string }>;
  /** With a 502 (no key could be made): what went wrong, summed up. */
  error?: { name: string; message: string };
}

/**
 * What a key delivery holds, given once to its owner.
 *
 * @public
 */
export interface KeyDeliveryContents {
  aliasPrefix: string;
  keys: Array<{ participant: string; alias: string; value: string }>;
}
