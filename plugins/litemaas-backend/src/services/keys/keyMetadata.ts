import { LiteLlmKey } from '../../gateways/litellm/types';

/** The portal's key id, in the LiteLLM key's metadata. */
export const KEY_ID_METADATA = 'litemaas_key_id';
/** The portal install that issued the key, in its metadata. */
export const INSTANCE_METADATA = 'litemaas_instance';

/** What every key the portal issues carries in LiteLLM's metadata. */
export function portalKeyMetadata(key: {
  instanceId: string;
  keyId: string;
  subjectRef: string;
  createdBy: string;
}): Record<string, string> {
  return {
    [INSTANCE_METADATA]: key.instanceId,
    [KEY_ID_METADATA]: key.keyId,
    litemaas_subject: key.subjectRef,
    litemaas_created_by: key.createdBy,
  };
}

/**
 * Where a LiteLLM key comes from, as far as its metadata tells:
 * - `own`: issued by this portal install;
 * - `other-portal`: issued by another install (never touched);
 * - `legacy-portal`: issued by a portal before keys carried an install id
 *   (ours only if our database knows its key id);
 * - `outside`: made in LiteLLM directly.
 */
export type KeyProvenance =
  | { kind: 'own'; keyId?: string }
  | { kind: 'other-portal'; instanceId: string; keyId?: string }
  | { kind: 'legacy-portal'; keyId: string }
  | { kind: 'outside' };

export function provenanceOf(
  key: LiteLlmKey,
  instanceId: string,
): KeyProvenance {
  const metadata = key.metadata ?? {};
  const instance = metadata[INSTANCE_METADATA];
  const keyId =
    typeof metadata[KEY_ID_METADATA] === 'string'
      ? (metadata[KEY_ID_METADATA] as string)
      : undefined;
  if (typeof instance === 'string') {
    return instance === instanceId
      ? { kind: 'own', keyId }
      : { kind: 'other-portal', instanceId: instance, keyId };
  }
  if (keyId) return { kind: 'legacy-portal', keyId };
  return { kind: 'outside' };
}

/**
 * Whether a key found in LiteLLM (by alias, say) is the one the portal made
 * for this record: its metadata must name the record, and this install or
 * none. An alias alone proves nothing: another portal may use the same.
 */
export function isKeyOfRecord(
  key: LiteLlmKey | undefined,
  keyId: string,
  instanceId: string,
): key is LiteLlmKey {
  if (!key) return false;
  const provenance = provenanceOf(key, instanceId);
  return (
    (provenance.kind === 'own' || provenance.kind === 'legacy-portal') &&
    provenance.keyId === keyId
  );
}
