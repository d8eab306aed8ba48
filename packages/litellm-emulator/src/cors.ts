import { IncomingHttpHeaders, ServerResponse } from 'node:http';

/*
 * CORS as LiteLLM's proxy answers it: Starlette's CORSMiddleware with every
 * origin, method and header allowed and credentials on. Browsers (the
 * portal's playground) may call it from any page; no response header beyond
 * the CORS-safelisted ones is exposed to them.
 */

const ALLOWED_METHODS = 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT';

function header(headers: IncomingHttpHeaders, name: string) {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A browser asking whether it may send a cross-origin request. */
export function isPreflight(
  method: string,
  headers: IncomingHttpHeaders,
): boolean {
  return (
    method === 'OPTIONS' &&
    header(headers, 'origin') !== undefined &&
    header(headers, 'access-control-request-method') !== undefined
  );
}

/** 200 "OK", allowing the origin, the method and the headers asked for. */
export function answerPreflight(
  headers: IncomingHttpHeaders,
  res: ServerResponse,
): void {
  const requested = header(headers, 'access-control-request-headers');
  res.writeHead(200, {
    'access-control-allow-origin': header(headers, 'origin')!,
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-max-age': '600',
    'access-control-allow-credentials': 'true',
    ...(requested && { 'access-control-allow-headers': requested }),
    vary: 'Origin',
    'content-type': 'text/plain; charset=utf-8',
    'content-length': '2',
  });
  res.end('OK');
}

/** The headers of an actual cross-origin request's response. */
export function corsHeaders(
  headers: IncomingHttpHeaders,
): Record<string, string> {
  const origin = header(headers, 'origin');
  if (origin === undefined) return {};
  // With credentials allowed, a request carrying cookies gets its own
  // origin back (a wildcard would be refused); others get the wildcard.
  return header(headers, 'cookie') !== undefined
    ? {
        'access-control-allow-origin': origin,
        'access-control-allow-credentials': 'true',
        vary: 'Origin',
      }
    : {
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
      };
}
