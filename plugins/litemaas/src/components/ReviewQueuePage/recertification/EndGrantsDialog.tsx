import { useState } from 'react';
import { RecertificationItem } from '@litemaas/backstage-plugin-litemaas-common';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { useLitemaasText } from '../../../translationText';
import { ConfirmDialog } from '../../common';
import { useLocaleFormat } from '../../useLocaleFormat';
import { named } from './decisions';

/**
 * Ends one grant of a campaign, or several: their models leave the
 * holders' keys. The reason is optional; a failed call keeps the dialog
 * open with its error.
 */
export function EndGrantsDialog(props: {
  open: boolean;
  grants: RecertificationItem[];
  onClose(): void;
  onEnd(reason?: string): Promise<void>;
}) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const [reason, setReason] = useState('');
  const { grants } = props;
  const one = grants.length === 1 ? grants[0] : undefined;
  return (
    <ConfirmDialog
      open={props.open}
      title={
        one
          ? t('recertification.endDialog.titleOne', named(one))
          : t('recertification.endDialog.titleMany', {
              total: format.count(grants.length),
            })
      }
      confirmLabel={
        one
          ? t('recertification.endDialog.submitOne')
          : t('recertification.endDialog.submitMany')
      }
      danger
      onConfirm={async () => {
        await props.onEnd(reason.trim() || undefined);
        setReason('');
      }}
      onClose={props.onClose}
    >
      <DialogContentText>
        {one
          ? t('recertification.endDialog.explanationOne', named(one))
          : t('recertification.endDialog.explanationMany')}
      </DialogContentText>
      <TextField
        id="litemaas-recertification-end-reason"
        label={t('recertification.endDialog.reason')}
        helperText={t('recertification.endDialog.reasonHelp')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        multiline
        minRows={2}
        variant="outlined"
        fullWidth
        inputProps={{ maxLength: 2000 }}
      />
    </ConfirmDialog>
  );
}
