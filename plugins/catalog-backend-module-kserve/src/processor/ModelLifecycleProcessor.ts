import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { InputError, ResponseError } from '@backstage/errors';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import { KSERVE_ANNOTATIONS as A } from '../transform';

/**
 * A deprecated or retired model, as the LiteMaaS backend serves it at
 * `GET /api/litemaas/models/lifecycle` (`ModelLifecycleResponse` of
 * `@litemaas/backstage-plugin-litemaas-common`; repeated here so that the
 * catalog module does not depend on the LiteMaaS packages).
 *
 * @public
 */
export interface ModelLifecycleInfo {
  modelName: string;
  state: 'deprecated' | 'retired';
  replacement?: string;
  /** ISO 8601. */
  retireAt: string;
  note?: string;
}

/** @public */
export interface ModelLifecycleConfig {
  enabled: boolean;
  /** How long a fetched list is used before it is fetched again. */
  refreshSeconds: number;
  /**
   * How long the last list fetched is still used while the LiteMaaS backend
   * cannot be reached; after that, entities are left as their source says.
   */
  maxStaleSeconds: number;
}

const CONFIG_KEY = 'catalog.providers.kserveLifecycle';

/**
 * Reads `catalog.providers.kserveLifecycle`; throws on invalid values.
 *
 * @public
 */
export function readModelLifecycleConfig(config: Config): ModelLifecycleConfig {
  const section = config.getOptionalConfig(CONFIG_KEY);
  const seconds = (key: string, fallback: number) => {
    const value = section?.getOptionalNumber(key) ?? fallback;
    if (!Number.isFinite(value) || value <= 0) {
      throw new InputError(
        `${CONFIG_KEY}.${key} must be a positive number of seconds`,
      );
    }
    return value;
  };
  const refreshSeconds = seconds('refreshSeconds', 60);
  const maxStaleSeconds = seconds(
    'maxStaleSeconds',
    Math.max(600, refreshSeconds),
  );
  if (maxStaleSeconds < refreshSeconds) {
    throw new InputError(
      `${CONFIG_KEY}.maxStaleSeconds must be at least refreshSeconds`,
    );
  }
  return {
    enabled: section?.getOptionalBoolean('enabled') ?? true,
    refreshSeconds,
    maxStaleSeconds,
  };
}

/** @public */
export interface ModelLifecycleSourceOptions {
  discovery: Pick<DiscoveryService, 'getBaseUrl'>;
  auth: Pick<AuthService, 'getOwnServiceCredentials' | 'getPluginRequestToken'>;
  logger: LoggerService;
  refreshSeconds?: number;
  maxStaleSeconds?: number;
  /** Timeout of one request (default 10 s). */
  requestTimeoutMs?: number;
  /** For tests. */
  fetch?: typeof fetch;
  /** For tests: the clock, in milliseconds. */
  now?: () => number;
}

/** After a failed fetch, the next one waits at least this long. */
const RETRY_MS = 10_000;
/** At most one warning per this interval. */
const WARN_INTERVAL_MS = 60_000;

const STATES = new Set(['deprecated', 'retired']);

function parseItems(body: unknown): Map<string, ModelLifecycleInfo> {
  const items = (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) {
    throw new Error('the answer has no items list');
  }
  const byModel = new Map<string, ModelLifecycleInfo>();
  for (const raw of items) {
    const item = raw as Partial<Record<keyof ModelLifecycleInfo, unknown>>;
    if (
      typeof item?.modelName !== 'string' ||
      !item.modelName ||
      typeof item.state !== 'string' ||
      !STATES.has(item.state) ||
      typeof item.retireAt !== 'string'
    ) {
      // One bad item must not hide the others.
      continue;
    }
    byModel.set(item.modelName, {
      modelName: item.modelName,
      state: item.state as ModelLifecycleInfo['state'],
      retireAt: item.retireAt,
      replacement:
        typeof item.replacement === 'string' && item.replacement
          ? item.replacement
          : undefined,
      note: typeof item.note === 'string' ? item.note : undefined,
    });
  }
  return byModel;
}

/**
 * The LiteMaaS backend's list of deprecated and retired models, cached:
 * fetched at most once per `refreshSeconds` (concurrent callers share one
 * request), and, while the backend cannot be reached, the last list fetched
 * for up to `maxStaleSeconds`. Never throws: `undefined` means the list is
 * unknown.
 *
 * @public
 */
