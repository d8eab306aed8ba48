import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { litemaasApiRef } from '../../api';
import { FormDialog, FormDialogContent, errorMessage } from '../common';

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
    <FormDialog
      open={props.open}
      titleId={TITLE_ID}
      busy={busy}
      onClose={props.onClose}
      onExited={() => {
        setPrefix('');
        setError(undefined);
      }}
    >
      <FormDialogContent
        titleId={TITLE_ID}
        title="Revoke keys by prefix"
        error={error}
        submitLabel="Revoke"
        danger
        busy={busy}
        submitDisabled={tooShort || matchesAll}
        onSubmit={revoke}
        onCancel={props.onClose}
      >
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
      </FormDialogContent>
    </FormDialog>
  );
}
