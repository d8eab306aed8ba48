/**
 * What never enters the audit trail or the auditor's log: fields named like
 * secrets, and values that look like keys or tokens in any text.
 */

/** Field names that hold secrets: `value`, `apiKey`, `masterKey`, `clientSecret`, ... */
const SECRET_FIELD =
  /^(value|plaintext|authorization)$|(key|token|secret|password|credentials?)$/i;

/** A LiteLLM key value inside any text. */
const KEY_VALUE = /\bsk-[A-Za-z0-9_-]{6,}/g;

/**
 * Credentials an upstream error may echo (LiteLLM passes providers' errors
 * through): bearer tokens, Hugging Face and Google keys, long hex or base64
 * runs such as Azure keys.
 */
const ERROR_SECRETS = [
  /\bBearer\s+\S+/gi,
  /\bhf_[A-Za-z0-9]{10,}/g,
  /\bAIza[0-9A-Za-z_-]{20,}/g,
  /\b[A-Fa-f0-9]{32,}\b/g,
  /\b[A-Za-z0-9+/]{40,}={0,2}/g,
];

/** A copy without secrets: such fields dropped, key values masked. */
export function withoutSecrets(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(KEY_VALUE, 'sk-…');
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(value)) {
      if (!SECRET_FIELD.test(name)) copy[name] = withoutSecrets(field);
    }
    return copy;
  }
  return value;
}

/** An error's message with anything that may be a credential masked. */
export function errorWithoutSecrets(message: string): string {
  return ERROR_SECRETS.reduce(
    (text, pattern) => text.replace(pattern, '…'),
    withoutSecrets(message) as string,
  );
}
