import {
  AccessPolicy,
  LiteMaasModel,
  ModelPolicy,
  ModelRegistration,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  EMPTY_LIMITS,
  KeysWords,
  LimitsErrors,
  LimitsInput,
  limitsToInput,
  parseAmount,
  parseLimits,
  parseWholeNumber,
} from '../common';
import { splitEntityRef } from '../format';

/** LiteLLM's modes a model can be registered with. */
export const MODEL_MODES = [
  'chat',
  'completion',
  'embedding',
  'image_generation',
  'audio_transcription',
  'audio_speech',
  'rerank',
  'responses',
] as const;

/** The form as typed: strings, so partial input survives re-renders. */
export interface ModelFormValues {
  name: string;
  providerModel: string;
  apiBase: string;
  apiKey: string;
  inputPricePer1M: string;
  outputPricePer1M: string;
  contextWindow: string;
  maxOutputTokens: string;
  mode: string;
  capabilities: string[];
  tpm: string;
  rpm: string;
  accessPolicy: AccessPolicy;
  ownerRef: string;
  description: string;
  defaultLimits: LimitsInput;
  /** Days a grant lasts at most; blank for no limit. */
  maxGrantDays: string;
}

export type ModelFormErrors = Partial<
  Record<Exclude<keyof ModelFormValues, 'defaultLimits'>, string>
> & { defaultLimits?: LimitsErrors };

export const EMPTY_MODEL_FORM: ModelFormValues = {
  name: '',
  providerModel: '',
  apiBase: '',
  apiKey: '',
  inputPricePer1M: '',
  outputPricePer1M: '',
  contextWindow: '',
  maxOutputTokens: '',
  mode: 'chat',
  capabilities: [],
  tpm: '',
  rpm: '',
  // Safer by default: nobody gets a new model without a decision.
  accessPolicy: 'restricted',
  ownerRef: '',
  description: '',
  defaultLimits: EMPTY_LIMITS,
  maxGrantDays: '',
};

const text = (value?: number) => (value === undefined ? '' : String(value));

/** The form prefilled from a model; the API key is never known. */
export function formFromModel(model: LiteMaasModel): ModelFormValues {
  return {
    name: model.name,
    providerModel: model.providerModel,
    apiBase: model.apiBase ?? '',
    apiKey: '',
    inputPricePer1M: text(model.inputPricePer1M),
    outputPricePer1M: text(model.outputPricePer1M),
    contextWindow: text(model.contextWindow),
    maxOutputTokens: text(model.maxOutputTokens),
    mode: model.mode ?? 'chat',
    capabilities: [...model.capabilities],
    tpm: text(model.tpm),
    rpm: text(model.rpm),
    accessPolicy: model.accessPolicy,
    ownerRef: model.ownerRef ?? '',
    description: model.description ?? '',
    defaultLimits: limitsToInput(model.defaultLimits),
    maxGrantDays: text(model.maxGrantDays),
  };
}

/** What the form says of its own mistakes, in the reader's language. */
export interface ModelFormMessages {
  nameRequired: string;
  namePattern: string;
  providerModelRequired: string;
  providerModelPattern: string;
  apiBase: string;
  ownerRef: string;
  maxGrantDays: string;
}

// The backend's rules, checked here so mistakes show next to the field.
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
const PROVIDER_MODEL_PATTERN = /^[a-z0-9_-]+\/.+$/;
/** The longest grant the backend accepts, in days (ten years). */
export const MAX_GRANT_DAYS_LIMIT = 3650;

/**
 * Checks the form and builds the registration. In edit mode the policy
 * fields are always sent, so clearing one clears it. The longest grant
 * is not part of a registration: it comes apart, as `maxGrantDays`.
 */
