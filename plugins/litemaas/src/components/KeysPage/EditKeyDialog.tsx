import { useState } from 'react';
import { Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  ApiKey,
  UpdateKeyBody,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { litemaasApiRef } from '../../api';
import {
  ComponentPicker,
  ExpiryField,
  FormDialog,
  FormDialogContent,
  KeyLimitsFields,
  KeyLimitsInput,
  ModelPicker,
  NoGrantsMessage,
  errorMessage,
  expiryOf,
  isTeamRef,
  keyFormLimits,
  keyLimitsToInput,
  keyNameError,
  parseKeyLimits,
  settingsFor,
  useGrantedModels,
  useKeySettings,
  useKeysWords,
  useLiteMaasPaths,
} from '../common';
import { formatEntityRef } from '../format';

const TITLE_ID = 'litemaas-edit-key-title';

/** Changes a key's name, models, limits or expiry; its value stays. */
export function EditKeyDialog(props: {
  open: boolean;
  apiKey?: ApiKey;
  onClose(): void;
  onSaved(key: ApiKey): void;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog
      open={props.open}
      titleId={TITLE_ID}
      busy={busy}
      maxWidth="md"
      onClose={props.onClose}
    >
      {props.apiKey && (
        <EditKeyForm
          key={props.apiKey.id}
          apiKey={props.apiKey}
          onBusy={setBusy}
          onClose={props.onClose}
          onSaved={props.onSaved}
        />
      )}
    </FormDialog>
  );
}

function EditKeyForm(props: {
  apiKey: ApiKey;
  onBusy(busy: boolean): void;
  onClose(): void;
  onSaved(key: ApiKey): void;
}) {
  const { apiKey, onBusy, onClose, onSaved } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const paths = useLiteMaasPaths();
  const words = useKeysWords();
  const { t, format } = words;
  const grants = useGrantedModels();
  const settings = useKeySettings();

  const [name, setName] = useState(apiKey.name);
  const [models, setModels] = useState<string[]>(apiKey.models);
  const [componentRef, setComponentRef] = useState<string | null>(
    apiKey.componentRef ?? null,
  );
  const [expiryChoice, setExpiryChoice] = useState('keep');
  const [expiryDate, setExpiryDate] = useState('');
  const [limitsInput, setLimitsInput] = useState<KeyLimitsInput>(() =>
    keyLimitsToInput(apiKey.limits),
  );
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const team = isTeamRef(apiKey.subjectRef)
    ? formatEntityRef(apiKey.subjectRef)
    : undefined;
  const kind = settingsFor(settings.value, apiKey.subjectRef);
  // Without the grants, offer the key's own models rather than nothing.
  const granted = grants.error
    ? apiKey.models
    : grants.modelsFor(apiKey.subjectRef);
  const lost = grants.loading
    ? []
    : apiKey.models.filter(m => !granted.includes(m));

  const nameError = keyNameError(name, words);
  const lostChosen = models.filter(m => lost.includes(m));
  let modelsError: string | undefined;
  if (models.length === 0) modelsError = t('keys.form.chooseModel');
  else if (lostChosen.length) {
    modelsError = t('keys.editDialog.untick', {
      models: lostChosen.join(', '),
    });
  }
  const expiry = expiryOf(
    expiryChoice,
    expiryDate,
    settings.value?.maxExpiresInDays,
    undefined,
    words,
  );
  const form = keyFormLimits(
    kind && { defaults: {}, maximums: kind.maximums },
    models,
    grants.limitsFor(apiKey.subjectRef),
  );
  const limits = parseKeyLimits(limitsInput, {
    maximums: form.maximums,
    models,
    perModel: form.perModel,
    minBudgetDuration: form.minBudgetDuration,
    words,
  });

  const save = async () => {
    setSubmitted(true);
    if (nameError || modelsError || expiry.error || !limits.valid) return;
    // Limits are sent whole: the backend replaces them, so a cleared field
    // removes that limit.
    const body: UpdateKeyBody = {
      name: name.trim(),
      models,
      limits: limits.limits,
      // Sent only when changed: tying is checked against the catalog.
      ...(componentRef !== (apiKey.componentRef ?? null) && { componentRef }),
      ...expiry.value,
    };
    setSaving(true);
    onBusy(true);
    setError(undefined);
    try {
      const saved = await api.updateKey(apiKey.id, body);
      alertApi.post({
        message: t('keys.editDialog.saved', { name: saved.name }),
        severity: 'success',
        display: 'transient',
      });
      onBusy(false);
      onSaved(saved);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
      onBusy(false);
    }
  };

  return (
    <FormDialogContent
      titleId={TITLE_ID}
      title={t('keys.editDialog.title', { name: apiKey.name })}
      dividers
      error={error}
      submitLabel={t('keys.editDialog.submit')}
      busy={saving}
      onSubmit={save}
      onCancel={onClose}
    >
      <TextField
        id="litemaas-edit-key-name"
        label={t('keys.form.name')}
        required
        value={name}
        onChange={e => setName(e.target.value)}
        error={submitted && Boolean(nameError)}
        helperText={(submitted && nameError) || ' '}
        inputProps={{ maxLength: 100 }}
        variant="outlined"
        size="small"
        fullWidth
      />
      <Box mb={2}>
        <ComponentPicker
          id="litemaas-edit-key-component"
          value={componentRef}
          onChange={setComponentRef}
          allowNone
        />
      </Box>

      {grants.error && (
        <Alert severity="warning">
          {t('keys.editDialog.grantsError', {
            error: errorMessage(grants.error),
          })}
        </Alert>
      )}
      {grants.loading ? (
        <Progress />
      ) : (
        <ModelPicker
          id="litemaas-edit-key-models"
          options={granted}
          value={models}
          onChange={setModels}
          notGranted={lost}
          error={modelsError}
          helperText={
            team
              ? t('keys.form.modelsOfTeam', { team })
              : t('keys.form.modelsOfYou')
          }
          empty={<NoGrantsMessage team={team} modelsPath={paths.root} />}
        />
      )}

      <Divider />
      <Box mt={2} mb={1}>
        <ExpiryField
          idPrefix="litemaas-edit-key"
          choice={expiryChoice}
          onChoiceChange={setExpiryChoice}
          date={expiryDate}
          onDateChange={setExpiryDate}
          settings={settings.value}
          keepLabel={
            apiKey.expiresAt
              ? t('keys.editDialog.keepExpires', {
                  when: format.relativeTime(apiKey.expiresAt),
                })
              : t('keys.editDialog.keepNever')
          }
          error={submitted || expiryDate ? expiry.error : undefined}
        />
      </Box>

      <Divider />
      <Box mt={2}>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          <strong>{t('keys.form.limits')}</strong>
        </Typography>
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          gutterBottom
        >
          {t('keys.editDialog.limitsHelp')}
        </Typography>
        <KeyLimitsFields
          idPrefix="litemaas-edit-key"
          value={limitsInput}
          onChange={setLimitsInput}
          errors={limits.errors}
          defaults={form.defaults}
          maximums={form.maximums}
          models={models}
          perModel={form.perModel}
        />
      </Box>
    </FormDialogContent>
  );
}
