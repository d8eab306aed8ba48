/**
 * The plugin for apps on Backstage's legacy frontend system, Red Hat
 * Developer Hub's dynamic plugins among them: a `createPlugin` with the API
 * factory, the page as a routable extension, and the entity cards and tabs
 * as component extensions. They render the same components as the new
 * frontend system's extensions in `plugin.tsx`; `deploy/rhdh` names them.
 */
import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { LiteMaasClient } from '@litemaas/backstage-plugin-litemaas-common';
import ModelTrainingIcon from '@material-ui/icons/Memory';
import { litemaasApiRef } from './api';

/**
 * Where a legacy app mounts the LiteMaaS page (the page finds its own links
 * under `/litemaas` when the app cannot resolve them).
 *
 * @public
 */
export const litemaasRootRouteRef = createRouteRef({ id: 'litemaas' });

/**
 * The LiteMaaS client, for apps that register API factories themselves.
 *
 * @public
 */
export const litemaasApiFactory = createApiFactory({
  api: litemaasApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    new LiteMaasClient({ discoveryApi, fetchApi }),
});

/**
 * LiteMaaS for the legacy frontend system.
 *
 * @public
 */
export const litemaasLegacyPlugin = createPlugin({
  id: 'litemaas',
  apis: [litemaasApiFactory],
  routes: { root: litemaasRootRouteRef },
});

/**
 * The whole LiteMaaS page (models, access, keys, usage, review, admin), with
 * its own tabs; mount it at `/litemaas`.
 *
 * @public
 */
export const LiteMaasRootPage = litemaasLegacyPlugin.provide(
  createRoutableExtension({
    name: 'LiteMaasRootPage',
    component: () =>
      import('./components/LiteMaasPage').then(m => m.LiteMaasPage),
    mountPoint: litemaasRootRouteRef,
  }),
);

/**
 * The "Model" card for model servers and AI models.
 *
 * @public
 */
export const EntityModelServerCard = litemaasLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityModelServerCard',
    component: {
      lazy: () => import('./components/entity').then(m => m.ModelServerCard),
    },
  }),
);

/**
 * The "AI access" tab's content: request access, keys for the model.
 *
 * @public
 */
export const EntityModelAccessContent = litemaasLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityModelAccessContent',
    component: {
      lazy: () => import('./components/entity').then(m => m.ModelAccessContent),
    },
  }),
);

/**
 * The "Usage" card, for the model's owners and admins.
 *
 * @public
 */
export const EntityModelUsageCard = litemaasLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityModelUsageCard',
    component: {
      lazy: () =>
        import('./components/entity').then(m => m.ModelUsageEntityCard),
    },
  }),
);

/**
 * The "AI model spend" card of a Component, System or Domain: the spend of
 * the keys tied to it (or its Components), for its owners and admins.
 *
 * @public
 */
export const EntityCatalogSpendCard = litemaasLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityCatalogSpendCard',
    component: {
      lazy: () =>
        import('./components/entity').then(m => m.CatalogSpendEntityCard),
    },
  }),
);

/**
 * The "Usage" tab's content: the model's usage by user and team.
 *
 * @public
 */
export const EntityModelUsageContent = litemaasLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityModelUsageContent',
    component: {
      lazy: () => import('./components/entity').then(m => m.ModelUsageContent),
    },
  }),
);

/**
 * The "Playground" tab's content: a chat with the model, for people with
 * access to it.
 *
 * @public
 */
export const EntityModelPlaygroundContent = litemaasLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityModelPlaygroundContent',
    component: {
      lazy: () =>
        import('./components/Playground').then(m => m.ModelPlaygroundContent),
    },
  }),
);

/**
 * The sidebar icon (RHDH `appIcons`).
 *
 * @public
 */
export const LiteMaasIcon = ModelTrainingIcon;
