import { ChangeEvent, useEffect, useState } from 'react';
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
import { formatDuration, formatTokens, formatUsd } from '../format';
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

const FIELDS: FieldSpec[] = [
  {
    field: 'maxBudget',
    label: 'Max budget (USD)',
    kind: 'amount',
    format: v => formatUsd(Number(v)),
    hint: 'Requests stop when spend reaches it',
  },
  {
    field: 'budgetDuration',
    label: 'Budget period',
    kind: 'duration',
    format: v => formatDuration(String(v)),
    hint: 'e.g. 7d, 30d or 1mo; blank: never resets',
  },
  {
    field: 'softBudget',
    label: 'Soft budget (USD)',
    kind: 'amount',
    format: v => formatUsd(Number(v)),
    hint: 'An alert, requests keep working',
  },
  {
    field: 'tpm',
    label: 'Tokens per minute (TPM)',
    kind: 'whole',
    format: v => formatTokens(Number(v)),
  },
  {
    field: 'rpm',
    label: 'Requests per minute (RPM)',
    kind: 'whole',
    format: v => String(v),
  },
  {
    field: 'maxParallelRequests',
    label: 'Max parallel requests',
    kind: 'whole',
    format: v => String(v),
  },
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
  for (const { field } of FIELDS) {
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
    maximums?: KeyLimits;
    models?: string[];
    /** Per-model maximums (the owner's grants). */
    perModel?: PerModelLimits;
    /** The shortest budget period allowed (the grants'). */
    minBudgetDuration?: string;
  } = {},
): { limits: KeyLimits; errors: KeyLimitsErrors; valid: boolean } {
  const limits: KeyLimits = {};
  const errors: KeyLimitsErrors = {};
  const maximums = options.maximums ?? {};
  for (const spec of FIELDS) {
    const text = input[spec.field];
    if (spec.kind === 'duration') {
      const duration = parseDuration(text);
      if (typeof duration === 'object') errors.budgetDuration = duration.error;
      else if (duration !== undefined) limits.budgetDuration = duration;
      continue;
    }
    const parsed =
      spec.kind === 'whole' ? parseWholeNumber(text) : parseAmount(text);
    if (typeof parsed === 'string') {
      errors[spec.field] = parsed;
      continue;
    }
    if (parsed === undefined) continue;
    const max = maximums[spec.field] as number | undefined;
    if (max !== undefined && parsed > max) {
      errors[spec.field] = `Over the maximum of ${spec.format(max)}`;
      continue;
    }
    (limits as Record<string, unknown>)[spec.field] = parsed;
  }
  if (
    limits.softBudget !== undefined &&
    limits.maxBudget !== undefined &&
    limits.softBudget > limits.maxBudget
  ) {
    errors.softBudget = 'Set it below the max budget, or the alert never fires';
  }

  const minPeriod = options.minBudgetDuration;
  if (
    minPeriod &&
    limits.budgetDuration &&
    (durationSeconds(limits.budgetDuration) ?? 0) <
      (durationSeconds(minPeriod) ?? 0)
  ) {
    errors.budgetDuration = `At least ${formatDuration(
      minPeriod,
    )}, the grant's period`;
  }

  for (const field of ['modelTpm', 'modelRpm'] as const) {
    const values: Record<string, number> = {};
    const fieldErrors: Record<string, string> = {};
    // Limits of models no longer chosen are dropped: the backend refuses them.
    for (const model of options.models ?? []) {
      const parsed = parseWholeNumber(input[field][model] ?? '');
      const max = options.perModel?.[field][model];
      if (typeof parsed === 'string') fieldErrors[model] = parsed;
      else if (parsed !== undefined && max !== undefined && parsed > max) {
        fieldErrors[model] = `Over the grant's ${formatTokens(max)}`;
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

/** Fields of a limits form, for forms that list them one by one. */
export const KEY_LIMIT_FIELDS: ReadonlyArray<
  Pick<FieldSpec, 'field' | 'label' | 'format'>
> = FIELDS;

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
        {FIELDS.filter(
          spec => !props.fields || props.fields.includes(spec.field),
        ).map(spec => {
          const fallback = defaults[spec.field];
          const max = maximums[spec.field];
          const hint = [
            max !== undefined ? `Max ${spec.format(max as number)}` : undefined,
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
              Per-model limits
              {perModelCount > 0 ? ` (${perModelCount} set)` : ''}
            </Typography>
          </AccordionSummary>
          <AccordionDetails id={`${idPrefix}-per-model`}>
            {props.models.length === 0 ? (
              <Typography variant="body2" color="textSecondary">
                Choose the key's models first.
              </Typography>
            ) : (
              <Box width="100%">
                <Typography
                  variant="caption"
                  color="textSecondary"
                  component="p"
                  gutterBottom
                >
                  Tighter limits for single models, within the key's own. Blank:
                  the owner's grant of the model applies where it sets one
                  (shown in grey), else only the key's limits.
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
                                ? `Max ${formatTokens(granted)} (grant)`
                                : ' ')
                            }
                            inputProps={{
                              inputMode: 'numeric',
                              'aria-label': `${label} for ${model}`,
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
