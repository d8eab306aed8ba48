import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { KeyLimits } from '@litemaas/backstage-plugin-litemaas-common';

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
