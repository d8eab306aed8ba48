import { ReactNode, useCallback, useMemo } from 'react';
import { Link } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  AccessLimits,
  grantCaps,
  KeyLimits,
  KeyPolicySettings,
} from '@litemaas/backstage-plugin-litemaas-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { litemaasApiRef } from '../../api';
import { formatEntityRef } from '../format';
import { KeysWords, richText, slot, useKeysWords } from './keysText';

const lower = (text: string) => text.toLocaleLowerCase('en-US');
const DAY_MS = 24 * 3600 * 1000;

/**
 * The models the caller and each of their teams hold a grant for: a key may
 * only carry models its owner may use.
 */
export function useGrantedModels() {
  const api = useApi(litemaasApiRef);
  const state = useAsync(
    () => api.listAccessRequests({ scope: 'mine', status: ['granted'] }),
    [api],
  );
  const bySubject = useMemo(() => {
    const map = new Map<string, Map<string, AccessLimits>>();
    for (const grant of state.value?.items ?? []) {
      if (grant.status !== 'granted') continue;
      const key = lower(grant.subjectRef);
      if (!map.has(key)) map.set(key, new Map());
      map.get(key)!.set(grant.modelName, grant.limits);
    }
    return map;
  }, [state.value]);
  const modelsFor = useCallback(
    (subjectRef: string) =>
      [...(bySubject.get(lower(subjectRef))?.keys() ?? [])].sort((a, b) =>
        a.localeCompare(b),
      ),
    [bySubject],
  );
  /** The limits of the owner's grant of each model. */
  const limitsFor = useCallback(
    (subjectRef: string): ReadonlyMap<string, AccessLimits> =>
      bySubject.get(lower(subjectRef)) ?? new Map(),
    [bySubject],
  );
  return { loading: state.loading, error: state.error, modelsFor, limitsFor };
}

/**
 * The defaults and maximums a key form shows: the key settings' and the
 * owner's grants', the tighter of the two. A key's budget is at most the
 * smallest of its models' grants, per model TPM and RPM at most the
 * model's grant; blank fields get them.
 */
export function keyFormLimits(
  kind: { defaults: KeyLimits; maximums: KeyLimits } | undefined,
  models: string[],
  grants: ReadonlyMap<string, AccessLimits>,
) {
  const caps = grantCaps(models, grants);
  const defaults: KeyLimits = { ...(kind?.defaults ?? {}) };
  const maximums: KeyLimits = { ...(kind?.maximums ?? {}) };
  if (caps.maxBudget) {
    const cap = caps.maxBudget.value;
    maximums.maxBudget = Math.min(maximums.maxBudget ?? cap, cap);
    defaults.maxBudget = Math.min(defaults.maxBudget ?? cap, cap);
  }
  if (caps.budgetDuration && defaults.budgetDuration === undefined) {
    defaults.budgetDuration = caps.budgetDuration.value;
  }
  return {
    defaults,
    maximums,
    perModel: { modelTpm: caps.modelTpm, modelRpm: caps.modelRpm },
    /** The shortest period the key's budget may reset on, if any. */
    minBudgetDuration: caps.budgetDuration?.value,
    budgetForGood: Boolean(caps.budgetForGood),
  };
}

/** Defaults and maximums for keys; everyone may read them. */
export function useKeySettings() {
  const api = useApi(litemaasApiRef);
  return useAsync(() => api.getKeyFormSettings(), [api]);
}

/** The caller and the teams they may make keys for. */
export function useKeyOwners() {
  const identityApi = useApi(identityApiRef);
  const identity = useAsync(
    () => identityApi.getBackstageIdentity(),
    [identityApi],
  );
  const teams = useMemo(
    () =>
      (identity.value?.ownershipEntityRefs ?? [])
        .filter(ref => lower(ref).startsWith('group:'))
        .sort((a, b) => formatEntityRef(a).localeCompare(formatEntityRef(b))),
    [identity.value],
  );
  return {
    loading: identity.loading,
    userRef: identity.value?.userEntityRef,
    teams,
  };
}

