import {
  LiteMaasLiveKey,
  LiteMaasPortalKeys,
} from '@litemaas/backstage-plugin-litemaas-node';
import {
  decideAtGateway,
  FakeKubernetes,
} from '@litemaas/kubernetes-test-utils';
import { createHash } from 'node:crypto';
import {
  compilePolicySchemas,
  managerOn,
  startFakeCluster,
} from './__testUtils__/cluster';
import { RouteRef } from './config';

const ROUTES: Record<string, RouteRef> = {
  granite: { namespace: 'models', name: 'granite' },
  mistral: { namespace: 'models', name: 'mistral' },
};

beforeAll(compilePolicySchemas, 60_000);

const running: FakeKubernetes[] = [];
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.close();
});

function hashOf(value: string) {
  return createHash('sha256').update(value).digest('hex');
}

/** The portal's side: its keys, and two sightings remembered across runs. */
function portalOf(
  keys: LiteMaasLiveKey[],
  limits = { maxShare: 1, maxCount: 100 },
) {
  let seen = new Set<string>();
  const portal: LiteMaasPortalKeys & { keys: LiteMaasLiveKey[] } = {
    keys,
    now: new Date(),
    limits,
    current: async keyId => portal.keys.find(k => k.keyId === keyId),
    confirmed: async subjects => {
      const confirmed = new Set(subjects.filter(s => seen.has(s)));
      seen = new Set(subjects);
      return confirmed;
    },
  };
  return portal;
}

function aKey(value: string, extra: Partial<LiteMaasLiveKey> = {}) {
  return {
    keyId: `key-${value}`,
    tokenHash: hashOf(value),
    subjectRef: 'user:default/alice',
    createdBy: 'user:default/alice',
    models: ['granite'],
    limits: { tpm: 1000 },
    blocked: false,
    status: 'active' as const,
    busy: false,
    ...extra,
  };
}

async function setUp(
  models: Record<string, RouteRef> = ROUTES,
  instanceId = 'portal-a',
  existing?: FakeKubernetes,
) {
  const fake = existing ?? (await startFakeCluster());
  if (!existing) running.push(fake);
  const { manager } = await managerOn(fake, models, { instanceId });
  return { fake, manager };
}

const call = (fake: FakeKubernetes, model: string, value: string) =>
  decideAtGateway(fake, {
    route: ROUTES[model],
    path: '/v1/chat/completions',
    authorization: `Bearer ${value}`,
  }).status;

