import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  DeprecateModelBody,
  DeprecationCampaign,
  DeprecationDetail,
  LiteMaasModel,
  ModelDeprecationInfo,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { litemaasApiRef } from '../../api';
import { useLitemaasText } from '../../translationText';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { EndDateField } from '../common/EndDateField';
import { errorMessage } from '../common/errors';
import { FormDialog, FormDialogContent } from '../common/FormDialog';
import {
  addDays,
  endOfLocalDay,
  isLocalDay,
  localDayOf,
} from '../common/localDays';
import { useLocaleFormat } from '../useLocaleFormat';

/** How far ahead a new deprecation's date is proposed. */
export const DEFAULT_DEPRECATION_DAYS = 30;

const TITLE_ID = 'litemaas-deprecate-title';
const RETIRE_TITLE_ID = 'litemaas-retire-now-title';

/** The model a deprecation dialog acts on. */
export type DeprecationTarget = Pick<LiteMaasModel, 'name'> & {
  deprecation?: ModelDeprecationInfo;
};

/**
 * Retires a model now: the admin types its name, as a guard against a
 * slip, since keys do not get the model back.
 */
export function RetireNowDialog(props: {
  open: boolean;
  model: string;
  onClose(): void;
  onRetired(detail: DeprecationDetail): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const matches = typed.trim() === props.model;

  const retire = async () => {
    if (!matches) {
      setError(t('deprecation.retire.mismatch'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const detail = await api.retireModelNow(props.model, {
        confirm: typed.trim(),
      });
      alertApi.post({
        message: t('deprecation.retire.done', { model: props.model }),
        severity: 'success',
        display: 'transient',
      });
      props.onRetired(detail);
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
      titleId={RETIRE_TITLE_ID}
      busy={busy}
      onClose={props.onClose}
      onExited={() => {
        setTyped('');
        setError(undefined);
      }}
    >
      <FormDialogContent
        titleId={RETIRE_TITLE_ID}
        title={t('deprecation.retire.title', { model: props.model })}
        error={error}
        submitLabel={t('deprecation.retire.confirm')}
        danger
        busy={busy}
        submitDisabled={!matches}
        onSubmit={retire}
        onCancel={props.onClose}
      >
        <DialogContentText>{t('deprecation.retire.text')}</DialogContentText>
        <TextField
          id="litemaas-retire-confirm"
          label={t('deprecation.retire.typeName', { model: props.model })}
          value={typed}
          onChange={e => setTyped(e.target.value)}
          variant="outlined"
          size="small"
          fullWidth
          autoComplete="off"
          inputProps={{ spellCheck: false }}
        />
      </FormDialogContent>
    </FormDialog>
  );
}

/** Ends a campaign: the model is no longer deprecated. */
export function CancelDeprecationDialog(props: {
  open: boolean;
  model: string;
  retired: boolean;
  onClose(): void;
  onCancelled(): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  return (
    <ConfirmDialog
      open={props.open}
      title={t('deprecation.cancel.title', { model: props.model })}
      confirmLabel={t('deprecation.cancel.confirm')}
      onClose={props.onClose}
      onConfirm={async () => {
        await api.cancelDeprecation(props.model);
        alertApi.post({
          message: t('deprecation.cancel.done', { model: props.model }),
          severity: 'success',
          display: 'transient',
        });
        props.onCancelled();
      }}
    >
      <DialogContentText>
        {props.retired
          ? t('deprecation.cancel.retiredText')
          : t('deprecation.cancel.text')}
      </DialogContentText>
    </ConfirmDialog>
  );
}

/** The day a date field starts on: the campaign's, or 30 days ahead. */
function initialDay(deprecation?: ModelDeprecationInfo): string {
  if (deprecation) return localDayOf(deprecation.retireAt);
  return addDays(localDayOf(new Date()), DEFAULT_DEPRECATION_DAYS);
}

/**
 * The admins' dialog on a model: deprecates it (replacement, date, note),
 * or, once deprecated, changes the campaign, cancels it or retires the
 * model now. A retired model can only have its deprecation cancelled.
 */
export function DeprecateModelDialog(props: {
  open: boolean;
  model?: DeprecationTarget;
  /** The catalog, for the replacement to choose. */
  models: Array<Pick<LiteMaasModel, 'name' | 'deprecation' | 'available'>>;
  onClose(): void;
  /** After the model's deprecation changed, was cancelled, or it retired. */
  onChanged(campaign?: DeprecationCampaign): void;
}) {
  const { model } = props;
  return (
    <FormDialog
      open={props.open}
      titleId={TITLE_ID}
      onClose={props.onClose}
      maxWidth="sm"
    >
      {model && (
        <DeprecateForm
          // A fresh form for each model and each state of its campaign.
          key={`${model.name}:${model.deprecation?.state ?? ''}:${
            model.deprecation?.retireAt ?? ''
          }`}
          {...props}
          model={model}
        />
      )}
    </FormDialog>
  );
}

function DeprecateForm(props: {
  model: DeprecationTarget;
  models: Array<Pick<LiteMaasModel, 'name' | 'deprecation' | 'available'>>;
  onClose(): void;
  onChanged(campaign?: DeprecationCampaign): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { model, onClose, onChanged } = props;
  const current = model.deprecation;
  const [replacement, setReplacement] = useState(current?.replacement ?? '');
  const [day, setDay] = useState(() => initialDay(current));
  const [note, setNote] = useState(current?.note ?? '');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState<'cancel' | 'retire'>();

  const today = localDayOf(new Date());
  const tomorrow = addDays(today, 1);
  let dayError: string | undefined;
  if (!day) dayError = t('deprecation.dialog.dateRequired');
  else if (!isLocalDay(day) || day <= today) {
    dayError = t('deprecation.dialog.dateNotFuture');
  }

  // Other models not on their way out; the current choice stays listed.
  const choices = props.models
    .filter(
      m =>
        m.name !== model.name &&
        (!m.deprecation || m.name === current?.replacement),
    )
    .map(m => m.name)
    .sort();
  if (replacement && !choices.includes(replacement))
    choices.unshift(replacement);

  const submit = async () => {
    setTouched(true);
    if (dayError) return;
    const retireAt = endOfLocalDay(day);
    if (!retireAt) return;
    const body: DeprecateModelBody = {
      retireAt,
      ...(replacement && { replacement }),
      ...(note.trim() && { note: note.trim() }),
    };
    setBusy(true);
    setError(undefined);
    try {
      const campaign = await api.deprecateModel(model.name, body);
      alertApi.post({
        message: current
          ? t('deprecation.dialog.saved', { model: model.name })
          : t('deprecation.dialog.created', { model: model.name }),
        severity: 'success',
        display: 'transient',
      });
      onChanged(campaign);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  const afterEnd = () => {
    onChanged();
    onClose();
  };
  const confirmDialogs = (
    <>
      <CancelDeprecationDialog
        open={confirming === 'cancel'}
        model={model.name}
        retired={current?.state === 'retired'}
        onClose={() => setConfirming(undefined)}
        onCancelled={afterEnd}
      />
      <RetireNowDialog
        open={confirming === 'retire'}
        model={model.name}
        onClose={() => setConfirming(undefined)}
        onRetired={afterEnd}
      />
    </>
  );

  if (current?.state === 'retired') {
    return (
      <>
        <DialogTitle id={TITLE_ID}>
          {t('deprecation.dialog.titleEdit', { model: model.name })}
        </DialogTitle>
        <DialogContent>
          <Alert severity="info">
            {t('deprecation.dialog.retiredInfo', {
              model: model.name,
              date: format.date(current.retireAt),
            })}
          </Alert>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming('cancel')}>
            {t('deprecation.cancel.action')}
          </Button>
          <Button variant="contained" color="primary" onClick={onClose}>
            {t('deprecation.dialog.close')}
          </Button>
        </DialogActions>
        {confirmDialogs}
      </>
    );
  }

  return (
    <>
      <FormDialogContent
        titleId={TITLE_ID}
        title={
          current
            ? t('deprecation.dialog.titleEdit', { model: model.name })
            : t('deprecation.dialog.titleNew', { model: model.name })
        }
        error={error}
        submitLabel={
          current
            ? t('deprecation.dialog.submitEdit')
            : t('deprecation.dialog.submitNew')
        }
        busy={busy}
        onSubmit={submit}
        onCancel={onClose}
      >
        <DialogContentText>
          {t('deprecation.dialog.explanation')}
        </DialogContentText>
        <TextField
          id="litemaas-deprecate-replacement"
          select
          label={t('deprecation.dialog.replacement')}
          value={replacement}
          onChange={e => setReplacement(e.target.value)}
          helperText={
            replacement
              ? t('deprecation.dialog.replacementHelp')
              : t('deprecation.dialog.replacementMissing')
          }
          variant="outlined"
          size="small"
          margin="normal"
          fullWidth
        >
          <MenuItem value="">
            <em>{t('deprecation.dialog.noReplacement')}</em>
          </MenuItem>
          {choices.map(name => (
            <MenuItem key={name} value={name}>
              {name}
            </MenuItem>
          ))}
        </TextField>
        <EndDateField
          id="litemaas-deprecate-date"
          label={t('deprecation.dialog.retireAt')}
          required
          min={tomorrow}
          value={day}
          onChange={next => {
            setDay(next);
            setTouched(true);
          }}
          error={touched ? dayError : undefined}
          helperText={t('deprecation.dialog.retireAtHelp')}
        />
        <TextField
          id="litemaas-deprecate-note"
          label={t('deprecation.dialog.note')}
          value={note}
          onChange={e => setNote(e.target.value)}
          helperText={t('deprecation.dialog.noteHelp')}
          variant="outlined"
          size="small"
          margin="normal"
          multiline
          minRows={2}
          fullWidth
        />
        {current && (
          <Box mt={2}>
            <Typography variant="subtitle2" component="h3" gutterBottom>
              {t('deprecation.dialog.others')}
            </Typography>
            <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
              <Button
                variant="outlined"
                size="small"
                disabled={busy}
                onClick={() => setConfirming('cancel')}
              >
                {t('deprecation.cancel.action')}
              </Button>
              <Button
                variant="outlined"
                size="small"
                color="secondary"
                disabled={busy}
                onClick={() => setConfirming('retire')}
              >
                {t('deprecation.retire.action')}
              </Button>
            </Box>
          </Box>
        )}
      </FormDialogContent>
      {confirmDialogs}
    </>
  );
}
