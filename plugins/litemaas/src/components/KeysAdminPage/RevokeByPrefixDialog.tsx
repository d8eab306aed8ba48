import { useLitemaasText } from '../../translationText';
import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { litemaasApiRef } from '../../api';
import { FormDialog, FormDialogContent, errorMessage } from '../common';
import { useLocaleFormat } from '../useLocaleFormat';

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
  const t = useLitemaasText();
  const format = useLocaleFormat();
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
            ? t('keysAdmin.revokePrefix.revokedOne', { prefix: trimmed })
            : t('keysAdmin.revokePrefix.revokedMany', {
                n: format.count(revoked),
                prefix: trimmed,
              }),
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

  let submitLabel: string = t('keysAdmin.revokePrefix.count');
  if (count === 0) submitLabel = t('keysAdmin.revokePrefix.nothing');
  else if (count === 1) submitLabel = t('keysAdmin.revokePrefix.revokeOne');
  else if (count !== undefined) {
    submitLabel = t('keysAdmin.revokePrefix.revokeMany', {
      n: format.count(count),
    });
  }
  let matched: string | undefined;
  if (count === 0) {
    matched = t('keysAdmin.revokePrefix.matchedNone', { prefix: trimmed });
  } else if (count === 1) {
    matched = t('keysAdmin.revokePrefix.matchedOne', { prefix: trimmed });
  } else if (count !== undefined) {
    matched = t('keysAdmin.revokePrefix.matchedMany', {
      n: format.count(count),
      prefix: trimmed,
    });
  }

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
        title={t('keysAdmin.revokePrefix.title')}
        error={error}
        submitLabel={submitLabel}
        danger={count !== undefined}
        busy={busy}
        submitDisabled={tooShort || matchesAll || count === 0}
        onSubmit={() => (count === undefined ? check() : revoke(count))}
        onCancel={props.onClose}
      >
        <DialogContentText>
          {t('keysAdmin.revokePrefix.explanation')}
        </DialogContentText>
        <TextField
          id="litemaas-revoke-prefix"
          label={t('keysAdmin.revokePrefix.prefix')}
          placeholder="workshop-2026-11-"
          value={prefix}
          onChange={e => setPrefix(e.target.value)}
          error={matchesAll}
          helperText={
            matchesAll
              ? t('keysAdmin.revokePrefix.matchesAll')
              : t('keysAdmin.revokePrefix.minLength')
          }
          variant="outlined"
          size="small"
          fullWidth
        />
        {matched !== undefined && (
          <DialogContentText role="status" style={{ marginTop: 16 }}>
            {matched}
          </DialogContentText>
        )}
      </FormDialogContent>
    </FormDialog>
  );
}
