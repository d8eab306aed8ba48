import {
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import {
  EntityProvider,
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { EntityState } from '../transform';
import { KServeSourceConfig } from './config';

/**
 * What the KServe providers share: naming, scheduling, the state of what was
 * given to the catalog, and mutations applied one at a time in order.
 */
export abstract class BaseKServeProvider implements EntityProvider {
  protected connection?: EntityProviderConnection;
  protected readonly state: EntityState;
  private mutations: Promise<void> = Promise.resolve();
  private running?: Promise<void>;

  protected constructor(
    protected readonly config: KServeSourceConfig,
    protected readonly logger: LoggerService,
    private readonly taskRunner: SchedulerServiceTaskRunner,
  ) {
    this.state = new EntityState({
      locationKey: this.getProviderName(),
      onWarning: message => this.logger.warn(message),
    });
  }

  /** Unique per configured source: `KServeEntityProvider:<id>`. */
  getProviderName(): string {
    return `KServeEntityProvider:${this.config.id}`;
  }

  /**
   * The scheduler task that runs the full refresh, e.g. for
   * `scheduler.triggerTask(provider.getTaskId())`.
   */
  getTaskId(): string {
    return `${this.getProviderName()}:refresh`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.taskRunner.run({
      id: this.getTaskId(),
      fn: () => this.refresh(),
    });
  }

  /**
   * Reads the whole source and replaces this provider's entities. A failed
   * read is logged and changes nothing: the catalog keeps the last state.
   * Concurrent calls share one run.
   */
  refresh(): Promise<void> {
    if (!this.running) {
      this.running = this.fullSync().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  /** Number of source objects currently turned into entities. */
  get modelServerCount(): number {
    return this.state.size;
  }

  /** Stops background work (watches); called on shutdown. */
  stop(): void {}

  protected abstract fullSync(): Promise<void>;

  /** Applies mutations strictly in the order they were produced. */
  protected apply(mutation: EntityProviderMutation): Promise<void> {
    const connection = this.connection;
    if (!connection) {
      return Promise.reject(
        new Error(`${this.getProviderName()} is not connected`),
      );
    }
    const next = this.mutations.then(() => connection.applyMutation(mutation));
    // Later mutations still run when one fails; the caller sees the error.
    this.mutations = next.catch(() => {});
    return next;
  }
}
