import { Config } from '@backstage/config';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';

/**
 * Secrets that app-config.yaml sets for development. Production config is
 * read on top of it, so a production secret left unset (its environment
 * variable missing) would silently fall back to the public development one.
 */
const SECRETS: Array<{ path: string; env: string; minLength: number }> = [
  { path: 'auth.session.secret', env: 'AUTH_SESSION_SECRET', minLength: 32 },
  {
    path: 'litemaas.keyDelivery.secret',
    env: 'LITEMAAS_KEY_DELIVERY_SECRET',
    minLength: 32,
  },
];

/** What is wrong with the config's secrets for production; empty when fine. */
export function productionSecretProblems(
  config: Config,
  developmentValues: Record<string, string | undefined>,
): string[] {
  if (config.getOptionalString('auth.environment') !== 'production') return [];
  const problems: string[] = [];
  for (const { path, env, minLength } of SECRETS) {
    const value = config.getOptionalString(path);
    if (!value) {
      problems.push(`${path} is not set (the ${env} environment variable)`);
    } else if (value === developmentValues[path]) {
      problems.push(
        `${path} is the development value from app-config.yaml: set ${env}`,
      );
    } else if (value.length < minLength) {
      problems.push(`${path} must be at least ${minLength} characters`);
    }
  }
  return problems;
}

/**
 * Refuses to start a production backend (auth.environment: production)
 * whose session or key-delivery secret is missing, short, or the
 * development one.
 */
export const productionSecretsModule = createBackendModule({
  pluginId: 'auth',
  moduleId: 'litemaas-production-secrets',
  register(env) {
    env.registerInit({
      deps: { config: coreServices.rootConfig },
      async init({ config }) {
        const problems = productionSecretProblems(config, {
          'auth.session.secret': 'litemaas-dev-session-secret',
          'litemaas.keyDelivery.secret':
            'dev-only-key-delivery-secret-not-for-production',
        });
        if (problems.length) {
          throw new Error(
            `Refusing to start in production: ${problems.join('; ')}`,
          );
        }
      },
    });
  },
});
