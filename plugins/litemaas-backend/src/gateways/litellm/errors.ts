import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';

/**
 * An error answer from LiteLLM, with what its envelope said.
 *
 * LiteLLM answers errors in three shapes: `{error: {message, type, param,
 * code}}` (with `message` sometimes the Python repr of a dict), and FastAPI's
 * raw `{detail: string | object | validation-error[]}`.
 */
export class LiteLlmError extends Error {
  readonly name = 'LiteLlmError';
  constructor(
    message: string,
    readonly status: number,
    readonly path: string,
    readonly type?: string,
    readonly param?: string,
  ) {
    super(message);
  }

  /**
   * LiteLLM refusing a feature that needs its Enterprise licence. It answers
   * those with a 500 (see the contract), but that is LiteLLM working: not
   * an outage, not worth a retry.
   */
  get needsEnterprise(): boolean {
    return (
      this.status >= 500 &&
      /enterprise (feature|user|license)|LITELLM_LICENSE/i.test(this.message)
    );
  }
}

type Json = unknown;

/** `"{'error': 'No keys found'}"` -> `No keys found`; other strings as they are. */
export function unwrapPythonRepr(message: string): string {
  const match = /^\{'(?:error|message)':\s*(['"])([\s\S]*)\1\}$/.exec(
    message.trim(),
  );
  return match ? match[2] : message;
}

function isRecord(value: Json): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function noneToUndefined(value: unknown): string | undefined {
  if (value === null || value === undefined || value === 'None') {
    return undefined;
  }
  return String(value);
}

/** Reads any of LiteLLM's error envelopes into a LiteLlmError. */
export function parseLiteLlmError(
  status: number,
  path: string,
  body: Json,
): LiteLlmError {
  if (isRecord(body) && isRecord(body.error)) {
    const { message, type, param } = body.error;
    return new LiteLlmError(
      unwrapPythonRepr(String(message ?? 'Unknown LiteLLM error')),
      status,
      path,
      noneToUndefined(type),
      noneToUndefined(param),
    );
  }
  if (isRecord(body) && 'detail' in body) {
    const detail = body.detail;
    if (typeof detail === 'string') {
      return new LiteLlmError(unwrapPythonRepr(detail), status, path);
    }
    if (Array.isArray(detail)) {
      // Pydantic validation errors: name the offending fields.
      const parts = detail.map(d => {
        if (!isRecord(d)) return String(d);
        const loc = Array.isArray(d.loc)
          ? d.loc.filter(l => l !== 'body' && l !== 'query').join('.')
          : '';
        return loc ? `${loc}: ${d.msg}` : String(d.msg);
      });
      return new LiteLlmError(parts.join('; '), status, path, 'validation');
    }
    if (isRecord(detail)) {
      const inner = detail.error ?? detail.message;
      return new LiteLlmError(
        inner !== undefined ? String(inner) : JSON.stringify(detail),
        status,
        path,
      );
    }
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new LiteLlmError(
    `LiteLLM answered ${status} on ${path}${text ? `: ${text}` : ''}`,
    status,
    path,
  );
}

// The LiteLLM error behind each translated error, for callers that need its
// status or param (e.g. to fall back when an Enterprise endpoint is missing).
// Kept out of `cause` so user-facing messages do not repeat themselves.
const origins = new WeakMap<Error, LiteLlmError>();

/** The LiteLLM answer a Backstage error was translated from, if any. */
export function liteLlmErrorOf(error: unknown): LiteLlmError | undefined {
  if (error instanceof LiteLlmError) return error;
  return error instanceof Error ? origins.get(error) : undefined;
}

/**
 * Translates a LiteLLM error into the Backstage error a portal user should
 * see. Input problems stay 4xx; anything that means the portal or LiteLLM is
 * misbehaving (its master key refused, rate limits, 5xx) becomes 503 so it is
 * never mistaken for the caller's own authentication failing.
 */
export function toBackstageError(error: LiteLlmError): Error {
  const mapped = translate(error);
  origins.set(mapped, error);
  return mapped;
}

function translate(error: LiteLlmError): Error {
  const message = error.param
    ? `${error.message} (LiteLLM field: ${error.param})`
    : error.message;
  switch (error.status) {
    case 400:
    case 422:
      return new InputError(message);
    case 403:
      return new NotAllowedError(message);
    case 404:
      return new NotFoundError(message);
    case 409:
      return new ConflictError(message);
    case 401:
      return new ServiceUnavailableError(
        `LiteLLM refused the portal's credentials on ${error.path}: ${error.message}`,
      );
    default:
      return new ServiceUnavailableError(
        `LiteLLM failed on ${error.path} (HTTP ${error.status}): ${error.message}`,
      );
  }
}
