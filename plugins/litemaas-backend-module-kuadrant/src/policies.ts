import { RouteRef } from './config';
import {
  ANNOTATIONS,
  LABELS,
  labelValue,
  MANAGED_BY,
  modelLabel,
  policyName,
  rpmAnnotation,
  tpmAnnotation,
} from './naming';

/** A Kuadrant policy as the module writes it. */
export interface Policy {
  apiVersion: string;
  kind: 'AuthPolicy' | 'TokenRateLimitPolicy' | 'RateLimitPolicy';
  metadata: {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
    resourceVersion?: string;
  };
  spec: Record<string, any>;
}

export const POLICY_KINDS = {
  AuthPolicy: { group: 'kuadrant.io', version: 'v1', plural: 'authpolicies' },
  RateLimitPolicy: {
    group: 'kuadrant.io',
    version: 'v1',
    plural: 'ratelimitpolicies',
  },
  TokenRateLimitPolicy: {
    group: 'kuadrant.io',
    version: 'v1alpha1',
    plural: 'tokenratelimitpolicies',
  },
} as const;

export type PolicyKind = keyof typeof POLICY_KINDS;

/** The key's identity as the model's AuthPolicy hands it to rate limiting. */
const IDENTITY = 'auth.identity';
const ANNOTATIONS_OF = 'auth.identity.metadata.annotations';

function annotationOr(key: string, fallback: string) {
  return `"${key}" in ${ANNOTATIONS_OF} ? ${ANNOTATIONS_OF}["${key}"] : "${fallback}"`;
}

/** The limit class a key has on a model when it has no limit there. */
export const NO_LIMIT = 'none';

/** `/v1/models` lists models; it is never limited. */
const NOT_MODEL_LIST = '!request.path.endsWith("/v1/models")';

function targetRef(route: RouteRef) {
  return {
    group: 'gateway.networking.k8s.io',
    kind: 'HTTPRoute',
    name: route.name,
    ...(route.sectionName && { sectionName: route.sectionName }),
  };
}

function metadata(model: string, route: RouteRef, instanceId: string) {
  return {
    name: policyName(model),
    namespace: route.namespace,
    labels: {
      [LABELS.managedBy]: MANAGED_BY,
      [LABELS.instance]: labelValue(instanceId),
    },
    annotations: { [ANNOTATIONS.model]: model },
  };
}

/**
 * The AuthPolicy publishing a model on its route: API keys from Secrets
 * labelled for the model (and this install), in the Authorization header
 * after the credential prefix; refused once past their expiry; the key's
 * id, user, groups and limit classes on this model exposed to rate
 * limiting. It keys on the route (or its section): an AuthPolicy cannot
 * read the model named in a request's body.
 */
export function authPolicy(options: {
  model: string;
  route: RouteRef;
  instanceId: string;
  credentialPrefix: string;
  allNamespaces: boolean;
}): Policy {
  const { model, route, instanceId } = options;
  return {
    apiVersion: 'kuadrant.io/v1',
    kind: 'AuthPolicy',
    metadata: metadata(model, route, instanceId),
    spec: {
      targetRef: targetRef(route),
      rules: {
        authentication: {
          'litemaas-api-key': {
            apiKey: {
              selector: {
                matchLabels: {
                  [modelLabel(model)]: 'true',
                  [LABELS.instance]: labelValue(instanceId),
                },
              },
              allNamespaces: options.allNamespaces,
            },
            credentials: {
              authorizationHeader: { prefix: options.credentialPrefix },
            },
          },
        },
        authorization: {
          'litemaas-not-expired': {
            patternMatching: {
              patterns: [
                {
                  predicate: `!("${ANNOTATIONS.expiresAt}" in ${ANNOTATIONS_OF}) || timestamp(${ANNOTATIONS_OF}["${ANNOTATIONS.expiresAt}"]) > request.time`,
                },
              ],
            },
          },
        },
        response: {
          success: {
            filters: {
              identity: {
                json: {
                  properties: {
                    keyId: {
                      expression: `${IDENTITY}.metadata.labels["${LABELS.keyId}"]`,
                    },
                    userId: {
                      expression: `${ANNOTATIONS_OF}["${ANNOTATIONS.userId}"]`,
                    },
                    groups: {
                      expression: annotationOr(ANNOTATIONS.groups, ''),
                    },
                    tpm: {
                      expression: annotationOr(tpmAnnotation(model), NO_LIMIT),
                    },
                    rpm: {
                      expression: annotationOr(rpmAnnotation(model), NO_LIMIT),
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}

/** The name of the limit for one class, e.g. `tpm-1000`. */
export function limitName(kind: 'tpm' | 'rpm', value: number) {
  return `${kind}-${value}`;
}

function limitsOf(kind: 'tpm' | 'rpm', classes: Iterable<number>) {
  const limits: Record<string, unknown> = {};
  for (const value of [...new Set(classes)].sort((a, b) => a - b)) {
    limits[limitName(kind, value)] = {
      rates: [{ limit: value, window: '1m' }],
      // Counted per key, whatever its class.
      counters: [{ expression: `${IDENTITY}.keyId` }],
      when: [
        { predicate: `${IDENTITY}.${kind} == "${value}"` },
        { predicate: NOT_MODEL_LIST },
      ],
    };
  }
  return limits;
}

/**
 * The TokenRateLimitPolicy of a model's route: one limit per distinct
 * tokens-per-minute value among the model's keys, each matching the keys
 * of that class and counting per key. Undefined when no key has a token
 * limit (the CRD refuses a policy without limits).
 */
export function tokenRateLimitPolicy(options: {
  model: string;
  route: RouteRef;
  instanceId: string;
  classes: Iterable<number>;
}): Policy | undefined {
  const limits = limitsOf('tpm', options.classes);
  if (Object.keys(limits).length === 0) return undefined;
  return {
    apiVersion: 'kuadrant.io/v1alpha1',
    kind: 'TokenRateLimitPolicy',
    metadata: metadata(options.model, options.route, options.instanceId),
    spec: { targetRef: targetRef(options.route), limits },
  };
}

/** The RateLimitPolicy of a model's route, the same way for requests per minute. */
export function rateLimitPolicy(options: {
  model: string;
  route: RouteRef;
  instanceId: string;
  classes: Iterable<number>;
}): Policy | undefined {
  const limits = limitsOf('rpm', options.classes);
  if (Object.keys(limits).length === 0) return undefined;
  return {
    apiVersion: 'kuadrant.io/v1',
    kind: 'RateLimitPolicy',
    metadata: metadata(options.model, options.route, options.instanceId),
    spec: { targetRef: targetRef(options.route), limits },
  };
}

/** The classes (limit values) a policy holds, from its limits' names. */
export function classesOf(
  policy: { spec?: { limits?: Record<string, unknown> } } | undefined,
  kind: 'tpm' | 'rpm',
): Set<number> {
  const classes = new Set<number>();
  for (const name of Object.keys(policy?.spec?.limits ?? {})) {
    const match = name.match(new RegExp(`^${kind}-(\\d+)$`));
    if (match) classes.add(Number(match[1]));
  }
  return classes;
}

/** Whether a policy is one this install wrote. */
export function isOwnPolicy(
  policy: { metadata?: { labels?: Record<string, string> } },
  instanceId: string,
) {
  const labels = policy.metadata?.labels ?? {};
  return (
    labels[LABELS.managedBy] === MANAGED_BY &&
    labels[LABELS.instance] === labelValue(instanceId)
  );
}
