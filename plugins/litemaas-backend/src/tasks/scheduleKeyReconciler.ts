import {
  LoggerService,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { KeyReconciler } from '../services/KeyReconciler';

/**
 * Compares the portal's keys with LiteLLM's and repairs the difference.
 * `scope: global`: one replica runs it at a time.
 */
export async function scheduleKeyReconciler(options: {
  scheduler: SchedulerService;
  reconciler: KeyReconciler;
  afterRun?: () => Promise<unknown>;
  logger: LoggerService;
  config?: Config;
}) {
  const schedule = options.config
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(options.config)
    : {
        frequency: { minutes: 2 },
        timeout: { minutes: 5 },
        initialDelay: { seconds: 30 },
      };
  await options.scheduler.scheduleTask({
    id: 'litemaas-key-reconciler',
    ...schedule,
    scope: 'global',
    fn: async () => {
      try {
        const report = await options.reconciler.run();
        const repaired =
          report.completed +
          report.removedFromGateway +
          report.markedRevoked +
          report.adopted;
        await options.afterRun?.();
        if (repaired) {
          options.logger.info('Key reconciliation repaired differences', {
            ...report,
            unmanaged: report.unmanaged.length,
          });
        }
      } catch (error) {
        options.logger.warn(`Key reconciliation failed: ${error}`);
      }
    },
  });
}
