import { useLitemaasText } from '../../translationText';
import { ReactNode, useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { LoadError, Loading, errorStatus } from '../common';
import { presetRange } from '../UsagePage/range';
import { hasUsage } from '../UsagePage/usageView';
import { ModelUsage, isNotAllowed, useModelUsage } from './modelUsage';

/** How far back the cards look. */
export const RECENT_DAYS = 30;

/**
 * A "Usage" card of a model's last 30 days: loading, a failed load with a
 * retry, nothing used, or `children(usage)`. Those who may not see the
 * model's usage (and a model LiteMaaS does not know) get no card at all.
 */
export function RecentModelUsageCard(props: {
  model: string;
  /** Loads usage by user and team too. */
  consumers: boolean;
  subheader: string;
  deepLink?: { title: string; link: string };
  /**
   * No card until the first answer: where most viewers may not see the
   * usage (a catalog page), a loading card would flash and vanish for them.
   */
  hiddenUntilLoaded?: boolean;
  children(usage: ModelUsage): ReactNode;
}) {
  const { model } = props;
  const t = useLitemaasText();
  const [range] = useState(() => presetRange(RECENT_DAYS));
  const { value, loading, error, retry } = useModelUsage(model, range, {
    consumers: props.consumers,
  });
  if (isNotAllowed(error) || errorStatus(error) === 404) return null;

  if (props.hiddenUntilLoaded && loading && !value) return null;

  let body: ReactNode;
  if (loading && !value) {
    body = <Loading label={t('usage.model.loading', { model })} />;
  } else if (error && !value) {
    body = (
      <LoadError
        what={t('usage.model.what', { model })}
        error={error}
        retry={retry}
      />
    );
  } else if (!value || !hasUsage(value.totals)) {
    body = (
      <Typography variant="body2" color="textSecondary">
        {t('usage.model.none', { days: String(RECENT_DAYS) })}
      </Typography>
    );
  } else {
    body = props.children(value);
  }
  return (
    <InfoCard
      title={t('usage.title')}
      subheader={props.subheader}
      titleTypographyProps={{ component: 'h2' }}
      deepLink={props.deepLink}
    >
      {body}
    </InfoCard>
  );
}
