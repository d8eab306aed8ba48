import { createHash } from 'node:crypto';

/** Labels and annotations the module writes, and Kuadrant's conventions. */
export const LABELS = {
  /** Authorino reads only Secrets with this label. */
  authorino: 'authorino.kuadrant.io/managed-by',
  managedBy: 'app.kubernetes.io/managed-by',
  /** The portal install that owns the object: nothing else is touched. */
  instance: 'litemaas.io/instance',
  keyId: 'litemaas.io/key-id',
  /** Set on a blocked key's Secrets, which then carry no model label. */
  blocked: 'litemaas.io/blocked',
} as const;

export const ANNOTATIONS = {
  userId: 'secret.kuadrant.io/user-id',
  groups: 'kuadrant.io/groups',
  planId: 'secret.kuadrant.io/plan-id',
  expiresAt: 'secret.kuadrant.io/expires-at',
  /** SHA-256 of the value the Secret holds, as LiteLLM and the portal know it. */
  tokenHash: 'litemaas.io/token-hash',
  /** On policies: the LiteLLM model they publish. */
  model: 'litemaas.io/model',
} as const;

export const MANAGED_BY = 'litemaas';

const QUALIFIED = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const DNS = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function shortHash(value: string) {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}

/**
 * A model's name as the name part of a label or annotation key: itself when
 * it is one; else its allowed characters and a hash of the whole name, so
 * two names never meet in one label.
 */
export function modelKeyName(model: string): string {
  if (model.length <= 63 && QUALIFIED.test(model)) return model;
  const cleaned = model
    .replace(/[^-A-Za-z0-9_.]/g, '_')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 54)
    .replace(/[^A-Za-z0-9]+$/, '');
  return `${cleaned || 'model'}-${shortHash(model)}`;
}

/** The label a key's Secrets carry for each model the key may call. */
export function modelLabel(model: string): string {
  return `model.litemaas.io/${modelKeyName(model)}`;
}

/** Annotation keys of a key's per-model token and request limits. */
export function tpmAnnotation(model: string): string {
  return `tpm.litemaas.io/${modelKeyName(model)}`;
}
export function rpmAnnotation(model: string): string {
  return `rpm.litemaas.io/${modelKeyName(model)}`;
}

/** A DNS label from any text: lowercase, with a hash when it had to change. */
export function dnsName(text: string, maxLength = 63): string {
  if (text.length <= maxLength && DNS.test(text)) return text;
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength - 9)
    .replace(/-+$/, '');
  return `${cleaned || 'x'}-${shortHash(text)}`;
}

/** The Secret holding one value of a key. */
export function secretName(keyId: string, tokenHash: string): string {
  return `litemaas-${dnsName(keyId, 40)}-${tokenHash.slice(0, 12)}`;
}

const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * The policies publishing one model: `litemaas-<model>` when that is a
 * valid name (dots are), else a cleaned name with a hash.
 */
export function policyName(model: string): string {
  const plain = `litemaas-${model}`;
  if (plain.length <= 253 && DNS_SUBDOMAIN.test(plain)) return plain;
  return `litemaas-${dnsName(model, 50)}`;
}

/** A label value from any text (the install's id). */
export function labelValue(text: string): string {
  if (text.length <= 63 && QUALIFIED.test(text)) return text;
  return dnsName(text);
}
