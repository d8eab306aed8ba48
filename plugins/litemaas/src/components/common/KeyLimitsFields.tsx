import { ChangeEvent, useEffect, useMemo, useState } from 'react';
import {
  durationSeconds,
  KeyLimits,
} from '@litemaas/backstage-plugin-litemaas-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { LocaleFormat } from '../localeFormat';
import { KeysText, KeysWords, useKeysWords } from './keysText';
import { parseAmount, parseDuration, parseWholeNumber } from './LimitsFields';

/** The single-valued limits of a key, in the order the form shows them. */
export type KeyLimitField =
  | 'maxBudget'
  | 'budgetDuration'
  | 'softBudget'
  | 'tpm'
  | 'rpm'
  | 'maxParallelRequests';

/** Key limits as typed: strings, so half-typed numbers survive re-renders. */
export type KeyLimitsInput = Record<KeyLimitField, string> & {
  /** Per-model values by model name. */
  modelTpm: Record<string, string>;
  modelRpm: Record<string, string>;
};

export type KeyLimitsErrors = Partial<Record<KeyLimitField, string>> & {
  modelTpm?: Record<string, string>;
  modelRpm?: Record<string, string>;
};

interface FieldSpec {
  field: KeyLimitField;
  label: string;
  kind: 'amount' | 'whole' | 'duration';
  format(value: number | string): string;
  hint?: string;
}

/** The fields, labelled and formatted in the language of `t` and `format`. */
function fieldSpecs(t: KeysText, format: LocaleFormat): FieldSpec[] {
  return [
    {
      field: 'maxBudget',
      label: t('keys.limits.maxBudget'),
      kind: 'amount',
      format: v => format.usd(Number(v)),
      hint: t('keys.limits.maxBudgetHint'),
    },
    {
      field: 'budgetDuration',
      label: t('keys.limits.budgetPeriod'),
      kind: 'duration',
      format: v => format.duration(String(v)),
      hint: t('keys.limits.budgetPeriodHint'),
    },
    {
      field: 'softBudget',
      label: t('keys.limits.softBudget'),
      kind: 'amount',
      format: v => format.usd(Number(v)),
      hint: t('keys.limits.softBudgetHint'),
    },
    {
      field: 'tpm',
      label: t('keys.limits.tpm'),
      kind: 'whole',
      format: v => format.tokens(Number(v)),
    },
    {
      field: 'rpm',
      label: t('keys.limits.rpm'),
      kind: 'whole',
      format: v => format.count(Number(v)),
    },
    {
      field: 'maxParallelRequests',
      label: t('keys.limits.maxParallel'),
      kind: 'whole',
      format: v => format.count(Number(v)),
    },
  ];
}

/** The single-valued fields, in the order {@link fieldSpecs} gives them. */
const FIELD_NAMES: KeyLimitField[] = [
  'maxBudget',
  'budgetDuration',
  'softBudget',
  'tpm',
  'rpm',
  'maxParallelRequests',
];

/** The keyboard phones show for each kind of field. */
const INPUT_MODES: Record<FieldSpec['kind'], 'numeric' | 'decimal' | 'text'> = {
  whole: 'numeric',
  amount: 'decimal',
  duration: 'text',
};

export const EMPTY_KEY_LIMITS: KeyLimitsInput = {
  maxBudget: '',
  budgetDuration: '',
  softBudget: '',
  tpm: '',
  rpm: '',
  maxParallelRequests: '',
  modelTpm: {},
  modelRpm: {},
};

const toStrings = (values?: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(values ?? {}).map(([k, v]) => [k, String(v)]),
  );

export function keyLimitsToInput(limits?: KeyLimits): KeyLimitsInput {
  const input: KeyLimitsInput = {
    ...EMPTY_KEY_LIMITS,
    modelTpm: toStrings(limits?.modelTpm),
    modelRpm: toStrings(limits?.modelRpm),
  };
  for (const field of FIELD_NAMES) {
    const value = limits?.[field];
    if (value !== undefined) input[field] = String(value);
  }
  return input;
}

/**
 * Only the limits that were filled in, and what is wrong with the rest:
 * numbers, maximums, and per-model limits for the key's models only.
 */
