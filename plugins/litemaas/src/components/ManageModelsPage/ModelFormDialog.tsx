import { ChangeEvent, ReactNode, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  ACCESS_POLICIES,
  ConnectionTestResult,
  LiteMaasModel,
  MODEL_CAPABILITIES,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import CircularProgress from '@material-ui/core/CircularProgress';
import Divider from '@material-ui/core/Divider';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormLabel from '@material-ui/core/FormLabel';
import Grid from '@material-ui/core/Grid';
import TextField, { TextFieldProps } from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { litemaasApiRef } from '../../api';
import {
  DialogErrorAlert,
  FormDialog,
  FormDialogContent,
  LimitsFields,
  errorMessage,
  policyExplanation,
  policyLabel,
} from '../common';
import {
  EMPTY_MODEL_FORM,
  MODEL_MODES,
  ModelFormErrors,
  ModelFormValues,
  changesLiteLlm,
  formFromModel,
  policyOf,
  validateModelForm,
} from './modelForm';

export interface ModelFormDialogProps {
  open: boolean;
  /** The model to edit; registers a new one when absent. */
  model?: LiteMaasModel;
  /** Starting values for a new model, e.g. from a model server's entity. */
  prefill?: Partial<ModelFormValues>;
  onClose(): void;
  onSaved(model: LiteMaasModel): void;
}

/** Registers a model in LiteLLM, or edits one, with its portal policy. */
export function ModelFormDialog(props: ModelFormDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog
      open={props.open}
      titleId="litemaas-model-form-title"
      busy={busy}
      maxWidth="md"
      onClose={props.onClose}
    >
      <ModelForm {...props} onBusy={setBusy} />
    </FormDialog>
  );
}

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Box mt={3} mb={1}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        <strong>{props.title}</strong>
      </Typography>
      {props.children}
    </Box>
  );
}

