import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useLitemaasText } from '../../translationText';
import { litemaasApiRef } from '../../api';
import { FormDialog, FormDialogContent, errorMessage } from '../common';
import { actorLabel } from './RequestHistory';
import { useReasonText } from './reasonText';

/** Asks for a denied request to be looked at again, with a new justification. */
export function AskForReviewDialog(props: {
  open: boolean;
  request?: AccessRequest;
  onClose(): void;
  onDone(): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const reasonText = useReasonText();
  const [justification, setJustification] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { request } = props;

  const close = () => {
    setJustification('');
    setError(undefined);
    props.onClose();
  };

  const submit = async () => {
    if (!request) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.requestAccessReview(
        request.id,
        justification.trim() || undefined,
      );
      alertApi.post({
        message: t('access.askReview.sent', { model: request.modelName }),
        severity: 'success',
        display: 'transient',
      });
      props.onDone();
      close();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={props.open}
      titleId="litemaas-ask-review-title"
      busy={busy}
      onClose={close}
    >
      <FormDialogContent
        titleId="litemaas-ask-review-title"
        title={t('access.askReview.title', {
          model: request?.modelName ?? '',
        })}
        error={error}
        submitLabel={t('access.askReview.submit')}
        busy={busy}
        onSubmit={submit}
        onCancel={close}
      >
        {request?.decisionReason && (
          <Box mb={2}>
            <Alert severity="error">
              {request.decidedBy
                ? t('access.askReview.deniedBy', {
                    actor: actorLabel(request.decidedBy),
                    reason: reasonText(request.decisionReason),
                  })
                : t('access.askReview.denied', {
                    reason: reasonText(request.decisionReason),
                  })}
            </Alert>
          </Box>
        )}
        <DialogContentText>
          {t('access.askReview.explanation')}
        </DialogContentText>
        <TextField
          id="litemaas-ask-review-justification"
          label={t('access.askReview.justification')}
          value={justification}
          onChange={e => setJustification(e.target.value)}
          helperText={t('access.askReview.justificationHelp')}
          multiline
          minRows={3}
          variant="outlined"
          fullWidth
          inputProps={{ maxLength: 2000 }}
        />
      </FormDialogContent>
    </FormDialog>
  );
}
