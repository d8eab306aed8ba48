import { useLitemaasText } from '../../translationText';
import { useState } from 'react';
import { Link, Progress, TableColumn } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  Departure,
  DepartureStatus,
  OffboardingStatus,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import SyncIcon from '@material-ui/icons/Sync';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import {
  ConfirmDialog,
  DataTable,
  LoadError,
  Loading,
  Tone,
  ToneChip,
  errorMessage,
  runTaskNow,
  useDialogTarget,
  useLiteMaasPaths,
} from '../common';
import { formatEntityRef } from '../format';
import { AdminSection } from '../KeysAdminPage/AdminSection';
import { useLocaleFormat } from '../useLocaleFormat';

const TONES: Record<DepartureStatus, Tone> = {
  suspected: 'warning',
  departing: 'error',
  kept: 'info',
  offboarded: 'neutral',
};

/** The order rows come in: what needs a decision first. */
const ORDER: DepartureStatus[] = [
  'departing',
  'suspected',
  'kept',
  'offboarded',
];

const RULES = ['read', 'twice', 'holdBack', 'safe', 'teams'] as const;

function LastRun(props: { status?: OffboardingStatus }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { status } = props;
  if (status?.status === 'failed') {
    return (
      <Alert severity="error">
        {t('offboarding.run.failed', {
          when: format.relativeTime(status.finishedAt),
          error: status.error ?? '',
        })}
      </Alert>
    );
  }
  const report = status?.report;
  if (!report) {
    return <Alert severity="info">{t('offboarding.run.none')}</Alert>;
  }
  if (report.heldBack) {
    return (
      <Alert severity="warning">
        <span title={format.dateTime(status?.reportAt)}>
          {t('offboarding.run.last', {
            when: format.relativeTime(status?.reportAt),
          })}
        </span>{' '}
        {t('offboarding.run.heldBack')}
      </Alert>
    );
  }
  return (
    <Alert severity="info">
      <span title={format.dateTime(status?.reportAt)}>
        {t('offboarding.run.last', {
          when: format.relativeTime(status?.reportAt),
        })}
      </span>{' '}
      {t('offboarding.run.summary', {
        checked: format.count(report.checked),
        missing: format.count(report.missing),
        confirmed: format.count(report.confirmed),
        offboarded: format.count(report.offboarded),
        returned: format.count(report.returned),
      })}
    </Alert>
  );
}

/** What the rule is, so an admin knows why someone is on the list. */
function Rule() {
  const t = useLitemaasText();
  return (
    <Box mt={2}>
      <Typography variant="subtitle2" component="h3">
        {t('offboarding.rule.title')}
      </Typography>
      <Typography variant="body2" component="ul" style={{ paddingLeft: 20 }}>
        {RULES.map(rule => (
          <li key={rule}>{t(`offboarding.rule.${rule}`)}</li>
        ))}
      </Typography>
    </Box>
  );
}

/** What happens next to a user, or what happened. */
function Next(props: { departure: Departure }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const d = props.departure;
  const caption = (text: string) => (
    <Typography variant="caption" color="textSecondary" component="div">
      {text}
    </Typography>
  );
  switch (d.status) {
    case 'suspected':
      return <>{t('offboarding.next.suspected')}</>;
    case 'departing':
      return (
        <span title={format.dateTime(d.offboardAt)}>
          {d.offboardAt && new Date(d.offboardAt).getTime() > Date.now()
            ? t('offboarding.next.departing', {
                date: format.date(d.offboardAt),
              })
            : t('offboarding.next.due')}
        </span>
      );
    case 'kept':
      return (
        <>
          {t('offboarding.next.kept', {
            who: d.keptBy ? formatEntityRef(d.keptBy) : '—',
          })}
        </>
      );
    default:
      return (
        <>
          <span title={format.dateTime(d.offboardedAt)}>
            {t('offboarding.next.offboarded', {
              date: format.date(d.offboardedAt),
            })}
          </span>
          {caption(
            t('offboarding.next.counts', {
              keys: format.count(d.keysRevoked ?? 0),
              grants: format.count(d.grantsEnded ?? 0),
            }),
          )}
        </>
      );
  }
}