export function parseKeyLimits(
  input: KeyLimitsInput,
  options: {
    /** The messages' language ({@link useKeysWords}). */
    words: KeysWords;
    maximums?: KeyLimits;
    models?: string[];
    /** Per-model maximums (the owner's grants). */
    perModel?: PerModelLimits;
    /** The shortest budget period allowed (the grants'). */
    minBudgetDuration?: string;
  },
): { limits: KeyLimits; errors: KeyLimitsErrors; valid: boolean } {
  const limits: KeyLimits = {};
  const errors: KeyLimitsErrors = {};
  const maximums = options.maximums ?? {};
  const { words } = options;
  const { t, format } = words;
  for (const spec of fieldSpecs(t, format)) {
    const text = input[spec.field];
    if (spec.kind === 'duration') {
      const duration = parseDuration(text, words);
      if (typeof duration === 'object') errors.budgetDuration = duration.error;
      else if (duration !== undefined) limits.budgetDuration = duration;
      continue;
    }
    const parsed =
      spec.kind === 'whole'
        ? parseWholeNumber(text, words)
        : parseAmount(text, words);
    if (typeof parsed === 'string') {
      errors[spec.field] = parsed;
      continue;
    }
    if (parsed === undefined) continue;
    const max = maximums[spec.field] as number | undefined;
    if (max !== undefined && parsed > max) {
      errors[spec.field] = t('keys.limits.overMax', {
        value: spec.format(max),
      });
      continue;
    }
    (limits as Record<string, unknown>)[spec.field] = parsed;
  }
  if (
    limits.softBudget !== undefined &&
    limits.maxBudget !== undefined &&
    limits.softBudget > limits.maxBudget
  ) {
    errors.softBudget = t('keys.limits.softOverMax');
  }

  const minPeriod = options.minBudgetDuration;
  if (
    minPeriod &&
    limits.budgetDuration &&
    (durationSeconds(limits.budgetDuration) ?? 0) <
      (durationSeconds(minPeriod) ?? 0)
  ) {
    errors.budgetDuration = t('keys.limits.atLeastGrantPeriod', {
      period: format.duration(minPeriod),
    });
  }

  for (const field of ['modelTpm', 'modelRpm'] as const) {
    const values: Record<string, number> = {};
    const fieldErrors: Record<string, string> = {};
    // Limits of models no longer chosen are dropped: the backend refuses them.
    for (const model of options.models ?? []) {
      const parsed = parseWholeNumber(input[field][model] ?? '', words);
      const max = options.perModel?.[field][model];
      if (typeof parsed === 'string') fieldErrors[model] = parsed;
      else if (parsed !== undefined && max !== undefined && parsed > max) {
        fieldErrors[model] = t('keys.limits.overGrant', {
          value: format.tokens(max),
        });
      } else if (parsed !== undefined) values[model] = parsed;
    }
    if (Object.keys(values).length) limits[field] = values;
    if (Object.keys(fieldErrors).length) errors[field] = fieldErrors;
  }

  return { limits, errors, valid: Object.keys(errors).length === 0 };
}

export function hasKeyLimits(limits: KeyLimits): boolean {
  return Object.values(limits).some(v => v !== undefined);
}

/** Per-model limits by model: a grant's, shown as defaults and maximums. */
export interface PerModelLimits {
  modelTpm: Record<string, number>;
  modelRpm: Record<string, number>;
}

/** The limits a key may set for each of its models, in the order shown. */
const PER_MODEL_FIELDS = [
  { field: 'modelTpm', label: 'TPM', idPart: 'tpm' },
  { field: 'modelRpm', label: 'RPM', idPart: 'rpm' },
] as const;

/**
 * The limits of a key: budget, period, soft budget, TPM, RPM, parallel
 * requests, and (with `models`) per-model TPM and RPM. Defaults show as
 * placeholders, maximums beside the fields.
 */
