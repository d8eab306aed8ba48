import { useLitemaasText } from '../../translationText';
import { useState } from 'react';
import { UsageRow } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocaleFormat } from '../useLocaleFormat';

/** One stacked part of a day's bar. */
export interface ChartSeries {
  id: string;
  label: string;
  /** The label inside a sentence ("1,000 prompt"); the label lower-cased if unset. */
  inline?: string;
  color: string;
  value(row: UsageRow): number;
}

/** The chart's words and days, in the reader's language. */
function useChartText() {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return { t, day: format.day, language: format.language };
}

export type ChartText = ReturnType<typeof useChartText>;

/**
 * The chart's width until its container is measured: the first paint, and
 * where nothing measures (jsdom in tests has no ResizeObserver and no layout).
 */
export const INITIAL_CHART_WIDTH = 640;
const TARGET_TICKS = 4;
const MAX_X_LABELS = 7;

const useStyles = makeStyles(theme => ({
  figure: { margin: 0, position: 'relative' },
  tooltip: {
    padding: theme.spacing(0.75, 1.25),
    whiteSpace: 'nowrap',
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(1),
  },
  swatch: {
    display: 'inline-block',
    width: 10,
    height: 10,
    borderRadius: 2,
    marginRight: theme.spacing(0.75),
  },
  // For screen readers only.
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    margin: -1,
    padding: 0,
    border: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
}));

/** 0 .. a round number above `max`, in 1-2-5 steps. */
export function niceTicks(max: number, target = TARGET_TICKS): number[] {
  if (!(max > 0)) return [0];
  const rough = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map(m => m * magnitude).find(s => s >= rough) ??
    10 * magnitude;
  const ticks: number[] = [];
  // Rounding keeps steps like 0.1 * 3 from drifting to 0.30000000000000004.
  for (let i = 0; ticks.length === 0 || ticks[ticks.length - 1] < max; i++) {
    ticks.push(Number((i * step).toPrecision(12)));
  }
  return ticks;
}

function seriesTotal(series: ChartSeries[], row: UsageRow): number {
  return series.reduce((sum, s) => sum + s.value(row), 0);
}

/** "Nov 18, 2026: 1,500 (1,000 prompt, 500 completion)". */
export function describeDay(
  row: UsageRow,
  series: ChartSeries[],
  format: (value: number) => string,
  text: ChartText,
): string {
  const parts =
    series.length > 1
      ? ` (${series
          .map(
            s =>
              `${format(s.value(row))} ${
                s.inline ?? s.label.toLocaleLowerCase(text.language)
              }`,
          )
          .join(', ')})`
      : '';
  return `${text.day(row.group, true)}: ${format(
    seriesTotal(series, row),
  )}${parts}`;
}

/** The days covered and the busiest one, for the chart's label. */
export function summarizeDays(
  days: UsageRow[],
  series: ChartSeries[],
  format: (value: number) => string,
  text: ChartText,
): string {
  const { t, day } = text;
  const first = days[0]?.group;
  const last = days[days.length - 1]?.group;
  if (!first || !last) return t('usage.chart.noDaysSummary');
  const peak = days.reduce<UsageRow | undefined>(
    (best, row) =>
      !best || seriesTotal(series, row) > seriesTotal(series, best)
        ? row
        : best,
    undefined,
  );
  const peakTotal = peak ? seriesTotal(series, peak) : 0;
  const ends = { first: day(first, true), last: day(last, true) };
  return peak && peakTotal > 0
    ? t('usage.chart.summary', {
        ...ends,
        peak: format(peakTotal),
        day: day(peak.group, true),
      })
    : t('usage.chart.summaryNothing', ends);
}

/**
 * What the chart's tooltip shows for the day under the pointer (or the
 * keyboard): the day, each series and the total. Recharts passes `active`
 * and `payload`; `payload[0].payload` is the day's row.
 */
export function UsageTooltipContent(props: {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
  series: ChartSeries[];
  format(value: number): string;
  /** Announce changes, for keyboard users moving from day to day. */
  live?: boolean;
}) {
  const { series, format } = props;
  const classes = useStyles();
  const { t, day } = useChartText();
  const row = props.payload?.[0]?.payload as UsageRow | undefined;
  if (!props.active || !row) return null;
  return (
    <Paper
      className={classes.tooltip}
      elevation={3}
      {...(props.live && { role: 'status', 'aria-live': 'polite' })}
    >
      <Typography variant="caption" component="div">
        <strong>{day(row.group, true)}</strong>
      </Typography>
      {series.length > 1 &&
        series.map(s => (
          <Typography key={s.id} variant="caption" component="div">
            <span
              className={classes.swatch}
              style={{ backgroundColor: s.color }}
            />
            {s.label}: {format(s.value(row))}
          </Typography>
        ))}
      <Typography variant="caption" component="div">
        {series.length > 1
          ? t('usage.chart.total', { value: format(seriesTotal(series, row)) })
          : format(seriesTotal(series, row))}
      </Typography>
    </Paper>
  );
}

/**
 * Bars per day, stacked by series, drawn by recharts at the container's
 * width: labelled axes, a tooltip (pointer or arrow keys), a summary for
 * screen readers with a label per day, and the same figures as a table on
 * request.
 */