export class ModelLifecycleSource {
  private readonly refreshMs: number;
  private readonly maxStaleMs: number;
  private readonly timeoutMs: number;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private good?: { byModel: Map<string, ModelLifecycleInfo>; at: number };
  private failedAt?: number;
  private warnedAt?: number;
  private pending?: Promise<void>;

  constructor(private readonly options: ModelLifecycleSourceOptions) {
    this.refreshMs = (options.refreshSeconds ?? 60) * 1000;
    this.maxStaleMs = Math.max(
      (options.maxStaleSeconds ?? 600) * 1000,
      this.refreshMs,
    );
    this.timeoutMs = options.requestTimeoutMs ?? 10_000;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
  }

  /** The deprecated and retired models by name, or undefined when unknown. */
  async get(): Promise<ReadonlyMap<string, ModelLifecycleInfo> | undefined> {
    const now = this.now();
    const fresh = this.good && now - this.good.at < this.refreshMs;
    const waiting =
      this.failedAt !== undefined &&
      now - this.failedAt < Math.min(RETRY_MS, this.refreshMs);
    if (!fresh && !waiting) {
      this.pending ??= this.refresh().finally(() => {
        this.pending = undefined;
      });
      await this.pending;
    }
    return this.usable();
  }

  private usable(): ReadonlyMap<string, ModelLifecycleInfo> | undefined {
    if (!this.good || this.now() - this.good.at > this.maxStaleMs) {
      return undefined;
    }
    return this.good.byModel;
  }

  private async refresh(): Promise<void> {
    try {
      const { discovery, auth } = this.options;
      const baseUrl = await discovery.getBaseUrl('litemaas');
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'litemaas',
      });
      const response = await this.fetch(`${baseUrl}/models/lifecycle`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (!response.ok) throw await ResponseError.fromResponse(response);
      const byModel = parseItems(await response.json());
      if (this.failedAt !== undefined && this.warnedAt !== undefined) {
        this.options.logger.info(
          'The LiteMaaS model lifecycle list can be read again',
        );
      }
      this.good = { byModel, at: this.now() };
      this.failedAt = undefined;
    } catch (error) {
      const now = this.now();
      this.failedAt = now;
      const kept = this.usable()
        ? 'keeping the last list read'
        : 'entities keep the lifecycle their source gives';
      const message = `Could not read the LiteMaaS model lifecycle list (${
        (error as Error)?.message ?? String(error)
      }); ${kept}`;
      if (
        this.warnedAt === undefined ||
        now - this.warnedAt >= WARN_INTERVAL_MS
      ) {
        this.warnedAt = now;
        this.options.logger.warn(message);
      } else {
        this.options.logger.debug(message);
      }
    }
  }
}

/**
 * Shows LiteMaaS models that are deprecated or retired in the catalog: an
 * entity whose `litemaas.io/model-name` annotation names such a model gets
 * `spec.lifecycle` `deprecated` or `retired` (when its kind has a
 * lifecycle) and the annotations `litemaas.io/deprecation`,
 * `litemaas.io/retire-at` and `litemaas.io/replacement`. Other entities, and
 * all of them while the list is unknown, are left as they are.
 *
 * @public
 */
export class ModelLifecycleProcessor implements CatalogProcessor {
  constructor(private readonly source: Pick<ModelLifecycleSource, 'get'>) {}

  getProcessorName(): string {
    return 'KServeModelLifecycleProcessor';
  }

  async preProcessEntity(entity: Entity): Promise<Entity> {
    const modelName = entity.metadata.annotations?.[A.modelName];
    if (!modelName) return entity;
    const info = (await this.source.get())?.get(modelName);
    if (!info) return entity;
    const annotations: Record<string, string> = {
      ...entity.metadata.annotations,
      [A.deprecation]: info.state,
      [A.retireAt]: info.retireAt,
    };
    if (info.replacement) annotations[A.replacement] = info.replacement;
    // Copies: the provider's entities may share their objects.
    const result: Entity = {
      ...entity,
      metadata: { ...entity.metadata, annotations },
    };
    if (typeof entity.spec?.lifecycle === 'string') {
      result.spec = { ...entity.spec, lifecycle: info.state };
    }
    return result;
  }
}
