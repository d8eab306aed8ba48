import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsRegistryService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import {
  litemaasAccessReviewPermission,
  litemaasKeyManagePermission,
  litemaasModelManagePermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  LiteMaasKeyResource,
  litemaasKeyResourceRef,
  LiteMaasModelResource,
  litemaasModelResourceRef,
} from '@litemaas/backstage-plugin-litemaas-node';
import { Request } from 'express';
import { Caller } from './Caller';

export interface CallerOptions {
  /**
   * Also accept Backstage's limited user cookie: for routes a browser opens
   * directly, such as downloads (the route needs a `user-cookie` policy).
   */
  allowLimitedAccess?: boolean;
}

/**
 * Turns an HTTP request into a Caller: authenticates, and makes the
 * permission decisions (manage; review, possibly conditional on ownership).
 */
export class CallerResolver {
  private readonly authorizeConditions: (
    decision: PolicyDecision,
    resource: LiteMaasModelResource | undefined,
  ) => boolean;

  constructor(
    private readonly deps: {
      httpAuth: HttpAuthService;
      userInfo: UserInfoService;
      permissions: PermissionsService;
      permissionsRegistry: PermissionsRegistryService;
    },
  ) {
    const ruleset = deps.permissionsRegistry.getPermissionRuleset(
      litemaasModelResourceRef,
    );
    this.authorizeConditions = createConditionAuthorizer(ruleset);
    this.authorizeKeyConditions = createConditionAuthorizer(
      deps.permissionsRegistry.getPermissionRuleset(litemaasKeyResourceRef),
    );
  }

  private readonly authorizeKeyConditions: (
    decision: PolicyDecision,
    resource: LiteMaasKeyResource | undefined,
  ) => boolean;

  /** Authenticates and checks a basic permission; 403 when denied. */
  async require(
    req: Request<any, any, any, any>,
    permission: BasicPermission,
    options: CallerOptions = {},
  ): Promise<BackstageCredentials> {
    const credentials = await this.deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
      allowLimitedAccess: options.allowLimitedAccess,
    });
    const [decision] = await this.deps.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
    return credentials;
  }

  /** Authenticates a user, checks a basic permission, and resolves the Caller. */
  async resolve(
    req: Request<any, any, any, any>,
    permission: BasicPermission,
    options: CallerOptions = {},
  ): Promise<Caller> {
    const credentials = (await this.require(
      req,
      permission,
      options,
    )) as BackstageCredentials<
      BackstageUserPrincipal | BackstageServicePrincipal
    >;
    const principal = credentials.principal;
    let userRef: string;
    let ownershipRefs: string[];
    if (principal.type === 'user') {
      const info = await this.deps.userInfo.getUserInfo(
        credentials as BackstageCredentials<BackstageUserPrincipal>,
      );
      userRef = info.userEntityRef;
      ownershipRefs = info.ownershipEntityRefs;
    } else {
      userRef = principal.subject;
      ownershipRefs = [principal.subject];
    }

    const [manage] = await this.deps.permissions.authorize(
      [{ permission: litemaasModelManagePermission }],
      { credentials },
    );
    const [review, keyManage] =
      await this.deps.permissions.authorizeConditional(
        [
          { permission: litemaasAccessReviewPermission },
          { permission: litemaasKeyManagePermission },
        ],
        { credentials },
      );
    const canManage = manage.result === AuthorizeResult.ALLOW;
    const authorizeConditions = this.authorizeConditions;
    const authorizeKeyConditions = this.authorizeKeyConditions;
    return {
      userRef,
      ownershipRefs,
      canManage,
      canReview(model) {
        if (canManage || review.result === AuthorizeResult.ALLOW) return true;
        if (review.result === AuthorizeResult.DENY) return false;
        return authorizeConditions(review, model);
      },
      canManageKey(key) {
        if (canManage || keyManage.result === AuthorizeResult.ALLOW) {
          return true;
        }
        if (keyManage.result === AuthorizeResult.DENY) return false;
        return authorizeKeyConditions(keyManage, key);
      },
    };
  }
}
