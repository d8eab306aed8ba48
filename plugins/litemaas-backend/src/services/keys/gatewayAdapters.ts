import { LoggerService } from '@backstage/backend-plugin-api';
import { KeyLimits } from '@litemaas/backstage-plugin-litemaas-common';
import {
  LiteMaasGatewayAdapter,
  LiteMaasKeyIssued,
  LiteMaasKeyState,
  LiteMaasKeyValueRef,
} from '@litemaas/backstage-plugin-litemaas-node';
import { KeyRecord } from '../../database/KeyStore';

/** What adapters are told of a key the portal holds (needs its current hash). */
export function keyStateOf(record: KeyRecord): LiteMaasKeyState {
  return {
    keyId: record.id,
    tokenHash: record.tokenHash!,
    ...(record.retiringTokenHash && {
      retiringTokenHash: record.retiringTokenHash,
    }),
    subjectRef: record.subjectRef,
    createdBy: record.createdBy,
    models: [...record.models],
    limits: record.limits,
    ...(record.expiresAt && { expiresAt: record.expiresAt }),
    blocked: record.blocked,
  };
}

/** The lower of two limits; undefined is no limit. */
function lower(a: number | undefined, b: number | undefined) {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

function lowerPerModel(
  a: Record<string, number> | undefined,
  b: Record<string, number> | undefined,
  models: string[],
): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const model of models) {
    const value = lower(a?.[model], b?.[model]);
    if (value !== undefined) out[model] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

function narrowestLimits(
  a: KeyLimits,
  b: KeyLimits,
  models: string[],
): KeyLimits {
  const limits: KeyLimits = {
    maxBudget: lower(a.maxBudget, b.maxBudget),
    budgetDuration: b.budgetDuration ?? a.budgetDuration,
    softBudget: lower(a.softBudget, b.softBudget),
    tpm: lower(a.tpm, b.tpm),
    rpm: lower(a.rpm, b.rpm),
    maxParallelRequests: lower(a.maxParallelRequests, b.maxParallelRequests),
    modelTpm: lowerPerModel(a.modelTpm, b.modelTpm, models),
    modelRpm: lowerPerModel(a.modelRpm, b.modelRpm, models),
  };
  return Object.fromEntries(
    Object.entries(limits).filter(([, v]) => v !== undefined),
  ) as KeyLimits;
}

/**
 * A key no wider than either state: the models both allow (possibly none),
 * the lower of each limit, the earlier expiry, blocked if either is.
 */
export function narrowest(
  a: LiteMaasKeyState,
  b: LiteMaasKeyState,
): LiteMaasKeyState {
  const models = a.models.filter(m => b.models.includes(m));
  const expiries = [a.expiresAt, b.expiresAt].filter((d): d is Date => !!d);
  const expiresAt = expiries.length
    ? new Date(Math.min(...expiries.map(d => d.getTime())))
    : undefined;
  return {
    ...b,
    models,
    limits: narrowestLimits(a.limits, b.limits, models),
    ...(expiresAt ? { expiresAt } : { expiresAt: undefined }),
    blocked: a.blocked || b.blocked,
  };
}

function canonical(state: LiteMaasKeyState) {
  const sortKeys = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .sort(([x], [y]) => x.localeCompare(y))
          .map(([k, v]) => [k, sortKeys(v)]),
      );
    }
    return value;
  };
  return JSON.stringify(
    sortKeys({ ...state, models: [...state.models].sort() }),
  );
}

/** Whether two states allow the same. */
export function sameKeyState(a: LiteMaasKeyState, b: LiteMaasKeyState) {
  return canonical(a) === canonical(b);
}

/**
 * The gateway adapters a key write tells, one after another, in the order
 * they were added.
 */
export class GatewayAdapters {
  constructor(
    private readonly adapters: LiteMaasGatewayAdapter[],
    private readonly logger: LoggerService,
  ) {}

  get any() {
    return this.adapters.length > 0;
  }

  async issued(key: LiteMaasKeyIssued) {
    for (const adapter of this.adapters) await adapter.keyIssued?.(key);
  }

  async changed(key: LiteMaasKeyState) {
    for (const adapter of this.adapters) await adapter.keyChanged?.(key);
  }

  async revoked(refs: LiteMaasKeyValueRef[]) {
    for (const adapter of this.adapters) {
      for (const ref of refs) await adapter.keyRevoked?.(ref);
    }
  }

  /**
   * Tells adapters after the portal changed: a failure is logged, not
   * thrown, as the change is made and recorded; each adapter's own
   * reconciliation brings it in line with the database.
   */
  async changedAfter(key: LiteMaasKeyState, what: string) {
    try {
      await this.changed(key);
    } catch (error) {
      this.logger.warn(
        `A gateway adapter did not take ${what} of key ${key.keyId}; its reconciliation will: ${error}`,
      );
    }
  }
}
