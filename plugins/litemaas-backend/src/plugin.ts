import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { litemaasPermissions } from '@litemaas/backstage-plugin-litemaas-common';
import {
  LiteMaasGatewayAdapter,
  litemaasGatewayExtensionPoint,
} from '@litemaas/backstage-plugin-litemaas-node';
import { applyDatabaseMigrations } from './database/migrations';
import { KnexModelStore } from './database/KnexModelStore';
import { LiteLlmClient } from './gateways/litellm/LiteLlmClient';
import { HealthService } from './services/HealthService';
import { ModelService } from './services/ModelService';
import { createRouter } from './service/router';
import { scheduleModelSync } from './tasks/scheduleModelSync';

/**
 * The LiteMaaS backend plugin: brokers LiteLLM's admin API for the portal.
 *
 * @public
 */
export const litemaasPlugin = createBackendPlugin({
  pluginId: 'litemaas',
  register(env) {
    const gatewayAdapters = new Map<string, LiteMaasGatewayAdapter>();
    env.registerExtensionPoint(litemaasGatewayExtensionPoint, {
      addGatewayAdapter(adapter) {
        if (gatewayAdapters.has(adapter.id)) {
          throw new Error(
            `A LiteMaaS gateway adapter with id '${adapter.id}' is already installed`,
          );
        }
        gatewayAdapters.set(adapter.id, adapter);
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init(deps) {
        const { config, logger, database, scheduler } = deps;

        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await applyDatabaseMigrations(knex);
        }

        for (const adapter of gatewayAdapters.values()) {
          logger.info(
            `Gateway adapter '${adapter.id}' installed: ${adapter.description}`,
          );
        }

        const litellm = LiteLlmClient.fromConfig(config, { logger });
        const models = new ModelService({
          litellm,
          store: new KnexModelStore(knex),
          logger,
        });
        const health = new HealthService(litellm);

        const scheduleConfig = config.getOptionalConfig(
          'litemaas.modelSync.schedule',
        );
        await scheduleModelSync({
          scheduler,
          models,
          logger,
          schedule: scheduleConfig
            ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                scheduleConfig,
              )
            : undefined,
        });

        deps.permissionsRegistry.addPermissions(litemaasPermissions);
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            models,
            health,
          }),
        );
      },
    });
  },
});
