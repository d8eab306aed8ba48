import { ReactNode, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  UsageRow,
  litemaasModelManagePermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Grid from '@material-ui/core/Grid';
import IconButton from '@material-ui/core/IconButton';
import LinearProgress from '@material-ui/core/LinearProgress';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { indigo, teal } from '@material-ui/core/colors';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import GetAppIcon from '@material-ui/icons/GetApp';
import RefreshIcon from '@material-ui/icons/Refresh';
import SyncIcon from '@material-ui/icons/Sync';
import Alert from '@material-ui/lab/Alert';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { ToneChip, errorMessage, isLiveKey, useLiteMaasPaths } from '../common';
import {
  formatCount,
  formatDateTime,
  formatDay,
  formatRelativeTime,
  formatSpend,
  formatTokens,
} from '../format';
import { BudgetCards } from './BudgetCards';
import {
  downloadFile,
  exportFileName,
  usageCsv,
  usageJson,
} from './exportUsage';
import {
  DayRange,
  RANGE_PRESETS,
  presetRange,
  rangeProblem,
  utcDay,
} from './range';
import { ChartSeries, UsageChart } from './UsageChart';
import { SubjectName, UsageBreakdownTable } from './UsageBreakdownTable';
import { UsageTotals } from './UsageTotals';
import {
  BreakdownGroup,
  UNKNOWN_KEY_LABEL,
  UsageScope,
  UsageView,
  hasUsage,
  loadUsageView,
} from './usageView';
import { ErrorWithRetry } from '../common/ErrorWithRetry';

const DEFAULT_PRESET = '30';

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  spacer: { flex: 1 },
  toggle: { textTransform: 'none', padding: theme.spacing(0.5, 1.5) },
  date: { width: 170 },
  section: { marginTop: theme.spacing(3) },
  mono: {
    fontFamily: 'monospace',
    fontSize: theme.typography.caption.fontSize,
  },
}));

/** `$1.5K` on an axis; full amounts elsewhere. */
function spendTick(usd: number): string {
  if (usd >= 1000) return `$${formatTokens(usd)}`;
  return Number.isInteger(usd) ? `$${usd}` : formatSpend(usd);
}

function Caption(props: { children: ReactNode }) {
  return (
    <Typography variant="caption" color="textSecondary" component="div">
      {props.children}
    </Typography>
  );
}

/** How each breakdown names its rows. */
function useBreakdownNames(): Record<
  BreakdownGroup,
  { title: string; header: string; render(row: UsageRow): ReactNode }
> {
  const classes = useStyles();
  const paths = useLiteMaasPaths();
  return {
    key: {
      title: 'By key',
      header: 'Key',
      render: row =>
        row.label && row.label !== UNKNOWN_KEY_LABEL ? (
          <>
            <Typography variant="body2">
              <strong>{row.label}</strong>
            </Typography>
            <Caption>
              <span className={classes.mono}>{row.group}</span>
            </Caption>
          </>
        ) : (
          <>
            <Box display="flex" alignItems="center" style={{ gap: 8 }}>
              <Typography variant="body2">
                <em>Unknown key</em>
              </Typography>
              <ToneChip
                tone="neutral"
                label="Created outside the portal"
                title="LiteLLM recorded usage for a key the portal did not issue"
              />
            </Box>
            <Caption>
              <span className={classes.mono}>{row.group}</span>
            </Caption>
          </>
        ),
    },
    model: {
      title: 'By model',
      header: 'Model',
      render: row =>
        row.group === 'unknown' ? (
          <em>Unknown</em>
        ) : (
          <Link to={paths.model(row.group)}>{row.group}</Link>
        ),
    },
    subject: {
      title: 'By user / team',
      header: 'User or team',
      render: row => <SubjectName subjectRef={row.group} />,
    },
    provider: {
      title: 'By provider',
      header: 'Provider',
      render: row =>
        row.group === 'unknown' ? <em>Unknown</em> : <>{row.group}</>,
    },
  };
}

/** The range from the URL: a preset (default 30 days) or custom days. */
function useRange(): {
  preset: string;
  range: DayRange;
  setPreset(preset: string): void;
  setDay(field: 'from' | 'to', day: string): void;
} {
  const [params, setParams] = useSearchParams();
  const requested = params.get('range') ?? DEFAULT_PRESET;
  const preset =
    requested === 'custom' || RANGE_PRESETS.some(p => String(p) === requested)
      ? requested
      : DEFAULT_PRESET;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const range = useMemo(
    () => (preset === 'custom' ? { from, to } : presetRange(Number(preset))),
    [preset, from, to],
  );
  const update = (change: (next: URLSearchParams) => void) =>
    setParams(
      current => {
        const next = new URLSearchParams(current);
        change(next);
        return next;
      },
      { replace: true },
    );
  return {
    preset,
    range,
    setPreset: next =>
      update(p => {
        if (next === 'custom') {
          // Custom starts from the days on screen, to adjust rather than type.
          p.set('from', range.from);
          p.set('to', range.to);
        } else {
          p.delete('from');
          p.delete('to');
        }
        if (next === DEFAULT_PRESET) p.delete('range');
        else p.set('range', next);
      }),
    setDay: (field, day) => update(p => p.set(field, day)),
  };
}

