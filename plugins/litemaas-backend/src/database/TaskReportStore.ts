import { Knex } from 'knex';

const TABLE = 'litemaas_task_reports';

/** A scheduled task's last run, as every replica sees it. */
export interface TaskReport<T> {
  taskId: string;
  status: 'idle' | 'running' | 'ok' | 'failed';
  startedAt?: Date;
  finishedAt?: Date;
  /** Why the last run failed, when it did. */
  error?: string;
  /** The last successful run's report. */
  report?: T;
  reportAt?: Date;
  /** When someone last asked for a run now, and who. */
  requestedAt?: Date;
  requestedBy?: string;
}

function date(value: Date | string | number | null): Date | undefined {
  if (value === null || value === undefined) return undefined;
  return value instanceof Date ? value : new Date(value);
}

/** The last report of each scheduled task, kept in the database. */
export class TaskReportStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get<T>(taskId: string): Promise<TaskReport<T> | undefined> {
    const row = await this.knex(TABLE).where({ task_id: taskId }).first();
    if (!row) return undefined;
    return {
      taskId,
      status: row.status,
      startedAt: date(row.started_at),
      finishedAt: date(row.finished_at),
      error: row.error ?? undefined,
      report: row.report ? (JSON.parse(row.report) as T) : undefined,
      reportAt: date(row.report_at),
      requestedAt: date(row.requested_at),
      requestedBy: row.requested_by ?? undefined,
    };
  }

  async started(taskId: string): Promise<void> {
    await this.upsert(taskId, {
      status: 'running',
      started_at: this.now(),
    });
  }

  async succeeded(taskId: string, report: unknown): Promise<void> {
    const at = this.now();
    await this.upsert(taskId, {
      status: 'ok',
      finished_at: at,
      error: null,
      report: JSON.stringify(report),
      report_at: at,
    });
  }

  async failed(taskId: string, error: string): Promise<void> {
    await this.upsert(taskId, {
      status: 'failed',
      finished_at: this.now(),
      error: error.slice(0, 2000),
    });
  }

  async requested(taskId: string, actorRef: string): Promise<Date> {
    const at = this.now();
    await this.upsert(taskId, { requested_at: at, requested_by: actorRef });
    return at;
  }

  private async upsert(taskId: string, columns: Record<string, unknown>) {
    await this.knex(TABLE)
      .insert({ task_id: taskId, status: 'idle', ...columns })
      .onConflict('task_id')
      .merge(Object.keys(columns));
  }
}
