import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  litemaasKeyManagePermission,
  litemaasAccessRequestPermission,
  litemaasAccessReviewPermission,
  litemaasModelManagePermission,
  litemaasModelReadPermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import { LiteMaasPermissionPolicy } from './permissionPolicy';

const groups: Record<string, string[]> = {
  'user:default/dana': ['user:default/dana', 'group:default/litemaas-admins'],
  'user:default/carol': ['user:default/carol', 'group:default/ml-platform'],
  'user:default/alice': ['user:default/alice', 'group:default/payments'],
};

const userInfo = {
  getUserInfo: async (credentials: any) => {
    const ref = credentials.principal.userEntityRef;
    return { userEntityRef: ref, ownershipEntityRefs: groups[ref] };
  },
};

function asUser(ref: string) {
  const credentials = mockCredentials.user(ref);
  return { credentials, info: { userEntityRef: ref, ownershipEntityRefs: [] } };
}

describe('LiteMaasPermissionPolicy', () => {
  const policy = new LiteMaasPermissionPolicy(
    ['group:default/litemaas-admins'],
    userInfo,
  );

  it('lets admins do everything', async () => {
    for (const permission of [
      litemaasModelManagePermission,
      litemaasAccessReviewPermission,
    ]) {
      await expect(
        policy.handle({ permission }, asUser('user:default/dana')),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    }
  });

  it('lets owners review their own models only', async () => {
    await expect(
      policy.handle(
        { permission: litemaasAccessReviewPermission },
        asUser('user:default/carol'),
      ),
    ).resolves.toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'litemaas',
      resourceType: 'litemaas-model',
      conditions: {
        rule: 'IS_MODEL_OWNER',
        resourceType: 'litemaas-model',
        params: { claims: groups['user:default/carol'] },
      },
    });
  });

  it('lets developers browse and request, not manage', async () => {
    const alice = asUser('user:default/alice');
    await expect(
      policy.handle({ permission: litemaasModelReadPermission }, alice),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: litemaasAccessRequestPermission }, alice),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: litemaasModelManagePermission }, alice),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it("lets users manage their own and their teams' keys only", async () => {
    await expect(
      policy.handle(
        { permission: litemaasKeyManagePermission },
        asUser('user:default/alice'),
      ),
    ).resolves.toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'litemaas',
      resourceType: 'litemaas-key',
      conditions: {
        rule: 'IS_KEY_OWNER',
        resourceType: 'litemaas-key',
        params: { claims: groups['user:default/alice'] },
      },
    });
  });

  it('leaves other plugins alone', async () => {
    await expect(
      policy.handle(
        {
          permission: {
            type: 'basic',
            name: 'catalog.entity.create',
            attributes: { action: 'create' },
          },
        },
        asUser('user:default/alice'),
      ),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });
});
