import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { Request } from 'express';
import {
  LiteMaasKeyQuery,
  LiteMaasKeyResource,
  LiteMaasModelResource,
} from '@litemaas/backstage-plugin-litemaas-node';

/**
 * Which keys a caller may read, for lists: all, none, or those matching
 * the policy's conditions (applied as a query).
 */
export type KeyReadScope =
  | { all: true }
  | { none: true }
  | { criteria: PermissionCriteria<LiteMaasKeyQuery> };

/**
 * Who is calling, with the permission decisions the services need, made
 * once per request by the router.
 */
export interface Caller {
  /** `user:default/alice`, or the service's subject for service calls. */
  userRef: string;
  /** The user and the groups they belong to. */
  ownershipRefs: string[];
  /** Whether a user (not a service) is calling. */
  isUser: boolean;
  /** `litemaas.model.manage`: admin; manage models, see hidden ones. */
  canManage: boolean;
  /** `litemaas.access.request`: ask for access, cancel, ask again, give up. */
  canRequest: boolean;
  /** `litemaas.access.review`: approve or deny requests for a model. */
  canReview(model: LiteMaasModelResource): boolean;
  /**
   * Names the review decision: callers with the same key may review the
   * same models (for sharing a response between them).
   */
  reviewScopeKey: string;
  /** `litemaas.key.read` on one key. */
  canReadKey(key: LiteMaasKeyResource): boolean;
  /** `litemaas.key.manage` on one key (a new key: the key it would be). */
  canManageKey(key: LiteMaasKeyResource): boolean;
  /** `litemaas.key.read` for lists. */
  keyReadScope: KeyReadScope;
  /**
   * The HTTP request the call came with, for the auditor to name the
   * actor; absent for the portal's own tasks.
   */
  request?: Request;
  /**
   * The caller's own credentials, for reads that must show only what the
   * caller may see (the catalog, under its own permissions).
   */
  credentials?: BackstageCredentials;
}

/** True when the caller is the ref, or belongs to it (a group). */
export function callerOwns(caller: Caller, ref: string): boolean {
  return callerOwnsRef(caller.ownershipRefs, ref);
}

/** A user or group entity ref, in its full form; else a 400. */
export function entityRefOf(requested: string): string {
  try {
    const parsed = parseEntityRef(requested, { defaultNamespace: 'default' });
    const kind = parsed.kind.toLocaleLowerCase('en-US');
    if (kind !== 'user' && kind !== 'group') {
      throw new Error(`kind must be user or group, not ${parsed.kind}`);
    }
    // One spelling of a ref: entity refs ignore case, and a differently
    // cased ref must not become a second subject with grants and keys.
    return stringifyEntityRef(parsed).toLocaleLowerCase('en-US');
  } catch (error) {
    throw new InputError(
      `subjectRef '${requested}' is not a user or group entity ref: ${
        (error as Error).message
      }`,
    );
  }
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
  if (!requested) {
    if (!caller.isUser) {
      throw new InputError(
        `subjectRef: a service must say which user or group to ${action} for`,
      );
    }
    return caller.userRef;
  }
  const ref = entityRefOf(requested);
  if (!callerOwns(caller, ref) && !caller.canManage) {
    throw new NotAllowedError(
      `You can ${action} for yourself or a team you belong to, not ${ref}`,
    );
  }
  return ref;
}

/**
 * A Caller as the portal's own policy makes one: admins may do everything;
 * everyone else requests access, and reads and manages the keys of
 * themselves and their groups. For services and tests built without HTTP.
 */
export function portalCaller(options: {
  userRef: string;
  groups?: string[];
  admin?: boolean;
}): Caller {
  const ownershipRefs = [options.userRef, ...(options.groups ?? [])].map(r =>
    r.toLocaleLowerCase('en-US'),
  );
  const admin = Boolean(options.admin);
  const owns = (key: { subjectRef: string }) =>
    admin || callerOwnsRef(ownershipRefs, key.subjectRef);
  const userRef = options.userRef.toLocaleLowerCase('en-US');
  return {
    userRef,
    ownershipRefs,
    isUser: userRef.startsWith('user:'),
    canManage: admin,
    canRequest: true,
    canReview: () => admin,
    reviewScopeKey: admin ? 'all' : 'none',
    canReadKey: owns,
    canManageKey: owns,
    keyReadScope: admin
      ? { all: true }
      : { criteria: { subjectRefs: ownershipRefs } },
  };
}

function callerOwnsRef(ownershipRefs: string[], ref: string) {
  const wanted = ref.toLocaleLowerCase('en-US');
  return ownershipRefs.some(r => r.toLocaleLowerCase('en-US') === wanted);
}