export function isTeamRef(ref: string): boolean {
  return lower(ref).startsWith('group:');
}

/** The settings that apply to a key of this owner. */
export function settingsFor(
  settings: KeyPolicySettings | undefined,
  ownerRef: string,
) {
  if (!settings) return undefined;
  return isTeamRef(ownerRef) ? settings.team : settings.user;
}

/** Checkboxes for the models a key may call. */
export function ModelPicker(props: {
  id: string;
  options: string[];
  value: string[];
  onChange(value: string[]): void;
  error?: string;
  helperText?: string;
  /** Shown instead of the list when there is nothing to choose from. */
  empty: ReactNode;
  /** Chosen models the owner lost access to: shown, to be unticked. */
  notGranted?: string[];
  disabled?: boolean;
}) {
  const { options, value, onChange } = props;
  const { t } = useKeysWords();
  const notGranted = props.notGranted ?? [];
  const all = [...options, ...notGranted.filter(m => !options.includes(m))];
  if (all.length === 0) return <>{props.empty}</>;
  const toggle = (model: string) =>
    onChange(
      value.includes(model)
        ? value.filter(m => m !== model)
        : // Keeps the list order, so the first model is predictable.
          all.filter(m => m === model || value.includes(m)),
    );
  return (
    <FormControl
      component="fieldset"
      error={Boolean(props.error)}
      margin="dense"
      fullWidth
      disabled={props.disabled}
    >
      <FormLabel component="legend" id={`${props.id}-label`}>
        {t('keys.form.models')}
      </FormLabel>
      <FormGroup row>
        {all.map(model => {
          const lost = notGranted.includes(model);
          return (
            <FormControlLabel
              key={model}
              control={
                <Checkbox
                  color="primary"
                  checked={value.includes(model)}
                  onChange={() => toggle(model)}
                  disabled={lost && !value.includes(model)}
                />
              }
              label={lost ? t('keys.form.noAccessAnyMore', { model }) : model}
            />
          );
        })}
      </FormGroup>
      <FormHelperText>{props.error ?? props.helperText ?? ' '}</FormHelperText>
    </FormControl>
  );
}

/**
 * What is wrong with a key's name, if anything; in the language of `words`
 * ({@link useKeysWords}).
 */
export function keyNameError(
  name: string,
  words: KeysWords,
): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return words.t('keys.form.nameRequired');
  if (trimmed.length > 100) return words.t('keys.form.nameTooLong');
  return undefined;
}

/** 'keep', 'never', 'date' or a number of days. */
export type ExpiryChoice = string;

const PRESET_DAYS = [30, 60, 90, 180, 365];

/**
 * The expiry part of a key body, or what is wrong with it. Dates mean the
 * end of that day, local time. Errors in the language of `words`.
 */
export function expiryOf(
  choice: ExpiryChoice,
  date: string,
  maxExpiresInDays: number | undefined,
  // undefined: today.
  now: Date = new Date(),
  words: KeysWords,
): {
  value?: { expiresInDays?: number | 'never'; expiresAt?: string };
  error?: string;
} {
  const { t, format } = words;
  if (choice === 'keep') return { value: {} };
  if (choice === 'never') return { value: { expiresInDays: 'never' } };
  if (choice === 'date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      return { error: t('keys.expiry.pickDate') };
    }
    const at = new Date(`${date}T23:59:59`);
    if (Number.isNaN(at.getTime())) return { error: t('keys.expiry.pickDate') };
    if (at.getTime() <= now.getTime()) {
      return { error: t('keys.expiry.pickFutureDate') };
    }
    if (
      maxExpiresInDays !== undefined &&
      at.getTime() - now.getTime() > maxExpiresInDays * DAY_MS
    ) {
      return {
        error: t('keys.expiry.atMostDaysFromToday', {
          days: format.count(maxExpiresInDays),
        }),
      };
    }
    return { value: { expiresAt: at.toISOString() } };
  }
  return { value: { expiresInDays: Number(choice) } };
}