export function UsageChart(props: {
  title: string;
  days: UsageRow[];
  series: ChartSeries[];
  /** Values in labels, tooltips and the table. */
  format(value: number): string;
  /** Values on the y axis, where space is short. */
  formatTick?(value: number): string;
  yLabel: string;
  height?: number;
}) {
  const { days, series, format } = props;
  const formatTick = props.formatTick ?? format;
  const classes = useStyles();
  const theme = useTheme();
  const chartText = useChartText();
  const { t, day } = chartText;
  const [asTable, setAsTable] = useState(false);

  const height = props.height ?? 220;
  const total = (row: UsageRow) => seriesTotal(series, row);
  const ticks = niceTicks(Math.max(0, ...days.map(total)));
  const top = ticks[ticks.length - 1] || 1;
  const labelEvery = Math.max(1, Math.ceil(days.length / MAX_X_LABELS));
  const summary = summarizeDays(days, series, format, chartText);

  const toggle = (
    <Button size="small" color="primary" onClick={() => setAsTable(v => !v)}>
      {asTable ? t('usage.chart.showChart') : t('usage.chart.showTable')}
    </Button>
  );

  if (asTable) {
    return (
      <Box>
        <Box display="flex" justifyContent="flex-end">
          {toggle}
        </Box>
        <TableContainer style={{ maxHeight: height + 80 }}>
          <Table size="small" stickyHeader aria-label={props.title}>
            <TableHead>
              <TableRow>
                <TableCell>{t('usage.chart.day')}</TableCell>
                {series.length > 1 &&
                  series.map(s => (
                    <TableCell key={s.id} align="right">
                      {s.label}
                    </TableCell>
                  ))}
                <TableCell align="right">{props.yLabel}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {days.map(row => (
                <TableRow key={row.group}>
                  <TableCell>{day(row.group, true)}</TableCell>
                  {series.length > 1 &&
                    series.map(s => (
                      <TableCell key={s.id} align="right">
                        {format(s.value(row))}
                      </TableCell>
                    ))}
                  <TableCell align="right">{format(total(row))}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </Box>
    );
  }

  const text = {
    fill: theme.palette.text.secondary,
    fontSize: 11,
    fontFamily: theme.typography.fontFamily,
  };
  const axisLabel = {
    ...text,
    fontWeight: theme.typography.fontWeightMedium as number,
    textAnchor: 'middle' as const,
  };

  return (
    <Box>
      <Box display="flex" alignItems="center" justifyContent="space-between">
        {series.length > 1 ? (
          <div className={classes.legend} data-testid="usage-chart-legend">
            {series.map(s => (
              <Typography key={s.id} variant="caption" color="textSecondary">
                <span
                  className={classes.swatch}
                  style={{ backgroundColor: s.color }}
                />
                {s.label}
              </Typography>
            ))}
          </div>
        ) : (
          <span />
        )}
        {toggle}
      </Box>
      <div
        className={classes.figure}
        role="group"
        aria-label={`${props.title}: ${summary}`}
      >
        {days.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            {t('usage.chart.noDays')}
          </Typography>
        ) : (
          <ResponsiveContainer
            width="100%"
            height={height}
            initialDimension={{ width: INITIAL_CHART_WIDTH, height }}
          >
            <BarChart
              data={days}
              accessibilityLayer
              title={props.title}
              desc={summary}
              margin={{ top: 12, right: 12, bottom: 4, left: 4 }}
              barCategoryGap="30%"
              maxBarSize={48}
            >
              <CartesianGrid vertical={false} stroke={theme.palette.divider} />
              <XAxis
                dataKey="group"
                tickFormatter={(value: string) => day(value)}
                interval={labelEvery - 1}
                tick={text}
                tickLine={false}
                axisLine={{ stroke: theme.palette.text.secondary }}
                height="auto"
                label={{
                  value: t('usage.chart.dayAxis'),
                  position: 'insideBottom',
                  style: axisLabel,
                }}
              />
              {/*
               * "auto" measures the widest tick label and the axis title and
               * makes room for both, so the title never runs into the ticks.
               */}
              <YAxis
                width="auto"
                domain={[0, top]}
                ticks={ticks}
                tickFormatter={(value: number) => formatTick(value)}
                tick={text}
                tickLine={false}
                axisLine={false}
                label={{
                  value: props.yLabel,
                  angle: -90,
                  position: 'insideLeft',
                  style: axisLabel,
                }}
              />
              <Tooltip
                cursor={{ fill: theme.palette.action.hover }}
                isAnimationActive={false}
                content={tooltip => (
                  <UsageTooltipContent
                    active={tooltip.active}
                    payload={tooltip.payload}
                    series={series}
                    format={format}
                    live={tooltip.accessibilityLayer}
                  />
                )}
              />
              {series.map(s => (
                <Bar
                  key={s.id}
                  name={s.label}
                  dataKey={(row: UsageRow) => s.value(row)}
                  stackId="day"
                  fill={s.color}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        )}
        {/* The figures in words, one day at a time, for screen readers. */}
        <ul
          className={classes.visuallyHidden}
          aria-label={t('usage.chart.days')}
        >
          {days.map(row => {
            const description = describeDay(row, series, format, chartText);
            return (
              <li key={row.group} data-day={row.group} aria-label={description}>
                {description}
              </li>
            );
          })}
        </ul>
      </div>
    </Box>
  );
}
