import { mockServices } from '@backstage/backend-test-utils';
import {
  compileCrdValidators,
  FakeKubernetes,
  FakeKubernetesOptions,
  validateObject,
} from '@litemaas/kubernetes-test-utils';
import { KuadrantConfig, RouteRef } from '../config';
import { KuadrantCluster } from '../KuadrantCluster';
import { KuadrantKeyManager } from '../KuadrantKeyManager';

/** Compiles the policies' CRD schemas: a second or two, for a beforeAll. */
export function compilePolicySchemas() {
  compileCrdValidators([
    'AuthPolicy',
    'TokenRateLimitPolicy',
    'RateLimitPolicy',
  ]);
}

/**
 * A fake API server that checks every write as a real one would (schema,
 * CEL rules, metadata): a write it would refuse fails with 422.
 */
export function startFakeCluster(options: FakeKubernetesOptions = {}) {
  return FakeKubernetes.start({ validate: validateObject, ...options });
}

/** The module's config against a fake cluster, the given models published. */
export function configFor(
  fake: FakeKubernetes,
  models: Record<string, RouteRef>,
  extra: Partial<KuadrantConfig> = {},
): KuadrantConfig {
  return {
    url: fake.url,
    skipTLSVerify: true,
    secretNamespace: 'kuadrant-system',
    allNamespaces: false,
    credentialPrefix: 'Bearer',
    requestTimeoutMs: 2_000,
    models: new Map(Object.entries(models)),
    ...extra,
  };
}

/** A key manager of one portal install against the fake cluster, bound. */
export async function managerOn(
  fake: FakeKubernetes,
  models: Record<string, RouteRef>,
  options: { instanceId?: string; config?: Partial<KuadrantConfig> } = {},
) {
  const config = configFor(fake, models, options.config);
  const logger = mockServices.logger.mock();
  const cluster = new KuadrantCluster(config);
  const manager = new KuadrantKeyManager({ cluster, config, logger });
  await manager.bind({ instanceId: options.instanceId ?? 'portal-a' });
  return { manager, logger, cluster, config };
}
