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

// Catalog, with the KServe model servers provider.
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// The Template kind: without it the workshop template never loads and the
// Create page shows no templates.
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@litemaas/backstage-plugin-catalog-backend-module-kserve'));

// Permissions: LiteMaaS admins (litemaas.admins) manage models and review
// everything, model owners review their own models, everyone else browses
// and requests. Other plugins' permissions are allowed.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(permissionModuleLiteMaasPolicy);

backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// Software templates, with the LiteMaaS actions (litemaas:keys:provision,
// litemaas:keys:revoke) for workshop automation.
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@litemaas/backstage-plugin-scaffolder-backend-module-litemaas'),
);

// LiteMaaS: the model gateway broker, and its Kuadrant key manager (which
// does nothing unless litemaas.kuadrant is configured).
backend.add(import('@litemaas/backstage-plugin-litemaas-backend'));
backend.add(
  import('@litemaas/backstage-plugin-litemaas-backend-module-kuadrant'),
);

metricsReady.then(() => backend.start());
