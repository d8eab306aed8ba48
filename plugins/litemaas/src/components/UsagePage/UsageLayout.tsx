import { useLitemaasText } from '../../translationText';
import { ReactNode } from 'react';
import { EmptyState, Progress } from '@backstage/core-components';
import {
  UsageMetrics,
  UsageQuery,
  UsageRow,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import CircularProgress from '@material-ui/core/CircularProgress';
import Grid from '@material-ui/core/Grid';
import IconButton from '@material-ui/core/IconButton';
import LinearProgress from '@material-ui/core/LinearProgress';
import RefreshIcon from '@material-ui/icons/Refresh';
import Alert from '@material-ui/lab/Alert';
import { errorMessage } from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { DailyUsageCards } from './DailyUsageCharts';
import { ExportButtons } from './ExportButtons';
import { DayRange } from './range';
import {
  RangePicker,
  UsageRangeState,
  useFormatPeriod,
  useUsageToolbarStyles,
} from './RangePicker';
import { UsageTotals } from './UsageTotals';
import { hasUsage } from './usageView';

/**
 * A usage view's toolbar: the range, `filters` beside it, `actions` on the
 * right, then the exports of the view and a reload button.
 */
export function UsageToolbar(props: {
  idPrefix: string;
  range: UsageRangeState;
  /** What the exports download: the view's range and scope. */
  query: UsageQuery;
  loading: boolean;
  onReload(): void;
  filters?: ReactNode;
  actions?: ReactNode;
}) {
  const t = useLitemaasText();
  const classes = useUsageToolbarStyles();
  return (
    <div className={classes.toolbar}>
      <RangePicker idPrefix={props.idPrefix} state={props.range} />
      {props.filters}
      <span className={classes.spacer} />
      {props.actions}
      <ExportButtons
        query={props.query}
        disabled={Boolean(props.range.problem)}
      />
      <IconButton
        aria-label={t('usage.reload')}
        size="small"
        onClick={props.onReload}
      >
        {props.loading ? <CircularProgress size={20} /> : <RefreshIcon />}
      </IconButton>
    </div>
  );
}

/** What every usage view has: its range, totals and a row per day. */
export interface DailyUsage {
  range: DayRange;
  totals: UsageMetrics;
  previousTotals: UsageMetrics;
  days: UsageRow[];
}

/**
 * A usage view below its toolbar: what is wrong with the range, loading,
 * a failed load with a retry, nothing used, or the totals against the
 * period before, spend and tokens per day and `children(view, period)`:
 * more cards (Grid items) such as breakdowns. Older figures stay on screen
 * while another range loads.
 */
export function UsageBody<T extends DailyUsage>(props: {
  problem?: string;
  usage: { loading: boolean; error?: Error; value?: T; retry(): void };
  empty: { title: string; description: string };
  children(view: T, period: string): ReactNode;
}) {
  const { problem, usage, empty } = props;
  const t = useLitemaasText();
  const formatPeriod = useFormatPeriod();
  const view = usage.value;
  if (problem) {
    return (
      <Alert severity="info">{t('usage.range.problem', { problem })}</Alert>
    );
  }
  if (usage.loading && !view) return <Progress />;
  if (usage.error && !view) {
    return <ErrorWithRetry error={usage.error} onRetry={usage.retry} />;
  }
  if (!view || !hasUsage(view.totals)) {
    return (
      <EmptyState
        missing="data"
        title={empty.title}
        description={empty.description}
      />
    );
  }
  const period = formatPeriod(view.range);
  return (
    <>
      {usage.loading && <LinearProgress aria-label={t('usage.loading')} />}
      {usage.error && (
        <Box mb={2}>
          <Alert severity="error">
            {t('usage.loadFailed', {
              error: errorMessage(usage.error),
              period,
            })}
          </Alert>
        </Box>
      )}
      <UsageTotals totals={view.totals} previousTotals={view.previousTotals} />
      <Box mt={3}>
        <Grid container spacing={3}>
          <DailyUsageCards days={view.days} period={period} />
          {props.children(view, period)}
        </Grid>
      </Box>
    </>
  );
}
