import { isCelError, run } from '@bufbuild/cel';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { FakeKubernetes } from './FakeKubernetes';

/** A request as it reaches a Kuadrant-protected route. */
export interface GatewayRequest {
  /** The HTTPRoute the request matched, and the rule of it, if named. */
  route: { namespace: string; name: string; sectionName?: string };
  path: string;
  /** The Authorization header, if any. */
  authorization?: string;
  time?: Date;
}

/** One rate limit that applies to a request. */
export interface AppliedLimit {
  policy: string;
  name: string;
  limit: number;
  window: string;
  /** The counter's values: whose count the request adds to. */
  counter: string[];
}

/** What the gateway does with a request. */
export interface GatewayAnswer {
  /** 200 passes to the model server; 401 not authenticated; 403 refused. */
  status: 200 | 401 | 403;
  /** What the AuthPolicy's success filter `identity` exposed. */
  identity?: Record<string, unknown>;
  tokenLimits: AppliedLimit[];
  requestLimits: AppliedLimit[];
}

/** JSON as CEL sees it: objects as maps, whole numbers as ints. */
function toCel(value: unknown): any {
  if (value instanceof Date) return timestampFromDate(value);
  if (Array.isArray(value)) return value.map(toCel);
  if (value && typeof value === 'object') {
    return new Map(Object.entries(value).map(([k, v]) => [k, toCel(v)]));
  }
  if (typeof value === 'number' && Number.isInteger(value)) {
    return BigInt(value);
  }
  return value;
}

function fromCel(value: unknown): unknown {
  if (value instanceof Map) {
    return Object.fromEntries([...value].map(([k, v]) => [k, fromCel(v)]));
  }
  if (typeof value === 'bigint') return Number(value);
  return value;
}

function evaluate(expression: string, bindings: Record<string, unknown>) {
  const result = run(
    expression,
    Object.fromEntries(Object.entries(bindings).map(([k, v]) => [k, toCel(v)])),
  );
  if (isCelError(result)) {
    throw new Error(`CEL ${expression}: ${result.message}`);
  }
  return fromCel(result);
}

type Obj = Record<string, any>;

/** Policies of a kind on a route: those on its rule win over those on the whole route. */
function policiesFor(
  fake: FakeKubernetes,
  kind: string,
  route: GatewayRequest['route'],
): Obj[] {
  const onRoute = (fake.list(kind, route.namespace) as Obj[]).filter(
    p =>
      p.spec?.targetRef?.kind === 'HTTPRoute' &&
      p.spec?.targetRef?.name === route.name,
  );
  const onSection = onRoute.filter(
    p =>
      route.sectionName !== undefined &&
      p.spec.targetRef.sectionName === route.sectionName,
  );
  if (onSection.length) return onSection;
  return onRoute.filter(p => p.spec.targetRef.sectionName === undefined);
}

function matchesSelector(labels: Record<string, string>, selector: Obj) {
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const expression of selector?.matchExpressions ?? []) {
    const has = expression.key in labels;
    const value = labels[expression.key];
    switch (expression.operator) {
      case 'In':
        if (!has || !expression.values.includes(value)) return false;
        break;
      case 'NotIn':
        if (has && expression.values.includes(value)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        throw new Error(`unknown selector operator ${expression.operator}`);
    }
  }
  return true;
}

function limitsOf(
  fake: FakeKubernetes,
  kind: string,
  request: GatewayRequest,
  bindings: Record<string, unknown>,
): AppliedLimit[] {
  const applied: AppliedLimit[] = [];
  for (const policy of policiesFor(fake, kind, request.route)) {
    const policyWhen = (policy.spec.when ?? []) as Obj[];
    if (!policyWhen.every(w => evaluate(w.predicate, bindings) === true)) {
      continue;
    }
    for (const [name, limit] of Object.entries(
      (policy.spec.limits ?? {}) as Record<string, Obj>,
    )) {
      const when = (limit.when ?? []) as Obj[];
      if (!when.every(w => evaluate(w.predicate, bindings) === true)) continue;
      for (const rate of limit.rates ?? []) {
        applied.push({
          policy: policy.metadata.name,
          name,
          limit: rate.limit,
          window: rate.window,
          counter: ((limit.counters ?? []) as Obj[]).map(c =>
            String(evaluate(c.expression, bindings)),
          ),
        });
      }
    }
  }
  return applied;
}

