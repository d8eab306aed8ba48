import { useLitemaasText } from '../../translationText';
import Typography from '@material-ui/core/Typography';
import { UsageRow } from '@litemaas/backstage-plugin-litemaas-common';
import { useLocaleFormat } from '../useLocaleFormat';
import { TokensPerDayChart } from '../UsagePage/DailyUsageCharts';
import {
  SubjectName,
  UsageBreakdownTable,
} from '../UsagePage/UsageBreakdownTable';
import { errorRate } from '../UsagePage/usageView';
import { ModelUsage } from './modelUsage';

/**
 * A model's usage at a glance: requests, tokens, spend and error rate in a
 * line, and a small chart of tokens per day.
 */
export function ModelUsageSummary(props: { usage: ModelUsage }) {
  const { totals, days } = props.usage;
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return (
    <>
      <Typography
        variant="body2"
        gutterBottom
        data-testid="model-usage-summary"
      >
        <strong>{format.count(totals.requests)}</strong>{' '}
        {t('usage.model.requests')} ·{' '}
        <strong>{format.tokens(totals.totalTokens)}</strong>{' '}
        {t('usage.model.tokens')} ·{' '}
        <strong>{format.spend(totals.spend)}</strong> ·{' '}
        <strong>{format.percent(errorRate(totals))}</strong>{' '}
        {t('usage.model.errors')}
      </Typography>
      <TokensPerDayChart days={days} height={180} />
    </>
  );
}

/** Who used the model: users and teams, with their error rates. */
export function ModelConsumersTable(props: { rows: UsageRow[] }) {
  const t = useLitemaasText();
  return (
    <UsageBreakdownTable
      label={t('usage.model.consumersLabel')}
      nameHeader={t('usage.breakdown.subject')}
      rows={props.rows}
      renderName={row => <SubjectName subjectRef={row.group} />}
      last="errors"
    />
  );
}
