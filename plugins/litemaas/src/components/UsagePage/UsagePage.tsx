import { CatalogSpendCard } from './CatalogSpendCard';
import { useLitemaasText } from '../../translationText';
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
import { useLocaleFormat } from '../useLocaleFormat';
import { MyBudgets } from './MyBudgets';
import { TopUpHistory } from '../topUps';
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
  const t = useLitemaasText();
  const { row } = props;
  const named = row.label && row.label !== UNKNOWN_KEY_LABEL;
  return (
    <>
      <Box display="flex" alignItems="center" style={{ gap: 8 }}>
        <Typography variant="body2">
          {named ? (
            <strong>{row.label}</strong>
          ) : (
            <em>{t('usage.breakdown.unknownKey')}</em>
          )}
        </Typography>
        {!named && !props.outsideOnly && (
          <ToneChip
            tone="neutral"
            label={t('usage.breakdown.outsideChip')}
            title={t('usage.breakdown.outsideChipTitle')}
          />
        )}
      </Box>
      <Caption>
        <span className={classes.mono}>
          {/* A portal key by its id, a key made elsewhere by its hash. */}
          {named
            ? t('usage.breakdown.keyId', { id: row.group.slice(0, 8) })
            : row.group}
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
  const t = useLitemaasText();
  const costliest = t('usage.breakdown.costliest');
  const unknown = <em>{t('usage.breakdown.unknown')}</em>;
  return {
    key: {
      title: t('usage.breakdown.byKey'),
      subheader: costliest,
      label: t('usage.breakdown.byKeyLabel'),
      header: t('usage.breakdown.key'),
      render: row => <KeyName row={row} />,
    },
    outsideKey: {
      title: t('usage.breakdown.outsideTitle'),
      subheader: t('usage.breakdown.outsideSubheader'),
      label: t('usage.breakdown.outsideLabel'),
      header: t('usage.breakdown.key'),
      empty: t('usage.breakdown.outsideEmpty'),
      render: row => <KeyName row={row} outsideOnly />,
    },
    model: {
      title: t('usage.breakdown.byModel'),
      subheader: costliest,
      label: t('usage.breakdown.byModelLabel'),
      header: t('usage.breakdown.model'),
      render: row =>
        row.group === 'unknown' ? (
          unknown
        ) : (
          <Link to={paths.model(row.group)} style={{ whiteSpace: 'nowrap' }}>
            {row.group}
          </Link>
        ),
    },
    subject: {
      title: t('usage.breakdown.topConsumers'),
      subheader: t('usage.breakdown.consumersSubheader'),
      label: t('usage.breakdown.bySubjectLabel'),
      header: t('usage.breakdown.subject'),
      render: row => <SubjectName subjectRef={row.group} />,
    },
    provider: {
      title: t('usage.breakdown.byProvider'),
      subheader: costliest,
      label: t('usage.breakdown.byProviderLabel'),
      header: t('usage.breakdown.provider'),
      render: row => (row.group === 'unknown' ? unknown : <>{row.group}</>),
    },
  };
}

function LastSynced(props: { syncedAt?: string }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return (
    <Typography variant="body2" color="textSecondary">
      {props.syncedAt ? (
        <>
          {t('usage.sync.lastSynced')}{' '}
          <span title={format.dateTime(props.syncedAt)}>
            {format.relativeTime(props.syncedAt)}
          </span>
        </>
      ) : (
        t('usage.sync.never')
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
  const t = useLitemaasText();
  const format = useLocaleFormat();
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
          message: t('usage.sync.asked'),
          severity: 'info',
          display: 'transient',
        });
      } else if (status.status === 'failed') {
        throw new Error(status.error ?? t('usage.sync.failedFallback'));
      } else {
        const days = status.report?.days.length ?? 0;
        const held = status.report?.heldBack?.length ?? 0;
        const updated =
          days === 1
            ? t('usage.sync.doneOne')
            : t('usage.sync.doneMany', { days: format.count(days) });
        const heldText =
          held === 1
            ? t('usage.sync.heldOne')
            : t('usage.sync.heldMany', { days: format.count(held) });
        alertApi.post({
          message: held ? `${updated} ${heldText}` : updated,
          severity: held ? 'warning' : 'success',
          display: 'transient',
        });
      }
      usage.retry();
      setSynced(n => n + 1);
    } catch (e) {
      alertApi.post({
        message: t('usage.sync.failed', { error: errorMessage(e) }),
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
              aria-label={t('usage.scope.label')}
            >
              <ToggleButton value="mine" className={toolbarClasses.toggle}>
                {t('usage.scope.mine')}
              </ToggleButton>
              <ToggleButton value="all" className={toolbarClasses.toggle}>
                {t('usage.scope.all')}
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
                {t('usage.sync.button')}
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
          title: t('usage.empty.title'),
          description:
            scope === 'all' ? t('usage.empty.all') : t('usage.empty.mine'),
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
      {!problem && (
        <Box mt={3}>
          <CatalogSpendCard range={range} isAdmin={isAdmin} version={synced} />
        </Box>
      )}
      {scope === 'mine' && <MyBudgets version={synced} />}
      {scope === 'all' && <TopUpHistory scope="all" version={synced} />}
    </>
  );
}