function LastSynced(props: { syncedAt?: string }) {
  return (
    <Typography variant="body2" color="textSecondary">
      {props.syncedAt ? (
        <>
          Last synced{' '}
          <span title={formatDateTime(props.syncedAt)}>
            {formatRelativeTime(props.syncedAt)}
          </span>
        </>
      ) : (
        'Not synced from LiteLLM yet'
      )}
    </Typography>
  );
}

/**
 * Usage over a range: totals against the period before, spend and tokens
 * per day, breakdowns by key and model (and for admins looking at everyone,
 * by user or team and by provider), key budgets, and exports.
 *
 * @public
 */
export const UsagePage = () => {
  const permission = usePermission({
    permission: litemaasModelManagePermission,
  });
  // The scope switch depends on it: wait rather than load twice.
  if (permission.loading) return <Progress />;
  return <Usage isAdmin={permission.allowed} />;
};

function Usage(props: { isAdmin: boolean }) {
  const { isAdmin } = props;
  const classes = useStyles();
  const theme = useTheme();
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const paths = useLiteMaasPaths();
  const names = useBreakdownNames();
  const [params, setParams] = useSearchParams();
  const { preset, range, setPreset, setDay } = useRange();
  const scope: UsageScope =
    isAdmin && params.get('scope') === 'all' ? 'all' : 'mine';
  const problem = rangeProblem(range);
  const [syncing, setSyncing] = useState(false);

  const usage = useAsyncRetry(
    async () => (problem ? undefined : loadUsageView(api, range, scope)),
    [api, range.from, range.to, scope, problem],
  );
  const keys = useAsyncRetry(() => api.listKeys({ scope: 'mine' }), [api]);
  const view: UsageView | undefined = usage.value;

  const setScope = (next: UsageScope) =>
    setParams(
      current => {
        const updated = new URLSearchParams(current);
        if (next === 'all') updated.set('scope', 'all');
        else updated.delete('scope');
        return updated;
      },
      { replace: true },
    );

  const sync = async () => {
    setSyncing(true);
    try {
      const result = await api.syncUsage();
      alertApi.post({
        message:
          result.days.length === 1
            ? 'Usage synced from LiteLLM: 1 day updated.'
            : `Usage synced from LiteLLM: ${result.days.length} days updated.`,
        severity: 'success',
        display: 'transient',
      });
      usage.retry();
      keys.retry();
    } catch (e) {
      alertApi.post({
        message: `Usage sync from LiteLLM failed: ${errorMessage(e)}`,
        severity: 'error',
      });
    } finally {
      setSyncing(false);
    }
  };

  const download = (format: 'csv' | 'json') => {
    if (!view) return;
    if (format === 'csv') {
      downloadFile(
        exportFileName(view, 'csv'),
        'text/csv;charset=utf-8',
        usageCsv(view),
      );
    } else {
      downloadFile(
        exportFileName(view, 'json'),
        'application/json',
        usageJson(view),
      );
    }
  };

  const spendSeries: ChartSeries[] = [
    {
      id: 'spend',
      label: 'Spend',
      color: theme.palette.primary.main,
      value: row => row.spend,
    },
  ];
  const tokenSeries: ChartSeries[] = [
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

  const toolbar = (
    <div className={classes.toolbar}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={preset}
        onChange={(_, next: string | null) => next && setPreset(next)}
        aria-label="Range"
      >
        {RANGE_PRESETS.map(days => (
          <ToggleButton
            key={days}
            value={String(days)}
            className={classes.toggle}
          >
            {days === 1 ? '1 day' : `${days} days`}
          </ToggleButton>
        ))}
        <ToggleButton value="custom" className={classes.toggle}>
          Custom
        </ToggleButton>
      </ToggleButtonGroup>
      {preset === 'custom' && (
        <>
          <TextField
            id="litemaas-usage-from"
            label="From"
            type="date"
            size="small"
            variant="outlined"
            className={classes.date}
            InputLabelProps={{ shrink: true }}
            value={range.from}
            onChange={e => setDay('from', e.target.value)}
            error={Boolean(problem)}
          />
          <TextField
            id="litemaas-usage-to"
            label="To"
            type="date"
            size="small"
            variant="outlined"
            className={classes.date}
            InputLabelProps={{ shrink: true }}
            inputProps={{ max: utcDay(Date.now()) }}
            value={range.to}
            onChange={e => setDay('to', e.target.value)}
            error={Boolean(problem)}
            helperText={problem}
          />
        </>
      )}
      {isAdmin && (
        <ToggleButtonGroup
          exclusive
          size="small"
          value={scope}
          onChange={(_, next: UsageScope | null) => next && setScope(next)}
          aria-label="Whose usage"
        >
          <ToggleButton value="mine" className={classes.toggle}>
            Mine
          </ToggleButton>
          <ToggleButton value="all" className={classes.toggle}>
            Everyone
          </ToggleButton>
        </ToggleButtonGroup>
      )}
      <span className={classes.spacer} />
      {view && <LastSynced syncedAt={view.syncedAt} />}
      {isAdmin && (
        <Button
          variant="outlined"
          size="small"
          startIcon={syncing ? <CircularProgress size={16} /> : <SyncIcon />}
          onClick={sync}
          disabled={syncing}
        >
          Sync now
        </Button>
      )}
      <Button
        variant="outlined"
        size="small"
        startIcon={<GetAppIcon />}
        disabled={!view}
        onClick={() => download('csv')}
      >
        Export CSV
      </Button>
      <Button
        variant="outlined"
        size="small"
        startIcon={<GetAppIcon />}
        disabled={!view}
        onClick={() => download('json')}
      >
        Export JSON
      </Button>
      <IconButton aria-label="Reload" size="small" onClick={usage.retry}>
        {usage.loading ? <CircularProgress size={20} /> : <RefreshIcon />}
      </IconButton>
    </div>
  );

  let body: ReactNode;
  if (problem) {
    body = <Alert severity="info">{problem}.</Alert>;
  } else if (usage.loading && !view) {
    body = <Progress />;
  } else if (usage.error && !view) {
    body = <ErrorWithRetry error={usage.error} onRetry={usage.retry} />;
  } else if (!view || !hasUsage(view.totals)) {
    body = (
      <EmptyState
        missing="data"
        title="No usage in this period"
        description={
          scope === 'all'
            ? 'Nobody called a model through the gateway in these days, or usage has not been synced from LiteLLM yet.'
            : 'Your keys and your teams\u2019 keys made no requests in these days. Pick a longer range, or create a key on the API keys tab to get started.'
        }
      />
    );
  } else {
    const period = `${formatDay(view.range.from, true)} – ${formatDay(
      view.range.to,
      true,
    )}`;
    body = (
      <>
        {/* Older figures stay on screen while a new range loads. */}
        {usage.loading && <LinearProgress aria-label="Loading usage" />}
        {usage.error && (
          <Box mb={2}>
            <Alert severity="error">
              Could not load this range: {errorMessage(usage.error)}. Showing{' '}
              {period}.
            </Alert>
          </Box>
        )}
        <UsageTotals
          totals={view.totals}
          previousTotals={view.previousTotals}
        />
        <Grid container spacing={3} className={classes.section}>
          <Grid item xs={12} lg={6}>
            <InfoCard title="Spend per day" subheader={period}>
              <UsageChart
                title="Spend per day"
                days={view.days}
                series={spendSeries}
                format={formatSpend}
                formatTick={spendTick}
                yLabel="Spend (USD)"
              />
            </InfoCard>
          </Grid>
          <Grid item xs={12} lg={6}>
            <InfoCard title="Tokens per day" subheader={period}>
              <UsageChart
                title="Tokens per day"
                days={view.days}
                series={tokenSeries}
                format={formatCount}
                formatTick={formatTokens}
                yLabel="Tokens"
              />
            </InfoCard>
          </Grid>
          {view.breakdowns.map(({ groupBy, rows }) => (
            <Grid item xs={12} lg={6} key={groupBy}>
              <InfoCard
                title={names[groupBy].title}
                subheader="Costliest first"
              >
                <UsageBreakdownTable
                  label={`Usage ${names[groupBy].title.toLocaleLowerCase(
                    'en-US',
                  )}`}
                  nameHeader={names[groupBy].header}
                  rows={rows}
                  renderName={names[groupBy].render}
                  last="share"
                />
              </InfoCard>
            </Grid>
          ))}
        </Grid>
      </>
    );
  }

  const liveKeys = keys.value?.items.filter(isLiveKey) ?? [];
  return (
    <>
      {toolbar}
      {body}
      {scope === 'mine' && (
        <Box className={classes.section} component="section">
          <Typography variant="h6" component="h2">
            Key budgets
          </Typography>
          <Box mb={2}>
            <Typography variant="body2" color="textSecondary">
              Spend in each key's current budget period. LiteLLM refuses a key's
              requests once its budget is used up.
            </Typography>
          </Box>
          {keys.loading && !keys.value && <Progress />}
          {keys.error && !keys.value && (
            <Alert severity="error">
              Could not load your keys: {errorMessage(keys.error)}
            </Alert>
          )}
          {keys.value && liveKeys.length === 0 && (
            <Typography variant="body2">
              You have no API keys. Create one on the{' '}
              <Link to={paths.keys}>API keys</Link> tab.
            </Typography>
          )}
          {liveKeys.length > 0 && <BudgetCards keys={liveKeys} />}
        </Box>
      )}
    </>
  );
}
