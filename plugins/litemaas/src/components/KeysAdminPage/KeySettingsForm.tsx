import { useLitemaasText } from '../../translationText';
import { ReactNode, useState } from 'react';
import { Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { KeyPolicySettings } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Divider from '@material-ui/core/Divider';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import {
  KeyLimitsErrors,
  KeyLimitsFields,
  KeyLimitsInput,
  KeysWords,
  errorMessage,
  keyLimitsToInput,
  parseKeyLimits,
  useKeysWords,
} from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { useLocaleFormat } from '../useLocaleFormat';

type Kind = 'user' | 'team';

interface KindInput {
  defaults: KeyLimitsInput;
  maximums: KeyLimitsInput;
  defaultExpiresInDays: string;
}

/** The settings as typed. */
interface SettingsInput {
  user: KindInput;
  team: KindInput;
  maxActiveKeysPerSubject: string;
  maxExpiresInDays: string;
  allowNeverExpires: boolean;
}

interface SettingsErrors {
  maxActiveKeysPerSubject?: string;
  maxExpiresInDays?: string;
  user: { defaults: KeyLimitsErrors; maximums: KeyLimitsErrors; days?: string };
  team: { defaults: KeyLimitsErrors; maximums: KeyLimitsErrors; days?: string };
}

function toInput(settings: KeyPolicySettings): SettingsInput {
  const kind = (k: KeyPolicySettings[Kind]): KindInput => ({
    defaults: keyLimitsToInput(k.defaults),
    maximums: keyLimitsToInput(k.maximums),
    defaultExpiresInDays: String(k.defaultExpiresInDays),
  });
  return {
    user: kind(settings.user),
    team: kind(settings.team),
    maxActiveKeysPerSubject: String(settings.maxActiveKeysPerSubject),
    maxExpiresInDays: String(settings.maxExpiresInDays),
    allowNeverExpires: settings.allowNeverExpires,
  };
}

/** The form's own error messages, in the reader's language. */
export interface SettingsMessages {
  /** For a field that needs a whole number, 1 or more. */
  wholeNumber: string;
  /** For a default expiry longer than the longest allowed (in days). */
  atMostLongest(days: number): string;
}

function positiveWhole(
  text: string,
  messages: SettingsMessages,
): number | string {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < 1) {
    return messages.wholeNumber;
  }
  return Number(trimmed);
}

/**
 * Checks the form: whole numbers where needed, every default within its
 * maximum, the default expiry within the longest allowed. The limits'
 * messages are in the language of `words`.
 */
export function parseSettings(
  input: SettingsInput,
  messages: SettingsMessages,
  words: KeysWords,
): {
  settings?: KeyPolicySettings;
  errors: SettingsErrors;
} {
  const maxActive = positiveWhole(input.maxActiveKeysPerSubject, messages);
  const maxDays = positiveWhole(input.maxExpiresInDays, messages);
  const errors: SettingsErrors = {
    user: { defaults: {}, maximums: {} },
    team: { defaults: {}, maximums: {} },
  };
  if (typeof maxActive === 'string') errors.maxActiveKeysPerSubject = maxActive;
  if (typeof maxDays === 'string') errors.maxExpiresInDays = maxDays;

  let valid = typeof maxActive === 'number' && typeof maxDays === 'number';
  const kind = (k: Kind): KeyPolicySettings[Kind] => {
    const maximums = parseKeyLimits(input[k].maximums, { words });
    const defaults = parseKeyLimits(input[k].defaults, {
      maximums: maximums.limits,
      words,
    });
    let days = positiveWhole(input[k].defaultExpiresInDays, messages);
    if (
      typeof days === 'number' &&
      typeof maxDays === 'number' &&
      days > maxDays
    ) {
      days = messages.atMostLongest(maxDays);
    }
    errors[k] = {
      defaults: defaults.errors,
      maximums: maximums.errors,
      days: typeof days === 'string' ? days : undefined,
    };
    valid = valid && defaults.valid && maximums.valid && !errors[k].days;
    return {
      defaults: defaults.limits,
      maximums: maximums.limits,
      defaultExpiresInDays: typeof days === 'number' ? days : 0,
    };
  };
  const user = kind('user');
  const team = kind('team');
  if (!valid) return { errors };
  return {
    errors,
    settings: {
      user,
      team,
      maxActiveKeysPerSubject: maxActive as number,
      maxExpiresInDays: maxDays as number,
      allowNeverExpires: input.allowNeverExpires,
    },
  };
}

