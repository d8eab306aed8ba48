import { FakeRequest, validateObject } from '@litemaas/kubernetes-test-utils';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  compilePolicySchemas,
  managerOn,
  startFakeCluster,
} from './__testUtils__/cluster';

// eslint-disable-next-line no-restricted-syntax -- test code, never built
const RBAC_FILE = path.resolve(__dirname, '../deploy/rbac.yaml');

type Obj = Record<string, any>;

function rbacObjects(): Obj[] {
  return parseAllDocuments(fs.readFileSync(RBAC_FILE, 'utf8')).map(
    d => d.toJSON() as Obj,
  );
}

/** The verb, resource and namespace of a request, as RBAC sees it. */
function asRbac(request: FakeRequest) {
  const match =
    request.path.match(/^\/api\/v1\/namespaces\/([^/]+)\/([^/]+)(\/[^/]+)?$/) ??
    request.path.match(
      /^\/apis\/([^/]+)\/[^/]+\/namespaces\/([^/]+)\/([^/]+)(\/[^/]+)?$/,
    );
  if (!match) throw new Error(`unexpected request ${request.path}`);
  const core = request.path.startsWith('/api/');
  const [group, namespace, resource, name] = core
    ? ['', match[1], match[2], match[3]]
    : [match[1], match[2], match[3], match[4]];
  const verbs: Record<string, string> = {
    POST: 'create',
    PUT: 'update',
    PATCH: 'patch',
    DELETE: 'delete',
  };
  let verb = verbs[request.method];
  if (request.method === 'GET') {
    if (name) verb = 'get';
    else verb = request.watch ? 'watch' : 'list';
  }
  return { group, namespace, resource, verb };
}

function allows(
  objects: Obj[],
  account: { namespace: string; name: string },
  request: ReturnType<typeof asRbac>,
) {
  const bindings = objects.filter(
    o =>
      o.kind === 'RoleBinding' &&
      o.metadata.namespace === request.namespace &&
      o.subjects.some(
        (s: Obj) =>
          s.kind === 'ServiceAccount' &&
          s.name === account.name &&
          s.namespace === account.namespace,
      ),
  );
  return bindings.some(binding => {
    const role = objects.find(
      o =>
        o.kind === binding.roleRef.kind &&
        o.metadata.name === binding.roleRef.name &&
        (o.kind === 'ClusterRole' ||
          o.metadata.namespace === binding.metadata.namespace),
    );
    return (role?.rules ?? []).some(
      (rule: Obj) =>
        rule.apiGroups.includes(request.group) &&
        rule.resources.includes(request.resource) &&
        rule.verbs.includes(request.verb),
    );
  });
}

beforeAll(compilePolicySchemas, 60_000);

describe('deploy/rbac.yaml', () => {
  it('is valid, and allows every call the key manager makes, and no more than it needs', async () => {
    const objects = rbacObjects();
    for (const object of objects) expect(validateObject(object)).toEqual([]);

    const fake = await startFakeCluster();
    try {
      const { manager } = await managerOn(fake, {
        granite: { namespace: 'models', name: 'granite' },
      });
      const key = {
        keyId: 'k1',
        tokenHash: 'a'.repeat(64),
        subjectRef: 'user:default/alice',
        createdBy: 'user:default/alice',
        models: ['granite'],
        limits: { tpm: 100, rpm: 10 },
        blocked: false,
      };
      await manager.keyIssued({ ...key, value: 'sk-1' });
      await manager.keyChanged({ ...key, limits: { tpm: 50 } });
      await manager.keyRevoked(key);
      // Reconciliation lists Secrets and policies.
      await manager.reconcile({
        keys: [],
        now: new Date(),
        limits: { maxShare: 1, maxCount: 100 },
        current: async () => undefined,
        confirmed: async subjects => new Set(subjects),
      });

      const account = { namespace: 'litemaas', name: 'litemaas-kuadrant' };
      const calls = fake.requests.map(asRbac);
      expect(calls.length).toBeGreaterThan(5);
      expect(new Set(calls.map(c => c.verb))).toEqual(
        new Set(['get', 'list', 'create', 'update', 'delete']),
      );
      for (const call of calls) {
        expect({ call, allowed: allows(objects, account, call) }).toEqual({
          call,
          allowed: true,
        });
      }
      // Secrets only in the key namespace; nothing cluster-wide.
      expect(
        allows(objects, account, {
          group: '',
          namespace: 'models',
          resource: 'secrets',
          verb: 'get',
        }),
      ).toBe(false);
      expect(objects.some(o => o.kind === 'ClusterRoleBinding')).toBe(false);
    } finally {
      await fake.close();
    }
  });
});
