import { createHash } from 'node:crypto';

/** The catalog's limit for `metadata.name` (and tags). */
export const MAX_NAME_LENGTH = 63;
const HASH_LENGTH = 8;

/** A short, stable hash of a string (hex). */
export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, HASH_LENGTH);
}

/**
 * Lower-case letters and digits separated by single dashes: valid as a
 * catalog name, a tag and a Kubernetes label value alike.
 */
export function sanitizeSegment(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The catalog entity name of a model server: `<cluster>-<namespace>-<name>`,
 * sanitised. Names longer than 63 characters are cut and get a hash of the
 * full identity, so they stay unique; `disambiguate` forces the hash, for the
 * rare case where two identities sanitise to the same name (e.g. namespace
 * `a-b` + name `c` and namespace `a` + name `b-c`).
 */
export function entityName(
  cluster: string,
  namespace: string,
  name: string,
  options?: { disambiguate?: boolean },
): string {
  const base =
    [cluster, namespace, name].map(sanitizeSegment).filter(Boolean).join('-') ||
    'model-server';
  if (base.length <= MAX_NAME_LENGTH && !options?.disambiguate) {
    return base;
  }
  const hash = shortHash(`${cluster}/${namespace}/${name}`);
  const head = base
    .slice(0, MAX_NAME_LENGTH - HASH_LENGTH - 1)
    .replace(/-+$/, '');
  return `${head}-${hash}`;
}

/** A valid catalog tag, or undefined when nothing is left of the value. */
export function toTag(value: string): string | undefined {
  const tag = value
    .toLowerCase()
    .replace(/[^a-z0-9:+#]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/-+$/, '');
  return tag || undefined;
}
