import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import ModelTrainingIcon from '@material-ui/icons/Memory';
import { litemaasApi } from './api';
import { rootRouteRef } from './routes';
import {
  isCatalogSpendEntity,
  isLiteMaasModelEntity,
  isModelServerOrAiModel,
} from './components/entity/filters';

export const modelsPage = PageBlueprint.make({
  params: {
    path: '/litemaas',
    title: 'AI Models',
    icon: <ModelTrainingIcon />,
    routeRef: rootRouteRef,
    noHeader: true,
    // One page with its own tabs and routes: models, a model, my access,
    // API keys, usage, review and the admin pages all live under /litemaas.
    loader: () =>
      import('./components/LiteMaasPage').then(m => <m.LiteMaasPage />),
  },
});

/** The "Model" card on model servers and AI models from the KServe module. */
export const modelServerEntityCard = EntityCardBlueprint.make({
  name: 'model-server',
  params: {
    filter: isModelServerOrAiModel,
    loader: () =>
      import('./components/entity').then(m => <m.ModelServerCard />),
  },
});

/** The "AI access" tab, on those that name their LiteLLM model. */
export const modelAccessEntityContent = EntityContentBlueprint.make({
  name: 'model-access',
  params: {
    path: 'litemaas',
    title: 'AI access',
    filter: isLiteMaasModelEntity,
    loader: () =>
      import('./components/entity').then(m => <m.ModelAccessContent />),
  },
});

/**
 * The "Usage" card, for the model's owners and admins; others get nothing.
 */
export const modelUsageEntityCard = EntityCardBlueprint.make({
  name: 'model-usage',
  params: {
    filter: isLiteMaasModelEntity,
    loader: () =>
      import('./components/entity').then(m => <m.ModelUsageEntityCard />),
  },
});

/**
 * The "AI model spend" card of Components, Systems and Domains: the spend
 * of the keys tied to them, for their owners and admins.
 */
export const catalogSpendEntityCard = EntityCardBlueprint.make({
  name: 'catalog-spend',
  params: {
    filter: isCatalogSpendEntity,
    loader: () =>
      import('./components/entity').then(m => <m.CatalogSpendEntityCard />),
  },
});

/** The "Usage" tab: the model's usage over a range, by user and team. */
export const modelUsageEntityContent = EntityContentBlueprint.make({
  name: 'model-usage',
  params: {
    path: 'usage',
    title: 'Usage',
    filter: isLiteMaasModelEntity,
    loader: () =>
      import('./components/entity').then(m => <m.ModelUsageContent />),
  },
});

/** The "Playground" tab: a chat with the model, for people with access. */
export const modelPlaygroundEntityContent = EntityContentBlueprint.make({
  name: 'model-playground',
  params: {
    path: 'playground',
    title: 'Playground',
    filter: isLiteMaasModelEntity,
    loader: () =>
      import('./components/Playground').then(m => <m.ModelPlaygroundContent />),
  },
});

/**
 * LiteMaaS: governed self-service access to AI models.
 *
 * @public
 */
export const litemaasPlugin = createFrontendPlugin({
  pluginId: 'litemaas',
  title: 'AI Models',
  icon: <ModelTrainingIcon />,
  extensions: [
    litemaasApi,
    modelsPage,
    modelServerEntityCard,
    modelAccessEntityContent,
    modelUsageEntityCard,
    catalogSpendEntityCard,
    modelUsageEntityContent,
    modelPlaygroundEntityContent,
  ],
  routes: {
    root: rootRouteRef,
  },
});
