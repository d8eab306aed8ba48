import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

/** A task's schedule from `key` in the config, or `fallback` when unset. */
export function scheduleFromConfig(
  config: Config,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  const configured = config.getOptionalConfig(key);
  return configured
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(configured)
    : fallback;
}
