import {
  ApiBlueprint,
  createApiRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  LiteMaasApi,
  LiteMaasClient,
} from '@litemaas/backstage-plugin-litemaas-common';

/** @public */
export const litemaasApiRef = createApiRef<LiteMaasApi>({
  id: 'plugin.litemaas.service',
});

/** The typed client, built on the app's discovery and authenticated fetch. */
export const litemaasApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: litemaasApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new LiteMaasClient({ discoveryApi, fetchApi }),
    }),
});
