import { createHash } from 'node:crypto';
import {
  ApiKey,
  KeyLimits,
  KeyStatus,
} from '@litemaas/backstage-plugin-litemaas-common';
import { KeyRecord } from '../../database/KeyStore';
import { LiteLlmKey, LiteLlmKeyFields } from '../../gateways/litellm/types';

const EXPIRING_SOON_MS = 7 * 24 * 3600 * 1000;

/** LiteLLM's `token`: the SHA-256 of the raw key, in hex. */
export function hashKey(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** `sk-...abcd`: recognisable, useless to an attacker. */
export function displayPrefix(raw: string): string {
  return `sk-...${raw.slice(-4)}`;
}

/** What a key's owner sees, with its status worked out for `now`. */
export function toApiKey(record: KeyRecord, now: Date): ApiKey {
  return {
    id: record.id,
    name: record.name,
    alias: record.alias,
    subjectRef: record.subjectRef,
    createdBy: record.createdBy,
    origin: record.origin,
    status: keyStatus(record, now),
    prefix: record.prefix,
    models: record.models,
    limits: record.limits,
    spend: record.spend,
    budgetResetAt: record.budgetResetAt?.toISOString(),
    blocked: record.blocked,
    expiresAt: record.expiresAt?.toISOString(),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    revokedAt: record.revokedAt?.toISOString(),
    previousValueValidUntil:
      record.retiringTokenHash && record.retireAt
        ? record.retireAt.toISOString()
        : undefined,
    componentRef: record.componentRef,
  };
}

export function keyStatus(record: KeyRecord, now: Date): KeyStatus {
  switch (record.status) {
    case 'creating':
      return 'creating';
    case 'failed':
      return 'failed';
    case 'revoked':
      return 'revoked';
    case 'revoking':
      // Asked for, not yet confirmed by LiteLLM: the key may still work.
      return 'revoking';
    default:
      break;
  }
  if (record.blocked) return 'blocked';
  if (record.expiresAt && record.expiresAt.getTime() <= now.getTime()) {
    return 'expired';
  }
  const budget = record.limits.maxBudget;
  if (budget !== undefined && record.spend >= budget) return 'over-budget';
  if (
    record.expiresAt &&
    record.expiresAt.getTime() - now.getTime() < EXPIRING_SOON_MS
  ) {
    return 'expiring-soon';
  }
  return 'active';
}

/** The portal's limits in LiteLLM's field names (null clears a limit). */
export function toLiteLlmLimits(limits: KeyLimits): LiteLlmKeyFields {
  return {
    max_budget: limits.maxBudget ?? null,
    budget_duration: limits.budgetDuration ?? null,
    soft_budget: limits.softBudget ?? null,
    tpm_limit: limits.tpm ?? null,
    rpm_limit: limits.rpm ?? null,
    max_parallel_requests: limits.maxParallelRequests ?? null,
    model_tpm_limit: limits.modelTpm ?? null,
    model_rpm_limit: limits.modelRpm ?? null,
  };
}

/** Reads limits back from a LiteLLM key object. */
export function fromLiteLlmLimits(key: LiteLlmKey): KeyLimits {
  const metadata = (key.metadata ?? {}) as Record<string, unknown>;
  const limits: KeyLimits = {};
  if (typeof key.max_budget === 'number') limits.maxBudget = key.max_budget;
  if (key.budget_duration) limits.budgetDuration = key.budget_duration;
  if (typeof key.soft_budget === 'number') limits.softBudget = key.soft_budget;
  if (typeof key.tpm_limit === 'number') limits.tpm = key.tpm_limit;
  if (typeof key.rpm_limit === 'number') limits.rpm = key.rpm_limit;
  if (typeof key.max_parallel_requests === 'number') {
    limits.maxParallelRequests = key.max_parallel_requests;
  }
  // LiteLLM keeps per-model limits inside metadata.
  if (
    metadata.model_tpm_limit &&
    typeof metadata.model_tpm_limit === 'object'
  ) {
    limits.modelTpm = metadata.model_tpm_limit as Record<string, number>;
  }
  if (
    metadata.model_rpm_limit &&
    typeof metadata.model_rpm_limit === 'object'
  ) {
    limits.modelRpm = metadata.model_rpm_limit as Record<string, number>;
  }
  return limits;
}
