import { useLitemaasText } from '../../translationText';
import { UsageMetrics } from '@litemaas/backstage-plugin-litemaas-common';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { toneColor } from '../common';
import { Change } from '../format';
import { LocaleFormat } from '../localeFormat';
import { useLocaleFormat } from '../useLocaleFormat';
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

function figures(
  now: UsageMetrics,
  before: UsageMetrics,
  format: LocaleFormat,
  label: (id: keyof Labels) => string,
): Figure[] {
  const count = (
    id: keyof Labels,
    field: keyof UsageMetrics,
    show: (value: number) => string = format.count,
  ): Figure => ({
    id,
    label: label(id),
    value: show(now[field]),
    change: format.change(now[field], before[field]),
    previous: show(before[field]),
  });
  return [
    count('requests', 'requests'),
    count('prompt', 'promptTokens'),
    count('completion', 'completionTokens'),
    count('tokens', 'totalTokens'),
    count('spend', 'spend', format.spend),
    {
      id: 'success',
      label: label('success'),
      value: format.percent(successRate(now)),
      change: format.pointChange(successRate(now), successRate(before)),
      previous: format.percent(successRate(before)),
      higherIsBetter: true,
    },
  ];
}

/** The figures' names, by id. */
interface Labels {
  requests: string;
  prompt: string;
  completion: string;
  tokens: string;
  spend: string;
  success: string;
}

/** The range's totals, each beside its change from the period before. */
export function UsageTotals(props: {
  totals: UsageMetrics;
  previousTotals: UsageMetrics;
}) {
  const classes = useStyles();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const label = (id: keyof Labels) => t(`usage.totals.${id}`);
  return (
    <Grid container spacing={2} component="ul" className={classes.list}>
      {figures(props.totals, props.previousTotals, format, label).map(
        figure => {
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
                    {t('usage.totals.versus', { previous: figure.previous })}
                  </span>
                  <span className={classes.srOnly}>
                    {t('usage.totals.change', {
                      change: figure.change.label,
                      previous: figure.previous,
                    })}
                  </span>
                </Typography>
              </Paper>
            </Grid>
          );
        },
      )}
    </Grid>
  );
}
