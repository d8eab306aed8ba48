/**
 * A route a model is served on at a gateway (a `sectionName` names one
 * rule of a shared route).
 *
 * @public
 */
export interface GatewayRoute {
  namespace: string;
  name: string;
  sectionName?: string;
}

/**
 * One object at a gateway (a policy, a Secret) and what the gateway says
 * of it.
 *
 * @public
 */
export interface GatewayObjectStatus {
  kind: string;
  namespace: string;
  name: string;
  present: boolean;
  /** Status conditions, e.g. Kuadrant's `Accepted` and `Enforced`. */
  conditions: Array<{
    type: string;
    status: string;
    reason?: string;
    message?: string;
  }>;
}

/**
 * A model published at a gateway.
 *
 * @public
 */
export interface GatewayModelStatus {
  model: string;
  route: GatewayRoute;
  /** `config`: the gateway's configuration; `portal`: an admin published it here. */
  source: 'config' | 'portal';
  objects: GatewayObjectStatus[];
}

/**
 * A gateway next to LiteLLM (e.g. Kuadrant), for admins.
 *
 * @public
 */
export interface GatewayStatus {
  id: string;
  description: string;
  /** Whether models can be published to it from the portal. */
  publishes: boolean;
  models: GatewayModelStatus[];
  /** Set when the gateway could not be asked. */
  error?: string;
}

/**
 * What one gateway holds for one key.
 *
 * @public
 */
export interface KeyGatewayStatus {
  id: string;
  error?: string;
  status?: {
    keyId: string;
    values: Array<{
      object: GatewayObjectStatus;
      /** The first characters of the value's hash. */
      tokenHashPrefix: string;
      /** The models the gateway lets this value call. */
      models: string[];
      blocked: boolean;
    }>;
  };
}
