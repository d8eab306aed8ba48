import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { ADOPTION_MATCHES, AdoptionMatch } from './KeyAdoption';
import { ReconcileSettings } from './KeyReconciler';

/** `litemaas.keys.reconcile`: how careful reconciliation is. */
export function reconcileSettingsFromConfig(
  config: Config,
): Partial<ReconcileSettings> {
  const section = config.getOptionalConfig('litemaas.keys.reconcile');
  if (!section) return {};
  const duration = (key: string) =>
    section.has(key)
      ? durationToMilliseconds(readDurationFromConfig(section, { key }))
      : undefined;
  const settings: Partial<ReconcileSettings> = {
    confirmAfterMs: duration('confirmMissingAfter'),
    staleAfterMs: duration('staleSagaAfter'),
    maxShare: section.getOptionalNumber('holdBack.maxShare'),
    maxCount: section.getOptionalNumber('holdBack.maxCount'),
  };
  if (
    settings.maxShare !== undefined &&
    !(settings.maxShare >= 0 && settings.maxShare <= 1)
  ) {
    throw new Error(
      'litemaas.keys.reconcile.holdBack.maxShare must be between 0 and 1',
    );
  }
  return Object.fromEntries(
    Object.entries(settings).filter(([, v]) => v !== undefined),
  );
}

/** `litemaas.keys.adoption.automatic`: which user_id adopts a key alone. */
export function adoptionMatchFromConfig(config: Config): AdoptionMatch {
  const value =
    config.getOptionalString('litemaas.keys.adoption.automatic') ??
    'entity-ref-or-email';
  if (!ADOPTION_MATCHES.includes(value as AdoptionMatch)) {
    throw new Error(
      `litemaas.keys.adoption.automatic must be one of ${ADOPTION_MATCHES.join(
        ', ',
      )}, not '${value}'`,
    );
  }
  return value as AdoptionMatch;
}
