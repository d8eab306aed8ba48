import { LiteMaasKeyState } from '@litemaas/backstage-plugin-litemaas-node';
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

const TOKEN = 'sa-token';
const ROUTES = {
  granite: { namespace: 'models', name: 'granite' },
  'openai/gpt-4o': {
    namespace: 'models',
    name: 'hosted',
    sectionName: 'gpt-4o',
  },
};

beforeAll(compilePolicySchemas, 60_000);

const running: FakeKubernetes[] = [];
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.close();
});

async function setUp(options: { instanceId?: string } = {}) {
  const fake = await startFakeCluster({ token: TOKEN });
  running.push(fake);
  const setup = await managerOn(fake, ROUTES, {
    ...options,
    config: { serviceAccountToken: TOKEN },
  });
  return { fake, ...setup };
}

function hashOf(value: string) {
  return createHash('sha256').update(value).digest('hex');
}

function aKey(
  value: string,
  extra: Partial<LiteMaasKeyState> = {},
): LiteMaasKeyState & { value: string } {
  return {
    keyId: '5f0c7a5e-3c1b-4d8e-9f7a-1b2c3d4e5f60',
    tokenHash: hashOf(value),
    subjectRef: 'user:default/alice',
    createdBy: 'user:default/alice',
    models: ['granite'],
    limits: { tpm: 1000, rpm: 60 },
    blocked: false,
    value,
    ...extra,
  };
}

function call(
  fake: FakeKubernetes,
  model: keyof typeof ROUTES,
  value?: string,
  extra: { path?: string; time?: Date } = {},
) {
  return decideAtGateway(fake, {
    route: ROUTES[model],
    path: extra.path ?? '/v1/chat/completions',
    authorization: value === undefined ? undefined : `Bearer ${value}`,
    time: extra.time,
  });
}

