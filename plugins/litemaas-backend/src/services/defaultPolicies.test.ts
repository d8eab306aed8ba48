import { ConfigReader } from '@backstage/config';
import { defaultPoliciesFromConfig } from './defaultPolicies';

describe('defaultPoliciesFromConfig', () => {
  it('reads per-model policies, including names with dots', () => {
    const policyOf = defaultPoliciesFromConfig(
      new ConfigReader({
        litemaas: {
          defaultAccessPolicy: 'open',
          models: [
            {
              name: 'granite-3.1-2b-instruct',
              accessPolicy: 'restricted',
              owner: 'group:default/ml-platform',
              defaultLimits: { tpm: 20000 },
            },
          ],
        },
      }),
    );
    expect(policyOf('granite-3.1-2b-instruct')).toEqual({
      accessPolicy: 'restricted',
      ownerRef: 'group:default/ml-platform',
      defaultLimits: { tpm: 20000 },
    });
    expect(policyOf('anything-else')).toEqual({
      accessPolicy: 'open',
      defaultLimits: {},
    });
  });

  it('defaults to restricted and rejects unknown policies', () => {
    expect(defaultPoliciesFromConfig(new ConfigReader({}))('x')).toEqual({
      accessPolicy: 'restricted',
      defaultLimits: {},
    });
    expect(() =>
      defaultPoliciesFromConfig(
        new ConfigReader({ litemaas: { defaultAccessPolicy: 'public' } }),
      ),
    ).toThrow(/Invalid litemaas.defaultAccessPolicy 'public'/);
  });
});
