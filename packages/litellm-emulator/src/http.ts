import type { IncomingHttpHeaders } from 'node:http';

/** A parsed request as the route handlers see it. */
export interface EmulatorRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; undefined when the request had no body. */
  body: unknown;
  /** Set when the body was present but not valid JSON. */
  bodyInvalid: boolean;
  params: Record<string, string>;
}

/** What a handler produces; the server writes it (or a fault replaces it). */
export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON-serialised body (a bare value like `1` or `"I'm alive!"` is fine). */
  body?: unknown;
  /** Server-sent events: each entry is one `data:` payload. */
  sse?: string[];
}

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return { status, headers, body };
}

export function header(
  headers: IncomingHttpHeaders,
  name: string,
): string | undefined {
  const value = headers[name.toLowerCase()];
  if (Array.isArray(value)) return value[0];
  return value;
}
