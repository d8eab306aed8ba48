import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { HeldAction } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { litemaasApiRef } from '../../api';
import { ConfirmDialog, EntityRefLink } from '../common';
import { formatDateTime, formatRelativeTime } from '../format';

const ACTION_LABELS: Record<HeldAction['action'], string> = {
  'mark-revoked': 'Mark revoked',
  'delete-from-gateway': 'Delete from LiteLLM',
};

/**
 * Destructive repairs that reconciliation held back because one run would
 * have done too many at once. An admin confirms (each is checked again
 * first) or dismisses them.
 */
export function HeldActions(props: { holds: HeldAction[]; onDecided(): void }) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [deciding, setDeciding] = useState<'confirm' | 'dismiss'>();
  const ids = selected.size
    ? props.holds.filter(h => selected.has(h.id)).map(h => h.id)
    : props.holds.map(h => h.id);
  const what = selected.size ? `${ids.length} selected` : `all ${ids.length}`;

  const toggle = (id: string) =>
    setSelected(current => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const decide = async () => {
    if (deciding === 'confirm') {
      const { results } = await api.confirmHeldActions(ids);
      const done = results.filter(r => r.outcome === 'done').length;
      alertApi.post({
        message: `${done} of ${results.length} done; ${
          results.length - done
        } no longer needed or failed (each was checked again).`,
        severity: done === results.length ? 'success' : 'info',
      });
    } else {
      const { dismissed } = await api.dismissHeldActions(ids);
      alertApi.post({
        message: `${dismissed} dismissed: things stay as they are.`,
        severity: 'success',
        display: 'transient',
      });
    }
    setSelected(new Set());
    props.onDecided();
  };

  return (
    <Box mb={3}>
      <Alert severity="warning">
        <Typography variant="subtitle2" component="h3">
          {props.holds.length} repairs held back
        </Typography>
        A reconciliation would have changed more keys at once than is safe
        (LiteLLM restarted empty, or its key list is incomplete?), so it did
        nothing. Confirm what is right; each action is checked against LiteLLM
        again first.
      </Alert>
      <TableContainer>
        <Table size="small" aria-label="Held-back repairs">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox" />
              <TableCell>Action</TableCell>
              <TableCell>Key</TableCell>
              <TableCell>Owner</TableCell>
              <TableCell>Why</TableCell>
              <TableCell>Held since</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.holds.map(hold => (
              <TableRow key={hold.id} selected={selected.has(hold.id)}>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={selected.has(hold.id)}
                    onChange={() => toggle(hold.id)}
                    inputProps={{
                      'aria-label': `Select ${hold.alias ?? hold.tokenHash}`,
                    }}
                  />
                </TableCell>
                <TableCell>{ACTION_LABELS[hold.action]}</TableCell>
                <TableCell>
                  {hold.alias ?? (
                    <code title={hold.tokenHash}>
                      {hold.tokenHash.slice(0, 12)}…
                    </code>
                  )}
                </TableCell>
                <TableCell>
                  {hold.ownerRef ? (
                    <EntityRefLink entityRef={hold.ownerRef} />
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>{hold.reason}</TableCell>
                <TableCell title={formatDateTime(hold.createdAt)}>
                  {formatRelativeTime(hold.createdAt)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Box mt={1} display="flex" style={{ gap: 8 }}>
        <Button
          variant="contained"
          color="secondary"
          onClick={() => setDeciding('confirm')}
        >
          Confirm {what}
        </Button>
        <Button variant="outlined" onClick={() => setDeciding('dismiss')}>
          Dismiss {what}
        </Button>
      </Box>
      <ConfirmDialog
        open={Boolean(deciding)}
        title={
          deciding === 'confirm' ? 'Confirm held-back repairs' : 'Dismiss them'
        }
        confirmLabel={deciding === 'confirm' ? 'Confirm' : 'Dismiss'}
        danger={deciding === 'confirm'}
        onConfirm={decide}
        onClose={() => setDeciding(undefined)}
      >
        <Typography variant="body2">
          {deciding === 'confirm'
            ? `The portal checks each of the ${ids.length} again, then marks the keys LiteLLM does not have revoked and deletes orphans nobody holds. This cannot be undone.`
            : `The ${ids.length} stay as they are and are not proposed again.`}
        </Typography>
      </ConfirmDialog>
    </Box>
  );
}
