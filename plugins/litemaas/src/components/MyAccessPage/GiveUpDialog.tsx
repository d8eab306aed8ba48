import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import DialogContentText from '@material-ui/core/DialogContentText';
import { useLitemaasText } from '../../translationText';
import { litemaasApiRef } from '../../api';
import { ConfirmDialog, isUserRef } from '../common';
import { formatEntityRef } from '../format';

/** Confirms giving a grant up: it cannot be taken back. */
export function GiveUpDialog(props: {
  open: boolean;
  request?: AccessRequest;
  onClose(): void;
  onDone(): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const { request } = props;
  const model = request?.modelName ?? '';
  const team =
    request && !isUserRef(request.subjectRef)
      ? formatEntityRef(request.subjectRef)
      : undefined;
  return (
    <ConfirmDialog
      open={props.open}
      title={t('access.giveUp.title', { model })}
      confirmLabel={t('access.giveUpAccess')}
      danger
      onClose={props.onClose}
      onConfirm={async () => {
        if (!request) return;
        await api.revokeAccess(request.id);
        alertApi.post({
          message: team
            ? t('access.giveUp.doneFor', { model, team })
            : t('access.giveUp.done', { model }),
          severity: 'success',
          display: 'transient',
        });
        props.onDone();
      }}
    >
      <DialogContentText>
        {team
          ? t('access.giveUp.bodyFor', { model, team })
          : t('access.giveUp.body', { model })}
      </DialogContentText>
    </ConfirmDialog>
  );
}
