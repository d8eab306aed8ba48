import { useCallback, useMemo } from 'react';
import {
  LiteMaasModel,
  ModelDeprecationInfo,
} from '@litemaas/backstage-plugin-litemaas-common';
import { useLitemaasText } from '../../translationText';
import { useLocaleFormat } from '../useLocaleFormat';
import { daysUntil } from '../common/localDays';

/**
 * When a deprecated model retires, relative to now: "in 12 days",
 * "tomorrow", "today", or "at the next run" once the date passed and the
 * task has not retired it yet.
 */
export function useRetireWhen(): (retireAt: string) => string {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return useCallback(
    (retireAt: string) => {
      if (Date.parse(retireAt) <= Date.now()) return t('deprecation.when.due');
      const days = daysUntil(retireAt);
      if (days === 0) return t('deprecation.when.today');
      if (days === 1) return t('deprecation.when.tomorrow');
      return t('deprecation.when.inDays', { days: format.count(days) });
    },
    [t, format],
  );
}

/**
 * The words that mark a deprecated or retired model wherever its name
 * shows: the chip's label and what it says on hover.
 */
export function useDeprecationWords() {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return useMemo(
    () => ({
      label: (info: ModelDeprecationInfo) =>
        info.state === 'retired'
          ? t('deprecation.chip.retired')
          : t('deprecation.chip.deprecated'),
      title: (info: ModelDeprecationInfo) => {
        const date = format.date(info.retireAt);
        const { replacement } = info;
        if (info.state === 'retired') {
          return replacement
            ? t('deprecation.chip.retiredMoveTitle', { date, replacement })
            : t('deprecation.chip.retiredTitle', { date });
        }
        return replacement
          ? t('deprecation.chip.deprecatedMoveTitle', { date, replacement })
          : t('deprecation.chip.deprecatedTitle', { date });
      },
    }),
    [t, format],
  );
}

/** The deprecation of each model by name, from a model list. */
export function deprecationsOf(
  models: Array<Pick<LiteMaasModel, 'name' | 'deprecation'>> | undefined,
): Map<string, ModelDeprecationInfo> {
  const byName = new Map<string, ModelDeprecationInfo>();
  for (const model of models ?? []) {
    if (model.deprecation) byName.set(model.name, model.deprecation);
  }
  return byName;
}
