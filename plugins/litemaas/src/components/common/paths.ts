import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import {
  routeResolutionApiRef,
  useApiHolder,
} from '@backstage/frontend-plugin-api';
import { rootRouteRef } from '../../routes';

/** Where the plugin lives when the app does not tell us (legacy apps). */
const DEFAULT_BASE = '/litemaas';

/** Links between the plugin's pages, wherever the app mounted it. */
export interface LiteMaasPaths {
  root: string;
  model(name: string): string;
  access: string;
  review: string;
  keys: string;
  usage: string;
  admin: string;
  keysAdmin: string;
}

export function useLiteMaasPaths(): LiteMaasPaths {
  const { pathname } = useLocation();
  // Looked up softly: legacy apps have no route resolution for our ref.
  const resolution = useApiHolder().get(routeResolutionApiRef);
  const resolved = useMemo(() => {
    try {
      return resolution?.resolve(rootRouteRef, { sourcePath: pathname })?.();
    } catch {
      return undefined;
    }
  }, [resolution, pathname]);
  const base = (resolved ?? DEFAULT_BASE).replace(/\/+$/, '') || '';
  return useMemo(
    () => ({
      root: base || '/',
      model: (name: string) => `${base}/models/${encodeURIComponent(name)}`,
      access: `${base}/access`,
      review: `${base}/review`,
      keys: `${base}/keys`,
      usage: `${base}/usage`,
      admin: `${base}/admin`,
      keysAdmin: `${base}/admin/keys`,
    }),
    [base],
  );
}
