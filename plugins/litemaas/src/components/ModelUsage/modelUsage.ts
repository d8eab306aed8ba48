import { useApi } from '@backstage/frontend-plugin-api';
import {
  LiteMaasApi,
  UsageMetrics,
  UsageRow,
} from '@litemaas/backstage-plugin-litemaas-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { errorStatus } from '../common';
import { DayRange } from '../UsagePage/range';
import { bySpend, fillDays } from '../UsagePage/usageView';

/** A model's usage over a range, as its owners and admins see it. */
export interface ModelUsage {
  range: DayRange;
  totals: UsageMetrics;
  previousTotals: UsageMetrics;
  /** One row per day of the range, zeros included. */
  days: UsageRow[];
  /** Users and teams, costliest first; empty unless asked for. */
  consumers: UsageRow[];
}

export async function loadModelUsage(
  api: LiteMaasApi,
  model: string,
  range: DayRange,
  options: { consumers: boolean },
): Promise<ModelUsage> {
  const query = { ...range, scope: 'model' as const, model };
  const [days, consumers] = await Promise.all([
    api.getUsage({ ...query, groupBy: 'day' }),
    options.consumers
      ? api.getUsage({ ...query, groupBy: 'subject' })
      : undefined,
  ]);
  return {
    range,
    totals: days.totals,
    previousTotals: days.previousTotals,
    days: fillDays(range, days.rows),
    consumers: consumers ? bySpend(consumers.rows) : [],
  };
}

/**
 * A model's usage, loaded again when the range changes. The backend answers
 * 403 to those who are neither the model's owner nor an admin: see
 * {@link isNotAllowed}.
 */
export function useModelUsage(
  model: string,
  range: DayRange | undefined,
  options: { consumers: boolean },
) {
  const api = useApi(litemaasApiRef);
  const { consumers } = options;
  return useAsyncRetry(
    async () =>
      range ? loadModelUsage(api, model, range, { consumers }) : undefined,
    [api, model, range?.from, range?.to, consumers],
  );
}

/** The caller may not see this model's usage. */
export function isNotAllowed(error: unknown): boolean {
  return errorStatus(error) === 403;
}
