import type { V1Secret } from '@kubernetes/client-node';
import { LiteMaasKeyState } from '@litemaas/backstage-plugin-litemaas-node';
import {
  ANNOTATIONS,
  LABELS,
  labelValue,
  MANAGED_BY,
  modelLabel,
  rpmAnnotation,
  secretName,
  tpmAnnotation,
} from './naming';

function lower(a: number | undefined, b: number | undefined) {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/**
 * A key's limit on one model's route: the lower of its per-model limit and
 * its overall one (LiteLLM enforces both; the gateway counts per route).
 */
export function modelLimits(
  state: Pick<LiteMaasKeyState, 'limits'>,
  model: string,
): { tpm?: number; rpm?: number } {
  return {
    tpm: lower(state.limits.modelTpm?.[model], state.limits.tpm),
    rpm: lower(state.limits.modelRpm?.[model], state.limits.rpm),
  };
}

/** A short name for a key's limits, for Kuadrant's plan id. */
function planId(state: LiteMaasKeyState): string {
  const parts = [
    state.limits.tpm !== undefined && `tpm-${state.limits.tpm}`,
    state.limits.rpm !== undefined && `rpm-${state.limits.rpm}`,
  ].filter(Boolean);
  return parts.length ? parts.join('.') : 'unlimited';
}

/**
 * Labels and annotations of a key's Secrets: Authorino's label, this
 * install's, the key's id, one label per model the key may call (none when
 * it is blocked), Kuadrant's identity annotations and the key's limits per
 * model, read by the models' AuthPolicies.
 */
export function keyMetadata(
  state: LiteMaasKeyState,
  tokenHash: string,
  instanceId: string,
): { labels: Record<string, string>; annotations: Record<string, string> } {
  const labels: Record<string, string> = {
    [LABELS.authorino]: 'authorino',
    [LABELS.managedBy]: MANAGED_BY,
    [LABELS.instance]: labelValue(instanceId),
    [LABELS.keyId]: labelValue(state.keyId),
  };
  if (state.blocked) {
    labels[LABELS.blocked] = 'true';
  } else {
    for (const model of state.models) labels[modelLabel(model)] = 'true';
  }
  const team = state.subjectRef.startsWith('group:');
  const annotations: Record<string, string> = {
    [ANNOTATIONS.userId]: team ? state.createdBy : state.subjectRef,
    [ANNOTATIONS.planId]: planId(state),
    [ANNOTATIONS.tokenHash]: tokenHash,
  };
  if (team) annotations[ANNOTATIONS.groups] = state.subjectRef;
  if (state.expiresAt) {
    annotations[ANNOTATIONS.expiresAt] = state.expiresAt.toISOString();
  }
  for (const model of state.models) {
    const { tpm, rpm } = modelLimits(state, model);
    if (tpm !== undefined) annotations[tpmAnnotation(model)] = String(tpm);
    if (rpm !== undefined) annotations[rpmAnnotation(model)] = String(rpm);
  }
  return { labels, annotations };
}

/** The Secret that holds one value of a key, for Authorino to check. */
export function keySecret(options: {
  state: LiteMaasKeyState;
  tokenHash: string;
  value: string;
  namespace: string;
  instanceId: string;
}): V1Secret {
  const { state, tokenHash, value, namespace, instanceId } = options;
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: secretName(state.keyId, tokenHash),
      namespace,
      ...keyMetadata(state, tokenHash, instanceId),
    },
    stringData: { api_key: value },
    type: 'Opaque',
  };
}

/** Whether a Secret is one this install wrote for a key. */
export function isOwnKeySecret(
  secret: V1Secret,
  instanceId: string,
  keyId?: string,
): boolean {
  const labels = secret.metadata?.labels ?? {};
  return (
    labels[LABELS.managedBy] === MANAGED_BY &&
    labels[LABELS.instance] === labelValue(instanceId) &&
    (keyId === undefined || labels[LABELS.keyId] === labelValue(keyId))
  );
}
