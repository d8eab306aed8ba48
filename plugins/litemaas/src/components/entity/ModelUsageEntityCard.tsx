import { useLitemaasText } from '../../translationText';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useEntityPageLink } from '../common';
import {
  ModelUsageSummary,
  RECENT_DAYS,
  RecentModelUsageCard,
} from '../ModelUsage';
import { liteMaasModelName } from './annotations';

/** The entity's "Usage" tab, beside the page the card is on. */
export function useUsageTabPath(entity: Entity): string | undefined {
  const page = useEntityPageLink()(stringifyEntityRef(entity));
  return page && `${page}/usage`;
}

/**
 * The "Usage" card of a model server or AI model, for the model's owners
 * and admins: requests, tokens, spend and error rate over the last 30 days,
 * and a link to the Usage tab. Renders nothing for others.
 *
 * @public
 */
export function ModelUsageEntityCard() {
  const { entity } = useEntity();
  const model = liteMaasModelName(entity);
  const usageTab = useUsageTabPath(entity);
  const t = useLitemaasText();
  if (!model) return null;
  return (
    <RecentModelUsageCard
      model={model}
      consumers={false}
      subheader={t('entity.usage.recent', { model, days: String(RECENT_DAYS) })}
      deepLink={
        usageTab
          ? { title: t('entity.usage.viewUsage'), link: usageTab }
          : undefined
      }
      hiddenUntilLoaded
    >
      {usage => <ModelUsageSummary usage={usage} />}
    </RecentModelUsageCard>
  );
}