/**
 * What a user still holds, which offboarding would end: their active
 * personal keys, and their grants and pending requests.
 */
function Holds(props: { subjectRef: string }) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { subjectRef } = props;
  const holds = useAsync(async () => {
    const [keys, requests] = await Promise.all([
      api.listKeys({ scope: 'all', search: subjectRef }),
      api.listAccessRequests({
        scope: 'review',
        subject: subjectRef,
        status: ['granted', 'pending'],
      }),
    ]);
    return {
      // The search also finds refs that merely contain this one.
      keys: keys.items.filter(
        k => k.subjectRef === subjectRef && k.status === 'active',
      ).length,
      grants: requests.total,
    };
  }, [api, subjectRef]);
  if (holds.loading) return <CircularProgress size={12} />;
  if (!holds.value) {
    return <span title={errorMessage(holds.error)}>—</span>;
  }
  return (
    <div style={{ whiteSpace: 'nowrap' }}>
      <div>
        {t('offboarding.holds.keys', { n: format.count(holds.value.keys) })}
      </div>
      <div>
        {t('offboarding.holds.grants', {
          n: format.count(holds.value.grants),
        })}
      </div>
    </div>
  );
}

function Departures(props: {
  departures: Departure[];
  onKeep(departure: Departure): void;
}) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const rows = [...props.departures].sort(
    (a, b) =>
      ORDER.indexOf(a.status) - ORDER.indexOf(b.status) ||
      b.firstMissingAt.localeCompare(a.firstMissingAt),
  );
  const columns: TableColumn<Departure>[] = [
    {
      title: t('offboarding.table.user'),
      field: 'subjectRef',
      // Text, not a link: the catalog has no page for someone who left it.
      render: d => (
        <span title={d.subjectRef} style={{ whiteSpace: 'nowrap' }}>
          {formatEntityRef(d.subjectRef)}
        </span>
      ),
    },
    {
      title: t('offboarding.table.status'),
      field: 'status',
      render: d => (
        <ToneChip
          tone={TONES[d.status]}
          label={t(`offboarding.status.${d.status}`)}
        />
      ),
      customFilterAndSearch: (term: string, d: Departure) =>
        t(`offboarding.status.${d.status}`)
          .toLocaleLowerCase()
          .includes(term.toLocaleLowerCase()),
    },
    {
      title: t('offboarding.table.since'),
      field: 'firstMissingAt',
      render: d => (
        <>
          <span title={format.dateTime(d.firstMissingAt)}>
            {format.date(d.firstMissingAt)}
          </span>
          {d.confirmedAt && (
            <Typography
              variant="caption"
              color="textSecondary"
              component="div"
              style={{ whiteSpace: 'nowrap' }}
            >
              {t('offboarding.departingSince', {
                date: format.date(d.confirmedAt),
              })}
            </Typography>
          )}
        </>
      ),
    },
    {
      title: t('offboarding.table.next'),
      sorting: false,
      // A date on one line with its words, not three short lines.
      cellStyle: { minWidth: 200 },
      render: d => <Next departure={d} />,
    },
    {
      title: t('offboarding.table.holds'),
      sorting: false,
      render: d =>
        d.status === 'offboarded' ? '—' : <Holds subjectRef={d.subjectRef} />,
    },
    {
      title: <span aria-hidden>{'\u00a0'}</span>,
      sorting: false,
      align: 'right',
      render: d =>
        d.status === 'suspected' || d.status === 'departing' ? (
          <Button
            size="small"
            color="primary"
            variant="outlined"
            onClick={() => props.onKeep(d)}
            aria-label={t('offboarding.keep.label', {
              user: formatEntityRef(d.subjectRef),
            })}
          >
            {t('offboarding.keep.button')}
          </Button>
        ) : null,
    },
  ];
  return (
    <DataTable<Departure>
      title={`${t('offboarding.table.title')} (${format.count(rows.length)})`}
      label={t('offboarding.table.title')}
      columns={columns}
      data={rows}
      emptyContent={
        <Box p={3}>
          <Typography variant="body2" color="textSecondary">
            {t('offboarding.table.empty')}
          </Typography>
        </Box>
      }
    />
  );
}

