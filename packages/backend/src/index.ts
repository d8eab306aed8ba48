import { createBackend } from '@backstage/backend-defaults';
import { metricsPortFromEnv, startMetricsEndpoint } from './instrumentation';
import { permissionModuleLiteMaasPolicy } from './modules/permissionPolicy';
import { productionSecretsModule } from './modules/productionSecrets';

// Metrics first: a meter taken before the SDK is registered stays a no-op.
const metricsPort = metricsPortFromEnv();
const metricsReady =
  metricsPort === undefined
    ? Promise.resolve()
    : startMetricsEndpoint({ port: metricsPort }).then(
        endpoint =>
          console.log(`Metrics on :${endpoint.port}/metrics (Prometheus)`),
        error => {
          // The portal runs without metrics rather than not at all.
          console.error(`Metrics endpoint did not start: ${error}`);
        },
      );

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: guest, and OIDC (the dev IdP locally, Keycloak or OpenShift in
// production; see app-config.yaml).
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-auth-backend-module-oidc-provider'));
// Production refuses to start on a missing or development secret.
backend.add(productionSecretsModule);

// Catalog (the KServe model servers provider is added with LiteMaaS below).
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// The Template kind: without it the workshop template never loads and the
// Create page shows no templates.
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

// Permissions: LiteMaaS admins (litemaas.admins) manage models and review
// everything, model owners review their own models, everyone else browses
// and requests. Other plugins' permissions are allowed.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(permissionModuleLiteMaasPolicy);

backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// Software templates (the LiteMaaS actions are added below).
backend.add(import('@backstage/plugin-scaffolder-backend'));

if (process.env.LITEMAAS_DYNAMIC_PLUGINS === '1') {
  // Red Hat Developer Hub's shape: the LiteMaaS plugins are not in this
  // bundle but loaded from the dynamic plugins folder
  // (dynamicPlugins.rootDirectory), as scripts/export-dynamic exports them.
  backend.add(
    import('@backstage/backend-dynamic-feature-service').then(m => ({
      default: m.dynamicPluginsFeatureLoader,
    })),
  );
} else {
  // LiteMaaS: the model gateway broker and its Kuadrant key manager (which
  // does nothing unless litemaas.kuadrant is configured), the KServe model
  // servers in the catalog, and the scaffolder actions
  // (litemaas:keys:provision, litemaas:keys:revoke) for workshops.
  backend.add(import('@litemaas/backstage-plugin-litemaas-backend'));
  backend.add(
    import('@litemaas/backstage-plugin-litemaas-backend-module-kuadrant'),
  );
  backend.add(
    import('@litemaas/backstage-plugin-catalog-backend-module-kserve'),
  );
  backend.add(
    import('@litemaas/backstage-plugin-scaffolder-backend-module-litemaas'),
  );
}

metricsReady
  .then(() => backend.start())
  .catch(error => {
    // A plugin that cannot start leaves the process serving nothing: exit,
    // so the container restarts and the failure shows in its status.
    console.error(`Backend startup failed: ${error}`);
    process.exit(1);
  });
