import { useMemo } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { BudgetTopUp } from '@litemaas/backstage-plugin-litemaas-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { CURRENT_TOP_UP_STATUSES } from './topUpRules';

/** The caller's keys' top-ups that wait or run, by key. */
export interface CurrentTopUps {
  /** The key's top-up waiting or running, if any. */
  of(keyId: string): BudgetTopUp | undefined;
  /** True once the list came back (or failed: the keys work without it). */
  settled: boolean;
  loading: boolean;
  error?: Error;
  retry(): void;
}

/**
 * The top-ups of the caller's and their teams' keys that wait for a
 * decision or run now: at most one per key. `version` reloads them.
 */
export function useCurrentTopUps(version?: unknown): CurrentTopUps {
  const api = useApi(litemaasApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listTopUps({ scope: 'mine', status: CURRENT_TOP_UP_STATUSES }),
    [api, version],
  );
  const byKey = useMemo(() => {
    const map = new Map<string, BudgetTopUp>();
    for (const topUp of value?.items ?? []) {
      // The newest, should the backend ever hand over two.
      const known = map.get(topUp.keyId);
      if (!known || known.createdAt < topUp.createdAt) {
        map.set(topUp.keyId, topUp);
      }
    }
    return map;
  }, [value]);
  return useMemo(
    () => ({
      of: (keyId: string) => byKey.get(keyId),
      settled: Boolean(value) || Boolean(error),
      loading,
      error: value ? undefined : error,
      retry,
    }),
    [byKey, value, error, loading, retry],
  );
}
