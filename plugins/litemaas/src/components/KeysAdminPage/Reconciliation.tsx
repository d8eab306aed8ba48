import { useLitemaasText } from '../../translationText';
import { ReactNode, useState } from 'react';
import { Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  ReconcileReport,
  ReconcileStatus,
  UnmanagedKey,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import SyncIcon from '@material-ui/icons/Sync';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { ConfirmDialog, Identifier, errorMessage, runTaskNow } from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { LocaleFormat } from '../localeFormat';
import { useLocaleFormat } from '../useLocaleFormat';
import { AdminSection, ELEMENT, withElement } from './AdminSection';
import { AdoptKeyDialog } from './AdoptKeyDialog';
import { HeldActions } from './HeldActions';

/** The report's counts, in the order the summary gives them. */
const COUNTS = [
  'gatewayKeys',
  'completed',
  'removedFromGateway',
  'markedRevoked',
  'resynced',
  'adopted',
  'waiting',
] as const;

/** "12 keys in LiteLLM · 1 resynced · …", in the reader's language. */
function useReportSummary(): (report: ReconcileReport) => string {
  const t = useLitemaasText();
  const format: LocaleFormat = useLocaleFormat();
  return report =>
    [
      ...COUNTS.map(field =>
        t(`keysAdmin.reconcile.counts.${field}`, {
          n: format.count(report[field]),
        }),
      ),
      t('keysAdmin.reconcile.counts.unmanaged', {
        n: format.count(report.unmanaged.length),
      }),
    ].join(' · ');
}

function Cell(props: { children?: ReactNode }) {
  return (
    <TableCell>
      {props.children ?? (
        <Typography variant="caption" color="textSecondary">
          —
        </Typography>
      )}
    </TableCell>
  );
}

function LastRun(props: { status: ReconcileStatus }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const reportSummary = useReportSummary();
  const { status } = props;
  const report = status.report;
  if (status.status === 'failed') {
    return (
      <Alert severity="error">
        {t('keysAdmin.reconcile.failed', {
          when: format.relativeTime(status.finishedAt),
          error: status.error ?? '',
        })}
        {report &&
          ` ${t('keysAdmin.reconcile.lastSuccessful', {
            when: format.relativeTime(status.reportAt),
            summary: reportSummary(report),
          })}`}
      </Alert>
    );
  }
  if (!report) {
    return <Alert severity="info">{t('keysAdmin.reconcile.none')}</Alert>;
  }
  return (
    <Alert severity={report.listingStable ? 'info' : 'warning'}>
      <span title={format.dateTime(status.reportAt)}>
        {t('keysAdmin.reconcile.last', {
          when: format.relativeTime(status.reportAt),
        })}
      </span>{' '}
      {t('keysAdmin.reconcile.summary', { summary: reportSummary(report) })}
      {!report.listingStable && ` ${t('keysAdmin.reconcile.unstable')}`}
      {report.missingFromListOnly > 0 &&
        ` ${t('keysAdmin.reconcile.missingFromList', {
          n: format.count(report.missingFromListOnly),
        })}`}
    </Alert>
  );
}

/**
 * This database is not the one in charge of its install id: it changes
 * nothing until an admin, having stopped the other copy or given it its own
 * instance id, takes over.
 */
function Fenced(props: {
  fence: NonNullable<ReconcileReport['fenced']>;
  onTookOver(): void;
}) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const [asking, setAsking] = useState(false);
  return (
    <Box mb={2}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => setAsking(true)}>
            {t('keysAdmin.reconcile.takeOver')}
          </Button>
        }
      >
        <Typography variant="subtitle2" component="h3">
          {t('keysAdmin.reconcile.paused', {
            when: format.relativeTime(props.fence.since),
          })}
        </Typography>
        {props.fence.reason} {t('keysAdmin.reconcile.pausedText')}
      </Alert>
      <ConfirmDialog
        open={asking}
        title={t('keysAdmin.reconcile.takeOverTitle')}
        confirmLabel={t('keysAdmin.reconcile.takeOverConfirm')}
        danger
        onConfirm={async () => {
          await api.takeOverInstance();
          props.onTookOver();
        }}
        onClose={() => setAsking(false)}
      >
        <Typography variant="body2">
          {withElement(
            t('keysAdmin.reconcile.takeOverText', { setting: ELEMENT }),
            <code>litemaas.instanceId</code>,
          )}
        </Typography>
      </ConfirmDialog>
    </Box>
  );
}

