import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  litemaasAccessReviewPermission,
  litemaasKeyManagePermission,
  litemaasKeyReadPermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  createLiteMaasKeyConditionalDecision,
  createLiteMaasModelConditionalDecision,
  isKeyOwner,
  isModelOwner,
  litemaasKeyConditions,
  litemaasModelConditions,
} from './permissions';

describe('isModelOwner', () => {
  const claims = ['user:default/carol', 'group:default/ml-platform'];

  it('matches models owned by one of the claims, ignoring case', () => {
    expect(
      isModelOwner.apply(
        { name: 'granite', ownerRef: 'group:default/ML-Platform' },
        { claims },
      ),
    ).toBe(true);
  });

  it('does not match other owners or unowned models', () => {
    expect(
      isModelOwner.apply(
        { name: 'gpt', ownerRef: 'group:default/openai-team' },
        { claims },
      ),
    ).toBe(false);
    expect(isModelOwner.apply({ name: 'gpt' }, { claims })).toBe(false);
  });

  it('builds a conditional decision a policy can return', () => {
    const decision = createLiteMaasModelConditionalDecision(
      litemaasAccessReviewPermission,
      litemaasModelConditions.isModelOwner({ claims }),
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'litemaas',
      resourceType: 'litemaas-model',
      conditions: {
        rule: 'IS_MODEL_OWNER',
        resourceType: 'litemaas-model',
        params: { claims },
      },
    });
  });
});

describe('isKeyOwner', () => {
  const claims = ['user:default/alice', 'group:default/payments'];

  it('matches keys of the user and of their groups, ignoring case', () => {
    expect(
      isKeyOwner.apply(
        { id: 'k1', subjectRef: 'user:default/Alice' },
        { claims },
      ),
    ).toBe(true);
    expect(
      isKeyOwner.apply(
        { id: 'k2', subjectRef: 'group:default/payments' },
        { claims },
      ),
    ).toBe(true);
  });

  it('does not match keys of anyone else', () => {
    expect(
      isKeyOwner.apply(
        { id: 'k3', subjectRef: 'user:default/bob' },
        { claims },
      ),
    ).toBe(false);
    expect(
      isKeyOwner.apply(
        { id: 'k4', subjectRef: 'user:other/alice' },
        { claims },
      ),
    ).toBe(false);
    expect(
      isKeyOwner.apply({ id: 'k5', subjectRef: 'x' }, { claims: [] }),
    ).toBe(false);
  });

  it('turns into a query of owners for lists', () => {
    expect(isKeyOwner.toQuery({ claims })).toEqual({ subjectRefs: claims });
  });

  it('builds a conditional decision for either key permission', () => {
    for (const permission of [
      litemaasKeyReadPermission,
      litemaasKeyManagePermission,
    ]) {
      expect(
        createLiteMaasKeyConditionalDecision(
          permission,
          litemaasKeyConditions.isKeyOwner({ claims }),
        ),
      ).toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'litemaas',
        resourceType: 'litemaas-key',
        conditions: {
          rule: 'IS_KEY_OWNER',
          resourceType: 'litemaas-key',
          params: { claims },
        },
      });
    }
  });
});
