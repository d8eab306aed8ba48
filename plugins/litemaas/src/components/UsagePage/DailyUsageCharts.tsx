import { LitemaasText, useLitemaasText } from '../../translationText';
import { InfoCard } from '@backstage/core-components';
import { UsageRow } from '@litemaas/backstage-plugin-litemaas-common';
import Grid from '@material-ui/core/Grid';
import { Theme, useTheme } from '@material-ui/core/styles';
import { useLocaleFormat } from '../useLocaleFormat';
import { ChartSeries, UsageChart } from './UsageChart';

type Translate = LitemaasText;

/** Prompt and completion in the theme's primary and secondary colours. */
function tokenSeries(theme: Theme, t: Translate): ChartSeries[] {
  return [
    {
      id: 'prompt',
      label: t('usage.chart.prompt'),
      inline: t('usage.chart.promptInline'),
      color: theme.palette.primary.main,
      value: row => row.promptTokens,
    },
    {
      id: 'completion',
      label: t('usage.chart.completion'),
      inline: t('usage.chart.completionInline'),
      color: theme.palette.secondary.main,
      value: row => row.completionTokens,
    },
  ];
}

/**
 * Ticks of the spend axis, which must stay apart where space is short:
 * `$1.5K`, whole dollars without cents, cents (and the half cents of steps
 * like $0.025) and fractions of a cent with two significant digits
 * ($0.0000012, $0.0000024), in `language`. Amounts themselves use spend.
 */
export function spendTickIn(language: string): (usd: number) => string {
  return usd => spendTickOf(usd, language);
}

/** {@link spendTickIn} English. */
export function spendTick(usd: number): string {
  return spendTickOf(usd, 'en');
}

function spendTickOf(usd: number, language: string): string {
  const dollars = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(language, {
      style: 'currency',
      currency: 'USD',
      ...options,
    }).format(usd);
  if (usd >= 1000) {
    return dollars({
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
  }
  if (Number.isInteger(usd)) {
    return dollars({ minimumFractionDigits: 0, maximumFractionDigits: 0 });
  }
  if (Math.abs(usd) >= 0.01) {
    return dollars({ minimumFractionDigits: 2, maximumFractionDigits: 4 });
  }
  return dollars({ maximumSignificantDigits: 2 });
}

/** Prompt and completion tokens per day, stacked. */
export function TokensPerDayChart(props: {
  days: UsageRow[];
  height?: number;
}) {
  const theme = useTheme();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return (
    <UsageChart
      title={t('usage.chart.tokensTitle')}
      days={props.days}
      series={tokenSeries(theme, t)}
      format={format.count}
      formatTick={format.tokens}
      yLabel={t('usage.chart.tokensAxis')}
      height={props.height}
    />
  );
}

/** Spend per day, in the theme's primary colour. */
export function SpendPerDayChart(props: { days: UsageRow[] }) {
  const theme = useTheme();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return (
    <UsageChart
      title={t('usage.chart.spendTitle')}
      days={props.days}
      series={[
        {
          id: 'spend',
          label: t('usage.chart.spend'),
          color: theme.palette.primary.main,
          value: row => row.spend,
        },
      ]}
      format={format.spend}
      formatTick={spendTickIn(format.language)}
      yLabel={t('usage.chart.spendAxis')}
    />
  );
}

/**
 * The spend and tokens charts side by side, each in a card captioned with
 * the period: two items for a Grid container.
 */
export function DailyUsageCards(props: { days: UsageRow[]; period: string }) {
  const t = useLitemaasText();
  return (
    <>
      <Grid item xs={12} lg={6}>
        <InfoCard title={t('usage.chart.spendTitle')} subheader={props.period}>
          <SpendPerDayChart days={props.days} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={6}>
        <InfoCard title={t('usage.chart.tokensTitle')} subheader={props.period}>
          <TokensPerDayChart days={props.days} />
        </InfoCard>
      </Grid>
    </>
  );
}