describe('KuadrantKeyManager', () => {
  it('publishes each configured model with an AuthPolicy on its route or rule', async () => {
    const { fake } = await setUp();
    const policies = fake.list('AuthPolicy', 'models');
    expect(policies.map(p => p.metadata.name)).toEqual([
      'litemaas-granite',
      expect.stringMatching(/^litemaas-openai-gpt-4o-[0-9a-f]{8}$/),
    ]);
    expect((policies[1] as any).spec.targetRef).toEqual({
      group: 'gateway.networking.k8s.io',
      kind: 'HTTPRoute',
      name: 'hosted',
      sectionName: 'gpt-4o',
    });
    // No key yet: nothing passes.
    expect(call(fake, 'granite').status).toBe(401);
    expect(call(fake, 'granite', 'sk-nobody').status).toBe(401);
  });

  it('a key works at the gateway exactly where and as far as it may', async () => {
    const { fake, manager } = await setUp();
    const key = aKey('sk-alice-1');
    await manager.keyIssued(key);

    const secret = fake.list('Secret', 'kuadrant-system')[0] as any;
    expect(secret.metadata.labels).toMatchObject({
      'authorino.kuadrant.io/managed-by': 'authorino',
      'litemaas.io/instance': 'portal-a',
      'litemaas.io/key-id': key.keyId,
      'model.litemaas.io/granite': 'true',
    });
    expect(secret.metadata.annotations).toMatchObject({
      'secret.kuadrant.io/user-id': 'user:default/alice',
      'secret.kuadrant.io/plan-id': 'tpm-1000.rpm-60',
      'litemaas.io/token-hash': key.tokenHash,
    });
    expect(Buffer.from(secret.data.api_key, 'base64').toString()).toBe(
      'sk-alice-1',
    );

    const granite = call(fake, 'granite', 'sk-alice-1');
    expect(granite).toMatchObject({
      status: 200,
      identity: {
        keyId: key.keyId,
        userId: 'user:default/alice',
        tpm: '1000',
        rpm: '60',
      },
      tokenLimits: [
        { name: 'tpm-1000', limit: 1000, window: '1m', counter: [key.keyId] },
      ],
      requestLimits: [{ name: 'rpm-60', limit: 60, counter: [key.keyId] }],
    });
    // Another model, another prefix, another value: refused.
    expect(call(fake, 'openai/gpt-4o', 'sk-alice-1').status).toBe(401);
    expect(
      decideAtGateway(fake, {
        route: ROUTES.granite,
        path: '/v1/chat/completions',
        authorization: 'APIKEY sk-alice-1',
      }).status,
    ).toBe(401);
    expect(call(fake, 'granite', 'sk-alice-2').status).toBe(401);
    // Listing models is never limited.
    expect(
      call(fake, 'granite', 'sk-alice-1', { path: '/v1/models' }).tokenLimits,
    ).toEqual([]);
  });

  it('follows edits, blocks and expiry, and a rotation with its grace period', async () => {
    const { fake, manager } = await setUp();
    const key = aKey('sk-alice-1', { models: ['granite'] });
    await manager.keyIssued(key);

    // A second model, its own limit there.
    const wider = {
      ...key,
      models: ['granite', 'openai/gpt-4o'],
      limits: { tpm: 1000, modelTpm: { 'openai/gpt-4o': 250 } },
    };
    await manager.keyChanged(wider);
    expect(call(fake, 'openai/gpt-4o', 'sk-alice-1')).toMatchObject({
      status: 200,
      tokenLimits: [{ name: 'tpm-250', limit: 250 }],
      requestLimits: [],
    });
    expect(call(fake, 'granite', 'sk-alice-1').tokenLimits).toMatchObject([
      { name: 'tpm-1000' },
    ]);

    await manager.keyChanged({ ...wider, blocked: true });
    expect(call(fake, 'granite', 'sk-alice-1').status).toBe(401);
    expect(call(fake, 'openai/gpt-4o', 'sk-alice-1').status).toBe(401);
    await manager.keyChanged(wider);
    expect(call(fake, 'granite', 'sk-alice-1').status).toBe(200);

    // Past its expiry the gateway refuses it, whatever the Secret says.
    const expiresAt = new Date('2027-01-01T00:00:00Z');
    await manager.keyChanged({ ...wider, expiresAt });
    expect(
      call(fake, 'granite', 'sk-alice-1', {
        time: new Date('2026-12-31T23:59:00Z'),
      }).status,
    ).toBe(200);
    expect(
      call(fake, 'granite', 'sk-alice-1', {
        time: new Date('2027-01-01T00:00:01Z'),
      }).status,
    ).toBe(403);

    // Rotation with a grace period: both values work until the old one is revoked.
    await manager.keyIssued({
      ...wider,
      tokenHash: hashOf('sk-alice-2'),
      retiringTokenHash: key.tokenHash,
      value: 'sk-alice-2',
      replaces: key.tokenHash,
    });
    expect(call(fake, 'granite', 'sk-alice-1').status).toBe(200);
    expect(call(fake, 'granite', 'sk-alice-2').status).toBe(200);
    // Both values of the key count as one key.
    expect(call(fake, 'granite', 'sk-alice-2').tokenLimits[0].counter).toEqual([
      key.keyId,
    ]);
    await manager.keyRevoked({ keyId: key.keyId, tokenHash: key.tokenHash });
    expect(call(fake, 'granite', 'sk-alice-1').status).toBe(401);
    expect(call(fake, 'granite', 'sk-alice-2').status).toBe(200);
    expect(fake.list('Secret', 'kuadrant-system')).toHaveLength(1);

    // Narrowed back to one model.
    await manager.keyChanged({ ...wider, models: ['granite'] });
    expect(call(fake, 'openai/gpt-4o', 'sk-alice-2').status).toBe(401);
  });

  it('a create whose answer was lost can be made again', async () => {
    const { fake, manager } = await setUp();
    fake.inject({ method: 'POST', path: '/secrets', lostReply: true });
    const key = aKey('sk-alice-1');
    await expect(manager.keyIssued(key)).rejects.toThrow();
    // The Secret was made all the same; the retry finds and keeps it.
    expect(fake.list('Secret', 'kuadrant-system')).toHaveLength(1);
    await manager.keyIssued(key);
    expect(fake.list('Secret', 'kuadrant-system')).toHaveLength(1);
    expect(call(fake, 'granite', 'sk-alice-1').status).toBe(200);
  });

  it("never changes another portal's objects", async () => {
    const { fake } = await setUp({ instanceId: 'portal-b' });
    const { manager: ours, logger } = await setUpOn(fake, 'portal-a');
    // portal-b published granite first: portal-a leaves its policy alone.
    const policy = fake.get('AuthPolicy', 'models', 'litemaas-granite') as any;
    expect(policy.metadata.labels['litemaas.io/instance']).toBe('portal-b');
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('is not this portal'),
    );
    // A Secret of portal-b under the name portal-a would use is not taken.
    const key = aKey('sk-1');
    const { manager: theirs } = await setUpOn(fake, 'portal-b');
    await theirs.keyIssued(key);
    await expect(ours.keyIssued(key)).rejects.toThrow('is not this key');
    await ours.keyRevoked({ keyId: key.keyId, tokenHash: key.tokenHash });
    expect(fake.list('Secret', 'kuadrant-system')).toHaveLength(1);
  });
});

/** A second portal install against the same fake cluster. */
function setUpOn(fake: FakeKubernetes, instanceId: string) {
  return managerOn(fake, ROUTES, {
    instanceId,
    config: { serviceAccountToken: TOKEN },
  });
}
