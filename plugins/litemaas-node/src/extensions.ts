import { createExtensionPoint } from '@backstage/backend-plugin-api';
import {
  GatewayObjectStatus,
  GatewayRoute,
  KeyLimits,
} from '@litemaas/backstage-plugin-litemaas-common';

/**
 * A gateway that takes part in the portal's key writes next to LiteLLM, such
 * as Kuadrant's API-key Secrets and policies. LiteLLM itself is built in.
 *
 * Every write that changes what a key may do reaches the adapters: issue
 * and rotation (with the new value), edits of models, limits and expiry,
 * blocking, grants narrowed or ended (which edit or revoke keys), and
 * revocation. An adapter never sees a key wider than both what the portal
 * had and what it will have: a change that narrows anything reaches the
 * adapters first as the narrowest of the two states (`keyChanged`), then
 * LiteLLM and the database change, then the adapters get the new state.
 * A throw before LiteLLM changed stops the write and changes nothing; a
 * throw after it leaves the adapter narrower than the portal, for the
 * adapter's reconciliation to bring in line.
 *
 * @public
 */
export interface LiteMaasGatewayAdapter {
  /** Stable id, used in logs and in the key's saga records. */
  readonly id: string;
  /** One line for admins: what this adapter manages. */
  readonly description: string;
  /**
   * Called once when the portal starts, before any key event, with what
   * the adapter needs to tell this install's objects from others'.
   */
  bind?(context: LiteMaasGatewayContext): Promise<void> | void;
  /**
   * A value was issued for a key in LiteLLM: a new key, or a rotation's
   * new value (`replaces` then names the value it replaces, which stays
   * valid until `keyRevoked` names it: at once, or when a grace period
   * ends). Throwing undoes a new key (the portal deletes it in LiteLLM and
   * reports the failure) and a rotation (the new value is deleted, the old
   * one stays).
   */
  keyIssued?(key: LiteMaasKeyIssued): Promise<void>;
  /**
   * What a key may do changed (models, limits, expiry, blocked), for every
   * value it has. Not called for a key that is revoked instead.
   */
  keyChanged?(key: LiteMaasKeyState): Promise<void>;
  /** One value of a key was deleted in LiteLLM (revocation, or a rotation's old value retired). */
  keyRevoked?(key: LiteMaasKeyValueRef): Promise<void>;
  /**
   * Repairs drift between the gateway's objects and the portal's keys, run
   * by the portal's key reconciliation. Only the adapter's own objects;
   * nothing destroyed on one sighting (`portal.confirmed`); a run that would
   * destroy more than `portal.limits` allow holds it all back.
   */
  reconcile?(portal: LiteMaasPortalKeys): Promise<LiteMaasReconcileResult>;

  /**
   * For gateways that publish models on routes: the models published now,
   * from the adapter's config and from the portal's admins.
   */
  publications?(): LiteMaasPublication[];
  /**
   * The publications admins made in the portal, as its database holds
   * them: given at start-up and before each reconciliation, so every
   * replica publishes the same.
   */
  setPublications?(publications: LiteMaasModelPublication[]): void;
  /** Publishes a model on a route now (an admin asked). */
  publishModel?(publication: LiteMaasModelPublication): Promise<void>;
  /** Withdraws a model an admin published. */
  withdrawModel?(model: string): Promise<void>;
  /** What the gateway has for each published model, for the admin pages. */
  modelStatus?(): Promise<LiteMaasModelGatewayStatus[]>;
  /** What the gateway has for one key, for the admin pages. */
  keyStatus?(keyId: string): Promise<LiteMaasKeyGatewayStatus>;
}

/**
 * A route a model is served on at a gateway (a `sectionName` names one rule
 * of a shared route).
 *
 * @public
 */
export type LiteMaasModelRoute = GatewayRoute;

/**
 * A model published on a route.
 *
 * @public
 */
export interface LiteMaasModelPublication {
  model: string;
  route: LiteMaasModelRoute;
}

/**
 * A published model and who published it.
 *
 * @public
 */
export interface LiteMaasPublication extends LiteMaasModelPublication {
  /** `config`: the adapter's configuration (not withdrawable from the portal). */
  source: 'config' | 'portal';
}

/**
 * One gateway object and what the gateway says of it.
 *
 * @public
 */
export type LiteMaasGatewayObject = GatewayObjectStatus;

/**
 * A published model at a gateway.
 *
 * @public
 */
export interface LiteMaasModelGatewayStatus extends LiteMaasPublication {
  objects: LiteMaasGatewayObject[];
}

