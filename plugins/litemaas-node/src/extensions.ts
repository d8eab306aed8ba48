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
