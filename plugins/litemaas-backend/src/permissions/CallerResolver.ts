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
  Permission,
  PermissionCondition,
  PermissionCriteria,
  PermissionRuleParams,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
} from '@backstage/plugin-permission-node';
import {
  litemaasAccessRequestPermission,
  litemaasAccessReviewPermission,
  litemaasKeyManagePermission,
  litemaasKeyReadPermission,
  litemaasModelManagePermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  LiteMaasKeyQuery,
  LiteMaasKeyResource,
  litemaasKeyResourceRef,
  LiteMaasModelResource,
  litemaasModelResourceRef,
} from '@litemaas/backstage-plugin-litemaas-node';
import { Request } from 'express';
import { Caller, KeyReadScope } from './Caller';
import { DecisionCache } from './DecisionCache';

/**
 * Decisions are reused for a token this long: a role taken away in the
 * policy applies within it (config `litemaas.permissionCacheSeconds`).
 */
export const DEFAULT_DECISION_CACHE_MS = 5_000;

/** The bearer token of a request, when it came with one. */
function bearerTokenOf(req: Request<any, any, any, any>): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer[ ]+(\S+)$/i.exec(header);
  return match?.[1];
}

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
  private readonly decisions: DecisionCache;
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
      /** How long the policy's decisions are reused for one token (ms). */
      decisionCacheMs?: number;
      now?: () => number;
    },
  ) {
    this.decisions = new DecisionCache({
      ttlMs: deps.decisionCacheMs ?? DEFAULT_DECISION_CACHE_MS,
      maxEntries: 10_000,
      now: deps.now,
    });
    const ruleset = deps.permissionsRegistry.getPermissionRuleset(
      litemaasModelResourceRef,
    );
    this.authorizeConditions = createConditionAuthorizer(ruleset);
    const keyRules = deps.permissionsRegistry.getPermissionRuleset(
      litemaasKeyResourceRef,
    );
    this.authorizeKeyConditions = createConditionAuthorizer(keyRules);
    this.transformKeyConditions = createConditionTransformer(keyRules);
  }

  private readonly transformKeyConditions: (
    conditions: PermissionCriteria<
      PermissionCondition<string, PermissionRuleParams>
    >,
  ) => PermissionCriteria<LiteMaasKeyQuery>;

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
    const [decision] = await this.decide(req, credentials, [permission]);
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
    return credentials;
  }

  /**
   * The policy's decisions on the permissions, in one round trip to the
   * permission backend, or none when the same token asked the same within
   * the cache's few seconds. Basic permissions go in the same batch: the
   * policy answers them ALLOW or DENY, as for `authorize`.
   */
  private async decide(
    req: Request<any, any, any, any>,
    credentials: BackstageCredentials,
    permissions: Permission[],
  ): Promise<PolicyDecision[]> {
    const token =
      (credentials.principal as { type?: string }).type === 'user'
        ? bearerTokenOf(req)
        : undefined;
    const names = permissions.map(p => p.name).join(',');
    if (token) {
      const cached = this.decisions.get(token, names);
      if (cached) return cached;
    }
    const decisions = await this.deps.permissions.authorizeConditional(
      permissions.map(permission => ({
        permission: permission as ResourcePermission,
      })),
      { credentials },
    );
    if (token) {
      this.decisions.set(
        token,
        names,
        decisions,
        credentials.expiresAt?.getTime(),
      );
    }
    return decisions;
  }

  /**
   * Authenticates, checks a basic permission when the route has one (403
   * when denied), and resolves the Caller with every decision the services
   * apply per resource (keys, models).
   */
  async resolve(
    req: Request<any, any, any, any>,
    permission?: BasicPermission,
    options: CallerOptions = {},
  ): Promise<Caller> {
    const credentials = (await this.deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
      allowLimitedAccess: options.allowLimitedAccess,
    })) as BackstageCredentials<
      BackstageUserPrincipal | BackstageServicePrincipal
    >;
    const principal = credentials.principal;
    let userRef: string;
    let ownershipRefs: string[];
    if (principal.type === 'user') {
      const info = await this.deps.userInfo.getUserInfo(
        credentials as BackstageCredentials<BackstageUserPrincipal>,
      );
      // Refs in one spelling, as the portal stores them.
      userRef = info.userEntityRef.toLocaleLowerCase('en-US');
      ownershipRefs = info.ownershipEntityRefs.map(r =>
        r.toLocaleLowerCase('en-US'),
      );
    } else {
      userRef = principal.subject;
      ownershipRefs = [principal.subject];
    }

    // Every decision the services may need, in one batch: the policy
    // decides, the services apply (conditions included).
    const [manage, request, review, keyRead, keyManage, route] =
      await this.decide(req, credentials, [
        litemaasModelManagePermission,
        litemaasAccessRequestPermission,
        litemaasAccessReviewPermission,
        litemaasKeyReadPermission,
        litemaasKeyManagePermission,
        ...(permission ? [permission] : []),
      ]);
    if (permission && route.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
    const authorizeModel = this.authorizeConditions;
    const authorizeKey = this.authorizeKeyConditions;
    const decide =
      <R>(
        decision: PolicyDecision,
        apply: (d: PolicyDecision, r: R | undefined) => boolean,
      ) =>
      (resource: R) => {
        if (decision.result === AuthorizeResult.ALLOW) return true;
        if (decision.result === AuthorizeResult.DENY) return false;
        return apply(decision, resource);
      };
    let keyReadScope: KeyReadScope;
    if (keyRead.result === AuthorizeResult.CONDITIONAL) {
      keyReadScope = {
        criteria: this.transformKeyConditions(keyRead.conditions),
      };
    } else {
      keyReadScope =
        keyRead.result === AuthorizeResult.ALLOW
          ? { all: true }
          : { none: true };
    }
    return {
      userRef,
      ownershipRefs,
      isUser: principal.type === 'user',
      canManage: manage.result === AuthorizeResult.ALLOW,
      canRequest: request.result === AuthorizeResult.ALLOW,
      canReview: decide(review, authorizeModel),
      reviewScopeKey: JSON.stringify(review),
      canReadKey: decide(keyRead, authorizeKey),
      canManageKey: decide(keyManage, authorizeKey),
      keyReadScope,
      request: req,
      credentials,
    };
  }
}
