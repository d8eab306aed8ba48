import {
  coreServices,
  createBackendPlugin,
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
import { AuditStore } from './database/AuditStore';
import { AuditService, RecordingAuditor } from './services/audit';
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
import { KeyService } from './services/keys/KeyService';
import { PlaygroundService } from './services/playground/PlaygroundService';
import { readPlaygroundConfig } from './services/playground/playgroundConfig';
import { KeyWriter } from './services/keys/KeyWriter';
import { KeyDelivery } from './services/keys/KeyDelivery';
import { KeyDeliveryStore } from './database/KeyDeliveryStore';
import { hashKey } from './services/keys/keyViews';
import { GatewayService } from './services/GatewayService';
import { GatewayReconciliation } from './services/reconcile/GatewayReconciliation';
import {
  DEFAULT_RECONCILE_SETTINGS,
  KeyReconciler,
} from './services/reconcile/KeyReconciler';
import { KeyAdoption } from './services/reconcile/KeyAdoption';
import { InstanceLease } from './services/reconcile/InstanceLease';
import {
  adoptionMatchFromConfig,
  reconcileSettingsFromConfig,
} from './services/reconcile/reconcileConfig';
import {
  KeySettingsService,
  keySettingsFromConfig,
} from './services/keys/KeySettingsService';
import { FocusExport } from './services/catalogSpend/FocusExport';
import { CatalogSpendService } from './services/catalogSpend/CatalogSpendService';
import { catalogComponentDirectory } from './services/catalogSpend/catalogComponents';
import { catalogUserDirectory } from './services/catalogUsers';
import { resolveInstanceId } from './services/instanceId';
import { notifyEntities } from './services/notify';
import { TaskRuns } from './services/TaskRuns';
import { ReconcileStore } from './database/ReconcileStore';
import { TaskReportStore } from './database/TaskReportStore';
import { UsageStore } from './database/UsageStore';
import { UsageHoldStore } from './database/UsageHoldStore';
import { UsageHoldService } from './services/UsageHoldService';
import { UsageIngestor } from './services/UsageIngestor';
import { UsageService } from './services/UsageService';
import { KeyAlerts } from './services/KeyAlerts';
import { TeamBudgetAlerts } from './services/TeamBudgetAlerts';
import { TeamBudgetService } from './services/TeamBudgetService';
import { TeamStore } from './database/TeamStore';
import { createRouter } from './service/router';
import { GrantEndService } from './services/access/GrantEndService';
import { GrantExpiry } from './services/access/GrantExpiry';
import { RecertificationStore } from './database/RecertificationStore';
import { TopUpStore } from './database/TopUpStore';
import { DepartureStore } from './database/DepartureStore';
import {
  Offboarding,
  readOffboardingSettings,
} from './services/offboarding/Offboarding';
import { TopUpService } from './services/topups/TopUpService';
import { TopUpNotifier } from './services/topups/TopUpNotifier';
import { TeamTopUps } from './services/topups/TeamTopUps';
import { RecertificationService } from './services/recertification/RecertificationService';
import { RecertificationNotifier } from './services/recertification/RecertificationNotifier';
import { RecertificationDeadlines } from './services/recertification/RecertificationDeadlines';
import { DeprecationStore } from './database/DeprecationStore';
import { DeprecationHolders } from './services/deprecations/DeprecationHolders';
import { DeprecationNotifier } from './services/deprecations/DeprecationNotifier';
import { DeprecationService } from './services/deprecations/DeprecationService';
import { DeprecationTask } from './services/deprecations/DeprecationTask';
import { Retirement } from './services/deprecations/Retirement';
import {
  DEFAULT_MODEL_SYNC_SCHEDULE,
  scheduleModelSync,
} from './tasks/scheduleModelSync';
import { scheduleReportedTask } from './tasks/scheduleReportedTask';
import { scheduleFromConfig } from './tasks/scheduleFromConfig';
import { LiteMaasMetrics } from './metrics/LiteMaasMetrics';
import { portalLinks } from './services/portalLinks';
import { ApprovalRuleStore } from './database/ApprovalRuleStore';
import {
  ApprovalRuleService,
  approvalRulesFromConfig,
} from './services/approvals/ApprovalRuleService';
import { Escalation } from './services/approvals/Escalation';

const RECONCILE_TASK = 'litemaas-key-reconciler';
const USAGE_SYNC_TASK = 'litemaas-usage-sync';
const GRANT_EXPIRY_TASK = 'litemaas-grant-expiry';
const RECERTIFICATION_TASK = 'litemaas-recertification-deadlines';
const DEPRECATION_TASK = 'litemaas-model-deprecations';
const TOP_UP_TASK = 'litemaas-top-up-ends';
const OFFBOARDING_TASK = 'litemaas-offboarding';
const ESCALATION_TASK = 'litemaas-approval-escalation';
// Key and team budget alerts: after each reconciliation, on its replica.
const ALERTS_TASK = 'litemaas-alerts';

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
        const { config, logger, database, scheduler } = deps;

        for (const adapter of gatewayAdapters.values()) {
          logger.info(
            `Gateway adapter '${adapter.id}' installed: ${adapter.description}`,
          );
        }

        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await applyDatabaseMigrations(knex);
        }
        // Every auditor event is also kept in the portal's audit trail.
        const auditStore = new AuditStore(knex);
        const auditor = new RecordingAuditor({
          auditor: deps.auditor,
          store: auditStore,
          logger,
        });
        const modelStore = new KnexModelStore(knex);
        const policyStore = new KnexModelPolicyStore(knex);
        const accessStore = new KnexAccessStore(knex);
        const deprecationStore = new DeprecationStore(knex);

        const metrics = new LiteMaasMetrics();
        const litellm = LiteLlmClient.fromConfig(config, {
          logger,
          onCall: call => metrics.litellmCall(call),
        });
        const models = new ModelService({
          litellm,
          store: modelStore,
          policies: policyStore,
          deprecations: deprecationStore,
          access: accessStore,
          logger,
          defaultPolicy: defaultPoliciesFromConfig(config),
          maxAgeMs: optionalSeconds(
            config.getOptionalNumber('litemaas.modelSync.maxAgeSeconds'),
          ),
          readWaitMs: config.getOptionalNumber('litemaas.modelSync.readWaitMs'),
        });
        const keySettings = new KeySettingsService(
          new SettingsStore(knex),
          keySettingsFromConfig(config),
          auditor,
        );
        const instanceId = await resolveInstanceId(
          new SettingsStore(knex),
          config,
        );
        logger.info(`LiteMaaS instance id: ${instanceId}`);
        for (const adapter of gatewayAdapters.values()) {
          await adapter.bind?.({ instanceId });
        }
        const gateways = new GatewayService({
          adapters: [...gatewayAdapters.values()],
          settings: new SettingsStore(knex),
          auditor,
          modelExists: async name => !!(await modelStore.get(name)),
        });
        await gateways.syncPublications();
        const adminRefs =
          config.getOptionalStringArray('litemaas.admins') ?? [];
        // Notification links follow where the app mounts LiteMaaS.
        const links = portalLinks(config);
        const keyStore = new KnexKeyStore(knex);
        const lease = new InstanceLease({
          settings: new SettingsStore(knex),
          litellm,
          instanceId,
          logger,
        });
        // A copy of this database (a restored backup) finds out before it
        // changes anything; LiteLLM being down is no reason not to start.
        await lease
          .check()
          .catch(error =>
            logger.warn(`Could not check the install's lease: ${error}`),
          );
        const reconcileSettings = reconcileSettingsFromConfig(config);
        const writer = new KeyWriter({
          store: keyStore,
          litellm,
          adapters: [...gatewayAdapters.values()],
          instanceId,
          lease,
          logger,
          metrics,
          staleAfterMs: reconcileSettings.staleAfterMs,
        });
        const delivery = KeyDelivery.fromConfig(config, {
          store: new KeyDeliveryStore(knex),
        });
        const topUpStore = new TopUpStore(knex);
        // Keys tie to catalog Components; spend rolls up through them.
        const components = catalogComponentDirectory(deps.catalog, deps.auth);
        const keys = new KeyService({
          store: keyStore,
          access: accessStore,
          litellm,
          writer,
          settings: keySettings,
          delivery,
          auditor,
          logger,
          topUpAllowance: keyId => topUpStore.allowance(keyId),
          components,
        });
        const gatewayBaseUrl = config.getOptionalString(
          'litemaas.gatewayBaseUrl',
        );
        const playground = new PlaygroundService({
          store: keyStore,
          access: accessStore,
          writer,
          config: readPlaygroundConfig(config),
          gatewayBaseUrl:
            gatewayBaseUrl ?? config.getString('litemaas.litellm.baseUrl'),
          auditor,
          logger,
          components,
        });
        const reconcileStore = new ReconcileStore(knex);
        const masterKey = config.getString('litemaas.litellm.masterKey');
        const adoption = new KeyAdoption({
          store: keyStore,
          reconcile: reconcileStore,
          litellm,
          users: catalogUserDirectory(deps.catalog, deps.auth),
          entityExists: async ref =>
            Boolean(
              await deps.catalog.getEntityByRef(ref, {
                credentials: await deps.auth.getOwnServiceCredentials(),
              }),
            ),
          instanceId,
          portalTokenHash: hashKey(masterKey),
          match: adoptionMatchFromConfig(config),
          auditor,
          lease,
        });
        const notifyAdmins = (notice: { title: string; description: string }) =>
          notifyEntities(
            { notifications: deps.notifications, logger },
            adminRefs,
            {
              ...notice,
              link: links.reconcile,
              severity: 'high',
              topic: 'litemaas-reconciliation',
            },
          );
        const notifyOwner = (
          ownerRef: string,
          notice: { title: string; description: string; topic: string },
        ) =>
          notifyEntities(
            { notifications: deps.notifications, logger },
            [ownerRef],
            { ...notice, link: links.keys, severity: 'high' },
          );
        const reconciler = new KeyReconciler({
          store: keyStore,
          access: accessStore,
          litellm,
          writer,
          keys,
          reconcile: reconcileStore,
          adoption,
          lease,
          instanceId,
          logger,
          auditor,
          settings: reconcileSettings,
          notifyAdmins,
          notifyOwner,
          gateways: new GatewayReconciliation({
            adapters: [...gatewayAdapters.values()],
            store: keyStore,
            reconcile: reconcileStore,
            logger,
            settings: { ...DEFAULT_RECONCILE_SETTINGS, ...reconcileSettings },
            busy: record => writer.busy(record),
            syncPublications: () => gateways.syncPublications(),
            notifyAdmins,
            notifyOwner,
          }),
        });
        const taskReports = new TaskReportStore(knex);
        const taskRuns = new TaskRuns({ scheduler, reports: taskReports });
        const accessNotifier = new AccessNotifier({
          notifications: deps.notifications,
          logger,
          adminRefs,
          links,
        });
        const narrowSubjectKeys = (subjectRef: string) =>
          keys.narrowSubjectKeys(subjectRef);
        const approvalRules = new ApprovalRuleService({
          store: new ApprovalRuleStore(knex),
          models,
          configRules: approvalRulesFromConfig(config),
          catalog: deps.catalog,
          auth: deps.auth,
          auditor,
        });
        const access = new AccessService({
          store: accessStore,
          models,
          auditor,
          onGrantsChanged: narrowSubjectKeys,
          notifier: accessNotifier,
          rules: approvalRules,
          logger,
          retiredModel: async name => {
            const campaign = await deprecationStore.live(name);
            return campaign?.status === 'retired' ? campaign : undefined;
          },
        });
        const escalation = new Escalation({
          rules: approvalRules,
          store: accessStore,
          notifier: accessNotifier,
          auditor,
          logger,
        });
        const grantEnds = new GrantEndService({
          store: accessStore,
          models,
          notifier: accessNotifier,
          auditor,
        });
        const grantExpiry = new GrantExpiry({
          store: accessStore,
          notifier: accessNotifier,
          auditor,
          logger,
          onGrantsChanged: narrowSubjectKeys,
          applyLongestGrants: actorRef =>
            grantEnds.applyLongestGrants(actorRef),
        });
        const modelAdmin = new ModelAdminService({
          litellm,
          models,
          modelStore,
          policies: policyStore,
          access,
          grantEnds,
          auditor,
        });

        await scheduleModelSync({
          scheduler,
          models,
          logger,
          schedule: scheduleFromConfig(
            config,
            'litemaas.modelSync.schedule',
            DEFAULT_MODEL_SYNC_SCHEDULE,
          ),
        });

        const keyAlerts = new KeyAlerts({
          knex,
          keys: keyStore,
          notifications: deps.notifications,
          logger,
          links,
        });
        const teamStore = new TeamStore(knex);
        const teamBudgets = new TeamBudgetService({
          litellm,
          teams: teamStore,
          keys: keyStore,
          topUps: topUpStore,
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
          links,
        });
        await scheduleReportedTask({
          id: RECONCILE_TASK,
          scheduler,
          reports: taskReports,
          logger,
          schedule: scheduleFromConfig(
            config,
            'litemaas.keys.reconcile.schedule',
            {
              frequency: { minutes: 2 },
              timeout: { minutes: 5 },
              initialDelay: { seconds: 30 },
            },
          ),
          run: () => reconciler.run(),
          onRun: (outcome, report) => {
            metrics.taskRun(RECONCILE_TASK, outcome);
            if (report) metrics.reconciled(report);
          },
          // Spend is fresh right after a reconciliation: alerts follow it.
          afterRun: async () => {
            try {
              await keyAlerts.run();
              await teamAlerts.run();
            } catch (error) {
              metrics.taskRun(ALERTS_TASK, 'failed');
              throw error;
            }
            metrics.taskRun(ALERTS_TASK, 'ok');
          },
        });

        await scheduleReportedTask({
          id: GRANT_EXPIRY_TASK,
          scheduler,
          reports: taskReports,
          logger,
          schedule: scheduleFromConfig(
            config,
            'litemaas.grants.expirySchedule',
            {
              frequency: { minutes: 5 },
              timeout: { minutes: 5 },
              initialDelay: { seconds: 40 },
            },
          ),
          run: () => grantExpiry.run(),
          onRun: outcome => metrics.taskRun(GRANT_EXPIRY_TASK, outcome),
        });

        await scheduleReportedTask({
          id: ESCALATION_TASK,
          scheduler,
          reports: taskReports,
          logger,
          schedule: scheduleFromConfig(
            config,
            'litemaas.access.escalationSchedule',
            {
              frequency: { minutes: 30 },
              timeout: { minutes: 5 },
              initialDelay: { minutes: 1 },
            },
          ),
          run: () => escalation.run(),
          onRun: outcome => metrics.taskRun(ESCALATION_TASK, outcome),
        });

        const topUpNotifier = new TopUpNotifier({
          notifications: deps.notifications,
          logger,
          adminRefs,
          links,
        });
        const topUps = new TopUpService({
          store: topUpStore,
          keys: keyStore,
          writer,
          models,
          notifier: topUpNotifier,
          auditor,
          logger,
          teams: new TeamTopUps({
            store: topUpStore,
            litellm,
            notifier: topUpNotifier,
            auditor,
            logger,
          }),
        });
        await scheduleReportedTask({
          id: TOP_UP_TASK,
          scheduler,
          reports: taskReports,
          logger,
          schedule: scheduleFromConfig(config, 'litemaas.keys.topUpSchedule', {
            frequency: { minutes: 10 },
            timeout: { minutes: 5 },
            initialDelay: { minutes: 1 },
          }),
          run: () => topUps.run(),
          onRun: outcome => metrics.taskRun(TOP_UP_TASK, outcome),
        });

        const offboarding = new Offboarding({
          store: new DepartureStore(knex),
          keys: keyStore,
          access: accessStore,
          writer,
          catalog: deps.catalog,
          auth: deps.auth,
          auditor,
          logger,
          settings: readOffboardingSettings(config),
          notifyAdmins: payload =>
            notifyEntities(
              { notifications: deps.notifications, logger },
              adminRefs,
              {
                link: links.offboarding,
                ...payload,
              },
            ),
          onGrantsChanged: narrowSubjectKeys,
        });
        await scheduleReportedTask({
          id: OFFBOARDING_TASK,
          scheduler,
          reports: taskReports,
          logger,
          schedule: scheduleFromConfig(
            config,
            'litemaas.offboarding.schedule',
            {
              frequency: { minutes: 30 },
              timeout: { minutes: 10 },
              initialDelay: { minutes: 2 },
            },
          ),
          run: () => offboarding.run(),
          onRun: outcome => metrics.taskRun(OFFBOARDING_TASK, outcome),
        });

        const usageStore = new UsageStore(knex);
        const recertStore = new RecertificationStore(knex);
        const recertNotifier = new RecertificationNotifier({
          notifications: deps.notifications,
          logger,
          adminRefs,
          links,
        });
        const recertifications = new RecertificationService({
          store: recertStore,
          access,
          accessStore,
          models,
          usage: usageStore,
          notifier: recertNotifier,
          auditor,
        });
        const recertDeadlines = new RecertificationDeadlines({
          store: recertStore,
          accessStore,
          notifier: recertNotifier,
          reviewersOf: names => recertifications.reviewersOf(names),
          onGrantsChanged: narrowSubjectKeys,
          auditor,
          logger,
        });
        await scheduleReportedTask({
          id: RECERTIFICATION_TASK,
          scheduler,
          reports: taskReports,
          logger,
          schedule: scheduleFromConfig(
            config,
            'litemaas.grants.recertificationSchedule',
            {
              frequency: { minutes: 15 },
              timeout: { minutes: 10 },
              initialDelay: { minutes: 1 },
            },
          ),
          run: () => recertDeadlines.run(),
          onRun: outcome => metrics.taskRun(RECERTIFICATION_TASK, outcome),
        });

        const deprecationHolders = new DeprecationHolders({
          access: accessStore,
          keys: keyStore,
          usage: usageStore,
          components,
          logger,
        });
        const deprecationTask = new DeprecationTask({
          store: deprecationStore,
          holders: deprecationHolders,
          notifier: new DeprecationNotifier({
            notifications: deps.notifications,
            logger,
            links,
          }),
          retirement: new Retirement({
            access: accessStore,
            keys: keyStore,
            writer,
            auditor,
            logger,
          }),
          auditor,
          logger,
          onChanged: () => models.catalogChanged(),
          lease,
        });
        await scheduleReportedTask({
          id: DEPRECATION_TASK,
          scheduler,
          reports: taskReports,
          logger,
          schedule: scheduleFromConfig(
            config,
            'litemaas.deprecations.schedule',
            {
              frequency: { minutes: 15 },
              timeout: { minutes: 10 },
              initialDelay: { minutes: 1 },
            },
          ),
          run: () => deprecationTask.run(),
          onRun: outcome => metrics.taskRun(DEPRECATION_TASK, outcome),
        });
        const deprecations = new DeprecationService({
          store: deprecationStore,
          holders: deprecationHolders,
          task: deprecationTask,
          models,
          auditor,
          logger,
          lease,
        });
        const usageHolds = new UsageHoldStore(knex);
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
          holds: usageHolds,
          onHeldBack: (day, portal, answered) =>
            notifyEntities(
              { notifications: deps.notifications, logger },
              adminRefs,
              {
                title: `Usage of ${day} held back: LiteLLM answered less than the portal has`,
                description: `LiteLLM reported ${answered.requests} requests for ${day}; the portal has ${portal.requests}. The portal kept its figures and adds only what is new. Accept LiteLLM's answer on the Usage page if it is right.`,
                link: links.usageEveryone,
                severity: 'high',
                topic: 'litemaas-usage',
              },
            ),
        });
        await scheduleReportedTask({
          id: USAGE_SYNC_TASK,
          scheduler,
          reports: taskReports,
          logger,
          schedule: scheduleFromConfig(config, 'litemaas.usage.schedule', {
            frequency: { minutes: 5 },
            timeout: { minutes: 10 },
            initialDelay: { seconds: 20 },
          }),
          run: () => usageIngestor.run(),
          onRun: outcome => metrics.taskRun(USAGE_SYNC_TASK, outcome),
        });
        // From the database: the replica that pulled may not be this one.
        metrics.observeUsageLag(async () => {
          const pulled = (await taskRuns.status(USAGE_SYNC_TASK)).reportAt;
          return pulled
            ? (Date.now() - new Date(pulled).getTime()) / 1000
            : undefined;
        });

        await scheduler.scheduleTask({
          id: 'litemaas-key-delivery-cleanup',
          frequency: { minutes: 15 },
          timeout: { minutes: 2 },
          initialDelay: { minutes: 1 },
          scope: 'global',
          fn: async () => {
            const deleted = await delivery.deleteExpired();
            if (deleted) {
              logger.info(`Deleted ${deleted} expired key deliveries`);
            }
          },
        });

        // Sessions whose page never ended them: LiteLLM already refuses
        // their expired keys; this takes the keys out of it.
        await scheduler.scheduleTask({
          id: 'litemaas-playground-sweep',
          frequency: { minutes: 5 },
          timeout: { minutes: 2 },
          initialDelay: { minutes: 1 },
          scope: 'global',
          fn: async () => {
            const { revoked, failed } = await playground.sweep();
            if (revoked || failed) {
              logger.info(
                `Playground sweep: ${revoked} expired session keys revoked, ${failed} failed`,
              );
            }
          },
        });

        const audit = new AuditService({
          store: auditStore,
          reviewableModels: caller => models.reviewableModelNames(caller),
          retentionDays:
            config.getOptionalNumber('litemaas.audit.retentionDays') ?? 365,
        });
        await scheduler.scheduleTask({
          id: 'litemaas-audit-retention',
          frequency: { hours: 24 },
          timeout: { minutes: 10 },
          initialDelay: { minutes: 5 },
          scope: 'global',
          fn: async () => {
            const deleted = await audit.prune();
            if (deleted) {
              logger.info(
                `Audit trail: ${deleted} events past retention deleted`,
              );
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
            callers: new CallerResolver({
              ...deps,
              decisionCacheMs: optionalSeconds(
                config.getOptionalNumber('litemaas.permissionCacheSeconds'),
              ),
            }),
            models,
            modelAdmin,
            access,
            health: new HealthService(litellm),
            keys,
            keySettings,
            playground,
            reconciler,
            adoption,
            delivery,
            taskRuns,
            metrics,
            tasks: {
              reconcile: RECONCILE_TASK,
              usageSync: USAGE_SYNC_TASK,
              grantExpiry: GRANT_EXPIRY_TASK,
              recertification: RECERTIFICATION_TASK,
              topUps: TOP_UP_TASK,
              offboarding: OFFBOARDING_TASK,
              escalation: ESCALATION_TASK,
              deprecations: DEPRECATION_TASK,
            },
            deprecations,
            approvalRules,
            offboarding,
            topUps,
            grantEnds,
            recertifications,
            usageHolds: new UsageHoldService({
              holds: usageHolds,
              taskRuns,
              usageSyncTask: USAGE_SYNC_TASK,
              auditor,
            }),
            usage: new UsageService({
              usage: usageStore,
              keys: keyStore,
              models,
            }),
            catalogSpend: new CatalogSpendService({
              usage: usageStore,
              components,
            }),
            focus: new FocusExport({
              usage: usageStore,
              keys: keyStore,
              components,
            }),
            teamBudgets,
            gateways,
            audit,
            endpointBaseUrl: gatewayBaseUrl,
          }),
        );
        // Exports are downloaded by plain navigation, which carries
        // Backstage's user cookie rather than an Authorization header.
        deps.httpRouter.addAuthPolicy({
          path: '/usage/export',
          allow: 'user-cookie',
        });
        deps.httpRouter.addAuthPolicy({
          path: '/usage/focus',
          allow: 'user-cookie',
        });
        deps.httpRouter.addAuthPolicy({
          path: '/audit/export',
          allow: 'user-cookie',
        });
        deps.httpRouter.addAuthPolicy({
          path: '/recertifications/:campaignId/export',
          allow: 'user-cookie',
        });
      },
    });
  },
});

function optionalSeconds(seconds: number | undefined) {
  return seconds === undefined ? undefined : seconds * 1000;
}
