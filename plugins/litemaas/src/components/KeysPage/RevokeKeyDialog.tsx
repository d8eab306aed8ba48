import { ReactNode } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { ApiKey } from '@litemaas/backstage-plugin-litemaas-common';
import DialogContentText from '@material-ui/core/DialogContentText';
import { litemaasApiRef } from '../../api';
import { ConfirmDialog } from '../common';
import { useKeysWords } from '../common/keysText';

/**
 * Asks before revoking a key, then revokes it. The owner's page and the
 * admins' list say different things about what follows, hence `children`.
 */
export function RevokeKeyDialog(props: {
  open: boolean;
  apiKey?: ApiKey;
  onClose(): void;
  onRevoked(): void;
  children: ReactNode;
}) {
  const { apiKey, onRevoked } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useKeysWords();
  return (
    <ConfirmDialog
      open={props.open}
      title={t('keys.revoke.title', { name: apiKey?.name ?? '' })}
      confirmLabel={t('keys.revoke.confirm')}
      danger
      onClose={props.onClose}
      onConfirm={async () => {
        if (!apiKey) return;
        await api.revokeKey(apiKey.id);
        alertApi.post({
          message: t('keys.revoke.done', { name: apiKey.name }),
          severity: 'success',
          display: 'transient',
        });
        onRevoked();
      }}
    >
      <DialogContentText>{props.children}</DialogContentText>
    </ConfirmDialog>
  );
}