export function validateModelForm(
  values: ModelFormValues,
  editing: boolean,
  messages: ModelFormMessages,
  /** The number and limit fields' messages, from useKeysWords. */
  words: KeysWords,
): {
  errors: ModelFormErrors;
  registration?: ModelRegistration;
  maxGrantDays?: number;
} {
  const errors: ModelFormErrors = {};
  const name = values.name.trim();
  const providerModel = values.providerModel.trim();

  if (!name) errors.name = messages.nameRequired;
  else if (!NAME_PATTERN.test(name)) errors.name = messages.namePattern;
  if (!providerModel) errors.providerModel = messages.providerModelRequired;
  else if (!PROVIDER_MODEL_PATTERN.test(providerModel)) {
    errors.providerModel = messages.providerModelPattern;
  }

  const apiBase = values.apiBase.trim();
  if (apiBase && !/^https?:\/\/\S+$/.test(apiBase)) {
    errors.apiBase = messages.apiBase;
  }

  const numbers: Partial<ModelRegistration> = {};
  for (const field of ['inputPricePer1M', 'outputPricePer1M'] as const) {
    const parsed = parseAmount(values[field], words);
    if (typeof parsed === 'string') errors[field] = parsed;
    else if (parsed !== undefined) numbers[field] = parsed;
  }
  for (const field of [
    'contextWindow',
    'maxOutputTokens',
    'tpm',
    'rpm',
  ] as const) {
    const parsed = parseWholeNumber(values[field], words);
    if (typeof parsed === 'string') errors[field] = parsed;
    else if (parsed !== undefined) numbers[field] = parsed;
  }

  const ownerRef = values.ownerRef.trim();
  if (
    ownerRef &&
    !splitEntityRef(ownerRef.includes(':') ? ownerRef : `group:${ownerRef}`)
  ) {
    errors.ownerRef = messages.ownerRef;
  }

  const { limits, errors: limitErrors } = parseLimits(
    values.defaultLimits,
    words,
  );
  if (Object.keys(limitErrors).length) errors.defaultLimits = limitErrors;

  const maxGrantDays = parseWholeNumber(values.maxGrantDays, words);
  if (
    typeof maxGrantDays === 'string' ||
    (maxGrantDays !== undefined &&
      (maxGrantDays < 1 || maxGrantDays > MAX_GRANT_DAYS_LIMIT))
  ) {
    errors.maxGrantDays = messages.maxGrantDays;
  }

  if (Object.keys(errors).length) return { errors };

  const registration: ModelRegistration = {
    name,
    providerModel,
    ...(apiBase && { apiBase }),
    ...(values.apiKey && { apiKey: values.apiKey }),
    ...numbers,
    mode: values.mode || undefined,
    capabilities: values.capabilities,
    accessPolicy: values.accessPolicy,
  };
  const description = values.description.trim();
  if (editing) {
    registration.ownerRef = ownerRef;
    registration.description = description;
    registration.defaultLimits = limits;
  } else {
    if (ownerRef) registration.ownerRef = ownerRef;
    if (description) registration.description = description;
    if (Object.keys(limits).length) registration.defaultLimits = limits;
  }
  return {
    errors,
    registration,
    maxGrantDays: typeof maxGrantDays === 'number' ? maxGrantDays : undefined,
  };
}

/**
 * The policy change that sets a model's longest grant, or removes it
 * (`null`); undefined when it stays as it was.
 */
export function maxGrantDaysChange(
  before: number | undefined,
  after: number | undefined,
): Partial<ModelPolicy> | undefined {
  if (before === after) return undefined;
  // The API removes the limit on null, which the shared type (a number,
  // as the model reads it back) does not spell.
  return { maxGrantDays: after ?? null } as unknown as Partial<ModelPolicy>;
}

/** The portal-only part of a registration. */
export function policyOf(
  registration: ModelRegistration,
): Partial<ModelPolicy> {
  return {
    accessPolicy: registration.accessPolicy,
    ownerRef: registration.ownerRef,
    description: registration.description,
    defaultLimits: registration.defaultLimits,
  };
}

/**
 * Whether an edit touches LiteLLM at all. When it does not, the policy
 * endpoint is enough, and it also works for models LiteLLM no longer has.
 */
export function changesLiteLlm(
  before: ModelFormValues,
  after: ModelFormValues,
): boolean {
  if (after.apiKey) return true;
  const fields: Array<keyof ModelFormValues> = [
    'providerModel',
    'apiBase',
    'inputPricePer1M',
    'outputPricePer1M',
    'contextWindow',
    'maxOutputTokens',
    'mode',
    'tpm',
    'rpm',
  ];
  if (fields.some(f => String(before[f]).trim() !== String(after[f]).trim())) {
    return true;
  }
  const caps = (v: ModelFormValues) => [...v.capabilities].sort().join(',');
  return caps(before) !== caps(after);
}
