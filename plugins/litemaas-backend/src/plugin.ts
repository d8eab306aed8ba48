import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { notificationService } from '@backstage/plugin-notifications-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  litemaasAccessReviewPermission,
  litemaasKeyManagePermission,
  litemaasPermissions,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  LiteMaasGatewayAdapter,
  litemaasGatewayExtensionPoint,
  litemaasKeyResourceRef,
  litemaasKeyRules,
  litemaasModelResourceRef,
  litemaasModelRules,
} from '@litemaas/backstage-plugin-litemaas-node';
import { applyDatabaseMigrations } from './database/migrations';
import { KnexAccessStore } from './database/KnexAccessStore';
import { KnexModelPolicyStore } from './database/KnexModelPolicyStore';
import { KnexModelStore } from './database/KnexModelStore';
import { KnexKeyStore } from './database/KnexKeyStore';
import { SettingsStore } from './database/SettingsStore';
import { LiteLlmClient } from './gateways/litellm/LiteLlmClient';
import { CallerResolver } from './permissions/CallerResolver';
import { AccessNotifier } from './services/AccessNotifier';
import { AccessService } from './services/AccessService';
import { defaultPoliciesFromConfig } from './services/defaultPolicies';
import { HealthService } from './services/HealthService';
import { ModelAdminService } from './services/ModelAdminService';
import { ModelService } from './services/ModelService';
import { KeyService } from './services/KeyService';
import { KeyReconciler } from './services/KeyReconciler';
import {
  KeySettingsService,
  keySettingsFromConfig,
} from './services/KeySettingsService';
import { catalogUserResolver } from './services/catalogUsers';
import { UsageStore } from './database/UsageStore';
import { UsageIngestor } from './services/UsageIngestor';
import { UsageService } from './services/UsageService';
import { KeyAlerts } from './services/KeyAlerts';
import { TeamBudgetAlerts } from './services/TeamBudgetAlerts';
import { TeamBudgetService } from './services/TeamBudgetService';
import { TeamStore } from './database/TeamStore';
import { createRouter } from './service/router';
import { scheduleModelSync } from './tasks/scheduleModelSync';
import { scheduleKeyReconciler } from './tasks/scheduleKeyReconciler';

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
        auditor: coreServices.auditor,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        notifications: notificationService,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const { config, logger, database, scheduler, auditor } = deps;

        for (const adapter of gatewayAdapters.values()) {
          logger.info(
            `Gateway adapter '${adapter.id}' installed: ${adapter.description}`,
          );
        }

        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await applyDatabaseMigrations(knex);
        }
        const modelStore = new KnexModelStore(knex);
        const policyStore = new KnexModelPolicyStore(knex);
        const accessStore = new KnexAccessStore(knex);

        const litellm = LiteLlmClient.fromConfig(config, { logger });
        const models = new ModelService({
          litellm,
          store: modelStore,
          policies: policyStore,
          access: accessStore,
          logger,
          defaultPolicy: defaultPoliciesFromConfig(config),
        });
        const keySettings = new KeySettingsService(
          new SettingsStore(knex),
          keySettingsFromConfig(config),
        );
        const keyStore = new KnexKeyStore(knex);
        const keys = new KeyService({
          store: keyStore,
          access: accessStore,
          litellm,
          settings: keySettings,
          adapters: [...gatewayAdapters.values()],
          auditor,
          logger,
        });
        const reconciler = new KeyReconciler({
          store: keyStore,
          access: accessStore,
          litellm,
          keys,
          logger,
          resolveUser: catalogUserResolver(deps.catalog, deps.auth),
        });
        const access = new AccessService({
          store: accessStore,
          models,
          auditor,
          onGrantEnded: (subjectRef, modelName) =>
            keys.removeModelFromSubjectKeys(subjectRef, modelName),
          notifier: new AccessNotifier({
            notifications: deps.notifications,
            logger,
            adminRefs: config.getOptionalStringArray('litemaas.admins') ?? [],
          }),
        });
        const modelAdmin = new ModelAdminService({
          litellm,
          models,
          modelStore,
          policies: policyStore,
          access,
          auditor,
        });

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

        const keyAlerts = new KeyAlerts({
          knex,
          keys: keyStore,
          notifications: deps.notifications,
          logger,
        });
        const teamStore = new TeamStore(knex);
        const teamBudgets = new TeamBudgetService({
          litellm,
          teams: teamStore,
          keys: keyStore,
          auditor,
          groupExists: async ref =>
            Boolean(
              await deps.catalog.getEntityByRef(ref, {
                credentials: await deps.auth.getOwnServiceCredentials(),
              }),
            ),
        });
        const teamAlerts = new TeamBudgetAlerts({
          budgets: teamBudgets,
          teams: teamStore,
          notifications: deps.notifications,
          logger,
        });
        await scheduleKeyReconciler({
          scheduler,
          reconciler,
          // Spend is fresh right after a reconciliation: alerts follow it.
          afterRun: async () => {
            await keyAlerts.run();
            await teamAlerts.run();
          },
          logger,
          config: config.getOptionalConfig('litemaas.keys.reconcile.schedule'),
        });

        const usageStore = new UsageStore(knex);
        const usageIngestor = new UsageIngestor({
          litellm,
          usage: usageStore,
          keys: keyStore,
          models: modelStore,
          logger,
          backfillDays: config.getOptionalNumber('litemaas.usage.backfillDays'),
          retentionDays: config.getOptionalNumber(
            'litemaas.usage.retentionDays',
          ),
        });
        await scheduler.scheduleTask({
          id: 'litemaas-usage-sync',
          frequency: { minutes: 5 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 20 },
          scope: 'global',
          fn: async () => {
            try {
              await usageIngestor.run();
            } catch (error) {
              logger.warn(`Usage sync from LiteLLM failed: ${error}`);
            }
          },
        });

        deps.permissionsRegistry.addPermissions(litemaasPermissions);
        deps.permissionsRegistry.addResourceType({
          resourceRef: litemaasModelResourceRef,
          permissions: [litemaasAccessReviewPermission],
          rules: Object.values(litemaasModelRules),
          getResources: async names =>
            Promise.all(
              names.map(async name => ({
                name,
                ownerRef: (await models.policyOf(name)).ownerRef,
              })),
            ),
        });

        deps.permissionsRegistry.addResourceType({
          resourceRef: litemaasKeyResourceRef,
          permissions: [litemaasKeyManagePermission],
          rules: Object.values(litemaasKeyRules),
          getResources: async ids =>
            Promise.all(
              ids.map(async id => {
                const key = await keyStore.get(id);
                return key
                  ? { id: key.id, subjectRef: key.subjectRef }
                  : undefined;
              }),
            ),
        });

        deps.httpRouter.use(
          await createRouter({
            callers: new CallerResolver(deps),
            models,
            modelAdmin,
            access,
            health: new HealthService(litellm),
            keys,
            keySettings,
            reconciler,
            usage: new UsageService({
              usage: usageStore,
              keys: keyStore,
              models,
            }),
            usageIngestor,
            teamBudgets,
            endpointBaseUrl: config.getOptionalString(
              'litemaas.gatewayBaseUrl',
            ),
          }),
        );
        // Exports are downloaded by plain navigation, which carries
        // Backstage's user cookie rather than an Authorization header.
        deps.httpRouter.addAuthPolicy({
          path: '/usage/export',
          allow: 'user-cookie',
        });
      },
    });
  },
});