/** A titled set of fields; its accessible name says which kind of key. */
function Group(props: { label: string; title: string; children: ReactNode }) {
  return (
    <Box role="group" aria-label={props.label} mt={2}>
      <Typography variant="subtitle2" component="h4" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

/** A setting that takes a whole number; an error replaces the hint. */
function WholeNumberField(props: {
  id: string;
  label: string;
  value: string;
  onChange(text: string): void;
  error?: string;
  hint?: string;
}) {
  return (
    <TextField
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      error={Boolean(props.error)}
      // A blank helper still keeps the field's height steady.
      helperText={props.error ?? props.hint ?? ' '}
      inputProps={{ inputMode: 'numeric' }}
      variant="outlined"
      size="small"
      fullWidth
    />
  );
}

/** Defaults and maximums for new keys, for people and for teams. */
export function KeySettingsForm() {
  const api = useApi(litemaasApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getKeySettings(),
    [api],
  );
  if (loading && !value) return <Progress />;
  if (error && !value) {
    return <ErrorWithRetry error={error} onRetry={retry} />;
  }
  if (!value) return null;
  return <SettingsEditor initial={value} />;
}

function SettingsEditor(props: { initial: KeyPolicySettings }) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const words = useKeysWords();
  const [saved, setSaved] = useState(() => toInput(props.initial));
  const [input, setInput] = useState(saved);
  const [saving, setSaving] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string>();
  const { settings, errors } = parseSettings(
    input,
    {
      wholeNumber: t('keysAdmin.settings.wholeNumber'),
      atMostLongest: days =>
        t('keysAdmin.settings.atMostLongest', { n: format.count(days) }),
    },
    words,
  );
  const dirty = JSON.stringify(saved) !== JSON.stringify(input);

  const setKind = (k: Kind, patch: Partial<KindInput>) =>
    setInput(current => ({ ...current, [k]: { ...current[k], ...patch } }));

  const save = async () => {
    setSubmitted(true);
    if (!settings) return;
    setSaving(true);
    setError(undefined);
    try {
      const result = await api.putKeySettings(settings);
      const next = toInput(result);
      setSaved(next);
      setInput(next);
      setSubmitted(false);
      alertApi.post({
        message: t('keysAdmin.settings.saved'),
        severity: 'success',
        display: 'transient',
      });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const kindSection = (k: Kind, title: string, explanation: string) => (
    <Box mt={3}>
      <Typography variant="h6" component="h3">
        {title}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {explanation}
      </Typography>
      <Box mt={2} maxWidth={320}>
        <WholeNumberField
          id={`litemaas-settings-${k}-days`}
          label={t('keysAdmin.settings.defaultExpiry')}
          value={input[k].defaultExpiresInDays}
          onChange={text => setKind(k, { defaultExpiresInDays: text })}
          error={errors[k].days}
        />
      </Box>
      <Group
        label={t('keysAdmin.settings.defaultsOf', { kind: title })}
        title={t('keysAdmin.settings.defaults')}
      >
        <KeyLimitsFields
          idPrefix={`litemaas-settings-${k}-defaults`}
          value={input[k].defaults}
          onChange={defaults => setKind(k, { defaults })}
          errors={errors[k].defaults}
          maximums={parseKeyLimits(input[k].maximums, { words }).limits}
        />
      </Group>
      <Group
        label={t('keysAdmin.settings.maximumsOf', { kind: title })}
        title={t('keysAdmin.settings.maximums')}
      >
        <KeyLimitsFields
          idPrefix={`litemaas-settings-${k}-maximums`}
          value={input[k].maximums}
          onChange={maximums => setKind(k, { maximums })}
          errors={errors[k].maximums}
        />
      </Group>
    </Box>
  );

  return (
    <Paper>
      <Box p={3}>
        <Typography variant="h6" component="h2">
          {t('keysAdmin.sections.settings')}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {t('keysAdmin.settings.description')}
        </Typography>

        <Grid container spacing={2} style={{ marginTop: 16 }}>
          <Grid item xs={12} sm={4}>
            <WholeNumberField
              id="litemaas-settings-max-active"
              label={t('keysAdmin.settings.maxActive')}
              value={input.maxActiveKeysPerSubject}
              onChange={text =>
                setInput(c => ({ ...c, maxActiveKeysPerSubject: text }))
              }
              error={errors.maxActiveKeysPerSubject}
              hint={t('keysAdmin.settings.maxActiveHint')}
            />
          </Grid>
          <Grid item xs={12} sm={4}>
            <WholeNumberField
              id="litemaas-settings-max-days"
              label={t('keysAdmin.settings.longest')}
              value={input.maxExpiresInDays}
              onChange={text =>
                setInput(c => ({ ...c, maxExpiresInDays: text }))
              }
              error={errors.maxExpiresInDays}
              hint={t('keysAdmin.settings.longestHint')}
            />
          </Grid>
          <Grid item xs={12} sm={4}>
            <FormControlLabel
              control={
                <Switch
                  color="primary"
                  checked={input.allowNeverExpires}
                  onChange={e =>
                    setInput(c => ({
                      ...c,
                      allowNeverExpires: e.target.checked,
                    }))
                  }
                />
              }
              label={t('keysAdmin.settings.allowNever')}
            />
          </Grid>
        </Grid>

        <Divider style={{ marginTop: 16 }} />
        {kindSection(
          'user',
          t('keysAdmin.settings.personal'),
          t('keysAdmin.settings.personalExplanation'),
        )}
        <Divider style={{ marginTop: 24 }} />
        {kindSection(
          'team',
          t('keysAdmin.settings.team'),
          t('keysAdmin.settings.teamExplanation'),
        )}

        {submitted && !settings && (
          <Box mt={2}>
            <Alert severity="error">{t('keysAdmin.settings.fixFields')}</Alert>
          </Box>
        )}
        {error && (
          <Box mt={2}>
            <Alert severity="error">{error}</Alert>
          </Box>
        )}
        <Box mt={3} display="flex" style={{ gap: 8 }}>
          <Button
            variant="contained"
            color="primary"
            onClick={save}
            disabled={saving || !dirty}
            startIcon={saving ? <CircularProgress size={16} /> : undefined}
          >
            {t('keysAdmin.settings.save')}
          </Button>
          <Button onClick={() => setInput(saved)} disabled={saving || !dirty}>
            {t('keysAdmin.settings.discard')}
          </Button>
        </Box>
      </Box>
    </Paper>
  );
}
