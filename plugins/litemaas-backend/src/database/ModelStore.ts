import { LiteMaasModel } from '@litemaas/backstage-plugin-litemaas-common';

/** What a sync learned from the gateway, before the portal's own fields. */
export type GatewayModel = Omit<LiteMaasModel, 'available' | 'lastSeenAt'>;

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
  list(): Promise<LiteMaasModel[]>;
  /** When a sync last saw any model, if ever. */
  lastSyncedAt(): Promise<Date | undefined>;
}
