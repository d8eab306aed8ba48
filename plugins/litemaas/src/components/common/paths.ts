import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import {
  AnyRouteRefParams,
  RouteRef,
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
  audit: string;
  /** The Review page's deprecation campaigns, or one model's campaign. */
  deprecations(model?: string): string;
}

/**
 * Resolves a route ref without throwing: `route` is undefined when the app
 * has no route resolution API (legacy apps, RHDH) or did not mount the ref;
 * `available` says whether the API exists at all.
 */
export function useSoftRouteRef<TParams extends AnyRouteRefParams>(
  ref: RouteRef<TParams>,
) {
  const { pathname } = useLocation();
  const resolution = useApiHolder().get(routeResolutionApiRef);
  const route = useMemo(() => {
    try {
      return resolution?.resolve(ref, { sourcePath: pathname });
    } catch {
      return undefined;
    }
  }, [resolution, ref, pathname]);
  return { route, available: Boolean(resolution) };
}

export function useLiteMaasPaths(): LiteMaasPaths {
  // Looked up softly: legacy apps have no route resolution for our ref.
  const resolved = useSoftRouteRef(rootRouteRef).route?.();
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
      audit: `${base}/audit`,
      deprecations: (model?: string) =>
        `${base}/review?tab=deprecations${
          model ? `&model=${encodeURIComponent(model)}` : ''
        }`,
    }),
    [base],
  );
}
