import { ReactNode } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { indigo, teal } from '@material-ui/core/colors';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { errorMessage } from '../common';
import {
  formatCount,
  formatPercent,
  formatSpend,
  formatTokens,
} from '../format';
import { presetRange } from '../UsagePage/range';
import { ChartSeries, UsageChart } from '../UsagePage/UsageChart';
import {
  SubjectName,
  UsageBreakdownTable,
} from '../UsagePage/UsageBreakdownTable';
import { bySpend, errorRate, fillDays, hasUsage } from '../UsagePage/usageView';

const DAYS = 30;

const TOKEN_SERIES: ChartSeries[] = [
  {
    id: 'prompt',
    label: 'Prompt',
    color: indigo[400],
    value: row => row.promptTokens,
  },
  {
    id: 'completion',
    label: 'Completion',
    color: teal[300],
    value: row => row.completionTokens,
  },
];

/**
 * For the model's owners (and admins): who used the model in the last 30
 * days, how much, and how often it failed them.
 */
export function ModelUsageCard(props: { model: string }) {
  const { model } = props;
  const api = useApi(litemaasApiRef);
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const range = presetRange(DAYS);
    const query = { ...range, scope: 'model' as const, model };
    const [days, consumers] = await Promise.all([
      api.getUsage({ ...query, groupBy: 'day' }),
      api.getUsage({ ...query, groupBy: 'subject' }),
    ]);
    return {
      totals: days.totals,
      days: fillDays(range, days.rows),
      consumers: bySpend(consumers.rows),
    };
  }, [api, model]);

  let body: ReactNode;
  if (loading && !value) {
    body = <Progress />;
  } else if (error && !value) {
    body = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={retry}>
            Try again
          </Button>
        }
      >
        Could not load the model's usage: {errorMessage(error)}
      </Alert>
    );
  } else if (!value || !hasUsage(value.totals)) {
    body = (
      <Typography variant="body2" color="textSecondary">
        No usage in the last {DAYS} days.
      </Typography>
    );
  } else {
    const { totals } = value;
    body = (
      <Grid container spacing={3}>
        <Grid item xs={12} md={5}>
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
          <UsageChart
            title="Tokens per day"
            days={value.days}
            series={TOKEN_SERIES}
            format={formatCount}
            formatTick={formatTokens}
            yLabel="Tokens"
            height={180}
          />
        </Grid>
        <Grid item xs={12} md={7}>
          <Box mb={1}>
            <Typography variant="subtitle2" component="h3">
              By consumer
            </Typography>
          </Box>
          <UsageBreakdownTable
            label="Usage by consumer"
            nameHeader="User or team"
            rows={value.consumers}
            renderName={row => <SubjectName subjectRef={row.group} />}
            last="errors"
          />
        </Grid>
      </Grid>
    );
  }

  return (
    <InfoCard
      title="Usage"
      subheader={`Last ${DAYS} days, for the model's owners and admins`}
    >
      {body}
    </InfoCard>
  );
}
