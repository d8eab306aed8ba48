import { validateObject } from './validation';

describe('validateObject', () => {
  it('accepts a valid Secret and refuses what the API server would', () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'litemaas-key-1',
        namespace: 'kuadrant-system',
        labels: { 'authorino.kuadrant.io/managed-by': 'authorino' },
        annotations: { 'secret.kuadrant.io/user-id': 'user:default/alice' },
      },
      stringData: { api_key: 'sk-abc' },
      type: 'Opaque',
    };
    expect(validateObject(secret)).toEqual([]);
    expect(
      validateObject({
        ...secret,
        metadata: {
          ...secret.metadata,
          name: 'Not_A_Name',
          labels: { 'model/with/slash': 'x', ok: 'a'.repeat(64) },
        },
      }),
    ).toEqual([
      'metadata.name is not a DNS subdomain: Not_A_Name',
      "metadata.labels: the prefix of 'model/with/slash' is not a DNS subdomain",
      `metadata.labels['ok'] is not a label value: ${'a'.repeat(64)}`,
    ]);
    expect(validateObject({ ...secret, data: { api_key: 42 } })).not.toEqual(
      [],
    );
    expect(
      validateObject({ ...secret, stringData: { 'bad key': 'x' } }),
    ).toContain("stringData['bad key'] is not a valid Secret key");
  });

  it('checks Kuadrant policies against the real CRDs', () => {
    const policy = {
      apiVersion: 'kuadrant.io/v1',
      kind: 'AuthPolicy',
      metadata: { name: 'granite', namespace: 'models' },
      spec: {
        targetRef: {
          group: 'gateway.networking.k8s.io',
          kind: 'HTTPRoute',
          name: 'granite',
        },
        rules: {
          authentication: {
            'api-key': {
              apiKey: { selector: { matchLabels: { app: 'granite' } } },
              credentials: { authorizationHeader: { prefix: 'Bearer' } },
            },
          },
        },
      },
    };
    expect(validateObject(policy)).toEqual([]);
    // Valid by the schema, refused by the CRD's rules: no rule at all.
    expect(
      validateObject({ ...policy, spec: { ...policy.spec, rules: {} } }),
    ).not.toEqual([]);
    expect(
      validateObject({ ...policy, spec: { rules: {} } }).join('\n'),
    ).toContain("must have required property 'targetRef'");
    expect(
      validateObject({ ...policy, apiVersion: 'kuadrant.io/v9' }),
    ).toContain('no served CRD version for kuadrant.io/v9/AuthPolicy');
  });

  it("evaluates the CRDs' CEL rules, as the API server does", () => {
    const limits = {
      apiVersion: 'kuadrant.io/v1alpha1',
      kind: 'TokenRateLimitPolicy',
      metadata: { name: 'granite', namespace: 'models' },
      spec: {
        targetRef: {
          group: 'gateway.networking.k8s.io',
          kind: 'HTTPRoute',
          name: 'granite',
        },
        limits: {
          'tpm-1000': {
            rates: [{ limit: 1000, window: '1m' }],
            counters: [{ expression: 'auth.identity.keyId' }],
            when: [{ predicate: 'auth.identity.tpm == "1000"' }],
          },
        },
      },
    };
    expect(validateObject(limits)).toEqual([]);
    // A policy without limits passes the schema but not the CRD's rules.
    const empty = { ...limits, spec: { ...limits.spec, limits: {} } };
    expect(validateObject(empty)).toEqual([
      '/spec: At least one spec.limits must be defined',
    ]);
    const both = {
      ...limits,
      spec: { ...limits.spec, defaults: { limits: limits.spec.limits } },
    };
    expect(validateObject(both)).toEqual([
      '/spec: Implicit and explicit defaults are mutually exclusive',
    ]);
  });

  it('refuses unknown fields of built-in kinds, as strict field validation does', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'portal', namespace: 'litemaas' },
      spec: {
        selector: { matchLabels: { app: 'portal' } },
        template: {
          metadata: { labels: { app: 'portal' } },
          spec: {
            containers: [
              {
                name: 'backend',
                image: 'portal:1',
                ports: [{ name: 'http', containerPort: 7007 }],
                readinessProbe: { httpGet: { path: '/', port: 'http' } },
                resources: { limits: { memory: '512Mi' } },
              },
            ],
          },
        },
      },
    };
    expect(validateObject(deployment)).toEqual([]);
    const typo = structuredClone(deployment) as any;
    typo.spec.template.spec.containers[0].readinesProbe = {};
    expect(validateObject(typo)).toEqual([
      '/spec/template/spec/containers/0: unknown field "readinesProbe"',
    ]);
    const wrongType = structuredClone(deployment) as any;
    wrongType.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    expect(validateObject(wrongType).join()).toMatch(/must be integer/);
    const pdb = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'portal' },
      spec: { minAvailable: 2, selector: { matchLabels: { app: 'portal' } } },
    };
    expect(validateObject(pdb)).toEqual([]);
  });

  it("checks OpenShift Routes against Route v1's fields", () => {
    const route = {
      apiVersion: 'route.openshift.io/v1',
      kind: 'Route',
      metadata: { name: 'portal' },
      spec: {
        host: 'portal.apps.example.com',
        to: { kind: 'Service', name: 'portal', weight: 100 },
        port: { targetPort: 'http' },
        tls: { termination: 'edge', insecureEdgeTerminationPolicy: 'Redirect' },
      },
    };
    expect(validateObject(route)).toEqual([]);
    expect(
      validateObject({
        ...route,
        spec: { ...route.spec, tls: { termination: 'edge-only' } },
      }).join(),
    ).toMatch(/tls\/termination must be equal to one of the allowed values/);
    expect(
      validateObject({
        ...route,
        spec: { ...route.spec, host: 'Portal_Host', to: { name: 'portal' } },
      }),
    ).toHaveLength(2);
  });
});
