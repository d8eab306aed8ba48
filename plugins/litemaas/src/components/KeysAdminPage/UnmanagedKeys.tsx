import { ReactNode, useState } from 'react';
import { Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { ReconcileReport } from '@litemaas/backstage-plugin-litemaas-common';
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
import { errorMessage } from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { AdminSection } from './AdminSection';

const COUNTS: Array<[keyof Omit<ReconcileReport, 'unmanaged'>, string]> = [
  ['gatewayKeys', 'keys in LiteLLM'],
  ['completed', 'unfinished changes completed'],
  ['removedFromGateway', 'removed from LiteLLM'],
  ['markedRevoked', 'marked revoked'],
  ['resynced', 'resynced'],
  ['adopted', 'adopted'],
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

/**
 * Keys in LiteLLM the portal does not know, from the last reconciliation,
 * and a way to reconcile now.
 */
export function UnmanagedKeys() {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listUnmanagedKeys(),
    [api],
  );
  const [latest, setLatest] = useState<ReconcileReport>();
  const [running, setRunning] = useState(false);
  const report = latest ?? value;

  const reconcile = async () => {
    setRunning(true);
    try {
      setLatest(await api.reconcileKeys());
    } catch (e) {
      alertApi.post({
        message: `Reconciliation failed: ${errorMessage(e)}`,
        severity: 'error',
      });
    } finally {
      setRunning(false);
    }
  };

  let body: ReactNode;
  if (loading && !report) {
    body = <Progress />;
  } else if (error && !report) {
    body = <ErrorWithRetry error={error} onRetry={retry} />;
  } else if (report) {
    body = (
      <>
        <Box mb={2} role="status">
          <Alert severity={latest ? 'success' : 'info'}>
            {latest ? 'Reconciled just now: ' : 'Last reconciliation: '}
            {reportSummary(report)}.
          </Alert>
        </Box>
        {report.unmanaged.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            Every key in LiteLLM is known to the portal.
          </Typography>
        ) : (
          <TableContainer>
            <Table size="small" aria-label="Unmanaged keys">
              <TableHead>
                <TableRow>
                  <TableCell>Alias</TableCell>
                  <TableCell>Token hash</TableCell>
                  <TableCell>LiteLLM user</TableCell>
                  <TableCell>LiteLLM team</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.unmanaged.map(k => (
                  <TableRow key={k.tokenHash}>
                    <Cell>{k.alias}</Cell>
                    <Cell>
                      <code title={k.tokenHash}>
                        {k.tokenHash.slice(0, 12)}…
                      </code>
                    </Cell>
                    <Cell>{k.userId}</Cell>
                    <Cell>{k.teamId}</Cell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </>
    );
  }

  return (
    <AdminSection
      title="Unmanaged keys"
      description="Keys made in LiteLLM directly that the portal cannot attribute to one of its users (keys of known users are adopted). The portal leaves them alone: they keep working until someone deletes them in LiteLLM. Reconciliation also runs on a schedule."
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
    </AdminSection>
  );
}
