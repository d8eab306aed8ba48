import { ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { InfoCard, Link, Progress } from '@backstage/core-components';
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
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import SyncIcon from '@material-ui/icons/Sync';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import {
  ToneChip,
  errorMessage,
  runTaskNow,
  useLiteMaasPaths,
} from '../common';
import { formatDateTime, formatRelativeTime } from '../format';
import { MyBudgets } from './MyBudgets';
import { UsageHolds } from './UsageHolds';
import { useUsageRange, useUsageToolbarStyles } from './RangePicker';
import { SubjectName, UsageBreakdownTable } from './UsageBreakdownTable';
import { UsageBody, UsageToolbar } from './UsageLayout';
import {
  BreakdownSpec,
  UNKNOWN_KEY_LABEL,
  UsageScope,
  loadUsageView,
} from './usageView';

const useStyles = makeStyles(theme => ({
  mono: {
    fontFamily: 'monospace',
    fontSize: theme.typography.caption.fontSize,
  },
}));

function Caption(props: { children: ReactNode }) {
  return (
    <Typography variant="caption" color="textSecondary" component="div">
      {props.children}
    </Typography>
  );
}

/**
 * A key row: its name and short id (or hash). Keys the portal does not know
 * say so, unless the whole table is about such keys.
 */
function KeyName(props: { row: UsageRow; outsideOnly?: boolean }) {
  const classes = useStyles();
  const { row } = props;
  const named = row.label && row.label !== UNKNOWN_KEY_LABEL;
  return (
    <>
      <Box display="flex" alignItems="center" style={{ gap: 8 }}>
        <Typography variant="body2">
          {named ? <strong>{row.label}</strong> : <em>Unknown key</em>}
        </Typography>
        {!named && !props.outsideOnly && (
          <ToneChip
            tone="neutral"
            label="Created outside the portal"
            title="LiteLLM recorded usage for a key the portal did not issue"
          />
        )}
      </Box>
      <Caption>
        <span className={classes.mono}>
          {/* A portal key by its id, a key made elsewhere by its hash. */}
          {named ? `id ${row.group.slice(0, 8)}` : row.group}
        </span>
      </Caption>
    </>
  );
}

interface BreakdownNames {
  title: string;
  subheader: string;
  /** The table's accessible name. */
  label: string;
  header: string;
  empty?: string;
  render(row: UsageRow): ReactNode;
}

/** How each breakdown is titled and names its rows. */
function useBreakdownNames(): Record<BreakdownSpec['id'], BreakdownNames> {
  const paths = useLiteMaasPaths();
  const costliest = 'Costliest first';
  return {
    key: {
      title: 'By key',
      subheader: costliest,
      label: 'Usage by key',
      header: 'Key',
      render: row => <KeyName row={row} />,
    },
    outsideKey: {
      title: 'Keys created outside the portal',
      subheader: 'Made in LiteLLM directly, so no one in the portal owns them',
      label: 'Usage of keys created outside the portal',
      header: 'Key',
      empty: 'No key created outside the portal was used in this period.',
      render: row => <KeyName row={row} outsideOnly />,
    },
    model: {
      title: 'By model',
      subheader: costliest,
      label: 'Usage by model',
      header: 'Model',
      render: row =>
        row.group === 'unknown' ? (
          <em>Unknown</em>
        ) : (
          <Link to={paths.model(row.group)} style={{ whiteSpace: 'nowrap' }}>
            {row.group}
          </Link>
        ),
    },
    subject: {
      title: 'Top consumers',
      subheader: 'Users and teams, costliest first',
      label: 'Usage by user / team',
      header: 'User or team',
      render: row => <SubjectName subjectRef={row.group} />,
    },
    provider: {
      title: 'By provider',
      subheader: costliest,
      label: 'Usage by provider',
      header: 'Provider',
      render: row =>
        row.group === 'unknown' ? <em>Unknown</em> : <>{row.group}</>,
    },
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
 * per day, breakdowns by key and model (for admins looking at everyone: by
 * model, top users and teams, provider, and keys created outside the
 * portal), key and team budgets, and exports streamed by the backend.
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
  const toolbarClasses = useUsageToolbarStyles();
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const names = useBreakdownNames();
  const [params, setParams] = useSearchParams();
  const rangeState = useUsageRange();
  const { range, problem } = rangeState;
  // Admins open on everyone's usage; `?scope=mine` (or the switch) shows
  // their own.
  const scope: UsageScope =
    isAdmin && params.get('scope') !== 'mine' ? 'all' : 'mine';
  const [syncing, setSyncing] = useState(false);
  const [synced, setSynced] = useState(0);

  const usage = useAsyncRetry(
    async () => (problem ? undefined : loadUsageView(api, range, scope)),
    [api, range.from, range.to, scope, problem],
  );

  const setScope = (next: UsageScope) =>
    setParams(
      current => {
        const updated = new URLSearchParams(current);
        if (next === 'mine') updated.set('scope', 'mine');
        else updated.delete('scope');
        return updated;
      },
      { replace: true },
    );

  const sync = async () => {
    setSyncing(true);
    try {
      const { status, finished } = await runTaskNow(
        () => api.syncUsage(),
        () => api.getUsageSyncStatus(),
      );
      if (!finished) {
        alertApi.post({
          message:
            'Usage sync asked for: it runs on one replica; the figures update when it is done.',
          severity: 'info',
          display: 'transient',
        });
      } else if (status.status === 'failed') {
        throw new Error(status.error ?? 'the sync failed');
      } else {
        const days = status.report?.days.length ?? 0;
        const held = status.report?.heldBack?.length ?? 0;
        const updated =
          days === 1
            ? 'Usage synced from LiteLLM: 1 day updated.'
            : `Usage synced from LiteLLM: ${days} days updated.`;
        alertApi.post({
          message: held
            ? `${updated} LiteLLM answered less than the portal has for ${
                held === 1 ? '1 day' : `${held} days`
              }: the portal kept its figures (see above).`
            : updated,
          severity: held ? 'warning' : 'success',
          display: 'transient',
        });
      }
      usage.retry();
      setSynced(n => n + 1);
    } catch (e) {
      alertApi.post({
        message: `Usage sync from LiteLLM failed: ${errorMessage(e)}`,
        severity: 'error',
      });
    } finally {
      setSyncing(false);
    }
  };

  return (
    <>
      <UsageToolbar
        idPrefix="litemaas-usage"
        range={rangeState}
        query={{ ...range, scope }}
        loading={usage.loading}
        onReload={usage.retry}
        filters={
          isAdmin && (
            <ToggleButtonGroup
              exclusive
              size="small"
              value={scope}
              onChange={(_, next: UsageScope | null) => next && setScope(next)}
              aria-label="Whose usage"
            >
              <ToggleButton value="mine" className={toolbarClasses.toggle}>
                Mine
              </ToggleButton>
              <ToggleButton value="all" className={toolbarClasses.toggle}>
                Everyone
              </ToggleButton>
            </ToggleButtonGroup>
          )
        }
        actions={
          <>
            {usage.value && <LastSynced syncedAt={usage.value.syncedAt} />}
            {isAdmin && (
              <Button
                variant="outlined"
                size="small"
                startIcon={
                  syncing ? <CircularProgress size={16} /> : <SyncIcon />
                }
                onClick={sync}
                disabled={syncing}
              >
                Sync now
              </Button>
            )}
          </>
        }
      />
      {isAdmin && (
        <UsageHolds version={synced} onDecided={() => usage.retry()} />
      )}
      <UsageBody
        problem={problem}
        usage={usage}
        empty={{
          title: 'No usage in this period',
          description:
            scope === 'all'
              ? 'Nobody called a model through the gateway in these days, or usage has not been synced from LiteLLM yet.'
              : 'Your keys and your teams\u2019 keys made no requests in these days. Pick a longer range, or create a key on the API keys tab to get started.',
        }}
      >
        {view =>
          view.breakdowns.map(({ id, rows, rowLimit }) => (
            <Grid item xs={12} lg={6} key={id}>
              <InfoCard title={names[id].title} subheader={names[id].subheader}>
                <UsageBreakdownTable
                  label={names[id].label}
                  nameHeader={names[id].header}
                  rows={rows}
                  renderName={names[id].render}
                  emptyText={names[id].empty}
                  rowLimit={rowLimit}
                  last="share"
                />
              </InfoCard>
            </Grid>
          ))
        }
      </UsageBody>
      {scope === 'mine' && <MyBudgets version={synced} />}
    </>
  );
}
