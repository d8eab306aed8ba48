import {
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { EntityProviderMutation } from '@backstage/plugin-catalog-node';
import {
  INFERENCE_SERVICES,
  KServeClusterClient,
  LLM_INFERENCE_SERVICES,
  ResourceType,
  Selection,
  statusOf,
  WatchEventType,
} from '../kubernetes/KServeClusterClient';
import { describeObject, EntityContext, objectKey } from '../transform';
import { BaseKServeProvider } from './BaseKServeProvider';
import { KubernetesSourceConfig } from './config';

/** Tuning for tests; the defaults suit real clusters. */
export interface ClusterProviderTuning {
  /** First retry delay of a failed watch; doubles up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Server-side watch timeout; a random value in 5-10 min by default. */
  watchTimeoutSeconds?: number;
}

interface Stream {
  resource: ResourceType;
  version: string;
  selection: Selection;
  resourceVersion: string;
  /** The full sync this watch belongs to; older ones are ignored. */
  generation: number;
  failures: number;
  stop?: () => void;
  timer?: NodeJS.Timeout;
}

/**
 * Ingests the InferenceServices and LLMInferenceServices of one cluster:
 * a paginated full list on schedule (a `full` mutation), and between lists a
 * watch from the list's resourceVersion whose events become `delta`
 * mutations. A watch whose resourceVersion expired (410 Gone) triggers a new
 * full list. When listing fails, nothing is applied: the catalog keeps the
 * cluster's last state instead of losing its entities.
 */
export class KServeClusterEntityProvider extends BaseKServeProvider {
  private readonly client: KServeClusterClient;
  private readonly context: EntityContext;
  private streams: Stream[] = [];
  private generation = 0;
  private stopped = false;

  constructor(
    private readonly source: KubernetesSourceConfig,
    logger: LoggerService,
    taskRunner: SchedulerServiceTaskRunner,
    private readonly tuning: ClusterProviderTuning = {},
  ) {
    super(source, logger.child({ kserveCluster: source.cluster }), taskRunner);
    this.client = new KServeClusterClient(
      {
        name: source.cluster,
        url: source.url,
        serviceAccountToken: source.serviceAccountToken,
        caData: source.caData,
        skipTLSVerify: source.skipTLSVerify,
      },
      { pageSize: source.pageSize, requestTimeoutMs: source.requestTimeoutMs },
    );
    this.context = {
      cluster: source.cluster,
      location: `kserve:${source.cluster}`,
      defaults: source.defaults,
      shape: source.entityShape,
    };
  }

  stop(): void {
    this.stopped = true;
    this.generation += 1;
    this.stopStreams();
  }

  /** Number of watches currently connected or reconnecting. */
  get watchCount(): number {
    return this.streams.length;
  }

  private selections(): Selection[] {
    const { namespaces, excludeNamespaces, labelSelector } = this.source;
    if (namespaces?.length) {
      return namespaces
        .filter(ns => !excludeNamespaces.includes(ns))
        .map(namespace => ({ namespace, labelSelector }));
    }
    const fieldSelector =
      excludeNamespaces.map(ns => `metadata.namespace!=${ns}`).join(',') ||
      undefined;
    return [{ labelSelector, fieldSelector }];
  }

  private wanted(object: unknown): boolean {
    const namespace = (object as { metadata?: { namespace?: unknown } })
      ?.metadata?.namespace;
    // The field selector already excludes these; this guards older servers.
    return !(
      typeof namespace === 'string' &&
      this.source.excludeNamespaces.includes(namespace)
    );
  }

  protected async fullSync(): Promise<void> {
    if (this.stopped) return;
    const started = Date.now();
    const jobs = [INFERENCE_SERVICES, LLM_INFERENCE_SERVICES].flatMap(
      resource => this.selections().map(selection => ({ resource, selection })),
    );
    let lists;
    try {
      lists = await Promise.all(
        jobs.map(async job => ({
          ...job,
          result: await this.client.list(job.resource, job.selection),
        })),
      );
    } catch (error) {
      this.logger.error(
        `KServe cluster ${this.source.cluster}: listing failed, keeping the ${
          this.state.size
        } model servers of the last successful list: ${
          (error as Error).message
        }`,
      );
      return;
    }
    if (this.stopped) return;

    // Events of watches from before this list must not be applied after it.
    this.generation += 1;
    this.stopStreams();
    const objects = lists
      .flatMap(list => list.result?.items ?? [])
      .filter(object => this.wanted(object))
      .map(object => ({
        key: objectKey(object),
        object,
        context: this.context,
      }));
    const mutation = this.state.replaceAll(objects);
    try {
      await this.apply(mutation);
    } catch (error) {
      this.logger.error(
        `KServe cluster ${
          this.source.cluster
        }: the catalog did not accept the full update: ${
          (error as Error).message
        }`,
      );
      return;
    }
    const missing = lists
      .filter(list => !list.result)
      .map(list => list.resource.kind);
    this.logger.info(
      `KServe cluster ${this.source.cluster}: ${
        this.state.size
      } model servers, ${
        mutation.type === 'full' ? mutation.entities.length : 0
      } entities, in ${Date.now() - started} ms${
        missing.length
          ? ` (not served by the cluster: ${[...new Set(missing)].join(', ')})`
          : ''
      }`,
    );

    if (!this.source.watch) return;
    for (const list of lists) {
      if (!list.result) continue;
      const stream: Stream = {
        resource: list.resource,
        version: list.result.version,
        selection: list.selection,
        resourceVersion: list.result.resourceVersion,
        generation: this.generation,
        failures: 0,
      };
      this.streams.push(stream);
      void this.startWatch(stream);
    }
  }

  private stopStreams() {
    for (const stream of this.streams) {
      if (stream.timer) clearTimeout(stream.timer);
      stream.stop?.();
    }
    this.streams = [];
  }

  private current(stream: Stream): boolean {
    return !this.stopped && stream.generation === this.generation;
  }

  private describe(stream: Stream): string {
    const where = stream.selection.namespace
      ? ` in ${stream.selection.namespace}`
      : '';
    return `${stream.resource.plural}.${stream.version}${where} on ${this.source.cluster}`;
  }

  private async startWatch(stream: Stream) {
    if (!this.current(stream)) return;
    const connectedAt = Date.now();
    let events = 0;
    try {
      const stop = await this.client.watch(
        stream.resource,
        stream.version,
        {
          ...stream.selection,
          resourceVersion: stream.resourceVersion,
          timeoutSeconds:
            this.tuning.watchTimeoutSeconds ??
            300 + Math.floor(Math.random() * 300),
        },
        (type, object) => {
          events += 1;
          this.onEvent(stream, type, object);
        },
        error =>
          this.onWatchEnd(stream, error, Date.now() - connectedAt, events),
      );
      if (this.current(stream)) {
        stream.stop = stop;
      } else {
        stop();
      }
    } catch (error) {
      this.onWatchEnd(stream, error, 0, 0);
    }
  }

  private onEvent(stream: Stream, type: WatchEventType, object: any) {
    if (!this.current(stream)) return;
    if (type === 'ERROR') {
      if (statusOf(object) === 410) {
        this.relist(stream);
      } else {
        this.logger.warn(
          `Watch of ${this.describe(stream)} reported an error: ${
            object?.message ?? JSON.stringify(object)
          }`,
        );
      }
      return;
    }
    const resourceVersion = object?.metadata?.resourceVersion;
    if (typeof resourceVersion === 'string' && resourceVersion) {
      stream.resourceVersion = resourceVersion;
    }
    stream.failures = 0;
    let mutation: EntityProviderMutation | undefined;
    if (type === 'ADDED' || type === 'MODIFIED') {
      if (!this.wanted(object)) return;
      mutation = this.state.upsert({
        key: objectKey(object),
        object,
        context: this.context,
      });
    } else if (type === 'DELETED') {
      mutation = this.state.remove(objectKey(object));
    }
    if (mutation) {
      this.apply(mutation).catch(error =>
        // The next full list repairs whatever this left out.
        this.logger.error(
          `KServe cluster ${
            this.source.cluster
          }: the catalog did not accept the change of ${describeObject(
            object,
          )}: ${(error as Error).message}`,
        ),
      );
    }
  }

  private relist(stream: Stream) {
    this.logger.info(
      `Watch of ${this.describe(
        stream,
      )}: resourceVersion expired (410 Gone), listing again`,
    );
    // The list restarts every watch from its new resourceVersion.
    this.generation += 1;
    this.stopStreams();
    void this.refresh();
  }

  private onWatchEnd(
    stream: Stream,
    error: unknown,
    lastedMs: number,
    events: number,
  ) {
    if (!this.current(stream)) return;
    stream.stop = undefined;
    if (error && statusOf(error) === 410) {
      this.relist(stream);
      return;
    }
    // A watch the server closes at once, again and again, is a failure too.
    const failed = Boolean(error) || (lastedMs < 1000 && events === 0);
    stream.failures = failed ? stream.failures + 1 : 0;
    const base = this.tuning.retryDelayMs ?? 1000;
    const delay = failed
      ? Math.min(
          base * 2 ** (stream.failures - 1),
          this.tuning.maxRetryDelayMs ?? 60000,
        )
      : 0;
    if (error) {
      this.logger.warn(
        `Watch of ${this.describe(stream)} failed (${
          (error as Error).message ?? error
        }); retrying in ${delay} ms`,
      );
    }
    stream.timer = setTimeout(() => {
      stream.timer = undefined;
      void this.startWatch(stream);
    }, delay);
  }
}
