import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import { ModelListResponse } from '@litemaas/backstage-plugin-litemaas-common';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';
import { ModelStore, ModelSyncResult } from '../database/ModelStore';
import { toGatewayModel } from './modelMapping';

export interface ModelServiceOptions {
  litellm: LiteLlmClient;
  store: ModelStore;
  logger: LoggerService;
  /** A list request re-syncs from LiteLLM when the last sync is older. */
  maxAgeMs?: number;
  now?: () => Date;
}

/**
 * The model catalog: what LiteLLM serves, remembered by the portal so the
 * catalog stays browsable when LiteLLM is down.
 */
export class ModelService {
  private readonly maxAgeMs: number;
  private readonly now: () => Date;
  private lastSync?: Date;
  private inFlight?: Promise<ModelSyncResult>;

  constructor(private readonly options: ModelServiceOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 30_000;
    this.now = options.now ?? (() => new Date());
  }

  /** Pulls `/model/info` into the store. Concurrent callers share one pull. */
  sync(): Promise<ModelSyncResult> {
    if (!this.inFlight) {
      this.inFlight = this.pull().finally(() => {
        this.inFlight = undefined;
      });
    }
    return this.inFlight;
  }

  async listModels(): Promise<ModelListResponse> {
    const age = this.lastSync
      ? this.now().getTime() - this.lastSync.getTime()
      : Infinity;
    if (age <= this.maxAgeMs) {
      return { items: await this.options.store.list() };
    }
    try {
      await this.sync();
      return { items: await this.options.store.list() };
    } catch (error) {
      const items = await this.options.store.list();
      if (items.length === 0) throw error;
      // Serve the last known catalog rather than an error page.
      const lastSyncedAt = await this.options.store.lastSyncedAt();
      this.options.logger.warn(
        `Serving cached models, LiteLLM sync failed: ${error}`,
      );
      return {
        items,
        stale: {
          reason:
            error instanceof ServiceUnavailableError
              ? error.message
              : String(error),
          lastSyncedAt: lastSyncedAt?.toISOString(),
        },
      };
    }
  }

  private async pull(): Promise<ModelSyncResult> {
    const seenAt = this.now();
    const infos = await this.options.litellm.getModelInfo();
    const result = await this.options.store.applySnapshot(
      infos.map(toGatewayModel),
      seenAt,
    );
    this.lastSync = seenAt;
    if (result.added || result.markedUnavailable) {
      this.options.logger.info(
        `Synced models from LiteLLM: ${result.added} added, ${result.updated} refreshed, ${result.markedUnavailable} marked unavailable`,
      );
    }
    return result;
  }
}
