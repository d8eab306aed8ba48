import { Config } from '@backstage/config';
import {
  ACCESS_POLICIES,
  AccessLimits,
  AccessPolicy,
  ModelPolicy,
} from '@litemaas/backstage-plugin-litemaas-common';

function readPolicy(config: Config | undefined, key: string) {
  const value = config?.getOptionalString(key);
  if (value !== undefined && !ACCESS_POLICIES.includes(value as AccessPolicy)) {
    throw new Error(
      `Invalid ${key} '${value}': use one of ${ACCESS_POLICIES.join(', ')}`,
    );
  }
  return value as AccessPolicy | undefined;
}

function readLimits(config: Config | undefined): AccessLimits {
  if (!config) return {};
  return {
    tpm: config.getOptionalNumber('tpm'),
    rpm: config.getOptionalNumber('rpm'),
    maxBudget: config.getOptionalNumber('maxBudget'),
    budgetDuration: config.getOptionalString('budgetDuration'),
  };
}

function readMaxGrantDays(config: Config): number | undefined {
  const days = config.getOptionalNumber('maxGrantDays');
  if (days !== undefined && !(Number.isInteger(days) && days >= 1)) {
    throw new Error(
      `Invalid maxGrantDays ${days} for model '${config.getString(
        'name',
      )}': use a whole number of days, 1 or more`,
    );
  }
  return days;
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}

/**
 * The policy of models no admin has edited yet: the `litemaas.models` entry
 * with that name,
 * else `litemaas.defaultAccessPolicy` (restricted unless configured).
 */
export function defaultPoliciesFromConfig(
  config: Config,
): (modelName: string) => ModelPolicy {
  const fallback =
    readPolicy(config, 'litemaas.defaultAccessPolicy') ?? 'restricted';
  const perModel = new Map<string, ModelPolicy>();
  // A list, not a map: model names such as granite-3.1-8b contain dots,
  // which config keys may not.
  for (const entry of config.getOptionalConfigArray('litemaas.models') ?? []) {
    const name = entry.getString('name');
    perModel.set(
      name,
      compact({
        accessPolicy: readPolicy(entry, 'accessPolicy') ?? fallback,
        ownerRef: entry.getOptionalString('owner'),
        description: entry.getOptionalString('description'),
        defaultLimits: compact(
          readLimits(entry.getOptionalConfig('defaultLimits')),
        ),
        maxGrantDays: readMaxGrantDays(entry),
      }),
    );
  }
  return name =>
    perModel.get(name) ?? { accessPolicy: fallback, defaultLimits: {} };
}
