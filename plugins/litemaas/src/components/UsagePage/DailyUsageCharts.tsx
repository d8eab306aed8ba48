import { InfoCard } from '@backstage/core-components';
import { UsageRow } from '@litemaas/backstage-plugin-litemaas-common';
import Grid from '@material-ui/core/Grid';
import { Theme, useTheme } from '@material-ui/core/styles';
import { formatCount, formatSpend, formatTokens } from '../format';
import { ChartSeries, UsageChart } from './UsageChart';

/** Prompt and completion in the theme's primary and secondary colours. */
function tokenSeries(theme: Theme): ChartSeries[] {
  return [
    {
      id: 'prompt',
      label: 'Prompt',
      color: theme.palette.primary.main,
      value: row => row.promptTokens,
    },
    {
      id: 'completion',
      label: 'Completion',
      color: theme.palette.secondary.main,
      value: row => row.completionTokens,
    },
  ];
}

/**
 * Ticks of the spend axis, which must stay apart where space is short:
 * `$1.5K`, whole dollars without cents, cents (and the half cents of steps
 * like $0.025) and fractions of a cent with two significant digits
 * ($0.0000012, $0.0000024). Amounts themselves use {@link formatSpend}.
 */
export function spendTick(usd: number): string {
  if (usd >= 1000) return `$${formatTokens(usd)}`;
  if (Number.isInteger(usd)) return `$${usd}`;
  if (Math.abs(usd) >= 0.01) {
    return `$${usd.toLocaleString('en-US', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 4,
    })}`;
  }
  return `$${usd.toLocaleString('en-US', { maximumSignificantDigits: 2 })}`;
}

/** Prompt and completion tokens per day, stacked. */
export function TokensPerDayChart(props: {
  days: UsageRow[];
  height?: number;
}) {
  const theme = useTheme();
  return (
    <UsageChart
      title="Tokens per day"
      days={props.days}
      series={tokenSeries(theme)}
      format={formatCount}
      formatTick={formatTokens}
      yLabel="Tokens"
      height={props.height}
    />
  );
}

/** Spend per day, in the theme's primary colour. */
export function SpendPerDayChart(props: { days: UsageRow[] }) {
  const theme = useTheme();
  return (
    <UsageChart
      title="Spend per day"
      days={props.days}
      series={[
        {
          id: 'spend',
          label: 'Spend',
          color: theme.palette.primary.main,
          value: row => row.spend,
        },
      ]}
      format={formatSpend}
      formatTick={spendTick}
      yLabel="Spend (USD)"
    />
  );
}

/**
 * The spend and tokens charts side by side, each in a card captioned with
 * the period: two items for a Grid container.
 */
export function DailyUsageCards(props: { days: UsageRow[]; period: string }) {
  return (
    <>
      <Grid item xs={12} lg={6}>
        <InfoCard title="Spend per day" subheader={props.period}>
          <SpendPerDayChart days={props.days} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={6}>
        <InfoCard title="Tokens per day" subheader={props.period}>
          <TokensPerDayChart days={props.days} />
        </InfoCard>
      </Grid>
    </>
  );
}