/**
 * Decides a request as a Kuadrant gateway would, from the objects in the
 * fake cluster: the route's AuthPolicy (API keys from Secrets that carry
 * Authorino's label and match its selector, in `authorinoNamespace` or in
 * every namespace, presented after the credential prefix; its
 * authorization predicates; its success filter `identity`), then the
 * route's TokenRateLimitPolicies and RateLimitPolicies (the limits whose
 * predicates hold, with their counters). Predicates and expressions run in
 * a real CEL evaluator.
 */
export function decideAtGateway(
  fake: FakeKubernetes,
  request: GatewayRequest,
  options: { authorinoNamespace?: string } = {},
): GatewayAnswer {
  const time = request.time ?? new Date();
  const req = { path: request.path, time };
  const policies = policiesFor(fake, 'AuthPolicy', request.route);
  if (policies.length === 0) {
    return {
      status: 200,
      tokenLimits: limitsOf(fake, 'TokenRateLimitPolicy', request, {
        request: req,
        auth: {},
      }),
      requestLimits: limitsOf(fake, 'RateLimitPolicy', request, {
        request: req,
        auth: {},
      }),
    };
  }
  const rules = policies[0].spec.rules ?? {};
  let identity: Obj | undefined;
  for (const rule of Object.values(
    (rules.authentication ?? {}) as Record<string, Obj>,
  )) {
    if (!rule.apiKey) continue;
    const prefix = rule.credentials?.authorizationHeader?.prefix ?? 'Bearer';
    const header = request.authorization ?? '';
    if (!header.startsWith(`${prefix} `)) continue;
    const presented = header.slice(prefix.length + 1);
    const namespace = rule.apiKey.allNamespaces
      ? undefined
      : options.authorinoNamespace ?? 'kuadrant-system';
    const secrets = (fake.list('Secret', namespace) as Obj[]).filter(
      s =>
        s.metadata.labels?.['authorino.kuadrant.io/managed-by'] ===
          'authorino' &&
        matchesSelector(s.metadata.labels ?? {}, rule.apiKey.selector),
    );
    const match = secrets.find(
      s =>
        Buffer.from(String(s.data?.api_key ?? ''), 'base64').toString(
          'utf8',
        ) === presented,
    );
    if (match) {
      identity = match;
      break;
    }
  }
  if (!identity) return { status: 401, tokenLimits: [], requestLimits: [] };
  const authBindings = { request: req, auth: { identity } };
  for (const rule of Object.values(
    (rules.authorization ?? {}) as Record<string, Obj>,
  )) {
    for (const pattern of rule.patternMatching?.patterns ?? []) {
      if (evaluate(pattern.predicate, authBindings) !== true) {
        return { status: 403, tokenLimits: [], requestLimits: [] };
      }
    }
  }
  const filter = rules.response?.success?.filters?.identity?.json?.properties;
  const exposed: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(
    (filter ?? {}) as Record<string, Obj>,
  )) {
    exposed[name] =
      property.expression !== undefined
        ? evaluate(property.expression, authBindings)
        : property.value;
  }
  const limitBindings = { request: req, auth: { identity: exposed } };
  return {
    status: 200,
    identity: exposed,
    tokenLimits: limitsOf(fake, 'TokenRateLimitPolicy', request, limitBindings),
    requestLimits: limitsOf(fake, 'RateLimitPolicy', request, limitBindings),
  };
}
