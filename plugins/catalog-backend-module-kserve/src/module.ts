import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import {
  AiModelServerApiEntityProcessor,
  ModelLifecycleProcessor,
  ModelLifecycleSource,
  readModelLifecycleConfig,
} from './processor';
import { createKServeEntityProviders } from './providers';

/**
 * Catalog module that ingests KServe InferenceServices and
 * LLMInferenceServices, from clusters or manifests, as catalog entities
 * (see README), and makes the catalog accept the `AiModelServerAPI` kind.
 *
 * @public
 */
export const catalogModuleKserve = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'kserve',
  register({ registerInit }) {
    registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
        lifecycle: coreServices.lifecycle,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({
        catalog,
        config,
        logger,
        scheduler,
        urlReader,
        lifecycle,
        discovery,
        auth,
      }) {
        // Always: the kind may also come from other locations, and an
        // entity left from an earlier entityShape must stay valid until
        // the provider's next run removes it.
        catalog.addProcessor(new AiModelServerApiEntityProcessor());
        // Also for entities from other sources that name a LiteLLM model.
        // Without the LiteMaaS backend every read fails and entities stay
        // as they are.
        const lifecycleConfig = readModelLifecycleConfig(config);
        if (lifecycleConfig.enabled) {
          catalog.addProcessor(
            new ModelLifecycleProcessor(
              new ModelLifecycleSource({
                discovery,
                auth,
                logger,
                refreshSeconds: lifecycleConfig.refreshSeconds,
                maxStaleSeconds: lifecycleConfig.maxStaleSeconds,
              }),
            ),
          );
        }
        const providers = createKServeEntityProviders(config, {
          logger,
          scheduler,
          urlReader,
        });
        if (providers.length === 0) {
          logger.info(
            'KServe entity provider not configured (catalog.providers.kserve)',
          );
          return;
        }
        catalog.addEntityProvider(providers);
        lifecycle.addShutdownHook(() => {
          for (const provider of providers) provider.stop();
        });
        logger.info(
          `KServe entity providers: ${providers
            .map(p => p.getProviderName())
            .join(', ')}`,
        );
      },
    });
  },
});
