import {
  LoggerService,
  SchedulerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { BaseKServeProvider } from './BaseKServeProvider';
import { readKServeSourceConfigs } from './config';
import {
  ClusterProviderTuning,
  KServeClusterEntityProvider,
} from './KServeClusterEntityProvider';
import { KServeManifestEntityProvider } from './KServeManifestEntityProvider';

export { BaseKServeProvider } from './BaseKServeProvider';
export type {
  EntityDefaults,
  KServeSourceConfig,
  KubernetesSourceConfig,
  ManifestSourceConfig,
} from './config';
export { readKServeSourceConfigs } from './config';
export type { ClusterProviderTuning } from './KServeClusterEntityProvider';
export { KServeClusterEntityProvider } from './KServeClusterEntityProvider';
export { KServeManifestEntityProvider } from './KServeManifestEntityProvider';

/**
 * One provider per `catalog.providers.kserve.<id>`, each with its own
 * schedule, so one source failing never touches another's entities.
 */
export function createKServeEntityProviders(
  config: Config,
  deps: {
    logger: LoggerService;
    scheduler: SchedulerService;
    urlReader?: UrlReaderService;
    tuning?: ClusterProviderTuning;
  },
): BaseKServeProvider[] {
  return readKServeSourceConfigs(config).map(source => {
    const taskRunner = deps.scheduler.createScheduledTaskRunner(
      source.schedule,
    );
    return source.type === 'kubernetes'
      ? new KServeClusterEntityProvider(
          source,
          deps.logger,
          taskRunner,
          deps.tuning,
        )
      : new KServeManifestEntityProvider(
          source,
          deps.logger,
          taskRunner,
          deps.urlReader,
        );
  });
}
