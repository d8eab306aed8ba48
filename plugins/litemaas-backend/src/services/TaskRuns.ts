import { SchedulerService } from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';
import { TaskStatus } from '@litemaas/backstage-plugin-litemaas-common';
import { TaskReportStore } from '../database/TaskReportStore';

/**
 * The portal's scheduled tasks as admins see them: the last report (kept in
 * the database, so every replica shows the same), and "run now", which asks
 * the scheduler to run the task (once, on one replica) rather than running
 * it in the request.
 */
export class TaskRuns {
  constructor(
    private readonly deps: {
      scheduler: SchedulerService;
      reports: TaskReportStore;
    },
  ) {}

  async status<T>(taskId: string): Promise<TaskStatus<T>> {
    const row = await this.deps.reports.get<T>(taskId);
    if (!row) return { status: 'idle' };
    return {
      status: row.status,
      startedAt: row.startedAt?.toISOString(),
      finishedAt: row.finishedAt?.toISOString(),
      error: row.error,
      report: row.report,
      reportAt: row.reportAt?.toISOString(),
      requestedAt: row.requestedAt?.toISOString(),
    };
  }

  /** Asks for a run now; a run already going is as good. */
  async trigger<T>(taskId: string, actorRef: string): Promise<TaskStatus<T>> {
    await this.deps.reports.requested(taskId, actorRef);
    try {
      await this.deps.scheduler.triggerTask(taskId);
    } catch (error) {
      if (!(isError(error) && error.name === 'ConflictError')) throw error;
    }
    return this.status<T>(taskId);
  }
}
