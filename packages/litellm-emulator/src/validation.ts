import { ValidationIssue, validationError } from './errors';

/*
 * A small subset of pydantic v2 "lax mode" validation, enough to produce the
 * same 422 bodies FastAPI returns for LiteLLM's request models.
 */

export type FieldType =
  | 'str'
  | 'float'
  | 'int'
  | 'bool'
  | 'list'
  | 'str_list'
  | 'dict'
  | 'any';

export interface FieldSpec {
  type: FieldType;
  required?: boolean;
  /** Literal/enum choices for a `str` field. */
  choices?: string[];
  /** pydantic reports enum members with type "enum", Literals with "literal_error". */
  choiceKind?: 'enum' | 'literal';
  ge?: number;
  le?: number;
}

export type Spec = Record<string, FieldSpec>;

export type Body = Record<string, unknown>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describeChoices(choices: string[]): string {
  const quoted = choices.map(c => `'${c}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

const TRUE_STRINGS = ['1', 'on', 't', 'true', 'y', 'yes'];
const FALSE_STRINGS = ['0', 'off', 'f', 'false', 'n', 'no'];

/**
 * Coerces one value; returns either the coerced value or an issue (without
 * loc, the caller fills it in).
 */
export function coerceValue(
  value: unknown,
  spec: FieldSpec,
):
  | { ok: true; value: unknown }
  | { ok: false; issue: Omit<ValidationIssue, 'loc'> } {
  if (value === null) {
    if (spec.required) {
      return coerceNonNull(value, spec);
    }
    return { ok: true, value: null };
  }
  return coerceNonNull(value, spec);
}

function coerceNonNull(
  value: unknown,
  spec: FieldSpec,
):
  | { ok: true; value: unknown }
  | { ok: false; issue: Omit<ValidationIssue, 'loc'> } {
  const fail = (
    type: string,
    msg: string,
    ctx?: Record<string, unknown>,
  ): { ok: false; issue: Omit<ValidationIssue, 'loc'> } => ({
    ok: false,
    issue: ctx ? { type, msg, input: value, ctx } : { type, msg, input: value },
  });
  switch (spec.type) {
    case 'any':
      return { ok: true, value };
    case 'str': {
      if (typeof value !== 'string') {
        return fail('string_type', 'Input should be a valid string');
      }
      if (spec.choices && !spec.choices.includes(value)) {
        const expected = describeChoices(spec.choices);
        return fail(
          spec.choiceKind === 'enum' ? 'enum' : 'literal_error',
          `Input should be ${expected}`,
          { expected },
        );
      }
      return { ok: true, value };
    }
    case 'float': {
      if (typeof value === 'number') return checkBounds(value, spec, fail);
      if (typeof value === 'string' && value.trim() !== '') {
        const n = Number(value);
        if (!Number.isNaN(n)) return checkBounds(n, spec, fail);
        return fail(
          'float_parsing',
          'Input should be a valid number, unable to parse string as a number',
        );
      }
      return fail('float_type', 'Input should be a valid number');
    }
    case 'int': {
      let n: number | undefined;
      if (typeof value === 'number') {
        if (!Number.isInteger(value)) {
          return fail(
            'int_from_float',
            'Input should be a valid integer, got a number with a fractional part',
          );
        }
        n = value;
      } else if (typeof value === 'string') {
        if (!/^\s*[-+]?\d+\s*$/.test(value)) {
          return fail(
            'int_parsing',
            'Input should be a valid integer, unable to parse string as an integer',
          );
        }
        n = Number(value);
      } else {
        return fail('int_type', 'Input should be a valid integer');
      }
      return checkBounds(n, spec, fail);
    }
    case 'bool': {
      if (typeof value === 'boolean') return { ok: true, value };
      if (typeof value === 'number' && (value === 0 || value === 1)) {
        return { ok: true, value: value === 1 };
      }
      if (typeof value === 'string') {
        const lower = value.toLowerCase();
        if (TRUE_STRINGS.includes(lower)) return { ok: true, value: true };
        if (FALSE_STRINGS.includes(lower)) return { ok: true, value: false };
        return fail(
          'bool_parsing',
          'Input should be a valid boolean, unable to interpret input',
        );
      }
      return fail('bool_type', 'Input should be a valid boolean');
    }
    case 'list':
      if (!Array.isArray(value))
        return fail('list_type', 'Input should be a valid list');
      return { ok: true, value };
    case 'str_list':
      if (!Array.isArray(value))
        return fail('list_type', 'Input should be a valid list');
      return { ok: true, value };
    case 'dict':
      if (!isPlainObject(value)) {
        return fail('dict_type', 'Input should be a valid dictionary');
      }
      return { ok: true, value };
    default:
      return { ok: true, value };
  }
}

function checkBounds(
  n: number,
  spec: FieldSpec,
  fail: (
    type: string,
    msg: string,
    ctx?: Record<string, unknown>,
  ) => { ok: false; issue: Omit<ValidationIssue, 'loc'> },
):
  | { ok: true; value: unknown }
  | { ok: false; issue: Omit<ValidationIssue, 'loc'> } {
  if (spec.ge !== undefined && n < spec.ge) {
    return fail(
      'greater_than_equal',
      `Input should be greater than or equal to ${spec.ge}`,
      { ge: spec.ge },
    );
  }
  if (spec.le !== undefined && n > spec.le) {
    return fail(
      'less_than_equal',
      `Input should be less than or equal to ${spec.le}`,
      {
        le: spec.le,
      },
    );
  }
  return { ok: true, value: n };
}

/**
 * Validates a JSON request body against `spec`. Unknown fields are dropped
 * (pydantic's extra="ignore"); fields absent from the body stay absent so
 * handlers can tell "not sent" from "sent as null".
 */
export function validateBody(
  body: unknown,
  spec: Spec,
  options: { bodyRequired?: boolean } = {},
): Body {
  const bodyRequired = options.bodyRequired ?? true;
  if (body === undefined) {
    if (!bodyRequired) return {};
    const anyRequired = Object.values(spec).some(s => s.required);
    if (anyRequired) {
      throw validationError([
        { type: 'missing', loc: ['body'], msg: 'Field required', input: null },
      ]);
    }
    return {};
  }
  if (!isPlainObject(body)) {
    throw validationError([
      {
        type: 'model_attributes_type',
        loc: ['body'],
        msg: 'Input should be a valid dictionary or object to extract fields from',
        input: body,
      },
    ]);
  }
  const issues: ValidationIssue[] = [];
  const out: Body = {};
  for (const [name, fieldSpec] of Object.entries(spec)) {
    if (!(name in body)) {
      if (fieldSpec.required) {
        issues.push({
          type: 'missing',
          loc: ['body', name],
          msg: 'Field required',
          input: body,
        });
      }
      continue;
    }
    const result = coerceValue(body[name], fieldSpec);
    if (result.ok) out[name] = result.value;
    else issues.push({ ...result.issue, loc: ['body', name] });
  }
  if (issues.length > 0) throw validationError(issues);
  return out;
}

/** Validates query parameters, pydantic-style (loc ["query", name]). */
export function validateQuery(query: URLSearchParams, spec: Spec): Body {
  const issues: ValidationIssue[] = [];
  const out: Body = {};
  for (const [name, fieldSpec] of Object.entries(spec)) {
    const raw = query.get(name);
    if (raw === null) {
      if (fieldSpec.required) {
        issues.push({
          type: 'missing',
          loc: ['query', name],
          msg: 'Field required',
          input: null,
        });
      }
      continue;
    }
    const result = coerceValue(raw, fieldSpec);
    if (result.ok) out[name] = result.value;
    else issues.push({ ...result.issue, loc: ['query', name] });
  }
  if (issues.length > 0) throw validationError(issues);
  return out;
}

/** A pydantic model_validator failure ("Value error, ..."). */
export function valueError(
  message: string,
  input: unknown,
  loc: Array<string | number> = ['body'],
): ValidationIssue {
  return {
    type: 'value_error',
    loc,
    msg: `Value error, ${message}`,
    input,
    ctx: { error: {} },
  };
}

export function asString(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function asNumber(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function asStringArray(v: unknown): string[] {
  return Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string')
    : [];
}

export function asRecord(v: unknown): Record<string, unknown> {
  return isPlainObject(v) ? { ...v } : {};
}

export { isPlainObject };
