import { entityRouteRef } from '@backstage/plugin-catalog-react';

/** Mounts the catalog's entity page in test apps, as a real app does. */
export const catalogRoutes = {
  '/catalog/:namespace/:kind/:name': entityRouteRef,
};