function ModelForm(props: ModelFormDialogProps & { onBusy(b: boolean): void }) {
  const { model, onClose, onSaved, onBusy } = props;
  const editing = Boolean(model);
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const [initial] = useState<ModelFormValues>(() =>
    model ? formFromModel(model) : { ...EMPTY_MODEL_FORM, ...props.prefill },
  );
  const [values, setValues] = useState<ModelFormValues>(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [testing, setTesting] = useState(false);
  const [testResult, setTestResult] = useState<
    ConnectionTestResult | { failed: string }
  >();

  // A model LiteLLM no longer has can only get a new policy.
  const policyOnly = editing && model?.available === false;
  const { errors, registration } = validateModelForm(values, editing);
  const shown = (field: keyof ModelFormErrors) =>
    submitted || touched.has(field) ? errors[field] : undefined;

  const set =
    (field: keyof ModelFormValues) =>
    (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValues(current => ({ ...current, [field]: event.target.value }));
  const touch = (field: string) => () =>
    setTouched(current => new Set(current).add(field));

  const field = (
    name: keyof Omit<ModelFormValues, 'capabilities' | 'defaultLimits'>,
    label: string,
    extra: Partial<TextFieldProps> = {},
  ) => {
    const message = shown(name) as string | undefined;
    return (
      <TextField
        id={`litemaas-model-${name}`}
        label={label}
        value={values[name]}
        onChange={set(name)}
        onBlur={touch(name)}
        error={Boolean(message)}
        variant="outlined"
        size="small"
        fullWidth
        {...extra}
        helperText={message ?? extra.helperText ?? ' '}
        disabled={policyOnly || extra.disabled}
      />
    );
  };

  const testConnection = async () => {
    setTesting(true);
    setTestResult(undefined);
    try {
      setTestResult(
        await api.testConnection({
          apiBase: values.apiBase.trim() || undefined,
          apiKey: values.apiKey || undefined,
        }),
      );
    } catch (e) {
      setTestResult({ failed: errorMessage(e) });
    } finally {
      setTesting(false);
    }
  };

  const save = async () => {
    setSubmitted(true);
    if (!registration) return;
    setSaving(true);
    onBusy(true);
    setError(undefined);
    try {
      let saved: LiteMaasModel;
      if (!model) {
        saved = await api.registerModel(registration);
      } else if (policyOnly || !changesLiteLlm(initial, values)) {
        saved = await api.setModelPolicy(model.name, policyOf(registration));
      } else {
        saved = await api.updateModel(model.name, registration);
      }
      alertApi.post({
        message: model
          ? `${saved.name} saved.`
          : `${saved.name} registered in LiteLLM.`,
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

  const toggleCapability = (id: string) =>
    setValues(current => ({
      ...current,
      capabilities: current.capabilities.includes(id)
        ? current.capabilities.filter(c => c !== id)
        : [...current.capabilities, id],
    }));

  const restricting =
    editing &&
    initial.accessPolicy === 'open' &&
    values.accessPolicy === 'restricted';
  const errorCount =
    Object.keys(errors).length +
    Object.keys(errors.defaultLimits ?? {}).length -
    (errors.defaultLimits ? 1 : 0);

  return (
    <FormDialogContent
      titleId="litemaas-model-form-title"
      title={model ? `Edit ${model.name}` : 'Register model'}
      dividers
      submitLabel="Save"
      busy={saving}
      onSubmit={save}
      onCancel={onClose}
    >
      {policyOnly && (
        <Alert severity="info">
          LiteLLM no longer serves this model, so only its portal policy can be
          edited.
        </Alert>
      )}

      <Section title="LiteLLM deployment">
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6}>
            {field('name', 'Name', {
              required: true,
              disabled: editing,
              helperText: editing
                ? 'The name clients send; it cannot be changed.'
                : 'The name clients send as "model", e.g. gpt-4o-mini',
            })}
          </Grid>
          <Grid item xs={12} sm={6}>
            {field('providerModel', 'Provider model', {
              required: true,
              placeholder: 'openai/gpt-4o-mini',
              helperText: "LiteLLM's provider/model",
            })}
          </Grid>
          <Grid item xs={12} sm={6}>
            {field('apiBase', 'API base', {
              placeholder: 'https://vllm.example.com/v1',
              helperText: 'For self-hosted models; blank for the provider',
            })}
          </Grid>
          <Grid item xs={12} sm={6}>
            {field('apiKey', 'Provider API key', {
              type: 'password',
              autoComplete: 'new-password',
              helperText: editing
                ? 'Leave blank to keep the current key'
                : 'Sent to LiteLLM; never shown again',
            })}
          </Grid>
        </Grid>
        <Box display="flex" alignItems="center" style={{ gap: 16 }}>
          <Button
            variant="outlined"
            onClick={testConnection}
            disabled={testing || policyOnly}
            startIcon={testing ? <CircularProgress size={16} /> : undefined}
          >
            Test connection
          </Button>
          <Typography variant="caption" color="textSecondary">
            Checks that the API base answers with this key.
            {editing &&
              ' The stored key is never sent back: type it to test it.'}
          </Typography>
        </Box>
        {testResult && (
          <Box mt={2} role="status">
            {'failed' in testResult ? (
              <Alert severity="error">
                Connection failed: {testResult.failed}
              </Alert>
            ) : (
              <Alert severity={testResult.ok ? 'success' : 'error'}>
                {testResult.ok ? 'Connection OK' : 'Connection failed'}:{' '}
                {testResult.message} ({testResult.latencyMs} ms)
                {testResult.models && testResult.models.length > 0 && (
                  <Typography variant="caption" component="div">
                    Serves: {testResult.models.slice(0, 10).join(', ')}
                    {testResult.models.length > 10 ? ', …' : ''}
                  </Typography>
                )}
              </Alert>
            )}
          </Box>
        )}
      </Section>

      <Divider />
      <Section title="Prices and capacity">
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6} md={3}>
            {field('inputPricePer1M', 'Input price per 1M tokens (USD)', {
              inputProps: { inputMode: 'decimal' },
            })}
          </Grid>
          <Grid item xs={12} sm={6} md={3}>
            {field('outputPricePer1M', 'Output price per 1M tokens (USD)', {
              inputProps: { inputMode: 'decimal' },
            })}
          </Grid>
          <Grid item xs={12} sm={6} md={3}>
            {field('contextWindow', 'Context window (tokens)', {
              inputProps: { inputMode: 'numeric' },
            })}
          </Grid>
          <Grid item xs={12} sm={6} md={3}>
            {field('maxOutputTokens', 'Max output (tokens)', {
              inputProps: { inputMode: 'numeric' },
            })}
          </Grid>
          <Grid item xs={12} sm={4}>
            {field('mode', 'Mode', {
              select: true,
              SelectProps: { native: true },
              InputLabelProps: { shrink: true },
              children: MODEL_MODES.map(mode => (
                <option key={mode} value={mode}>
                  {mode}
                </option>
              )),
            })}
          </Grid>
          <Grid item xs={12} sm={4}>
            {field('tpm', 'Deployment TPM', {
              inputProps: { inputMode: 'numeric' },
              helperText: 'Tokens per minute for everyone together',
            })}
          </Grid>
          <Grid item xs={12} sm={4}>
            {field('rpm', 'Deployment RPM', {
              inputProps: { inputMode: 'numeric' },
              helperText: 'Requests per minute for everyone together',
            })}
          </Grid>
        </Grid>
        <FormControl component="fieldset" disabled={policyOnly}>
          <FormLabel component="legend">Capabilities</FormLabel>
          <FormGroup row>
            {MODEL_CAPABILITIES.map(c => (
              <FormControlLabel
                key={c.id}
                control={
                  <Checkbox
                    color="primary"
                    checked={values.capabilities.includes(c.id)}
                    onChange={() => toggleCapability(c.id)}
                  />
                }
                label={c.label}
              />
            ))}
          </FormGroup>
        </FormControl>
      </Section>

      <Divider />
      <Section title="Access">
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6}>
            <TextField
              id="litemaas-model-accessPolicy"
              select
              SelectProps={{ native: true }}
              InputLabelProps={{ shrink: true }}
              label="Access policy"
              value={values.accessPolicy}
              onChange={set('accessPolicy')}
              helperText={policyExplanation(values.accessPolicy)}
              variant="outlined"
              size="small"
              fullWidth
            >
              {ACCESS_POLICIES.map(p => (
                <option key={p} value={p}>
                  {policyLabel(p)}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={12} sm={6}>
            <TextField
              id="litemaas-model-ownerRef"
              label="Owner"
              placeholder="group:default/ml-platform"
              value={values.ownerRef}
              onChange={set('ownerRef')}
              onBlur={touch('ownerRef')}
              error={Boolean(errors.ownerRef && shown('ownerRef'))}
              helperText={
                (shown('ownerRef') as string | undefined) ??
                'Entity ref of the owning team; its members review requests'
              }
              variant="outlined"
              size="small"
              fullWidth
            />
          </Grid>
          {restricting && (
            <Grid item xs={12}>
              <Alert severity="warning">
                Making an open model restricted moves its existing grants back
                to review: their holders need a reviewer's approval again.
              </Alert>
            </Grid>
          )}
          <Grid item xs={12}>
            <TextField
              id="litemaas-model-description"
              label="Description"
              value={values.description}
              onChange={set('description')}
              helperText="What the model is good at, shown in the catalog"
              multiline
              minRows={2}
              variant="outlined"
              size="small"
              fullWidth
              inputProps={{ maxLength: 4000 }}
            />
          </Grid>
        </Grid>
        <Box mt={2} mb={1}>
          <Typography variant="subtitle2">Default limits</Typography>
          <Typography variant="caption" color="textSecondary">
            What each grant gets unless the request or the reviewer says
            otherwise.
          </Typography>
        </Box>
        <LimitsFields
          idPrefix="litemaas-model-defaults"
          value={values.defaultLimits}
          onChange={defaultLimits =>
            setValues(current => ({ ...current, defaultLimits }))
          }
          errors={errors.defaultLimits}
        />
      </Section>

      {/* Passed as children, not as error, to keep the hint below it. */}
      <DialogErrorAlert>{error}</DialogErrorAlert>
      {submitted && errorCount > 0 && (
        <DialogErrorAlert>
          Fix the {errorCount === 1 ? 'field' : `${errorCount} fields`} marked
          in red.
        </DialogErrorAlert>
      )}
    </FormDialogContent>
  );
}
