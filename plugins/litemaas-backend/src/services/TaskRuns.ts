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
      /** How often, and how long, a trigger refused by a run is retried. */
      followUp?: { intervalMs?: number; timeoutMs?: number };
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

  /**
   * Asks for a run now. A run already going may have read before this
   * request (a sync would miss what the asker just did), so another is
   * asked for as soon as it has finished.
   */
  async trigger<T>(taskId: string, actorRef: string): Promise<TaskStatus<T>> {
    await this.deps.reports.requested(taskId, actorRef);
    if (!(await this.triggerOnce(taskId))) this.triggerAfterRun(taskId);
    return this.status<T>(taskId);
  }

  /** Whether the scheduler took the trigger (false: a run is going). */
  private async triggerOnce(taskId: string): Promise<boolean> {
    try {
      await this.deps.scheduler.triggerTask(taskId);
      return true;
    } catch (error) {
      if (!(isError(error) && error.name === 'ConflictError')) throw error;
      return false;
    }
  }

  private readonly following = new Set<string>();

  /** Triggers the task once its current run ends (gives up after a while). */
  private triggerAfterRun(taskId: string) {
    if (this.following.has(taskId)) return;
    this.following.add(taskId);
    const deadline = Date.now() + this.followUpMs;
    const attempt = async () => {
      try {
        if (!(await this.triggerOnce(taskId)) && Date.now() < deadline) {
          // Unref'd: a pending follow-up does not hold the process open.
          setTimeout(attempt, this.followUpIntervalMs).unref();
          return;
        }
      } catch {
        // Not a run going: nothing more to ask for.
      }
      this.following.delete(taskId);
    };
    setTimeout(attempt, this.followUpIntervalMs).unref();
  }

  private get followUpMs() {
    return this.deps.followUp?.timeoutMs ?? 5 * 60_000;
  }

  private get followUpIntervalMs() {
    return this.deps.followUp?.intervalMs ?? 1000;
  }
}
