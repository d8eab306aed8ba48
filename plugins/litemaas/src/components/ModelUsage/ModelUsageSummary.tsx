import Typography from '@material-ui/core/Typography';
import { UsageRow } from '@litemaas/backstage-plugin-litemaas-common';
import {
  formatCount,
  formatPercent,
  formatSpend,
  formatTokens,
} from '../format';
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
  return (
    <>
      <Typography
        variant="body2"
        gutterBottom
        data-testid="model-usage-summary"
      >
        <strong>{formatCount(totals.requests)}</strong> requests ·{' '}
        <strong>{formatTokens(totals.totalTokens)}</strong> tokens ·{' '}
        <strong>{formatSpend(totals.spend)}</strong> ·{' '}
        <strong>{formatPercent(errorRate(totals))}</strong> errors
      </Typography>
      <TokensPerDayChart days={days} height={180} />
    </>
  );
}

/** Who used the model: users and teams, with their error rates. */
export function ModelConsumersTable(props: { rows: UsageRow[] }) {
  return (
    <UsageBreakdownTable
      label="Usage by consumer"
      nameHeader="User or team"
      rows={props.rows}
      renderName={row => <SubjectName subjectRef={row.group} />}
      last="errors"
    />
  );
}