describe('KuadrantReconciler', () => {
  it('puts back labels and policies edited by hand, at once', async () => {
    const { fake, manager } = await setUp();
    const key = aKey('v1');
    await manager.keyIssued({ ...key, value: 'v1' });
    const portal = portalOf([key]);

    // Someone strips the model label, and edits the AuthPolicy.
    const secret = fake.list('Secret', 'kuadrant-system')[0] as any;
    delete secret.metadata.labels['model.litemaas.io/granite'];
    fake.apply(secret);
    const policy = fake.get('AuthPolicy', 'models', 'litemaas-granite') as any;
    policy.spec.rules.authentication['litemaas-api-key'].credentials = {
      authorizationHeader: { prefix: 'APIKEY' },
    };
    fake.apply(policy);
    expect(call(fake, 'granite', 'v1')).toBe(401);

    const result = await manager.reconcile(portal);
    expect(result).toMatchObject({ repaired: 2, removed: 0, problems: [] });
    expect(call(fake, 'granite', 'v1')).toBe(200);
    // Nothing left to repair.
    expect(await manager.reconcile(portal)).toMatchObject({ repaired: 0 });
  });

  it('reports a usable key whose Secret was deleted, after two runs, for rotation', async () => {
    const { fake, manager } = await setUp();
    const key = aKey('v1');
    await manager.keyIssued({ ...key, value: 'v1' });
    const portal = portalOf([key]);
    fake.delete(
      'Secret',
      'kuadrant-system',
      fake.list('Secret', 'kuadrant-system')[0].metadata.name,
    );
    expect(await manager.reconcile(portal)).toMatchObject({
      waiting: 1,
      lostValues: [],
    });
    expect(await manager.reconcile(portal)).toMatchObject({
      lostValues: [{ keyId: key.keyId, tokenHash: key.tokenHash }],
    });
    // A blocked or busy key is not reported: nothing can use it now.
    portal.keys = [{ ...key, blocked: false, busy: true }];
    expect((await manager.reconcile(portal)).lostValues).toEqual([]);
  });

  it("removes this install's Secrets no key holds after two runs, never another install's or a busy key's", async () => {
    const { fake, manager } = await setUp();
    const kept = aKey('kept');
    const stray = aKey('stray');
    const busy = aKey('busy');
    for (const key of [kept, stray, busy]) {
      await manager.keyIssued({ ...key, value: key.keyId.slice(4) });
    }
    const { manager: other } = await setUp(ROUTES, 'portal-b', fake);
    // (Without a limit: the model's limit policy is portal-a's.)
    await other.keyIssued({
      ...aKey('theirs', { limits: {} }),
      value: 'theirs',
    });

    const portal = portalOf([kept, { ...busy, busy: true }]);
    expect(await manager.reconcile(portal)).toMatchObject({
      removed: 0,
      waiting: 1,
    });
    expect(call(fake, 'granite', 'stray')).toBe(200);
    expect(await manager.reconcile(portal)).toMatchObject({ removed: 1 });
    expect(call(fake, 'granite', 'stray')).toBe(401);
    expect(call(fake, 'granite', 'kept')).toBe(200);
    expect(call(fake, 'granite', 'busy')).toBe(200);
    expect(
      fake
        .list('Secret', 'kuadrant-system')
        .map(s => s.metadata.labels['litemaas.io/instance'])
        .sort(),
    ).toEqual(['portal-a', 'portal-a', 'portal-b']);
  });

  it('holds back a run that would remove too much, and removes nothing', async () => {
    const { fake, manager } = await setUp();
    for (const value of ['a', 'b', 'c', 'd']) {
      await manager.keyIssued({ ...aKey(value), value });
    }
    // The portal's list came back empty (a wrong database?): four strays.
    const portal = portalOf([], { maxShare: 0.5, maxCount: 25 });
    await manager.reconcile(portal);
    const result = await manager.reconcile(portal);
    expect(result).toMatchObject({
      removed: 0,
      heldBack: { count: 4 },
    });
    expect(fake.list('Secret', 'kuadrant-system')).toHaveLength(4);
  });

  it('drops limit classes no key has after two runs, keeps those keys have', async () => {
    const { fake, manager } = await setUp();
    const small = aKey('small', { limits: { tpm: 100 } });
    const large = aKey('large', { limits: { tpm: 5000 } });
    await manager.keyIssued({ ...small, value: 'small' });
    await manager.keyIssued({ ...large, value: 'large' });
    const limitsOf = () =>
      Object.keys(
        (fake.get('TokenRateLimitPolicy', 'models', 'litemaas-granite') as any)
          ?.spec.limits ?? {},
      );
    expect(limitsOf()).toEqual(['tpm-100', 'tpm-5000']);
    // The large key is gone from the portal.
    const portal = portalOf([small]);
    await manager.reconcile(portal);
    expect(limitsOf()).toEqual(['tpm-100', 'tpm-5000']);
    await manager.reconcile(portal);
    expect(limitsOf()).toEqual(['tpm-100']);
    // No key with a token limit: the policy goes (the CRD refuses it empty).
    portal.keys = [aKey('small', { limits: {} })];
    await manager.reconcile(portal);
    await manager.reconcile(portal);
    expect(
      fake.get('TokenRateLimitPolicy', 'models', 'litemaas-granite'),
    ).toBeUndefined();
  });

  it('removes the policies of a model no longer published, after two runs', async () => {
    const { fake, manager } = await setUp();
    await manager.keyIssued({ ...aKey('v1'), value: 'v1' });
    const { manager: narrowed } = await setUp(
      { mistral: ROUTES.mistral },
      'portal-a',
      fake,
    );
    const portal = portalOf([aKey('v1')]);
    await narrowed.reconcile(portal);
    expect(fake.get('AuthPolicy', 'models', 'litemaas-granite')).toBeDefined();
    const result = await narrowed.reconcile(portal);
    expect(result).toMatchObject({ removed: 2, problems: [] });
    expect(
      fake.get('AuthPolicy', 'models', 'litemaas-granite'),
    ).toBeUndefined();
    expect(
      fake.get('TokenRateLimitPolicy', 'models', 'litemaas-granite'),
    ).toBeUndefined();
    expect(fake.get('AuthPolicy', 'models', 'litemaas-mistral')).toBeDefined();
  });

  it('removes the Secrets of expired keys, unless extended meanwhile', async () => {
    const { fake, manager } = await setUp();
    const past = new Date(Date.now() - 60_000);
    const expired = aKey('old', { expiresAt: past });
    const extended = aKey('new', { expiresAt: past });
    await manager.keyIssued({ ...expired, value: 'old' });
    await manager.keyIssued({ ...extended, value: 'new' });
    const portal = portalOf([expired, extended]);
    portal.current = async keyId =>
      keyId === extended.keyId
        ? { ...extended, expiresAt: new Date(Date.now() + 3600_000) }
        : expired;
    const result = await manager.reconcile(portal);
    expect(result.removed).toBe(1);
    expect(fake.list('Secret', 'kuadrant-system')).toHaveLength(1);
  });
});
