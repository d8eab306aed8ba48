import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  LiteMaasKeyResource,
  LiteMaasModelResource,
} from '@litemaas/backstage-plugin-litemaas-node';

/**
 * Who is calling, with the permission decisions the services need, made
 * once per request by the router.
 */
export interface Caller {
  /** `user:default/alice`, or the service's subject for service calls. */
  userRef: string;
  /** The user and the groups they belong to. */
  ownershipRefs: string[];
  /** Admin: manage models, see hidden ones, review everything. */
  canManage: boolean;
  /** Whether the caller may approve or deny requests for a model. */
  canReview(model: LiteMaasModelResource): boolean;
  /** Whether the caller may see and change a key. */
  canManageKey(key: LiteMaasKeyResource): boolean;
}

/** True when the caller is the ref, or belongs to it (a group). */
export function callerOwns(caller: Caller, ref: string): boolean {
  const wanted = ref.toLocaleLowerCase('en-US');
  return caller.ownershipRefs.some(
    r => r.toLocaleLowerCase('en-US') === wanted,
  );
}

/**
 * The user or group a request is for: the caller by default, else a group
 * they belong to (admins may name anyone). `action` completes "You can …".
 */
export function subjectFor(
  caller: Caller,
  requested: string | undefined,
  action: string,
): string {
  if (!requested) return caller.userRef;
  let ref: string;
  try {
    const parsed = parseEntityRef(requested, { defaultNamespace: 'default' });
    const kind = parsed.kind.toLocaleLowerCase('en-US');
    if (kind !== 'user' && kind !== 'group') {
      throw new Error(`kind must be user or group, not ${parsed.kind}`);
    }
    ref = stringifyEntityRef(parsed);
  } catch (error) {
    throw new InputError(
      `subjectRef '${requested}' is not a user or group entity ref: ${
        (error as Error).message
      }`,
    );
  }
  if (!callerOwns(caller, ref) && !caller.canManage) {
    throw new NotAllowedError(
      `You can ${action} for yourself or a team you belong to, not ${ref}`,
    );
  }
  return ref;
}
