import { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import {
  LiteMaasModel,
  ModelDeprecationInfo,
  ModelLifecycleResponse,
  ModelListResponse,
  ModelPolicy,
} from '@litemaas/backstage-plugin-litemaas-common';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';
import {
  ModelStore,
  ModelSyncResult,
  StoredModel,
} from '../database/ModelStore';
import { ModelPolicyStore } from '../database/ModelPolicyStore';
import { DeprecationStore } from '../database/DeprecationStore';
import { AccessSlot, AccessStore } from '../database/AccessStore';
import { Caller } from '../permissions/Caller';
import { toGatewayModels } from './modelMapping';
import { ModelCatalog } from './ModelCatalog';
import { CachedResponse, ResponseCache } from './ResponseCache';

export interface ModelServiceOptions {
  litellm: LiteLlmClient;
  store: ModelStore;
  policies: ModelPolicyStore;
  /** Live deprecation campaigns, shown on each model. */
  deprecations?: Pick<DeprecationStore, 'listLive'>;
  access: AccessStore;
  logger: LoggerService;
  /** Policy of models no admin has set one for (config `litemaas.models`). */
  defaultPolicy: (modelName: string) => ModelPolicy;
  /** A list request re-syncs from LiteLLM when the last sync is older. */
  maxAgeMs?: number;
  /**
   * How long a read waits for that sync when the portal already has a
   * catalog to show (default 2 s); a slower sync finishes in the background.
   */
  readWaitMs?: number;
  /** A failed sync is not tried again by reads for this long (default 10 s). */
  retryFailedAfterMs?: number;
  /**
   * How long the catalog held in memory serves before it is read again
   * (default 1 s): another replica's edits show within this time.
   */
  catalogTtlMs?: number;
  now?: () => Date;
}

type Staleness = {
  error: unknown;
  info: NonNullable<ModelListResponse['stale']>;
};

/**
 * The model catalog: what LiteLLM serves, remembered by the portal so the
 * catalog stays browsable when LiteLLM is down, with the portal's policy
 * and the caller's own access.
 */
export class ModelService {
  private readonly maxAgeMs: number;
  private readonly readWaitMs: number;
  private readonly retryFailedAfterMs: number;
  private readonly now: () => Date;
  private lastSync?: Date;
  private lastFailure?: { at: Date; error: unknown };
  private inFlight?: Promise<ModelSyncResult>;
  private readonly catalog: ModelCatalog;
  /** Serialized lists, about 0.5 kB per model and caller view. */
  private readonly responses = new ResponseCache(16 * 1024 * 1024);
  private responsesVersion?: string;

  constructor(private readonly options: ModelServiceOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 30_000;
    this.readWaitMs = options.readWaitMs ?? 2_000;
    this.retryFailedAfterMs = options.retryFailedAfterMs ?? 10_000;
    this.now = options.now ?? (() => new Date());
    this.catalog = new ModelCatalog({
      store: options.store,
      policies: options.policies,
      deprecations: options.deprecations,
      ttlMs: options.catalogTtlMs ?? 1_000,
      now: () => this.now().getTime(),
    });
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

  /** Forgets the last sync, so the next read pulls from LiteLLM. */
  invalidate() {
    this.lastSync = undefined;
    this.lastFailure = undefined;
    this.catalog.forget();
  }

  async listModels(caller: Caller): Promise<ModelListResponse> {
    return this.buildList(caller, await this.listParts(caller));
  }

  /**
   * The list as sent, with its entity tag. Everything it depends on is in
   * the cache key (the catalog's version, the caller's decisions and
   * grants), so callers who see the same list share one serialization.
   */
  async listModelsResponse(caller: Caller): Promise<CachedResponse> {
    const parts = await this.listParts(caller);
    if (parts.catalog.version !== this.responsesVersion) {
      this.responses.clear();
      this.responsesVersion = parts.catalog.version;
    }
    const key = JSON.stringify([
      parts.catalog.version,
      caller.canManage,
      caller.reviewScopeKey,
      parts.stale ?? null,
      parts.active.map(r => [r.id, r.status, r.subjectRef, r.modelName]),
    ]);
    return this.responses.get(key, () => this.buildList(caller, parts));
  }

  /** The names of the models whose requests the caller may review. */
  async reviewableModelNames(caller: Caller): Promise<string[]> {
    const catalog = await this.catalog.get();
    return catalog.models
      .map(model => model.name)
      .filter(name =>
        caller.canReview({
          name,
          ownerRef: (
            catalog.policies.get(name) ?? this.options.defaultPolicy(name)
          ).ownerRef,
        }),
      );
  }

  /** Models or policies changed on this replica: reads see it at once. */
  catalogChanged() {
    this.catalog.forget();
  }

  /** One model as the caller may see it; 404 when unknown or hidden. */
  async getModel(caller: Caller, name: string): Promise<LiteMaasModel> {
    // Fresh when possible; the stored copy serves when LiteLLM is down.
    await this.refreshIfOld();
    const catalog = await this.catalog.get();
    const stored = catalog.byName.get(name);
    const policy =
      catalog.policies.get(name) ?? this.options.defaultPolicy(name);
    if (!stored || (policy.accessPolicy === 'hidden' && !caller.canManage)) {
      throw new NotFoundError(`No model named '${name}'`);
    }
    const active = await this.options.access.activeOf(caller.ownershipRefs, [
      name,
    ]);
    return this.present(
      stored,
      policy,
      caller,
      active,
      catalog.deprecations.get(name),
    );
  }

  private async listParts(caller: Caller) {
    const stale = await this.refreshIfOld();
    const catalog = await this.catalog.get();
    if (stale && catalog.models.length === 0) throw stale.error;
    const active = await this.options.access.activeOf(caller.ownershipRefs);
    return { catalog, active, stale: stale?.info };
  }

  private buildList(
    caller: Caller,
    { catalog, active, stale }: Awaited<ReturnType<ModelService['listParts']>>,
  ): ModelListResponse {
    const items = catalog.models
      .map(model =>
        this.present(
          model,
          catalog.policies.get(model.name) ??
            this.options.defaultPolicy(model.name),
          caller,
          active,
          catalog.deprecations.get(model.name),
        ),
      )
      .filter(model => model.accessPolicy !== 'hidden' || caller.canManage);
    return stale ? { items, stale } : { items };
  }

  /** Every model deprecated or retired, as the catalog shows them. */
  async lifecycle(caller: Caller): Promise<ModelLifecycleResponse> {
    const { deprecations, policies } = await this.catalog.get();
    return {
      items: [...deprecations]
        .filter(
          ([name]) =>
            caller.canManage ||
            (policies.get(name) ?? this.options.defaultPolicy(name))
              .accessPolicy !== 'hidden',
        )
        .map(([modelName, info]) => ({ modelName, ...info })),
    };
  }

  /** The model's policy: the admin's, else the configured default. */
  async policyOf(name: string): Promise<ModelPolicy> {
    return (
      (await this.options.policies.get(name)) ??
      this.options.defaultPolicy(name)
    );
  }

  private present(
    model: StoredModel,
    policy: ModelPolicy,
    caller: Caller,
    active: AccessSlot[],
    deprecation?: ModelDeprecationInfo,
  ): LiteMaasModel {
    // The model server's own address is for admins: anyone else could call
    // it around the gateway's keys and budgets.
    const { apiBase, ...visible } = model;
    return {
      ...visible,
      ...(caller.canManage && apiBase !== undefined && { apiBase }),
      ...policy,
      myAccess: active
        .filter(r => r.modelName === model.name)
        .map(r => ({ id: r.id, status: r.status, subjectRef: r.subjectRef })),
      canReview: caller.canReview({
        name: model.name,
        ownerRef: policy.ownerRef,
      }),
      ...(deprecation && { deprecation }),
    };
  }

  /**
   * Syncs when the last sync is older than maxAgeMs. On failure, or when
   * LiteLLM is slow and a stored catalog can serve, the stored catalog
   * serves, described as stale; a failure is remembered so that reads do
   * not each wait on a LiteLLM that is down.
   */
  private async refreshIfOld(): Promise<Staleness | undefined> {
    const now = this.now().getTime();
    const age = this.lastSync ? now - this.lastSync.getTime() : Infinity;
    if (age <= this.maxAgeMs) return undefined;
    const lastSyncedAt = await this.options.store.lastSyncedAt();
    const failure = this.lastFailure;
    if (failure && now - failure.at.getTime() < this.retryFailedAfterMs) {
      return staleness(failure.error, lastSyncedAt);
    }
    const sync = this.sync().then(
      () => undefined,
      async (error: unknown) => {
        this.lastFailure = { at: this.now(), error };
        this.options.logger.warn(
          `Serving cached models, LiteLLM sync failed: ${error}`,
        );
        return staleness(error, lastSyncedAt);
      },
    );
    if (!lastSyncedAt) return sync;
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<Staleness>(resolve => {
      timer = setTimeout(
        () =>
          resolve({
            error: new ServiceUnavailableError(
              `LiteLLM did not answer within ${this.readWaitMs} ms`,
            ),
            info: {
              reason: `LiteLLM did not answer within ${this.readWaitMs} ms; the catalog is as last synced and refreshes in the background.`,
              lastSyncedAt: lastSyncedAt.toISOString(),
            },
          }),
        this.readWaitMs,
      );
    });
    try {
      return await Promise.race([sync, slow]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async pull(): Promise<ModelSyncResult> {
    const seenAt = this.now();
    const infos = await this.options.litellm.getModelInfo();
    const result = await this.options.store.applySnapshot(
      toGatewayModels(infos),
      seenAt,
    );
    this.catalog.forget();
    this.lastSync = seenAt;
    this.lastFailure = undefined;
    if (result.added || result.markedUnavailable) {
      this.options.logger.info(
        `Synced models from LiteLLM: ${result.added} added, ${result.updated} refreshed, ${result.markedUnavailable} marked unavailable`,
      );
    }
    return result;
  }
}

/** The stored catalog serves, described with why and as of when. */
function staleness(error: unknown, lastSyncedAt?: Date): Staleness {
  return {
    error,
    info: {
      reason:
        error instanceof ServiceUnavailableError
          ? error.message
          : String(error),
      lastSyncedAt: lastSyncedAt?.toISOString(),
    },
  };
}
