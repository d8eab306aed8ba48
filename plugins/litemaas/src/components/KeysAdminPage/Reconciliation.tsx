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
import { formatDateTime, formatRelativeTime } from '../format';
import { AdminSection } from './AdminSection';
import { AdoptKeyDialog } from './AdoptKeyDialog';
import { HeldActions } from './HeldActions';

type Count =
  | 'gatewayKeys'
  | 'completed'
  | 'removedFromGateway'
  | 'markedRevoked'
  | 'resynced'
  | 'adopted'
  | 'waiting';

const COUNTS: Array<[Count, string]> = [
  ['gatewayKeys', 'keys in LiteLLM'],
  ['completed', 'unfinished changes completed'],
  ['removedFromGateway', 'removed from LiteLLM'],
  ['markedRevoked', 'marked revoked'],
  ['resynced', 'resynced'],
  ['adopted', 'adopted'],
  ['waiting', 'waiting for a second sighting'],
];

/** "12 keys in LiteLLM · 1 resynced · …" */
export function reportSummary(report: ReconcileReport): string {
  return [
    ...COUNTS.map(([field, label]) => `${report[field]} ${label}`),
    `${report.unmanaged.length} unmanaged`,
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
  const { status } = props;
  const report = status.report;
  if (status.status === 'failed') {
    return (
      <Alert severity="error">
        The last reconciliation failed {formatRelativeTime(status.finishedAt)}:{' '}
        {status.error}. Nothing was changed by it.
        {report &&
          ` The last successful one, ${formatRelativeTime(
            status.reportAt,
          )}: ${reportSummary(report)}.`}
      </Alert>
    );
  }
  if (!report) {
    return (
      <Alert severity="info">
        No reconciliation has run yet; the first one is on its way.
      </Alert>
    );
  }
  return (
    <Alert severity={report.listingStable ? 'info' : 'warning'}>
      <span title={formatDateTime(status.reportAt)}>
        Last reconciliation {formatRelativeTime(status.reportAt)}:
      </span>{' '}
      {reportSummary(report)}.
      {!report.listingStable &&
        ' LiteLLM’s key list changed while it was read: nothing missing from it was acted on without looking the key up.'}
      {report.missingFromListOnly > 0 &&
        ` ${report.missingFromListOnly} keys were missing from LiteLLM’s list but exist: left alone.`}
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
  const [asking, setAsking] = useState(false);
  return (
    <Box mb={2}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => setAsking(true)}>
            Take over…
          </Button>
        }
      >
        <Typography variant="subtitle2" component="h3">
          Key changes are paused since {formatRelativeTime(props.fence.since)}
        </Typography>
        {props.fence.reason} Nothing is repaired and no key can be created,
        rotated or revoked here until this is resolved.
      </Alert>
      <ConfirmDialog
        open={asking}
        title="Take over this install?"
        confirmLabel="Take over"
        danger
        onConfirm={async () => {
          await api.takeOverInstance();
          props.onTookOver();
        }}
        onClose={() => setAsking(false)}
      >
        <Typography variant="body2">
          Only if this portal's database is the one in charge of these keys.
          Stop the other copy, or give it its own{' '}
          <code>litemaas.instanceId</code>, first: two databases acting for one
          install undo each other's changes.
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
  if (props.keys.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Every key in LiteLLM is known to the portal (or left alone by an admin).
      </Typography>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label="Unmanaged keys">
        <TableHead>
          <TableRow>
            <TableCell>Alias</TableCell>
            <TableCell>Token hash</TableCell>
            <TableCell>LiteLLM user</TableCell>
            <TableCell>LiteLLM team</TableCell>
            <TableCell>Made</TableCell>
            <TableCell align="right">Decide</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.keys.map(k => (
            <TableRow key={k.tokenHash}>
              <Cell>
                {k.alias && <Identifier>{k.alias}</Identifier>}
                {k.origin === 'legacy-portal' && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    component="div"
                  >
                    made by a portal before install ids
                  </Typography>
                )}
              </Cell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                <code title={k.tokenHash}>{k.tokenHash.slice(0, 10)}…</code>
              </TableCell>
              <Cell>{k.userId && <Identifier>{k.userId}</Identifier>}</Cell>
              <Cell>{k.teamId && <Identifier>{k.teamId}</Identifier>}</Cell>
              <TableCell
                title={formatDateTime(k.createdAt)}
                style={{ whiteSpace: 'nowrap' }}
              >
                {formatRelativeTime(k.createdAt)}
              </TableCell>
              <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                <Box
                  display="flex"
                  justifyContent="flex-end"
                  style={{ gap: 8 }}
                >
                  <Button
                    size="small"
                    color="primary"
                    onClick={() => props.onAdopt(k)}
                    aria-label={`Adopt ${k.alias ?? k.tokenHash}`}
                  >
                    Adopt…
                  </Button>
                  <Button
                    size="small"
                    onClick={() => props.onLeave(k)}
                    aria-label={`Leave ${k.alias ?? k.tokenHash}`}
                  >
                    Leave
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
          message:
            'Reconciliation asked for: it runs on one replica and will show here when it is done.',
          severity: 'info',
          display: 'transient',
        });
      } else if (result.status.status === 'failed') {
        alertApi.post({
          message: `Reconciliation failed: ${result.status.error}`,
          severity: 'error',
        });
      }
    } catch (e) {
      alertApi.post({
        message: `Reconciliation failed: ${errorMessage(e)}`,
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
        message: `${key.alias ?? 'The key'} is left alone and off this list.`,
        severity: 'success',
        display: 'transient',
      });
    } catch (e) {
      alertApi.post({
        message: `Could not leave the key: ${errorMessage(e)}`,
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
              {report.otherPortals
                .map(
                  p =>
                    `${p.keys} key${
                      p.keys === 1 ? '' : 's'
                    } of portal install ${p.instanceId}`,
                )
                .join(', ')}{' '}
              share this LiteLLM. This portal ({report.instanceId}) never
              touches them.
            </Alert>
          </Box>
        )}
        {report && report.attention.length > 0 && (
          <Box mb={2}>
            <Alert severity="warning">
              <Typography variant="subtitle2" component="h3">
                {report.attention.length} keys need a look
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
          Keys made outside the portal
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
      title="Reconciliation"
      description={
        <>
          Every two minutes the portal compares its keys with LiteLLM's and
          repairs what a crash or a change in LiteLLM left. It never guesses
          destructively: a key is marked revoked only after two runs miss it and
          LiteLLM confirms it is gone, and a run that would change many keys at
          once waits for an admin. Keys made in LiteLLM directly are adopted
          only when their user is a catalog user's exact entity ref or email;
          the rest wait here.
        </>
      }
      action={
        <Button
          variant="outlined"
          color="primary"
          startIcon={running ? <CircularProgress size={16} /> : <SyncIcon />}
          onClick={reconcile}
          disabled={running}
        >
          Reconcile now
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
            message: `${key.name} now belongs to ${key.subjectRef}.`,
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