function isoDay(at: Date) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * When the key stops working: preset days, a date, or never (only where the
 * admins allow it).
 */
export function ExpiryField(props: {
  idPrefix: string;
  choice: ExpiryChoice;
  onChoiceChange(choice: ExpiryChoice): void;
  date: string;
  onDateChange(date: string): void;
  settings?: Pick<KeyPolicySettings, 'maxExpiresInDays' | 'allowNeverExpires'>;
  defaultDays?: number;
  /** Offers "keep" first, labelled so (editing a key). */
  keepLabel?: string;
  error?: string;
  disabled?: boolean;
}) {
  const { settings, defaultDays } = props;
  const { t, format } = useKeysWords();
  const max = settings?.maxExpiresInDays;
  const days = [
    ...new Set([
      ...PRESET_DAYS,
      ...(defaultDays !== undefined ? [defaultDays] : []),
    ]),
  ]
    .filter(d => max === undefined || d <= max)
    .sort((a, b) => a - b);
  const today = new Date();
  const tomorrow = new Date(today.getTime() + DAY_MS);
  const latest =
    max !== undefined ? new Date(today.getTime() + max * DAY_MS) : undefined;
  let expiryHint =
    max !== undefined
      ? t('keys.expiry.atMostDays', { days: format.count(max) })
      : ' ';
  if (props.choice === 'never') {
    expiryHint = t('keys.expiry.neverHint');
  }

  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={6}>
        <TextField
          id={`${props.idPrefix}-expiry`}
          select
          SelectProps={{ native: true }}
          label={t('keys.expiry.label')}
          value={props.choice}
          onChange={e => props.onChoiceChange(e.target.value)}
          helperText={expiryHint}
          disabled={props.disabled}
          variant="outlined"
          size="small"
          fullWidth
        >
          {props.keepLabel && <option value="keep">{props.keepLabel}</option>}
          {days.map(d => (
            <option key={d} value={String(d)}>
              {t(
                d === defaultDays
                  ? 'keys.expiry.inDaysDefault'
                  : 'keys.expiry.inDays',
                { days: format.count(d) },
              )}
            </option>
          ))}
          <option value="date">{t('keys.expiry.onDate')}</option>
          {settings?.allowNeverExpires && (
            <option value="never">{t('keys.expiry.never')}</option>
          )}
        </TextField>
      </Grid>
      {props.choice === 'date' && (
        <Grid item xs={12} sm={6}>
          <TextField
            id={`${props.idPrefix}-expiry-date`}
            type="date"
            label={t('keys.expiry.date')}
            value={props.date}
            onChange={e => props.onDateChange(e.target.value)}
            error={Boolean(props.error)}
            helperText={props.error ?? t('keys.expiry.endOfDay')}
            InputLabelProps={{ shrink: true }}
            inputProps={{
              min: isoDay(tomorrow),
              ...(latest && { max: isoDay(latest) }),
            }}
            disabled={props.disabled}
            variant="outlined"
            size="small"
            fullWidth
          />
        </Grid>
      )}
    </Grid>
  );
}

/** Says a key needs a grant first, with the way to get one. */
export function NoGrantsMessage(props: {
  /** A team's name; the caller when absent. */
  team?: string;
  modelsPath: string;
}) {
  const { t } = useKeysWords();
  return (
    <Alert severity="info" style={{ marginTop: 8, marginBottom: 8 }}>
      {props.team
        ? t('keys.noGrants.team', { team: props.team })
        : t('keys.noGrants.you')}{' '}
      {richText(t('keys.noGrants.next', { link: slot('link') }), {
        link: <Link to={props.modelsPath}>{t('keys.noGrants.link')}</Link>,
      })}
    </Alert>
  );
}
