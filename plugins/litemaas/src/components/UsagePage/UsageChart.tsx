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
import { makeStyles } from '@material-ui/core/styles';
import { formatDay } from '../format';

/** One stacked part of a day's bar. */
export interface ChartSeries {
  id: string;
  label: string;
  color: string;
  value(row: UsageRow): number;
}

// Drawn in viewBox units; the SVG scales to the card's width.
const WIDTH = 640;
const MARGIN = { top: 12, right: 12, bottom: 40, left: 64 };
const TARGET_TICKS = 4;
const MAX_X_LABELS = 7;

// useId needs React 18 and the plugin still supports 17.
let chartCount = 0;

const useStyles = makeStyles(theme => ({
  figure: { margin: 0, position: 'relative' },
  svg: { display: 'block', width: '100%', height: 'auto', overflow: 'visible' },
  tick: {
    fill: theme.palette.text.secondary,
    fontSize: 11,
    fontFamily: theme.typography.fontFamily,
  },
  axisLabel: {
    fill: theme.palette.text.secondary,
    fontSize: 11,
    fontWeight: theme.typography.fontWeightMedium as number,
    fontFamily: theme.typography.fontFamily,
  },
  grid: { stroke: theme.palette.divider, strokeWidth: 1 },
  axis: { stroke: theme.palette.text.secondary, strokeWidth: 1 },
  band: { fill: 'transparent' },
  hovered: { fill: theme.palette.action.hover },
  tooltip: {
    position: 'absolute',
    top: 0,
    transform: 'translateX(-50%)',
    pointerEvents: 'none',
    padding: theme.spacing(0.75, 1.25),
    whiteSpace: 'nowrap',
    zIndex: 1,
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

/**
 * Bars per day, stacked by series: an SVG with a title, axis labels, a label
 * per day for screen readers, a tooltip on hover, and the same figures as a
 * table on request.
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
  const [id] = useState(() => `litemaas-usage-chart-${++chartCount}`);
  const [asTable, setAsTable] = useState(false);
  const [hovered, setHovered] = useState<number>();

  const height = props.height ?? 220;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const total = (row: UsageRow) =>
    series.reduce((sum, s) => sum + s.value(row), 0);
  const ticks = niceTicks(Math.max(0, ...days.map(total)));
  const top = ticks[ticks.length - 1] || 1;
  const y = (value: number) => MARGIN.top + plotHeight * (1 - value / top);
  const band = plotWidth / Math.max(1, days.length);
  const barWidth = Math.max(1, Math.min(band * 0.7, 48));
  const labelEvery = Math.ceil(days.length / MAX_X_LABELS);

  const describe = (row: UsageRow) => {
    const parts =
      series.length > 1
        ? ` (${series
            .map(
              s =>
                `${format(s.value(row))} ${s.label.toLocaleLowerCase('en-US')}`,
            )
            .join(', ')})`
        : '';
    return `${formatDay(row.group, true)}: ${format(total(row))}${parts}`;
  };

  const first = days[0]?.group;
  const last = days[days.length - 1]?.group;
  const peak = days.reduce<UsageRow | undefined>(
    (best, row) => (!best || total(row) > total(best) ? row : best),
    undefined,
  );
  const summary =
    first && last
      ? `${formatDay(first, true)} to ${formatDay(last, true)}${
          peak && total(peak) > 0
            ? `; highest ${format(total(peak))} on ${formatDay(
                peak.group,
                true,
              )}`
            : '; nothing recorded'
        }.`
      : 'No days.';

  const toggle = (
    <Button size="small" color="primary" onClick={() => setAsTable(v => !v)}>
      {asTable ? 'Show as chart' : 'Show as table'}
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
                <TableCell>Day</TableCell>
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
                  <TableCell>{formatDay(row.group, true)}</TableCell>
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

  const hoveredRow = hovered === undefined ? undefined : days[hovered];
  return (
    <Box>
      <Box display="flex" alignItems="center" justifyContent="space-between">
        {series.length > 1 ? (
          <div className={classes.legend}>
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
      <figure className={classes.figure}>
        <svg
          className={classes.svg}
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="group"
          aria-labelledby={`${id}-title ${id}-desc`}
          onMouseLeave={() => setHovered(undefined)}
        >
          <title id={`${id}-title`}>{props.title}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          <g aria-hidden="true">
            {ticks.map(tick => (
              <g key={tick}>
                <line
                  className={tick === 0 ? classes.axis : classes.grid}
                  x1={MARGIN.left}
                  x2={WIDTH - MARGIN.right}
                  y1={y(tick)}
                  y2={y(tick)}
                />
                <text
                  className={classes.tick}
                  x={MARGIN.left - 6}
                  y={y(tick)}
                  textAnchor="end"
                  dominantBaseline="middle"
                >
                  {formatTick(tick)}
                </text>
              </g>
            ))}
            {days.map((row, i) =>
              i % labelEvery === 0 ? (
                <text
                  key={row.group}
                  className={classes.tick}
                  x={MARGIN.left + band * (i + 0.5)}
                  y={MARGIN.top + plotHeight + 14}
                  textAnchor="middle"
                >
                  {formatDay(row.group)}
                </text>
              ) : null,
            )}
            <text
              className={classes.axisLabel}
              x={MARGIN.left + plotWidth / 2}
              y={height - 4}
              textAnchor="middle"
            >
              Day (UTC)
            </text>
            <text
              className={classes.axisLabel}
              transform={`translate(12 ${
                MARGIN.top + plotHeight / 2
              }) rotate(-90)`}
              textAnchor="middle"
            >
              {props.yLabel}
            </text>
          </g>
          <g role="list" aria-label="Days">
            {days.map((row, i) => {
              let base = 0;
              return (
                <g
                  key={row.group}
                  role="listitem"
                  aria-label={describe(row)}
                  data-day={row.group}
                  onMouseEnter={() => setHovered(i)}
                >
                  {/* The whole column reacts to the pointer, not just the bar. */}
                  <rect
                    className={hovered === i ? classes.hovered : classes.band}
                    x={MARGIN.left + band * i}
                    y={MARGIN.top}
                    width={band}
                    height={plotHeight}
                  />
                  {series.map(s => {
                    const value = s.value(row);
                    const bottom = y(base);
                    base += value;
                    return value > 0 ? (
                      <rect
                        key={s.id}
                        x={MARGIN.left + band * (i + 0.5) - barWidth / 2}
                        y={y(base)}
                        width={barWidth}
                        height={bottom - y(base)}
                        fill={s.color}
                        rx={Math.min(2, barWidth / 4)}
                      />
                    ) : null;
                  })}
                </g>
              );
            })}
          </g>
        </svg>
        {hoveredRow && hovered !== undefined && (
          <Paper
            className={classes.tooltip}
            elevation={3}
            aria-hidden="true"
            style={{
              left: `${
                ((MARGIN.left + band * (hovered + 0.5)) / WIDTH) * 100
              }%`,
            }}
          >
            <Typography variant="caption" component="div">
              <strong>{formatDay(hoveredRow.group, true)}</strong>
            </Typography>
            {series.length > 1 &&
              series.map(s => (
                <Typography key={s.id} variant="caption" component="div">
                  <span
                    className={classes.swatch}
                    style={{ backgroundColor: s.color }}
                  />
                  {s.label}: {format(s.value(hoveredRow))}
                </Typography>
              ))}
            <Typography variant="caption" component="div">
              {series.length > 1 ? 'Total: ' : ''}
              {format(total(hoveredRow))}
            </Typography>
          </Paper>
        )}
      </figure>
    </Box>
  );
}
