import { ConfigReader } from '@backstage/config';
import { readKuadrantConfig } from './config';

describe('readKuadrantConfig', () => {
  it('is off when not configured', () => {
    expect(readKuadrantConfig(new ConfigReader({}))).toBeUndefined();
  });

  it('has defaults that work with Kuadrant and OpenAI SDKs as they are', () => {
    const config = readKuadrantConfig(
      new ConfigReader({
        litemaas: {
          kuadrant: {
            url: 'https://api.cluster:6443',
            models: [
              {
                name: 'granite-3.1-2b-instruct',
                route: { namespace: 'models', name: 'granite' },
              },
            ],
          },
        },
      }),
    );
    expect(config).toEqual({
      url: 'https://api.cluster:6443',
      serviceAccountToken: undefined,
      caData: undefined,
      skipTLSVerify: false,
      secretNamespace: 'kuadrant-system',
      allNamespaces: false,
      credentialPrefix: 'Bearer',
      requestTimeoutMs: 10_000,
      models: new Map([
        [
          'granite-3.1-2b-instruct',
          { namespace: 'models', name: 'granite', sectionName: undefined },
        ],
      ]),
    });
  });

  it('refuses two models on one route or rule', () => {
    const config = (models: object[]) =>
      readKuadrantConfig(
        new ConfigReader({
          litemaas: { kuadrant: { url: 'https://k8s', models } },
        }),
      );
    expect(() =>
      config([
        { name: 'a', route: { namespace: 'n', name: 'r' } },
        { name: 'b', route: { namespace: 'n', name: 'r' } },
      ]),
    ).toThrow('a and b are published on the same route (n/r#)');
    // One shared route, a rule per model: fine.
    expect(
      config([
        { name: 'a', route: { namespace: 'n', name: 'r', sectionName: 'a' } },
        { name: 'b', route: { namespace: 'n', name: 'r', sectionName: 'b' } },
      ])?.models.size,
    ).toBe(2);
  });
});