/**
 * One key at a gateway: what holds each of its values.
 *
 * @public
 */
export interface LiteMaasKeyGatewayStatus {
  keyId: string;
  values: Array<{
    /** The object holding the value, e.g. a Secret. */
    object: LiteMaasGatewayObject;
    /** The first characters of the value's hash, to tell values apart. */
    tokenHashPrefix: string;
    /** The models the gateway lets this value call. */
    models: string[];
    blocked: boolean;
  }>;
}

/**
 * The portal's keys as a reconciliation run read them, before looking at
 * any gateway.
 *
 * @public
 */
export interface LiteMaasPortalKeys {
  /** Every key being made, active or being revoked. */
  keys: LiteMaasLiveKey[];
  now: Date;
  /**
   * Records that this run saw each subject (a string naming something the
   * adapter would destroy or report) and answers those the previous run saw
   * too, long enough ago: only those may be acted on.
   */
  confirmed(subjects: string[]): Promise<Set<string>>;
  /**
   * One key as the portal holds it now (not as the run read it): read it
   * again before repairing anything of that key, and leave the key alone
   * when it changed (its own saga told the adapter).
   */
  current(keyId: string): Promise<LiteMaasLiveKey | undefined>;
  /** Above either, a run's destructive repairs are all held back. */
  limits: { maxShare: number; maxCount: number };
}

/**
 * A key as reconciliation sees it.
 *
 * @public
 */
export interface LiteMaasLiveKey extends Omit<LiteMaasKeyState, 'tokenHash'> {
  /** Not yet known while the key is being made. */
  tokenHash?: string;
  status: 'creating' | 'active' | 'revoking';
  /** A change is in flight on the key: its own saga repairs it. */
  busy: boolean;
}

/**
 * What an adapter's reconciliation did and found.
 *
 * @public
 */
export interface LiteMaasReconcileResult {
  /** Objects put back as the portal's state says. */
  repaired: number;
  /** Objects of this install that nothing in the portal holds, removed. */
  removed: number;
  /** Seen once: acted on only if the next run sees the same. */
  waiting: number;
  /** Set when the run would have destroyed too much and did none of it. */
  heldBack?: { count: number; description: string };
  /**
   * Values of usable keys the gateway lost and cannot be given back (the
   * value is not known): their owners should rotate them.
   */
  lostValues: LiteMaasKeyValueRef[];
  /** What went wrong, for the admins. */
  problems: string[];
}

/**
 * What an adapter learns of the portal install it serves.
 *
 * @public
 */
export interface LiteMaasGatewayContext {
  /**
   * This install's id: stable, unique per portal (two portals may share a
   * gateway). Objects an adapter creates carry it; objects without it, or
   * with another install's, are never changed or deleted.
   */
  instanceId: string;
}

/**
 * One value of a key: the portal's key id and the value's SHA-256.
 *
 * @public
 */
export interface LiteMaasKeyValueRef {
  /** The portal's key id. */
  keyId: string;
  /** SHA-256 of the raw key, hex, as LiteLLM stores it. */
  tokenHash: string;
}

/**
 * What a key may do, as the portal records it: never its raw value.
 *
 * @public
 */
export interface LiteMaasKeyState {
  /** The portal's key id. */
  keyId: string;
  /** SHA-256 of the key's current value. */
  tokenHash: string;
  /** A rotated-out value still in its grace period, if any. */
  retiringTokenHash?: string;
  /** The owner: `user:…` or `group:…`. */
  subjectRef: string;
  /** Who made the key (for a team key, the person). */
  createdBy: string;
  /** The models it may call: never empty. */
  models: string[];
  limits: KeyLimits;
  expiresAt?: Date;
  blocked: boolean;
}

/**
 * A key's new value, handed to adapters in memory once, when it is issued:
 * gateways that check values themselves (Kuadrant's API-key Secrets) need
 * it. The portal's database never holds it.
 *
 * @public
 */
export interface LiteMaasKeyIssued extends LiteMaasKeyState {
  /** The raw value, as the owner is shown it once. */
  value: string;
  /** For a rotation: the hash of the value this one replaces. */
  replaces?: string;
}

/**
 * Lets backend modules add gateway adapters to the LiteMaaS backend.
 *
 * @public
 */
export interface LiteMaasGatewayExtensionPoint {
  addGatewayAdapter(adapter: LiteMaasGatewayAdapter): void;
}

/** @public */
export const litemaasGatewayExtensionPoint =
  createExtensionPoint<LiteMaasGatewayExtensionPoint>({
    id: 'litemaas.gateway-adapters',
  });
