import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useLitemaasText } from '../../translationText';
import { litemaasApiRef } from '../../api';
import {
  EndDateField,
  FormDialog,
  FormDialogContent,
  Loading,
  addDays,
  errorMessage,
  isUserRef,
  latestGrantDay,
  localDayOf,
  useCheckEndDay,
  useModelList,
} from '../common';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';

const TITLE_ID = 'litemaas-extend-grant-title';

interface ExtendGrantProps {
  request: AccessRequest;
  onClose(): void;
  /** Called once the extension was asked for. */
  onDone(request: AccessRequest): void;
}

/**
 * Asks to keep a grant that ends until a later day; the model's owner or
 * an admin decides.
 */
export function ExtendGrantDialog(
  props: Omit<ExtendGrantProps, 'request'> & {
    open: boolean;
    request?: AccessRequest;
  },
) {
  const [busy, setBusy] = useState(false);
  const { request } = props;
  return (
    <FormDialog
      open={props.open && Boolean(request)}
      titleId={TITLE_ID}
      busy={busy}
      onClose={props.onClose}
    >
      {/* Unmounted while closed: each opening starts afresh. */}
      {request && (
        <ExtendGrantContent {...props} request={request} onBusy={setBusy} />
      )}
    </FormDialog>
  );
}

/** Waits for the model's longest grant, which bounds the new end. */
function ExtendGrantContent(
  props: ExtendGrantProps & { onBusy(busy: boolean): void },
) {
  const t = useLitemaasText();
  const models = useModelList();
  const { request } = props;
  const title = useTitle(request);
  if (models.loading && !models.value) {
    return (
      <FormDialogContent
        titleId={TITLE_ID}
        title={title}
        submitLabel={t('access.extend.submit')}
        busy={false}
        submitDisabled
        onSubmit={() => {}}
        onCancel={props.onClose}
      >
        <Loading label={t('access.extend.loadingModel')} />
      </FormDialogContent>
    );
  }
  // Without the model (a failed load, a model gone from the list) the
  // backend still holds the new end to the model's rules.
  const model = models.value?.items.find(m => m.name === request.modelName);
  return <ExtendGrantForm {...props} maxGrantDays={model?.maxGrantDays} />;
}

function useTitle(request: AccessRequest): string {
  const t = useLitemaasText();
  return isUserRef(request.subjectRef)
    ? t('access.extend.title', { model: request.modelName })
    : t('access.extend.titleFor', {
        model: request.modelName,
        team: formatEntityRef(request.subjectRef),
      });
}

function ExtendGrantForm(
  props: ExtendGrantProps & {
    maxGrantDays?: number;
    onBusy(busy: boolean): void;
  },
) {
  const { request, maxGrantDays, onBusy } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const checkEndDay = useCheckEndDay();
  const title = useTitle(request);
  const [today] = useState(() => new Date());
  const currentEnd = request.expiresAt ?? today.toISOString();
  const min = addDays(localDayOf(currentEnd), 1);
  const max = latestGrantDay(maxGrantDays, today);
  // The grant already ends on the last day the model allows from today.
  const atLongest = max !== undefined && max < min;
  const [day, setDay] = useState(max && !atLongest ? max : '');
  const [justification, setJustification] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const checked = checkEndDay(day, { min, max, required: true });

  const submit = async () => {
    if (!checked.end) return;
    setBusy(true);
    onBusy(true);
    setError(undefined);
    try {
      const asked = await api.requestGrantExtension(request.id, {
        until: checked.end,
        justification: justification.trim() || undefined,
      });
      alertApi.post({
        message: t('access.extend.sent', { model: request.modelName }),
        severity: 'success',
        display: 'transient',
      });
      onBusy(false);
      props.onDone(asked);
      props.onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
      onBusy(false);
    }
  };

  return (
    <FormDialogContent
      titleId={TITLE_ID}
      title={title}
      error={error}
      submitLabel={t('access.extend.submit')}
      busy={busy}
      submitDisabled={atLongest || Boolean(checked.error)}
      onSubmit={submit}
      onCancel={props.onClose}
    >
      <DialogContentText>
        {t('access.extend.currentEnd', { date: format.date(currentEnd) })}{' '}
        {t('access.extend.explanation')}
      </DialogContentText>
      {atLongest && maxGrantDays && (
        <Box mb={1}>
          <Alert severity="info">
            {t('access.extend.atLongest', {
              days: format.count(maxGrantDays),
            })}
          </Alert>
        </Box>
      )}
      <EndDateField
        id="litemaas-extend-until"
        label={t('access.extend.until')}
        value={day}
        onChange={setDay}
        min={min}
        max={max}
        required
        // An empty field is only wrong once someone emptied it.
        error={day ? checked.error : undefined}
        helperText={
          max && maxGrantDays
            ? t('access.extend.untilHelpMax', {
                days: format.count(maxGrantDays),
                date: format.day(max, true),
              })
            : undefined
        }
        disabled={atLongest}
      />
      <TextField
        id="litemaas-extend-justification"
        label={t('access.extend.justification')}
        value={justification}
        onChange={e => setJustification(e.target.value)}
        helperText={t('access.extend.justificationHelp')}
        multiline
        minRows={3}
        variant="outlined"
        margin="normal"
        fullWidth
        inputProps={{ maxLength: 2000 }}
      />
    </FormDialogContent>
  );
}
