import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ModelService } from '../services/ModelService';

export const DEFAULT_MODEL_SYNC_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 5 },
    timeout: { minutes: 2 },
    initialDelay: { seconds: 5 },
    scope: 'global',
  };

/** Keeps the stored catalog fresh; `scope: global` runs it once across replicas. */
export async function scheduleModelSync(options: {
  scheduler: SchedulerService;
  models: ModelService;
  logger: LoggerService;
  schedule?: SchedulerServiceTaskScheduleDefinition;
}) {
  const { scheduler, models, logger } = options;
  await scheduler.scheduleTask({
    id: 'litemaas-model-sync',
    ...(options.schedule ?? DEFAULT_MODEL_SYNC_SCHEDULE),
    scope: 'global',
    fn: async () => {
      try {
        await models.sync();
      } catch (error) {
        logger.warn(`Model sync from LiteLLM failed: ${error}`);
      }
    },
  });
}