/**
 * The admins' view of offboarding, a section of Keys admin: the users with
 * personal keys or grants who left the catalog and where each stands,
 * keeping one whom the catalog lost by mistake, and the task that follows
 * the catalog.
 */
export function Offboarding(props: { pollIntervalMs?: number } = {}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const paths = useLiteMaasPaths();
  const departures = useAsyncRetry(() => api.listDepartures(), [api]);
  const run = useAsyncRetry(() => api.getOffboardingStatus(), [api]);
  const [latest, setLatest] = useState<OffboardingStatus>();
  const [running, setRunning] = useState(false);
  const keeping = useDialogTarget<Departure>();
  const status = latest ?? run.value;

  const runNow = async () => {
    setRunning(true);
    try {
      const result = await runTaskNow(
        () => api.runOffboarding(),
        () => api.getOffboardingStatus(),
        { intervalMs: props.pollIntervalMs },
      );
      setLatest(result.status);
      if (!result.finished) {
        alertApi.post({
          message: t('offboarding.run.asked'),
          severity: 'info',
          display: 'transient',
        });
      } else if (result.status.status === 'failed') {
        alertApi.post({
          message: t('offboarding.run.runFailed', {
            error: result.status.error ?? '',
          }),
          severity: 'error',
        });
      } else {
        alertApi.post({
          message: t('offboarding.run.done'),
          severity: 'success',
          display: 'transient',
        });
      }
      departures.retry();
    } catch (e) {
      alertApi.post({
        message: t('offboarding.run.runFailed', { error: errorMessage(e) }),
        severity: 'error',
      });
    } finally {
      setRunning(false);
    }
  };

  const keptUser = keeping.target
    ? formatEntityRef(keeping.target.subjectRef)
    : '';

  let list;
  if (departures.loading && !departures.value) {
    list = <Loading label={t('offboarding.table.loadWhat')} />;
  } else if (departures.error) {
    list = (
      <LoadError
        what={t('offboarding.table.loadWhat')}
        error={departures.error}
        retry={departures.retry}
      />
    );
  } else {
    list = (
      <Departures
        departures={departures.value?.items ?? []}
        onKeep={keeping.show}
      />
    );
  }

  return (
    <>
      <AdminSection
        title={t('offboarding.title')}
        description={t('offboarding.description')}
        action={
          <Button
            variant="outlined"
            color="primary"
            startIcon={running ? <CircularProgress size={16} /> : <SyncIcon />}
            onClick={runNow}
            disabled={running}
          >
            {t('offboarding.run.now')}
          </Button>
        }
      >
        <Box role="status">
          {run.loading && !status && <Progress />}
          {run.error && !status && (
            <LoadError
              what={t('offboarding.run.loadWhat')}
              error={run.error}
              retry={run.retry}
            />
          )}
          {(status || (!run.loading && !run.error)) && (
            <LastRun status={status} />
          )}
        </Box>
        <Rule />
        <Box mt={1}>
          <Link to={`${paths.audit}?search=offboarding`}>
            {t('offboarding.audit')}
          </Link>
        </Box>
      </AdminSection>
      <Box mt={3}>{list}</Box>
      <ConfirmDialog
        open={keeping.open}
        title={t('offboarding.keep.title', { user: keptUser })}
        confirmLabel={t('offboarding.keep.confirm')}
        onConfirm={async () => {
          await api.keepDeparture(keeping.target!.subjectRef);
          alertApi.post({
            message: t('offboarding.keep.done', { user: keptUser }),
            severity: 'success',
            display: 'transient',
          });
          departures.retry();
        }}
        onClose={keeping.hide}
      >
        <Typography variant="body2">
          {t('offboarding.keep.text', { user: keptUser })}
        </Typography>
      </ConfirmDialog>
    </>
  );
}