export function KeyLimitsFields(props: {
  idPrefix: string;
  value: KeyLimitsInput;
  onChange(value: KeyLimitsInput): void;
  errors?: KeyLimitsErrors;
  /** What a blank field gets. */
  defaults?: KeyLimits;
  /** The most a field may be. */
  maximums?: KeyLimits;
  /** The key's models: shows the per-model section when given. */
  models?: string[];
  /** Per-model defaults and maximums: the owner's grants. */
  perModel?: PerModelLimits;
  /** Only these fields, e.g. the budget ones for a team (default: all). */
  fields?: KeyLimitField[];
  disabled?: boolean;
}) {
  const { idPrefix, value, onChange, errors = {} } = props;
  const { t, format } = useKeysWords();
  const specs = useMemo(() => fieldSpecs(t, format), [t, format]);
  const defaults = props.defaults ?? {};
  const maximums = props.maximums ?? {};
  const set =
    (field: KeyLimitField) => (event: ChangeEvent<HTMLInputElement>) =>
      onChange({ ...value, [field]: event.target.value });
  const setModel =
    (field: 'modelTpm' | 'modelRpm', model: string) =>
    (event: ChangeEvent<HTMLInputElement>) =>
      onChange({
        ...value,
        [field]: { ...value[field], [model]: event.target.value },
      });
  // Opens when the grants set per-model limits: they are the defaults.
  const anyGranted = Object.values(props.perModel ?? {}).some(
    values => Object.keys(values).length > 0,
  );
  const [perModelOpen, setPerModelOpen] = useState(false);
  useEffect(() => {
    if (anyGranted) setPerModelOpen(true);
  }, [anyGranted]);
  const perModelCount = (props.models ?? []).filter(
    m => value.modelTpm[m]?.trim() || value.modelRpm[m]?.trim(),
  ).length;

  return (
    <>
      <Grid container spacing={2}>
        {specs
          .filter(spec => !props.fields || props.fields.includes(spec.field))
          .map(spec => {
            const fallback = defaults[spec.field];
            const max = maximums[spec.field];
            const hint = [
              max !== undefined
                ? t('keys.limits.max', { value: spec.format(max as number) })
                : undefined,
              spec.hint,
            ]
              .filter(Boolean)
              .join(' · ');
            return (
              <Grid item xs={12} sm={6} md={4} key={spec.field}>
                <TextField
                  id={`${idPrefix}-${spec.field}`}
                  label={spec.label}
                  value={value[spec.field]}
                  onChange={set(spec.field)}
                  placeholder={
                    fallback !== undefined ? String(fallback) : undefined
                  }
                  InputLabelProps={
                    fallback !== undefined ? { shrink: true } : undefined
                  }
                  error={Boolean(errors[spec.field])}
                  helperText={errors[spec.field] ?? (hint || ' ')}
                  inputProps={{ inputMode: INPUT_MODES[spec.kind] }}
                  disabled={props.disabled}
                  variant="outlined"
                  size="small"
                  fullWidth
                />
              </Grid>
            );
          })}
      </Grid>
      {props.models && (
        <Accordion
          variant="outlined"
          expanded={perModelOpen}
          onChange={(_, expanded) => setPerModelOpen(expanded)}
          TransitionProps={{ unmountOnExit: true }}
          style={{ marginTop: 8 }}
        >
          <AccordionSummary
            expandIcon={<ExpandMoreIcon />}
            aria-controls={`${idPrefix}-per-model`}
            id={`${idPrefix}-per-model-header`}
          >
            <Typography variant="body2">
              {perModelCount > 0
                ? t('keys.limits.perModelSet', {
                    n: format.count(perModelCount),
                  })
                : t('keys.limits.perModel')}
            </Typography>
          </AccordionSummary>
          <AccordionDetails id={`${idPrefix}-per-model`}>
            {props.models.length === 0 ? (
              <Typography variant="body2" color="textSecondary">
                {t('keys.limits.chooseModelsFirst')}
              </Typography>
            ) : (
              <Box width="100%">
                <Typography
                  variant="caption"
                  color="textSecondary"
                  component="p"
                  gutterBottom
                >
                  {t('keys.limits.perModelHelp')}
                </Typography>
                {props.models.map(model => (
                  <Grid container spacing={2} key={model} alignItems="center">
                    <Grid item xs={12} sm={4}>
                      <Typography variant="body2">
                        <strong>{model}</strong>
                      </Typography>
                    </Grid>
                    {PER_MODEL_FIELDS.map(({ field, label, idPart }) => {
                      const granted = props.perModel?.[field][model];
                      return (
                        <Grid item xs={6} sm={4} key={field}>
                          <TextField
                            id={`${idPrefix}-${idPart}-${model}`}
                            label={label}
                            value={value[field][model] ?? ''}
                            onChange={setModel(field, model)}
                            placeholder={
                              granted !== undefined
                                ? String(granted)
                                : undefined
                            }
                            InputLabelProps={
                              granted !== undefined
                                ? { shrink: true }
                                : undefined
                            }
                            error={Boolean(errors[field]?.[model])}
                            helperText={
                              errors[field]?.[model] ??
                              (granted !== undefined
                                ? t('keys.limits.maxOfGrant', {
                                    value: format.tokens(granted),
                                  })
                                : ' ')
                            }
                            inputProps={{
                              inputMode: 'numeric',
                              'aria-label': t('keys.limits.perModelField', {
                                limit: label,
                                model,
                              }),
                            }}
                            disabled={props.disabled}
                            variant="outlined"
                            size="small"
                            fullWidth
                          />
                        </Grid>
                      );
                    })}
                  </Grid>
                ))}
              </Box>
            )}
          </AccordionDetails>
        </Accordion>
      )}
    </>
  );
}
