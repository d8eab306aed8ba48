import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import ModelTrainingIcon from '@material-ui/icons/Memory';
import { litemaasApi } from './api';
import { rootRouteRef } from './routes';

export const modelsPage = PageBlueprint.make({
  params: {
    path: '/litemaas',
    title: 'AI Models',
    icon: <ModelTrainingIcon />,
    routeRef: rootRouteRef,
    noHeader: true,
    // One page with its own tabs and routes: models, a model, my access,
    // API keys, review and the admin pages all live under /litemaas.
    loader: () =>
      import('./components/LiteMaasPage').then(m => <m.LiteMaasPage />),
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
  extensions: [litemaasApi, modelsPage],
  routes: {
    root: rootRouteRef,
  },
});
