import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  ApiKey,
  UnmanagedKey,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { litemaasApiRef } from '../../api';
import { CatalogEntityPicker, ConfirmDialog } from '../common';

/**
 * An admin gives a key made outside the portal to a user or a team: from
 * then on the owner sees, rotates and revokes it in the portal.
 */
export function AdoptKeyDialog(props: {
  unmanaged?: UnmanagedKey;
  onClose(): void;
  onAdopted(key: ApiKey): void;
}) {
  const api = useApi(litemaasApiRef);
  const key = props.unmanaged;
  const [owner, setOwner] = useState<string | null>(
    key?.suggestedOwnerRef ?? null,
  );
  const [name, setName] = useState(key?.alias ?? '');
  const [submitted, setSubmitted] = useState(false);

  const adopt = async () => {
    setSubmitted(true);
    if (!key || !owner) return false;
    props.onAdopted(
      await api.adoptKey(key.tokenHash, {
        ownerRef: owner,
        name: name.trim() || undefined,
      }),
    );
    return undefined;
  };

  return (
    <ConfirmDialog
      open={Boolean(key)}
      title="Adopt key"
      confirmLabel="Adopt"
      onConfirm={adopt}
      onClose={props.onClose}
    >
      <DialogContentText>
        The owner will see this key in the portal and may rotate, edit and
        revoke it. LiteLLM names{' '}
        {key?.userId ? <code>{key.userId}</code> : 'no user'} for it: that is a
        label anyone could have set, so choose the owner yourself.
      </DialogContentText>
      <Box mb={2}>
        <CatalogEntityPicker
          id="litemaas-adopt-owner"
          label="Owner"
          kinds={['User', 'Group']}
          noun={{ one: 'user or team', many: 'users and teams' }}
          value={owner}
          onChange={setOwner}
          error={submitted && !owner ? 'Pick an owner' : undefined}
          helperText={
            key?.suggestedOwnerRef
              ? 'Suggested from the key’s user: check it'
              : 'A user or a team from the catalog'
          }
        />
      </Box>
      <TextField
        id="litemaas-adopt-name"
        label="Name in the portal"
        value={name}
        onChange={e => setName(e.target.value)}
        variant="outlined"
        size="small"
        fullWidth
        inputProps={{ maxLength: 100 }}
      />
    </ConfirmDialog>
  );
}
