import { useLitemaasText } from '../../translationText';
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
import { ELEMENT, withElement } from './AdminSection';

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
  const t = useLitemaasText();
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
      title={t('keysAdmin.adopt.title')}
      confirmLabel={t('keysAdmin.adopt.confirm')}
      onConfirm={adopt}
      onClose={props.onClose}
    >
      <DialogContentText>
        {key?.userId
          ? withElement(
              t('keysAdmin.adopt.explanation', { user: ELEMENT }),
              <code>{key.userId}</code>,
            )
          : t('keysAdmin.adopt.explanationNoUser')}
      </DialogContentText>
      <Box mb={2}>
        <CatalogEntityPicker
          id="litemaas-adopt-owner"
          label={t('keysAdmin.adopt.owner')}
          kinds={['User', 'Group']}
          noun={{
            one: t('keysAdmin.adopt.ownerNoun'),
            many: t('keysAdmin.adopt.ownerNounMany'),
          }}
          value={owner}
          onChange={setOwner}
          error={
            submitted && !owner ? t('keysAdmin.adopt.pickOwner') : undefined
          }
          helperText={
            key?.suggestedOwnerRef
              ? t('keysAdmin.adopt.suggested')
              : t('keysAdmin.adopt.ownerHint')
          }
        />
      </Box>
      <TextField
        id="litemaas-adopt-name"
        label={t('keysAdmin.adopt.name')}
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
