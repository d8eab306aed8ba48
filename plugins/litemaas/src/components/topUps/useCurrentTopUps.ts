import { useMemo } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { BudgetTopUp } from '@litemaas/backstage-plugin-litemaas-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { CURRENT_TOP_UP_STATUSES } from './topUpRules';

/** The caller's keys' and teams' top-ups that wait or run, by target. */
export interface CurrentTopUps {
  /** The key's (or team's, by its ref) top-up waiting or running, if any. */
  of(keyIdOrTeamRef: string): BudgetTopUp | undefined;
  /** True once the list came back (or failed: the keys work without it). */
  settled: boolean;
  loading: boolean;
  error?: Error;
  retry(): void;
}

/**
 * The top-ups of the caller's and their teams' keys, and of their teams'
 * budgets, that wait for a decision or run now: at most one per key or
 * team. `version` reloads them.
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
      const target = topUp.keyId ?? topUp.teamRef ?? topUp.id;
      const known = map.get(target);
      if (!known || known.createdAt < topUp.createdAt) {
        map.set(target, topUp);
      }
    }
    return map;
  }, [value]);
  return useMemo(
    () => ({
      of: (target: string) => byKey.get(target),
      settled: Boolean(value) || Boolean(error),
      loading,
      error: value ? undefined : error,
      retry,
    }),
    [byKey, value, error, loading, retry],
  );
}
