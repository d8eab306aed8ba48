import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { TaskReportStore } from '../database/TaskReportStore';

/**
 * Schedules a task (`scope: global`: one replica runs it at a time) whose
 * every run leaves its report, or its error, in the database.
 */
export async function scheduleReportedTask<T>(options: {
  id: string;
  scheduler: SchedulerService;
  reports: TaskReportStore;
  logger: LoggerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  run: () => Promise<T>;
  /** After a successful run, e.g. alerts that want fresh data. */
  afterRun?: (report: T) => Promise<unknown>;
  /** Each run's outcome, e.g. for metrics. */
  onRun?: (outcome: 'ok' | 'failed', report?: T) => void;
}) {
  const { id, reports, logger } = options;
  await options.scheduler.scheduleTask({
    id,
    ...options.schedule,
    scope: 'global',
    fn: async () => {
      await reports.started(id);
      let report: T;
      try {
        report = await options.run();
      } catch (error) {
        logger.warn(`Task ${id} failed: ${error}`);
        options.onRun?.('failed');
        await reports.failed(id, String(error));
        return;
      }
      options.onRun?.('ok', report);
      await reports.succeeded(id, report);
      try {
        await options.afterRun?.(report);
      } catch (error) {
        logger.warn(`After task ${id}: ${error}`);
      }
    },
  });
}
