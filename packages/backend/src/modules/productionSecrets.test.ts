import { ConfigReader } from '@backstage/config';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import {
  productionSecretProblems,
  productionSecretsModule,
} from './productionSecrets';

const root = resolve(__dirname, '../../../..');
const readYaml = (name: string) =>
  parse(readFileSync(resolve(root, name), 'utf8'));

/** app-config.yaml with app-config.production.yaml read on top, as the backend does. */
function productionConfig(env: Record<string, string>) {
  const substitute = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const match = /^\$\{(\w+)\}$/.exec(value);
      return match ? env[match[1]] : value;
    }
    if (Array.isArray(value)) return value.map(substitute);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .map(([k, v]) => [k, substitute(v)])
          .filter(([, v]) => v !== undefined),
      );
    }
    return value;
  };
  return ConfigReader.fromConfigs([
    { context: 'app-config.yaml', data: readYaml('app-config.yaml') },
    {
      context: 'app-config.production.yaml',
      data: substitute(readYaml('app-config.production.yaml')) as any,
    },
  ]);
}

const development = {
  'auth.session.secret': readYaml('app-config.yaml').auth.session.secret,
  'litemaas.keyDelivery.secret':
    readYaml('app-config.yaml').litemaas.keyDelivery.secret,
};

describe('production secrets', () => {
  it('a production config without its own session secret falls back to the development one, and is refused', () => {
    const config = productionConfig({
      LITEMAAS_KEY_DELIVERY_SECRET: 'k'.repeat(40),
    });
    expect(config.getString('auth.session.secret')).toBe(
      development['auth.session.secret'],
    );
    expect(productionSecretProblems(config, development)).toEqual([
      'auth.session.secret is the development value from app-config.yaml: set AUTH_SESSION_SECRET',
    ]);
  });

  it('accepts its own secrets, refuses short ones, and leaves development alone', () => {
    expect(
      productionSecretProblems(
        productionConfig({
          AUTH_SESSION_SECRET: 's'.repeat(40),
          LITEMAAS_KEY_DELIVERY_SECRET: 'k'.repeat(40),
        }),
        development,
      ),
    ).toEqual([]);
    expect(
      productionSecretProblems(
        productionConfig({
          AUTH_SESSION_SECRET: 'short',
          LITEMAAS_KEY_DELIVERY_SECRET: 'k'.repeat(40),
        }),
        development,
      ),
    ).toEqual(['auth.session.secret must be at least 32 characters']);
    expect(
      productionSecretProblems(
        new ConfigReader(readYaml('app-config.yaml')),
        development,
      ),
    ).toEqual([]);
  });

  it('the backend does not start in production on the development secret', async () => {
    await expect(
      startTestBackend({
        features: [
          productionSecretsModule,
          mockServices.rootConfig.factory({
            data: {
              auth: {
                environment: 'production',
                session: { secret: development['auth.session.secret'] },
              },
              litemaas: { keyDelivery: { secret: 'k'.repeat(40) } },
            },
          }),
        ],
      }),
    ).rejects.toThrow(/Refusing to start in production: auth.session.secret/);
  });
});