function UnmanagedKeysTable(props: {
  keys: UnmanagedKey[];
  onAdopt(key: UnmanagedKey): void;
  onLeave(key: UnmanagedKey): void;
}) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  if (props.keys.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('keysAdmin.reconcile.allKnown')}
      </Typography>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label={t('keysAdmin.reconcile.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('keysAdmin.reconcile.columns.alias')}</TableCell>
            <TableCell>{t('keysAdmin.reconcile.columns.tokenHash')}</TableCell>
            {/* "LiteLLM-Benutzer" is one word: kept whole, not squeezed. */}
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {t('keysAdmin.reconcile.columns.user')}
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {t('keysAdmin.reconcile.columns.team')}
            </TableCell>
            <TableCell>{t('keysAdmin.reconcile.columns.made')}</TableCell>
            <TableCell align="right">
              {t('keysAdmin.reconcile.columns.decide')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.keys.map(k => (
            <TableRow key={k.tokenHash}>
              <Cell>
                {k.alias && <Identifier maxWidth={200}>{k.alias}</Identifier>}
                {k.origin === 'legacy-portal' && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    component="div"
                  >
                    {t('keysAdmin.reconcile.legacy')}
                  </Typography>
                )}
              </Cell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                <code title={k.tokenHash}>{k.tokenHash.slice(0, 10)}…</code>
              </TableCell>
              <Cell>{k.userId && <Identifier>{k.userId}</Identifier>}</Cell>
              <Cell>{k.teamId && <Identifier>{k.teamId}</Identifier>}</Cell>
              <TableCell
                title={format.dateTime(k.createdAt)}
                style={{ whiteSpace: 'nowrap' }}
              >
                {format.relativeTime(k.createdAt)}
              </TableCell>
              <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                {/* One above the other: side by side, the German words
                    pushed the table past 1280 px. */}
                <Box
                  display="flex"
                  flexDirection="column"
                  alignItems="flex-end"
                  style={{ gap: 2 }}
                >
                  <Button
                    size="small"
                    color="primary"
                    onClick={() => props.onAdopt(k)}
                    aria-label={t('keysAdmin.reconcile.adoptLabel', {
                      key: k.alias ?? k.tokenHash,
                    })}
                  >
                    {t('keysAdmin.reconcile.adopt')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => props.onLeave(k)}
                    aria-label={t('keysAdmin.reconcile.leaveLabel', {
                      key: k.alias ?? k.tokenHash,
                    })}
                  >
                    {t('keysAdmin.reconcile.leave')}
                  </Button>
                </Box>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/**
 * How the portal's keys and LiteLLM's agree: the last reconciliation (the
 * same on every replica), repairs held back for an admin, keys made outside
 * the portal waiting for a decision, other portals' keys, and a way to run
 * a reconciliation now.
 */
export function Reconciliation(props: { pollIntervalMs?: number } = {}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getReconcileStatus(),
    [api],
  );
  const [latest, setLatest] = useState<ReconcileStatus>();
  const [running, setRunning] = useState(false);
  const [adopting, setAdopting] = useState<UnmanagedKey>();
  // Keys decided on here: off the list until the next report.
  const [left, setLeft] = useState<Set<string>>(new Set());
  const status = latest ?? value;

  const refresh = async () => setLatest(await api.getReconcileStatus());

  const reconcile = async () => {
    setRunning(true);
    try {
      const result = await runTaskNow(
        () => api.reconcileKeys(),
        () => api.getReconcileStatus(),
        { intervalMs: props.pollIntervalMs },
      );
      setLatest(result.status);
      if (!result.finished) {
        alertApi.post({
          message: t('keysAdmin.reconcile.asked'),
          severity: 'info',
          display: 'transient',
        });
      } else if (result.status.status === 'failed') {
        alertApi.post({
          message: t('keysAdmin.reconcile.runFailed', {
            error: result.status.error ?? '',
          }),
          severity: 'error',
        });
      }
    } catch (e) {
      alertApi.post({
        message: t('keysAdmin.reconcile.runFailed', {
          error: errorMessage(e),
        }),
        severity: 'error',
      });
    } finally {
      setRunning(false);
    }
  };

  const leave = async (key: UnmanagedKey) => {
    try {
      await api.leaveKey(key.tokenHash);
      setLeft(current => new Set(current).add(key.tokenHash));
      alertApi.post({
        message: key.alias
          ? t('keysAdmin.reconcile.left', { key: key.alias })
          : t('keysAdmin.reconcile.leftUnnamed'),
        severity: 'success',
        display: 'transient',
      });
    } catch (e) {
      alertApi.post({
        message: t('keysAdmin.reconcile.leaveFailed', {
          error: errorMessage(e),
        }),
        severity: 'error',
      });
    }
  };

  let body: ReactNode;
  if (loading && !status) {
    body = <Progress />;
  } else if (error && !status) {
    body = <ErrorWithRetry error={error} onRetry={retry} />;
  } else if (status) {
    const report = status.report;
    const unmanaged = (report?.unmanaged ?? []).filter(
      k => !left.has(k.tokenHash),
    );
    body = (
      <>
        <Box mb={2} role="status">
          <LastRun status={status} />
        </Box>
        {report?.fenced && (
          <Fenced fence={report.fenced} onTookOver={refresh} />
        )}
        {status.holds.length > 0 && (
          <HeldActions holds={status.holds} onDecided={refresh} />
        )}
        {report && report.otherPortals.length > 0 && (
          <Box mb={2}>
            <Alert severity="info">
              {t('keysAdmin.reconcile.otherPortals', {
                portals: report.otherPortals
                  .map(p =>
                    t(
                      p.keys === 1
                        ? 'keysAdmin.reconcile.portalKeysOne'
                        : 'keysAdmin.reconcile.portalKeysMany',
                      { n: format.count(p.keys), id: p.instanceId },
                    ),
                  )
                  .join(t('keysAdmin.reconcile.listSeparator')),
                id: report.instanceId,
              })}
            </Alert>
          </Box>
        )}
        {report && report.attention.length > 0 && (
          <Box mb={2}>
            <Alert severity="warning">
              <Typography variant="subtitle2" component="h3">
                {t('keysAdmin.reconcile.attention', {
                  n: format.count(report.attention.length),
                })}
              </Typography>
              <ul>
                {report.attention.map(a => (
                  <li key={a.tokenHash}>
                    {a.alias ?? <code>{a.tokenHash.slice(0, 12)}…</code>}:{' '}
                    {a.reason}
                  </li>
                ))}
              </ul>
            </Alert>
          </Box>
        )}
        <Typography variant="subtitle1" component="h3" gutterBottom>
          {t('keysAdmin.reconcile.madeOutside')}
        </Typography>
        <UnmanagedKeysTable
          keys={unmanaged}
          onAdopt={setAdopting}
          onLeave={leave}
        />
      </>
    );
  }

  return (
    <AdminSection
      title={t('keysAdmin.sections.reconcile')}
      description={t('keysAdmin.reconcile.description')}
      action={
        <Button
          variant="outlined"
          color="primary"
          startIcon={running ? <CircularProgress size={16} /> : <SyncIcon />}
          onClick={reconcile}
          disabled={running}
        >
          {t('keysAdmin.reconcile.now')}
        </Button>
      }
    >
      {body}
      <AdoptKeyDialog
        key={adopting?.tokenHash}
        unmanaged={adopting}
        onClose={() => setAdopting(undefined)}
        onAdopted={key => {
          const hash = adopting?.tokenHash;
          if (hash) setLeft(current => new Set(current).add(hash));
          alertApi.post({
            message: t('keysAdmin.reconcile.adopted', {
              name: key.name,
              owner: key.subjectRef,
            }),
            severity: 'success',
            display: 'transient',
          });
          setAdopting(undefined);
          refresh();
        }}
      />
    </AdminSection>
  );
}
