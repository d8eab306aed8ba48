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
