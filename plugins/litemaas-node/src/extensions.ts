import { createExtensionPoint } from '@backstage/backend-plugin-api';

/**
 * A gateway that takes part in the portal's key writes next to LiteLLM, such
 * as Kuadrant's API-key Secrets and policies. LiteLLM itself is built in.
 *
 * @public
 */
export interface LiteMaasGatewayAdapter {
  /** Stable id, used in logs and in the key's saga records. */
  readonly id: string;
  /** One line for admins: what this adapter manages. */
  readonly description: string;
  /**
   * A key was issued in LiteLLM. Throwing undoes the key: the portal deletes
   * it in LiteLLM and reports the failure.
   */
  keyIssued?(key: LiteMaasKeyEvent): Promise<void>;
  /** A key was deleted in LiteLLM. */
  keyRevoked?(
    key: Pick<LiteMaasKeyEvent, 'keyId' | 'tokenHash'>,
  ): Promise<void>;
}

/**
 * What adapters learn of a key: never its raw value.
 *
 * @public
 */
export interface LiteMaasKeyEvent {
  /** The portal's key id. */
  keyId: string;
  /** SHA-256 of the raw key, as LiteLLM stores it. */
  tokenHash: string;
  subjectRef: string;
  models: string[];
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
