import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';

/**
 * Catalog module that will ingest KServe InferenceServices and
 * LLMInferenceServices as catalog entities (see README). Until the provider
 * lands it only reports whether it has been configured.
 *
 * @public
 */
export const catalogModuleKserve = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'kserve',
  register({ registerInit }) {
    registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
      },
      async init({ logger, config }) {
        const providers = config.getOptionalConfig('catalog.providers.kserve');
        const ids = providers?.keys() ?? [];
        logger.info(
          ids.length
            ? `KServe entity provider configured for ${ids.join(
                ', ',
              )}; ingestion is not available in this version yet`
            : 'KServe entity provider not configured (catalog.providers.kserve)',
        );
      },
    });
  },
});
