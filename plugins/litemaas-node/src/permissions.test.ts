import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { litemaasAccessReviewPermission } from '@litemaas/backstage-plugin-litemaas-common';
import {
  createLiteMaasModelConditionalDecision,
  isModelOwner,
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
