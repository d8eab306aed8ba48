import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** An HTTPRoute (or one rule of it) that a model is served on. */
export interface RouteRef {
  namespace: string;
  name: string;
  sectionName?: string;
}

export interface KuadrantConfig {
  url: string;
  serviceAccountToken?: string;
  caData?: string;
  skipTLSVerify: boolean;
  secretNamespace: string;
  allNamespaces: boolean;
  credentialPrefix: string;
  requestTimeoutMs: number;
  /** Published models, by LiteLLM model name. */
  models: Map<string, RouteRef>;
}

/** `litemaas.kuadrant`, or undefined when it is not configured. */
export function readKuadrantConfig(root: Config): KuadrantConfig | undefined {
  const config = root.getOptionalConfig('litemaas.kuadrant');
  if (!config) return undefined;
  const models = new Map<string, RouteRef>();
  const byTarget = new Map<string, string>();
  // A list, not a map: model names often have dots, which config keys
  // cannot.
  for (const entry of config.getOptionalConfigArray('models') ?? []) {
    const model = entry.getString('name');
    const route = entry.getConfig('route');
    const ref: RouteRef = {
      namespace: route.getString('namespace'),
      name: route.getString('name'),
      sectionName: route.getOptionalString('sectionName'),
    };
    if (models.has(model)) {
      throw new InputError(
        `litemaas.kuadrant.models: ${model} is listed twice`,
      );
    }
    // Only one TokenRateLimitPolicy is fully effective per target: two
    // models on one target would share, and lose, their limits.
    const target = `${ref.namespace}/${ref.name}#${ref.sectionName ?? ''}`;
    const other = byTarget.get(target);
    if (other) {
      throw new InputError(
        `litemaas.kuadrant.models: ${other} and ${model} are published on the same route (${target}); give each its own route or sectionName`,
      );
    }
    byTarget.set(target, model);
    models.set(model, ref);
  }
  const requestTimeoutMs =
    config.getOptionalNumber('requestTimeoutMs') ?? 10_000;
  if (!(requestTimeoutMs > 0)) {
    throw new InputError('litemaas.kuadrant.requestTimeoutMs must be positive');
  }
  return {
    url: config.getString('url'),
    serviceAccountToken: config.getOptionalString('serviceAccountToken'),
    caData: config.getOptionalString('caData'),
    skipTLSVerify: config.getOptionalBoolean('skipTLSVerify') ?? false,
    secretNamespace:
      config.getOptionalString('secretNamespace') ?? 'kuadrant-system',
    allNamespaces: config.getOptionalBoolean('allNamespaces') ?? false,
    credentialPrefix: config.getOptionalString('credentialPrefix') ?? 'Bearer',
    requestTimeoutMs,
    models,
  };
}
