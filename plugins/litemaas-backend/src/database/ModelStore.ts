import { GatewayModelInfo } from '@litemaas/backstage-plugin-litemaas-common';

/** What a sync learned from the gateway, before the portal's own fields. */
export type GatewayModel = GatewayModelInfo;

/** A model as stored: what LiteLLM said, and when it was last seen. */
export interface StoredModel extends GatewayModelInfo {
  available: boolean;
  lastSeenAt: string;
}

export interface ModelSyncResult {
  added: number;
  updated: number;
  markedUnavailable: number;
}

/** Persists the models seen in LiteLLM. */
export interface ModelStore {
  /**
   * Records the full set of models LiteLLM reports now: new ones are added,
   * known ones refreshed, and ones that are gone are marked unavailable.
   */
  applySnapshot(models: GatewayModel[], seenAt: Date): Promise<ModelSyncResult>;
  list(): Promise<StoredModel[]>;
  get(name: string): Promise<StoredModel | undefined>;
  /** When a sync last saw any model, if ever. */
  lastSyncedAt(): Promise<Date | undefined>;
}
