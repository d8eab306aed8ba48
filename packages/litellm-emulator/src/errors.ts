import { pyStr } from './pyformat';

/**
 * An error that carries the exact HTTP response LiteLLM would send. Handlers
 * throw it; the router turns it into a response.
 */
export class HttpError extends Error {
  readonly headers: Record<string, string>;

  constructor(
    readonly status: number,
    readonly body: unknown,
    headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
    this.headers = { ...headers };
  }

  withHeaders(extra: Record<string, string>): HttpError {
    return new HttpError(this.status, this.body, { ...extra, ...this.headers });
  }
}

/**
 * Envelope 1: LiteLLM's ProxyException. `code` is always the status as a
 * string; `param` is frequently the literal string "None".
 */
export function proxyError(
  status: number,
  message: string,
  type: string,
  param: string | null = 'None',
  headers?: Record<string, string>,
): HttpError {
  return new HttpError(
    status,
    { error: { message, type, param, code: String(status) } },
    headers,
  );
}

/**
 * Envelope 2: an HTTPException converted by `handle_exception_on_proxy` (or an
 * endpoint's own converter, which uses type "auth_error"). A dict `detail`
 * becomes its Python repr in `message`.
 */
export function convertedError(
  status: number,
  detail: unknown,
  type = 'internal_server_error',
): HttpError {
  return proxyError(status, pyStr(detail), type, 'None');
}

/** Envelope 3: a raw FastAPI HTTPException, `{"detail": ...}`. */
export function rawError(status: number, detail: unknown): HttpError {
  return new HttpError(status, { detail });
}

export interface ValidationIssue {
  type: string;
  loc: Array<string | number>;
  msg: string;
  input: unknown;
  ctx?: Record<string, unknown>;
}

/** Pydantic request validation failure, always 422. */
export function validationError(issues: ValidationIssue[]): HttpError {
  return new HttpError(422, { detail: issues });
}

/** The default body for faults injected without an explicit body. */
export function injectedFaultBody(status: number): unknown {
  return {
    error: {
      message: `Emulated fault: HTTP ${status}`,
      type: 'None',
      param: 'None',
      code: String(status),
    },
  };
}
