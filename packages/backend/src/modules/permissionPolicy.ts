import {
  coreServices,
  createBackendModule,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  litemaasAccessReviewPermission,
  litemaasKeyManagePermission,
  litemaasKeyReadPermission,
  litemaasModelManagePermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  createLiteMaasKeyConditionalDecision,
  createLiteMaasModelConditionalDecision,
  litemaasKeyConditions,
  litemaasModelConditions,
} from '@litemaas/backstage-plugin-litemaas-node';

/**
 * The portal's policy:
 * - members of `litemaas.admins` (users or groups) may do everything in LiteMaaS;
 * - owners of a model may review requests for it;
 * - a key may be seen and managed by its user, or the members of its team;
 * - everyone else may browse and request, but not manage models;
 * - every other plugin's permissions are allowed (as the template's policy did).
 */
export class LiteMaasPermissionPolicy implements PermissionPolicy {
  private readonly adminRefs: Set<string>;

  constructor(adminRefs: string[], private readonly userInfo: UserInfoService) {
    this.adminRefs = new Set(adminRefs.map(r => r.toLocaleLowerCase('en-US')));
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (!permission.name.startsWith('litemaas.')) {
      return { result: AuthorizeResult.ALLOW };
    }
    const principal = user?.credentials.principal as
      | { type?: string }
      | undefined;
    if (!user || principal?.type !== 'user') {
      // Services (e.g. scheduled jobs of other plugins) act on their own terms.
      return { result: AuthorizeResult.ALLOW };
    }
    const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
      user.credentials,
    );
    const isAdmin = ownershipEntityRefs.some(ref =>
      this.adminRefs.has(ref.toLocaleLowerCase('en-US')),
    );
    if (isAdmin) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (isPermission(permission, litemaasAccessReviewPermission)) {
      return createLiteMaasModelConditionalDecision(
        permission,
        litemaasModelConditions.isModelOwner({ claims: ownershipEntityRefs }),
      );
    }
    if (
      isPermission(permission, litemaasKeyManagePermission) ||
      isPermission(permission, litemaasKeyReadPermission)
    ) {
      return createLiteMaasKeyConditionalDecision(
        permission,
        litemaasKeyConditions.isKeyOwner({ claims: ownershipEntityRefs }),
      );
    }
    if (isPermission(permission, litemaasModelManagePermission)) {
      return { result: AuthorizeResult.DENY };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** Installs the LiteMaaS policy into the permission backend. */
export const permissionModuleLiteMaasPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'litemaas-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        userInfo: coreServices.userInfo,
        policy: policyExtensionPoint,
      },
      async init({ config, userInfo, policy }) {
        policy.setPolicy(
          new LiteMaasPermissionPolicy(
            config.getOptionalStringArray('litemaas.admins') ?? [],
            userInfo,
          ),
        );
      },
    });
  },
});
