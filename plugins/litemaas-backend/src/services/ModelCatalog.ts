import {
  ModelDeprecationInfo,
  ModelPolicy,
} from '@litemaas/backstage-plugin-litemaas-common';
import { createHash } from 'node:crypto';
import { ModelPolicyStore } from '../database/ModelPolicyStore';
import { ModelStore, StoredModel } from '../database/ModelStore';
import { DeprecationStore } from '../database/DeprecationStore';

/** The models and their policies as everyone sees them, at one moment. */
export interface CatalogSnapshot {
  models: StoredModel[];
  byName: Map<string, StoredModel>;
  /** Policies admins have set (others come from config). */
  policies: Map<string, ModelPolicy>;
  /** Models deprecated or retired, by name. */
  deprecations: Map<string, ModelDeprecationInfo>;
  /** Changes whenever a model, a policy or a deprecation does. */
  version: string;
}

/**
 * The shared part of the model catalog, held in memory: every read of the
 * catalog needs all of it, and it changes only on a sync or an admin's
 * edit. Writes on this replica call `forget()`; another replica's writes
 * show here within `ttlMs`.
 */
export class ModelCatalog {
  private snapshot?: { value: CatalogSnapshot; loadedAt: number };
  private loading?: Promise<CatalogSnapshot>;
  private generation = 0;

  constructor(
    private readonly deps: {
      store: ModelStore;
      policies: ModelPolicyStore;
      /** Live deprecation campaigns; none when absent. */
      deprecations?: Pick<DeprecationStore, 'listLive'>;
      ttlMs: number;
      now?: () => number;
    },
  ) {}

  /** The snapshot; readers at the same moment share one load. */
  get(): Promise<CatalogSnapshot> {
    const held = this.snapshot;
    if (held && this.now() - held.loadedAt < this.deps.ttlMs) {
      return Promise.resolve(held.value);
    }
    if (!this.loading) {
      const generation = this.generation;
      const loadedAt = this.now();
      const loading = this.load()
        .then(value => {
          // A write since the load began: its result may predate the write.
          if (generation === this.generation) {
            this.snapshot = { value, loadedAt };
          }
          return value;
        })
        .finally(() => {
          if (this.loading === loading) this.loading = undefined;
        });
      this.loading = loading;
    }
    return this.loading;
  }

  /** Models or policies changed here: the next read loads them again. */
  forget() {
    this.generation += 1;
    this.snapshot = undefined;
    this.loading = undefined;
  }

  private async load(): Promise<CatalogSnapshot> {
    const [models, policies, campaigns] = await Promise.all([
      this.deps.store.list(),
      this.deps.policies.list(),
      this.deps.deprecations?.listLive() ?? [],
    ]);
    const deprecations = new Map<string, ModelDeprecationInfo>(
      campaigns.map(c => [
        c.modelName,
        {
          state: c.status === 'retired' ? 'retired' : 'deprecated',
          retireAt: c.retireAt,
          ...(c.replacement && { replacement: c.replacement }),
          ...(c.note && { note: c.note }),
        },
      ]),
    );
    const version = createHash('sha1')
      .update(JSON.stringify([models, [...policies], [...deprecations]]))
      .digest('base64url');
    return {
      models,
      byName: new Map(models.map(m => [m.name, m])),
      policies,
      deprecations,
      version,
    };
  }

  private now() {
    return this.deps.now ? this.deps.now() : Date.now();
  }
}
