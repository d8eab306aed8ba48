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
  useLiteMaasPaths,
} from '../common';
import { formatEntityRef, formatRelativeTime } from '../format';

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
  const grants = useGrantedModels();
  const settings = useKeySettings();

  const [name, setName] = useState(apiKey.name);
  const [models, setModels] = useState<string[]>(apiKey.models);
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

  const nameError = keyNameError(name);
  const lostChosen = models.filter(m => lost.includes(m));
  let modelsError: string | undefined;
  if (models.length === 0) modelsError = 'Choose at least one model';
  else if (lostChosen.length) {
    modelsError = `Untick ${lostChosen.join(
      ', ',
    )}: the key's owner no longer has access`;
  }
  const expiry = expiryOf(
    expiryChoice,
    expiryDate,
    settings.value?.maxExpiresInDays,
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
      ...expiry.value,
    };
    setSaving(true);
    onBusy(true);
    setError(undefined);
    try {
      const saved = await api.updateKey(apiKey.id, body);
      alertApi.post({
        message: `${saved.name} saved.`,
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
      title={`Edit ${apiKey.name}`}
      dividers
      error={error}
      submitLabel="Save"
      busy={saving}
      onSubmit={save}
      onCancel={onClose}
    >
      <TextField
        id="litemaas-edit-key-name"
        label="Name"
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

      {grants.error && (
        <Alert severity="warning">
          Could not load the access grants, so only the key's current models are
          offered. {errorMessage(grants.error)}
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
              ? `Models ${team} has access to.`
              : 'Models you have access to.'
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
              ? `Keep: expires ${formatRelativeTime(apiKey.expiresAt)}`
              : 'Keep: never expires'
          }
          error={submitted || expiryDate ? expiry.error : undefined}
        />
      </Box>

      <Divider />
      <Box mt={2}>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          <strong>Limits</strong>
        </Typography>
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          gutterBottom
        >
          A blank field means no limit, unless there is a maximum or the owner's
          grant sets one (shown in grey): then that applies.
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
