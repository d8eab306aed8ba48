import { ChangeEvent } from 'react';
import { AccessLimits } from '@litemaas/backstage-plugin-litemaas-common';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { KeysWords, useKeysWords } from './keysText';

export type { KeysText, KeysWords } from './keysText';
export { useKeysWords } from './keysText';

/** Limits as typed: strings, so half-typed numbers survive re-renders. */
export interface LimitsInput {
  tpm: string;
  rpm: string;
  maxBudget: string;
  budgetDuration: string;
}

export type LimitsErrors = Partial<Record<keyof LimitsInput, string>>;

export const EMPTY_LIMITS: LimitsInput = {
  tpm: '',
  rpm: '',
  maxBudget: '',
  budgetDuration: '',
};

export function limitsToInput(limits?: AccessLimits): LimitsInput {
  return {
    tpm: limits?.tpm?.toString() ?? '',
    rpm: limits?.rpm?.toString() ?? '',
    maxBudget: limits?.maxBudget?.toString() ?? '',
    budgetDuration: limits?.budgetDuration ?? '',
  };
}

/**
 * A whole number of 0 or more, or an error message in the language of
 * `words` ({@link useKeysWords}).
 */
export function parseWholeNumber(
  text: string,
  words: KeysWords,
): number | string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (!/^\d+$/.test(trimmed)) return words.t('keys.limits.wholeNumber');
  return Number(trimmed);
}

/** A decimal of 0 or more, or an error message (see parseWholeNumber). */
export function parseAmount(
  text: string,
  words: KeysWords,
): number | string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < 0)
    return words.t('keys.limits.amount');
  return value;
}

/** A LiteLLM duration (7d, 30d, 1mo, ...), or an error message. */
export function parseDuration(
  text: string,
  words: KeysWords,
): string | { error: string } | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return /^\d+(s|m|h|d|w|mo)$/.test(trimmed)
    ? trimmed
    : { error: words.t('keys.limits.duration') };
}

/**
 * Only the limits that were filled in, and what is wrong with the rest;
 * the messages in the language of `words`.
 */
export function parseLimits(
  input: LimitsInput,
  words: KeysWords,
): {
  limits: AccessLimits;
  errors: LimitsErrors;
} {
  const limits: AccessLimits = {};
  const errors: LimitsErrors = {};
  const tpm = parseWholeNumber(input.tpm, words);
  if (typeof tpm === 'string') errors.tpm = tpm;
  else if (tpm !== undefined) limits.tpm = tpm;
  const rpm = parseWholeNumber(input.rpm, words);
  if (typeof rpm === 'string') errors.rpm = rpm;
  else if (rpm !== undefined) limits.rpm = rpm;
  const budget = parseAmount(input.maxBudget, words);
  if (typeof budget === 'string') errors.maxBudget = budget;
  else if (budget !== undefined) limits.maxBudget = budget;
  const duration = parseDuration(input.budgetDuration, words);
  if (typeof duration === 'object') errors.budgetDuration = duration.error;
  else if (duration !== undefined) limits.budgetDuration = duration;
  return { limits, errors };
}

export function hasLimits(limits: AccessLimits): boolean {
  return Object.values(limits).some(v => v !== undefined);
}

/**
 * TPM, RPM, budget and budget period. `fallback` shows what applies when a
 * field is left blank.
 */
export function LimitsFields(props: {
  idPrefix: string;
  value: LimitsInput;
  onChange(value: LimitsInput): void;
  errors?: LimitsErrors;
  fallback?: AccessLimits;
  /** Names the fallback in hints ("Default" when absent); translated. */
  fallbackLabel?: string;
  disabled?: boolean;
}) {
  const { idPrefix, value, onChange, errors = {}, fallback } = props;
  const { t, format } = useKeysWords();
  const fallbackLabel = props.fallbackLabel ?? t('keys.limits.default');
  const hint = (field: keyof LimitsInput, shown?: string, base?: string) =>
    errors[field] ??
    (shown !== undefined
      ? t('keys.limits.fallback', { label: fallbackLabel, value: shown })
      : base ?? ' ');
  const fields: Array<{
    field: keyof LimitsInput;
    id: string;
    label: string;
    shown?: string;
    base?: string;
    placeholder?: string;
    inputMode?: 'numeric' | 'decimal';
  }> = [
    {
      field: 'tpm',
      id: 'tpm',
      label: t('keys.limits.tpm'),
      shown:
        fallback?.tpm !== undefined ? format.tokens(fallback.tpm) : undefined,
      inputMode: 'numeric',
    },
    {
      field: 'rpm',
      id: 'rpm',
      label: t('keys.limits.rpm'),
      shown:
        fallback?.rpm !== undefined ? format.count(fallback.rpm) : undefined,
      inputMode: 'numeric',
    },
    {
      field: 'maxBudget',
      id: 'budget',
      label: t('keys.limits.budget'),
      shown:
        fallback?.maxBudget !== undefined
          ? format.usd(fallback.maxBudget)
          : undefined,
      inputMode: 'decimal',
    },
    {
      field: 'budgetDuration',
      id: 'period',
      label: t('keys.limits.budgetPeriod'),
      placeholder: '30d',
      shown: fallback?.budgetDuration
        ? format.duration(fallback.budgetDuration)
        : undefined,
      base: t('keys.limits.durationHint'),
    },
  ];

  return (
    <Grid container spacing={2}>
      {fields.map(f => (
        <Grid item xs={12} sm={6} key={f.field}>
          <TextField
            id={`${idPrefix}-${f.id}`}
            label={f.label}
            placeholder={f.placeholder}
            value={value[f.field]}
            onChange={(event: ChangeEvent<HTMLInputElement>) =>
              onChange({ ...value, [f.field]: event.target.value })
            }
            error={Boolean(errors[f.field])}
            helperText={hint(f.field, f.shown, f.base)}
            inputProps={f.inputMode ? { inputMode: f.inputMode } : undefined}
            disabled={props.disabled}
            variant="outlined"
            size="small"
            fullWidth
          />
        </Grid>
      ))}
    </Grid>
  );
}
