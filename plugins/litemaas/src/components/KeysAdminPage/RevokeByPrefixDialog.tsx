import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { litemaasApiRef } from '../../api';
import { errorMessage } from '../common';

const TITLE_ID = 'litemaas-revoke-prefix-title';
const PORTAL_ALIAS_PREFIX = 'litemaas-';

/** Ends a workshop: revokes every key whose alias starts with the prefix. */
export function RevokeByPrefixDialog(props: {
  open: boolean;
  onClose(): void;
  onRevoked(): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const [prefix, setPrefix] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const trimmed = prefix.trim();
  // The backend's floor, so a stray letter cannot revoke half the keys.
  const tooShort = trimmed.length < 3;
  // Every key made in the portal has an alias litemaas-<id>: such a prefix
  // would revoke them all.
  const matchesAll = !tooShort && PORTAL_ALIAS_PREFIX.startsWith(trimmed);

  const revoke = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { revoked } = await api.revokeKeysByPrefix(trimmed);
      alertApi.post({
        message:
          revoked === 1
            ? `1 key with the alias prefix ${trimmed} revoked.`
            : `${revoked} keys with the alias prefix ${trimmed} revoked.`,
        severity: revoked ? 'success' : 'info',
        display: 'transient',
      });
      props.onRevoked();
      props.onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      onClose={busy ? undefined : props.onClose}
      aria-labelledby={TITLE_ID}
      maxWidth="sm"
      fullWidth
      TransitionProps={{
        onExited: () => {
          setPrefix('');
          setError(undefined);
        },
      }}
    >
      <DialogTitle id={TITLE_ID}>Revoke keys by prefix</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Revokes every active key whose alias starts with the prefix, e.g. all
          keys of a workshop. Requests with them stop working at once; this
          cannot be undone.
        </DialogContentText>
        <TextField
          id="litemaas-revoke-prefix"
          label="Alias prefix"
          placeholder="workshop-2026-11-"
          value={prefix}
          onChange={e => setPrefix(e.target.value)}
          error={matchesAll}
          helperText={
            matchesAll
              ? 'This prefix matches every key made in the portal.'
              : 'At least 3 characters.'
          }
          variant="outlined"
          size="small"
          fullWidth
        />
        {error && (
          <Box mt={2}>
            <Alert severity="error">{error}</Alert>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color="secondary"
          onClick={revoke}
          disabled={busy || tooShort || matchesAll}
          startIcon={busy ? <CircularProgress size={16} /> : undefined}
        >
          Revoke
        </Button>
      </DialogActions>
    </Dialog>
  );
}
