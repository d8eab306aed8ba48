import { UsageMetrics } from '@litemaas/backstage-plugin-litemaas-common';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { toneColor } from '../common';
import {
  Change,
  formatChange,
  formatCount,
  formatPercent,
  formatPointChange,
  formatSpend,
} from '../format';
import { successRate } from './usageView';

const useStyles = makeStyles(theme => ({
  // The grid's own negative margins stay: they keep the cards in line with
  // the page's edges.
  list: { listStyle: 'none', padding: 0 },
  card: {
    padding: theme.spacing(2),
    height: '100%',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
    position: 'relative',
  },
  value: {
    fontSize: '1.6rem',
    fontWeight: theme.typography.fontWeightMedium as number,
    lineHeight: 1.2,
    fontVariantNumeric: 'tabular-nums',
  },
  change: {
    fontWeight: theme.typography.fontWeightMedium as number,
    fontVariantNumeric: 'tabular-nums',
  },
  neutral: { color: theme.palette.text.secondary },
  good: { color: toneColor(theme, 'success') },
  bad: { color: toneColor(theme, 'error') },
  // Read by screen readers, invisible on screen.
  srOnly: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
}));

interface Figure {
  id: string;
  label: string;
  value: string;
  change: Change;
  previous: string;
  /** Only where a direction is clearly good or bad; volumes are neither. */
  higherIsBetter?: boolean;
}

function figures(now: UsageMetrics, before: UsageMetrics): Figure[] {
  const count = (
    id: string,
    label: string,
    field: keyof UsageMetrics,
    format = formatCount,
  ): Figure => ({
    id,
    label,
    value: format(now[field]),
    change: formatChange(now[field], before[field]),
    previous: format(before[field]),
  });
  return [
    count('requests', 'Requests', 'requests'),
    count('prompt', 'Prompt tokens', 'promptTokens'),
    count('completion', 'Completion tokens', 'completionTokens'),
    count('tokens', 'Total tokens', 'totalTokens'),
    count('spend', 'Spend', 'spend', formatSpend),
    {
      id: 'success',
      label: 'Success rate',
      value: formatPercent(successRate(now)),
      change: formatPointChange(successRate(now), successRate(before)),
      previous: formatPercent(successRate(before)),
      higherIsBetter: true,
    },
  ];
}

/** The range's totals, each beside its change from the period before. */
export function UsageTotals(props: {
  totals: UsageMetrics;
  previousTotals: UsageMetrics;
}) {
  const classes = useStyles();
  return (
    <Grid container spacing={2} component="ul" className={classes.list}>
      {figures(props.totals, props.previousTotals).map(figure => {
        let tone = classes.neutral;
        if (figure.higherIsBetter && figure.change.direction === 'up') {
          tone = classes.good;
        } else if (
          figure.higherIsBetter &&
          figure.change.direction === 'down'
        ) {
          tone = classes.bad;
        }
        return (
          <Grid
            item
            key={figure.id}
            xs={6}
            sm={4}
            lg={2}
            component="li"
            aria-label={figure.label}
          >
            <Paper variant="outlined" className={classes.card}>
              <Typography variant="body2" color="textSecondary">
                {figure.label}
              </Typography>
              <Typography className={classes.value} component="div">
                {figure.value}
              </Typography>
              <Typography variant="caption" color="textSecondary">
                <span aria-hidden="true">
                  <span className={`${classes.change} ${tone}`}>
                    {figure.change.text}
                  </span>{' '}
                  vs. {figure.previous}
                </span>
                <span className={classes.srOnly}>
                  {figure.change.label} from {figure.previous} in the previous
                  period
                </span>
              </Typography>
            </Paper>
          </Grid>
        );
      })}
    </Grid>
  );
}
