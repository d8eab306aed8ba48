import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { litemaasApiRef } from '../../api';
import { FormDialog, FormDialogContent, errorMessage } from '../common';

const TITLE_ID = 'litemaas-revoke-prefix-title';
const PORTAL_ALIAS_PREFIX = 'litemaas-';

/**
 * Ends a workshop: revokes every key whose alias starts with the prefix.
 * Two steps, as the API has them: the count first, then the revocation of
 * exactly that many (the backend refuses if the count changed meanwhile).
 */
export function RevokeByPrefixDialog(props: {
  open: boolean;
  onClose(): void;
  onRevoked(): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const [prefix, setPrefix] = useState('');
  // How many keys matched the prefix when it was checked.
  const [checked, setChecked] = useState<{ prefix: string; count: number }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const trimmed = prefix.trim();
  // The backend's floor, so a stray letter cannot revoke half the keys.
  const tooShort = trimmed.length < 3;
  // Every key made in the portal has an alias litemaas-<id>: such a prefix
  // would revoke them all.
  const folded = trimmed.toLowerCase();
  const matchesAll =
    !tooShort &&
    (PORTAL_ALIAS_PREFIX.startsWith(folded) ||
      folded.startsWith(PORTAL_ALIAS_PREFIX));
  const count = checked?.prefix === trimmed ? checked.count : undefined;

  const check = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { matched } = await api.revokeKeysByPrefix(trimmed);
      setChecked({ prefix: trimmed, count: matched });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (confirmCount: number) => {
    setBusy(true);
    setError(undefined);
    try {
      const { revoked } = await api.revokeKeysByPrefix(trimmed, confirmCount);
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
      // Most likely the count changed: show it again before anything else.
      setChecked(undefined);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  let submitLabel = 'Count keys';
  if (count === 0) submitLabel = 'Nothing to revoke';
  else if (count === 1) submitLabel = 'Revoke 1 key';
  else if (count !== undefined) submitLabel = `Revoke ${count} keys`;

  return (
    <FormDialog
      open={props.open}
      titleId={TITLE_ID}
      busy={busy}
      onClose={props.onClose}
      onExited={() => {
        setPrefix('');
        setChecked(undefined);
        setError(undefined);
      }}
    >
      <FormDialogContent
        titleId={TITLE_ID}
        title="Revoke keys by prefix"
        error={error}
        submitLabel={submitLabel}
        danger={count !== undefined}
        busy={busy}
        submitDisabled={tooShort || matchesAll || count === 0}
        onSubmit={() => (count === undefined ? check() : revoke(count))}
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
        {count !== undefined && (
          <DialogContentText role="status" style={{ marginTop: 16 }}>
            {count === 0
              ? `No active key has an alias starting ${trimmed}.`
              : `${count} active ${
                  count === 1 ? 'key has' : 'keys have'
                } an alias starting ${trimmed}.`}
          </DialogContentText>
        )}
      </FormDialogContent>
    </FormDialog>
  );
}
