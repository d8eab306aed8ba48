import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
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
 * Test doubles for the identity and permission services that behave like
 * the portal's policy: admins do everything, owners review their models,
 * everyone browses and requests. Groups come from `memberships`.
 */
export function portalPolicyServices(options: {
  memberships: Record<string, string[]>;
  admins: string[];
}) {
  const refsOf = (credentials: BackstageCredentials) => {
    const principal = credentials.principal as {
      type: string;
      userEntityRef?: string;
      subject?: string;
    };
    if (principal.type !== 'user') return [principal.subject ?? 'service'];
    const user = principal.userEntityRef!;
    return [user, ...(options.memberships[user] ?? [])];
  };
  const isAdmin = (credentials: BackstageCredentials) =>
    refsOf(credentials).some(r => options.admins.includes(r));

  const permissions: PermissionsService = {
    async authorize(requests, { credentials }) {
      return requests.map(({ permission }) => {
        if (
          permission.name === litemaasModelManagePermission.name &&
          !isAdmin(credentials)
        ) {
          return { result: AuthorizeResult.DENY };
        }
        return { result: AuthorizeResult.ALLOW };
      });
    },
    // Basic permissions too, as the permission backend answers them.
    async authorizeConditional(requests, { credentials }) {
      return requests.map(({ permission }) => {
        if (
          permission.name === litemaasModelManagePermission.name &&
          !isAdmin(credentials)
        ) {
          return { result: AuthorizeResult.DENY };
        }
        if (
          isResourcePermission(permission) &&
          permission.name === litemaasAccessReviewPermission.name &&
          !isAdmin(credentials)
        ) {
          return createLiteMaasModelConditionalDecision(
            litemaasAccessReviewPermission,
            litemaasModelConditions.isModelOwner({
              claims: refsOf(credentials),
            }),
          );
        }
        if (
          isResourcePermission(permission) &&
          (permission.name === litemaasKeyManagePermission.name ||
            permission.name === litemaasKeyReadPermission.name) &&
          !isAdmin(credentials)
        ) {
          return createLiteMaasKeyConditionalDecision(
            permission as typeof litemaasKeyManagePermission,
            litemaasKeyConditions.isKeyOwner({ claims: refsOf(credentials) }),
          );
        }
        return { result: AuthorizeResult.ALLOW };
      });
    },
  };

  return [
    createServiceFactory({
      service: coreServices.permissions,
      deps: {},
      factory: () => permissions,
    }),
    createServiceFactory({
      service: coreServices.userInfo,
      deps: {},
      factory: () => ({
        async getUserInfo(credentials: BackstageCredentials) {
          const refs = refsOf(credentials);
          return { userEntityRef: refs[0], ownershipEntityRefs: refs };
        },
      }),
    }),
  ];
}
