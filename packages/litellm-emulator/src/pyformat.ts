/*
 * LiteLLM is a Python service and several of its error messages are built
 * with str()/repr() of Python values. These helpers reproduce that text so
 * clients that match on messages see byte-identical strings.
 */

/** Marks a number that Python would hold as a float (repr "10.0", not "10"). */
export class PyFloat {
  constructor(readonly value: number) {}
}

export function pyFloat(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = n.toExponential().split('e');
  const exp = Number(expText);
  // Python switches to scientific notation outside 1e-4 <= |n| < 1e16.
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const fixed = String(n);
  return fixed.includes('.') ? fixed : `${fixed}.0`;
}

export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) {
      out += `\\x${code.toString(16).padStart(2, '0')}`;
    } else out += ch;
  }
  return out + quote;
}

/** Stands in for a pydantic model instance inside a repr, e.g. Member(...). */
export class PyObject {
  constructor(
    readonly className: string,
    readonly fields: Array<[string, unknown]>,
  ) {}

  repr(): string {
    const inner = this.fields.map(([k, v]) => `${k}=${pyRepr(v)}`).join(', ');
    return `${this.className}(${inner})`;
  }
}

/** Python repr() of a JSON-like value (dict/list/str/int/float/bool/None). */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value instanceof PyFloat) return pyFloat(value.value);
  if (value instanceof PyObject) return value.repr();
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : pyFloat(value);
  }
  if (typeof value === 'string') return pyStrRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (value instanceof Date) return `datetime.datetime(${value.toISOString()})`;
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${pyStrRepr(k)}: ${pyRepr(v)}`,
    );
    return `{${parts.join(', ')}}`;
  }
  return String(value);
}

/** Python str(): strings stay as they are, everything else is repr'd. */
export function pyStr(value: unknown): string {
  if (typeof value === 'string') return value;
  return pyRepr(value);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ISO-8601 UTC as LiteLLM serialises datetimes (microseconds, or none). */
export function isoUtc(d: Date): string {
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(
    d.getUTCDate(),
  )}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(
    d.getUTCSeconds(),
  )}`;
  const ms = d.getUTCMilliseconds();
  return ms === 0 ? `${base}Z` : `${base}.${pad(ms, 3)}000Z`;
}

export function isoOrNull(d: Date | null | undefined): string | null {
  return d ? isoUtc(d) : null;
}

/** str() of an aware Python datetime in UTC: "2025-01-01 00:00:00+00:00". */
export function pyDatetime(d: Date): string {
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(
    d.getUTCDate(),
  )} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(
    d.getUTCSeconds(),
  )}`;
  const ms = d.getUTCMilliseconds();
  return ms === 0 ? `${base}+00:00` : `${base}.${pad(ms, 3)}000+00:00`;
}

/** "2025-06-01 10:16:00 UTC", the rate limiter's reset-time format. */
export function utcSeconds(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(
    d.getUTCDate(),
  )} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(
    d.getUTCSeconds(),
  )} UTC`;
}

export function utcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** "abcd****wxyz" as LiteLLM masks a secret it echoes back. */
export function maskSecret(s: string): string {
  if (s.length <= 8) return '****';
  return `${s.slice(0, 4)}****${s.slice(-4)}`;
}

/** The user-id masking used in the admin-only route error. */
export function maskUserId(userId: string | null | undefined): string {
  if (!userId || userId.length <= 4) return '***';
  if (userId.length <= 8) return '*'.repeat(userId.length);
  return `${userId.slice(0, 6)}${'*'.repeat(userId.length - 8)}${userId.slice(
    -2,
  )}`;
}
