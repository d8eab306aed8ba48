import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  RecertificationDetail,
  RecertificationOnDeadline,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import DialogContentText from '@material-ui/core/DialogContentText';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useLitemaasText } from '../../../translationText';
import { litemaasApiRef } from '../../../api';
import {
  EndDateField,
  FormDialog,
  FormDialogContent,
  addDays,
  errorMessage,
  localDayOf,
  useCheckEndDay,
} from '../../common';
import { useLocaleFormat } from '../../useLocaleFormat';

const TITLE_ID = 'litemaas-start-recertification-title';

/** The deadline a new campaign suggests: two weeks from today. */
const SUGGESTED_DAYS = 14;

/**
 * Starts a campaign over some or all of the models the caller reviews,
 * with a deadline (the end of a local day, tomorrow at the earliest) and
 * what happens to the grants nobody confirmed by then.
 */
export function StartCampaignDialog(props: {
  open: boolean;
  /** The models the caller reviews, by name. */
  models: string[];
  onClose(): void;
  onStarted(detail: RecertificationDetail): void;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog
      open={props.open}
      titleId={TITLE_ID}
      busy={busy}
      onClose={props.onClose}
    >
      {/* Mounted while open: every start begins with a fresh form. */}
      {props.open && <StartCampaignForm {...props} onBusy={setBusy} />}
    </FormDialog>
  );
}

function StartCampaignForm(props: {
  models: string[];
  onClose(): void;
  onStarted(detail: RecertificationDetail): void;
  onBusy(busy: boolean): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const checkEndDay = useCheckEndDay();
  const [today] = useState(() => new Date());
  const tomorrow = addDays(localDayOf(today), 1);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>(props.models);
  const [day, setDay] = useState(() =>
    addDays(localDayOf(today), SUGGESTED_DAYS),
  );
  const [onDeadline, setOnDeadline] =
    useState<RecertificationOnDeadline>('flag');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const checked = checkEndDay(day, { min: tomorrow, required: true });
  const deadlineError = day
    ? checked.error
    : t('recertification.start.deadlineRequired');
  const modelsError =
    chosen.length === 0 ? t('recertification.start.modelsRequired') : undefined;
  // A blank name is named here, in the reader's language, rather than by
  // the server in its own.
  const date = format.date(today.toISOString());
  const defaultName =
    chosen.length === 1
      ? t('recertification.start.defaultNameOne', { model: chosen[0], date })
      : t('recertification.start.defaultNameMany', {
          total: format.count(chosen.length),
          date,
        });

  const allChosen = chosen.length === props.models.length;
  const toggle = (model: string) =>
    setChosen(current =>
      current.includes(model)
        ? current.filter(m => m !== model)
        : // In the order of the list, whatever the order of the clicks.
          props.models.filter(m => m === model || current.includes(m)),
    );

  const start = async () => {
    if (!checked.end || modelsError) return;
    setBusy(true);
    props.onBusy(true);
    setError(undefined);
    try {
      const detail = await api.startRecertification({
        name: name.trim() || defaultName,
        modelNames: chosen,
        deadline: checked.end,
        onDeadline,
      });
      const total = detail.campaign.progress.total;
      alertApi.post({
        message:
          total === 1
            ? t('recertification.start.startedOne')
            : t('recertification.start.started', {
                total: format.count(total),
              }),
        severity: 'success',
        display: 'transient',
      });
      props.onStarted(detail);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      props.onBusy(false);
    }
  };

  return (
    <FormDialogContent
      titleId={TITLE_ID}
      title={t('recertification.start.title')}
      dividers
      error={error}
      submitLabel={t('recertification.start.submit')}
      busy={busy}
      submitDisabled={Boolean(deadlineError || modelsError)}
      onSubmit={start}
      onCancel={props.onClose}
    >
      <DialogContentText>
        {t('recertification.start.explanation')}
      </DialogContentText>
      <TextField
        id="litemaas-recertification-name"
        label={t('recertification.start.name')}
        placeholder={defaultName}
        helperText={t('recertification.start.nameHelp', { name: defaultName })}
        value={name}
        onChange={e => setName(e.target.value)}
        InputLabelProps={{ shrink: true }}
        variant="outlined"
        size="small"
        margin="normal"
        fullWidth
        inputProps={{ maxLength: 200 }}
      />
      <FormControl
        component="fieldset"
        margin="normal"
        error={Boolean(modelsError)}
        fullWidth
      >
        <FormLabel component="legend">
          {t('recertification.start.models')}
        </FormLabel>
        <FormControlLabel
          control={
            <Checkbox
              color="primary"
              checked={allChosen}
              indeterminate={chosen.length > 0 && !allChosen}
              onChange={() => setChosen(allChosen ? [] : props.models)}
            />
          }
          label={t('recertification.start.allModels')}
        />
        <Box maxHeight={200} overflow="auto" pl={3}>
          <FormGroup>
            {props.models.map(model => (
              <FormControlLabel
                key={model}
                control={
                  <Checkbox
                    color="primary"
                    size="small"
                    checked={chosen.includes(model)}
                    onChange={() => toggle(model)}
                  />
                }
                label={<Typography variant="body2">{model}</Typography>}
              />
            ))}
          </FormGroup>
        </Box>
        {modelsError && <FormHelperText>{modelsError}</FormHelperText>}
      </FormControl>
      <EndDateField
        id="litemaas-recertification-deadline"
        label={t('recertification.start.deadline')}
        value={day}
        onChange={setDay}
        min={tomorrow}
        required
        error={deadlineError}
        helperText={t('recertification.start.deadlineHelp')}
      />
      <FormControl component="fieldset" margin="normal">
        <FormLabel component="legend">
          {t('recertification.start.onDeadline')}
        </FormLabel>
        <RadioGroup
          name="litemaas-recertification-on-deadline"
          value={onDeadline}
          onChange={e =>
            setOnDeadline(e.target.value as RecertificationOnDeadline)
          }
        >
          <FormControlLabel
            value="end"
            control={<Radio color="primary" />}
            label={t('recertification.start.onDeadlineEnd')}
          />
          <FormHelperText style={{ marginTop: -8, marginLeft: 32 }}>
            {t('recertification.start.onDeadlineEndHelp')}
          </FormHelperText>
          <FormControlLabel
            value="flag"
            control={<Radio color="primary" />}
            label={t('recertification.start.onDeadlineFlag')}
          />
          <FormHelperText style={{ marginTop: -8, marginLeft: 32 }}>
            {t('recertification.start.onDeadlineFlagHelp')}
          </FormHelperText>
        </RadioGroup>
      </FormControl>
    </FormDialogContent>
  );
}
