import { useLitemaasText } from '../../translationText';
import { ChangeEvent, ReactNode, useMemo, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  ACCESS_POLICIES,
  ConnectionTestResult,
  LiteMaasModel,
  MODEL_CAPABILITIES,
  capabilityLabel,
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
  useKeysWords,
  usePolicyText,
} from '../common';
import { useLocaleFormat } from '../useLocaleFormat';
import {
  EMPTY_MODEL_FORM,
  MODEL_MODES,
  ModelFormErrors,
  ModelFormMessages,
  ModelFormValues,
  changesLiteLlm,
  formFromModel,
  maxGrantDaysChange,
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

/** Capabilities the plugin has words for; others show LiteLLM's label. */
const KNOWN_CAPABILITIES = [
  'vision',
  'function_calling',
  'response_schema',
  'reasoning',
  'prompt_caching',
  'audio_input',
  'pdf_input',
] as const;

function ModelForm(props: ModelFormDialogProps & { onBusy(b: boolean): void }) {
  const { model, onClose, onSaved, onBusy } = props;
  const editing = Boolean(model);
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const words = useKeysWords();
  const policyText = usePolicyText();
  const messages = useMemo<ModelFormMessages>(
    () => ({
      nameRequired: t('manage.form.errors.nameRequired'),
      namePattern: t('manage.form.errors.namePattern'),
      providerModelRequired: t('manage.form.errors.providerModelRequired'),
      providerModelPattern: t('manage.form.errors.providerModelPattern'),
      apiBase: t('manage.form.errors.apiBase'),
      ownerRef: t('manage.form.errors.ownerRef'),
      maxGrantDays: t('manage.form.errors.maxGrantDays'),
    }),
    [t],
  );
  const capabilityName = (id: string): string => {
    const known = KNOWN_CAPABILITIES.find(c => c === id);
    return known ? t(`capabilities.${known}`) : capabilityLabel(id);
  };
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
  const { errors, registration, maxGrantDays } = validateModelForm(
    values,
    editing,
    messages,
    words,
  );
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
    // The longest grant is the portal's alone: it goes with the policy.
    const grantLength = maxGrantDaysChange(model?.maxGrantDays, maxGrantDays);
    try {
      let saved: LiteMaasModel;
      let viaPolicy = false;
      if (!model) {
        saved = await api.registerModel(registration);
      } else if (policyOnly || !changesLiteLlm(initial, values)) {
        saved = await api.setModelPolicy(model.name, {
          ...policyOf(registration),
          ...grantLength,
        });
        viaPolicy = true;
      } else {
        saved = await api.updateModel(model.name, registration);
      }
      if (grantLength && !viaPolicy) {
        // Saved already: a failure here must not read as nothing saved.
        try {
          saved = await api.setModelPolicy(saved.name, grantLength);
        } catch (e) {
          alertApi.post({
            message: t('manage.form.maxGrantNotSaved', {
              name: saved.name,
              error: errorMessage(e),
            }),
            severity: 'warning',
          });
        }
      }
      alertApi.post({
        message: model
          ? t('manage.form.saved', { name: saved.name })
          : t('manage.form.registered', { name: saved.name }),
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
  // A new or shorter longest grant gives the model's grants an end.
  const shortening =
    editing &&
    maxGrantDays !== undefined &&
    (model?.maxGrantDays === undefined || maxGrantDays < model.maxGrantDays);
  const errorCount =
    Object.keys(errors).length +
    Object.keys(errors.defaultLimits ?? {}).length -
    (errors.defaultLimits ? 1 : 0);

  return (
    <FormDialogContent
      titleId="litemaas-model-form-title"
      title={
        model
          ? t('manage.form.titleEdit', { name: model.name })
          : t('manage.form.titleNew')
      }
      dividers
      submitLabel={t('manage.form.save')}
      busy={saving}
      onSubmit={save}
      onCancel={onClose}
    >
      {policyOnly && (
        <Alert severity="info">{t('manage.form.policyOnly')}</Alert>
      )}

      <Section title={t('manage.form.sections.deployment')}>
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6}>
            {field('name', t('manage.form.name'), {
              required: true,
              disabled: editing,
              helperText: editing
                ? t('manage.form.nameHelpEdit')
                : t('manage.form.nameHelpNew'),
            })}
          </Grid>
          <Grid item xs={12} sm={6}>
            {field('providerModel', t('manage.form.providerModel'), {
              required: true,
              placeholder: 'openai/gpt-4o-mini',
              helperText: t('manage.form.providerModelHelp'),
            })}
          </Grid>
          <Grid item xs={12} sm={6}>
            {field('apiBase', t('manage.form.apiBase'), {
              placeholder: 'https://vllm.example.com/v1',
              helperText: t('manage.form.apiBaseHelp'),
            })}
          </Grid>
          <Grid item xs={12} sm={6}>
            {field('apiKey', t('manage.form.apiKey'), {
              type: 'password',
              autoComplete: 'new-password',
              helperText: editing
                ? t('manage.form.apiKeyHelpEdit')
                : t('manage.form.apiKeyHelpNew'),
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
            {t('manage.form.testConnection')}
          </Button>
          <Typography variant="caption" color="textSecondary">
            {t('manage.form.testHelp')}
            {editing && ` ${t('manage.form.testHelpEdit')}`}
          </Typography>
        </Box>
        {testResult && (
          <Box mt={2} role="status">
            {'failed' in testResult ? (
              <Alert severity="error">
                {t('manage.form.testError', { error: testResult.failed })}
              </Alert>
            ) : (
              <Alert severity={testResult.ok ? 'success' : 'error'}>
                {t(
                  testResult.ok
                    ? 'manage.form.testOk'
                    : 'manage.form.testFailed',
                  {
                    message: testResult.message,
                    latency: format.count(testResult.latencyMs),
                  },
                )}
                {testResult.models && testResult.models.length > 0 && (
                  <Typography variant="caption" component="div">
                    {t('manage.form.serves', {
                      models: `${testResult.models.slice(0, 10).join(', ')}${
                        testResult.models.length > 10 ? ', …' : ''
                      }`,
                    })}
                  </Typography>
                )}
              </Alert>
            )}
          </Box>
        )}
      </Section>

      <Divider />
      <Section title={t('manage.form.sections.prices')}>
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6} md={3}>
            {field('inputPricePer1M', t('manage.form.inputPrice'), {
              inputProps: { inputMode: 'decimal' },
            })}
          </Grid>
          <Grid item xs={12} sm={6} md={3}>
            {field('outputPricePer1M', t('manage.form.outputPrice'), {
              inputProps: { inputMode: 'decimal' },
            })}
          </Grid>
          <Grid item xs={12} sm={6} md={3}>
            {field('contextWindow', t('manage.form.contextWindow'), {
              inputProps: { inputMode: 'numeric' },
            })}
          </Grid>
          <Grid item xs={12} sm={6} md={3}>
            {field('maxOutputTokens', t('manage.form.maxOutput'), {
              inputProps: { inputMode: 'numeric' },
            })}
          </Grid>
          <Grid item xs={12} sm={4}>
            {field('mode', t('manage.form.mode'), {
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
            {field('tpm', t('manage.form.tpm'), {
              inputProps: { inputMode: 'numeric' },
              helperText: t('manage.form.tpmHelp'),
            })}
          </Grid>
          <Grid item xs={12} sm={4}>
            {field('rpm', t('manage.form.rpm'), {
              inputProps: { inputMode: 'numeric' },
              helperText: t('manage.form.rpmHelp'),
            })}
          </Grid>
        </Grid>
        <FormControl component="fieldset" disabled={policyOnly}>
          <FormLabel component="legend">
            {t('manage.form.capabilities')}
          </FormLabel>
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
                label={capabilityName(c.id)}
              />
            ))}
          </FormGroup>
        </FormControl>
      </Section>

      <Divider />
      <Section title={t('manage.form.sections.access')}>
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6}>
            <TextField
              id="litemaas-model-accessPolicy"
              select
              SelectProps={{ native: true }}
              InputLabelProps={{ shrink: true }}
              label={t('manage.form.accessPolicy')}
              value={values.accessPolicy}
              onChange={set('accessPolicy')}
              helperText={policyText.explanation(values.accessPolicy)}
              variant="outlined"
              size="small"
              fullWidth
            >
              {ACCESS_POLICIES.map(p => (
                <option key={p} value={p}>
                  {policyText.label(p)}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={12} sm={6}>
            <TextField
              id="litemaas-model-ownerRef"
              label={t('manage.form.owner')}
              placeholder="group:default/ml-platform"
              value={values.ownerRef}
              onChange={set('ownerRef')}
              onBlur={touch('ownerRef')}
              error={Boolean(errors.ownerRef && shown('ownerRef'))}
              helperText={
                (shown('ownerRef') as string | undefined) ??
                t('manage.form.ownerHelp')
              }
              variant="outlined"
              size="small"
              fullWidth
            />
          </Grid>
          {restricting && (
            <Grid item xs={12}>
              <Alert severity="warning">
                {t('manage.form.restrictWarning')}
              </Alert>
            </Grid>
          )}
          <Grid item xs={12}>
            <TextField
              id="litemaas-model-description"
              label={t('manage.form.description')}
              value={values.description}
              onChange={set('description')}
              helperText={t('manage.form.descriptionHelp')}
              multiline
              minRows={2}
              variant="outlined"
              size="small"
              fullWidth
              inputProps={{ maxLength: 4000 }}
            />
          </Grid>
          <Grid item xs={12} sm={6}>
            <TextField
              id="litemaas-model-maxGrantDays"
              label={t('manage.form.maxGrantDays')}
              value={values.maxGrantDays}
              onChange={set('maxGrantDays')}
              onBlur={touch('maxGrantDays')}
              error={Boolean(shown('maxGrantDays'))}
              helperText={
                (shown('maxGrantDays') as string | undefined) ??
                t('manage.form.maxGrantDaysHelp')
              }
              inputProps={{ inputMode: 'numeric' }}
              variant="outlined"
              size="small"
              fullWidth
            />
          </Grid>
          {shortening && maxGrantDays !== undefined && (
            <Grid item xs={12}>
              <Alert severity="warning">
                {t('manage.form.maxGrantWarning', {
                  days: format.count(maxGrantDays),
                })}
              </Alert>
            </Grid>
          )}
        </Grid>
        <Box mt={2} mb={1}>
          <Typography variant="subtitle2">
            {t('manage.form.defaultLimits')}
          </Typography>
          <Typography variant="caption" color="textSecondary">
            {t('manage.form.defaultLimitsHelp')}
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
          {errorCount === 1
            ? t('manage.form.fixOne')
            : t('manage.form.fixMany', { n: format.count(errorCount) })}
        </DialogErrorAlert>
      )}
    </FormDialogContent>
  );
}
