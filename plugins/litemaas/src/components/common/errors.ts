/**
 * The message worth showing for an error. The client throws ResponseErrors
 * whose own message is only "Request failed with 409 Conflict"; the server's
 * explanation is in the cause.
 */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as {
      name?: string;
      message?: string;
      cause?: { message?: string };
    };
    if (e.name === 'ResponseError' && e.cause?.message) return e.cause.message;
    if (e.message) return e.message;
  }
  return String(error);
}

/** The HTTP status of a ResponseError, if it is one. */
export function errorStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}
