import { TestDatabases } from '@backstage/backend-test-utils';
import {
  LiteMaasGatewayAdapter,
  LiteMaasKeyIssued,
  LiteMaasKeyState,
  LiteMaasKeyValueRef,
} from '@litemaas/backstage-plugin-litemaas-node';
import {
  alice,
  keyServices,
  startKeyFixture,
} from '../../__testUtils__/keyFixture';
import { portalCaller } from '../../permissions/Caller';
import { narrowest, sameKeyState } from './gatewayAdapters';
import { hashKey } from './keyViews';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const admin = portalCaller({ userRef: 'user:default/root', admin: true });

function aState(extra: Partial<LiteMaasKeyState> = {}): LiteMaasKeyState {
  return {
    keyId: 'k1',
    tokenHash: 'a'.repeat(64),
    subjectRef: 'user:default/alice',
    createdBy: 'user:default/alice',
    models: ['a', 'b'],
    limits: {},
    blocked: false,
    ...extra,
  };
}

describe('narrowest', () => {
  it('keeps what both states allow: common models, lower limits, earlier expiry, any block', () => {
    const before = aState({
      models: ['a', 'b'],
      limits: { tpm: 1000, rpm: 10, modelTpm: { a: 100, b: 200 } },
      expiresAt: new Date('2027-01-01'),
    });
    const after = aState({
      models: ['b', 'c'],
      limits: { tpm: 2000, maxBudget: 5, modelTpm: { b: 50, c: 10 } },
      blocked: true,
    });
    expect(narrowest(before, after)).toEqual(
      aState({
        models: ['b'],
        limits: { tpm: 1000, rpm: 10, maxBudget: 5, modelTpm: { b: 50 } },
        expiresAt: new Date('2027-01-01'),
        blocked: true,
      }),
    );
  });

  it('is the old state when the change only widens, the new when it only narrows', () => {
    const small = aState({ models: ['a'], limits: { tpm: 10 } });
    const large = aState({ models: ['a', 'b'], limits: { tpm: 20 } });
    expect(sameKeyState(narrowest(small, large), small)).toBe(true);
    expect(sameKeyState(narrowest(large, small), small)).toBe(true);
    expect(sameKeyState(small, large)).toBe(false);
  });
});

type Seen =
  | { event: 'issued'; key: LiteMaasKeyIssued; litellmTpm?: number | null }
  | {
      event: 'changed';
      key: LiteMaasKeyState;
      litellmTpm?: number | null;
      litellmBlocked?: boolean | null;
    }
  | { event: 'revoked'; key: LiteMaasKeyValueRef };

/**
 * An adapter that records what it is told, and what LiteLLM held for the
 * key at that moment; it refuses what `refuse` says.
 */
function recordingAdapter(
  lookup: (hash: string) => { tpm_limit: number | null; blocked: any },
  refuse: (seen: Seen) => boolean = () => false,
) {
  const seen: Seen[] = [];
  const adapter: LiteMaasGatewayAdapter = {
    id: 'recording',
    description: 'records what it is told',
    async keyIssued(key) {
      const entry: Seen = { event: 'issued', key };
      seen.push(entry);
      if (refuse(entry)) throw new Error('refused by the gateway');
    },
    async keyChanged(key) {
      const litellm = lookup(key.tokenHash);
      const entry: Seen = {
        event: 'changed',
        key,
        litellmTpm: litellm?.tpm_limit,
        litellmBlocked: Boolean(litellm?.blocked),
      };
      seen.push(entry);
      if (refuse(entry)) throw new Error('refused by the gateway');
    },
    async keyRevoked(key) {
      const entry: Seen = { event: 'revoked', key };
      seen.push(entry);
      if (refuse(entry)) throw new Error('refused by the gateway');
    },
  };
  return { adapter, seen };
}

describe('gateway adapters follow every key write', () => {
  async function setUp(refuse?: (seen: Seen) => boolean) {
    const { emulator, knex } = await startKeyFixture(databases);
    const lookup = (hash: string) => emulator.state.getKey(hash) as any;
    const first = recordingAdapter(lookup);
    const second = recordingAdapter(lookup, refuse);
    const services = keyServices({
      knex,
      emulatorUrl: emulator.url,
      adapters: [first.adapter, second.adapter],
    });
    return { emulator, ...services, first, second };
  }

  it('hears the value of a new key, then each change in the safe order, then both values revoked', async () => {
    const { emulator, keys, second } = await setUp();
    const made = await keys.create(alice, {
      name: 'k',
      models: ['gpt-4o-mini'],
      limits: { tpm: 1000 },
    });
    const hash = hashKey(made.value);
    expect(second.seen).toEqual([
      {
        event: 'issued',
        key: expect.objectContaining({
          keyId: made.key.id,
          tokenHash: hash,
          value: made.value,
          subjectRef: 'user:default/alice',
          createdBy: 'user:default/alice',
          models: ['gpt-4o-mini'],
          limits: { tpm: 1000 },
          blocked: false,
        }),
      },
    ]);

    // Narrowing: the adapter hears it while LiteLLM still allows more.
    second.seen.length = 0;
    await keys.update(alice, made.key.id, { limits: { tpm: 500 } });
    expect(second.seen).toEqual([
      expect.objectContaining({
        event: 'changed',
        key: expect.objectContaining({ limits: { tpm: 500 } }),
        litellmTpm: 1000,
      }),
    ]);
    expect(emulator.state.getKey(made.value)?.tpm_limit).toBe(500);

    // Widening: only once LiteLLM allows it.
    second.seen.length = 0;
    await keys.update(alice, made.key.id, { limits: { tpm: 2000 } });
    expect(second.seen).toEqual([
      expect.objectContaining({
        event: 'changed',
        key: expect.objectContaining({ limits: { tpm: 2000 } }),
        litellmTpm: 2000,
      }),
    ]);

    // A block reaches the adapter before LiteLLM; an unblock after.
    second.seen.length = 0;
    await keys.setBlocked(admin, made.key.id, true);
    await keys.setBlocked(admin, made.key.id, false);
    expect(second.seen).toEqual([
      expect.objectContaining({
        key: expect.objectContaining({ blocked: true }),
        litellmBlocked: false,
      }),
      expect.objectContaining({
        key: expect.objectContaining({ blocked: false }),
        litellmBlocked: false,
      }),
    ]);
    expect(emulator.state.getKey(made.value)?.blocked).toBeFalsy();

    // A rotation with a grace period: the new value, naming the old one,
    // which stays until the key is revoked.
    second.seen.length = 0;
    const rotated = await keys.rotate(alice, made.key.id, {
      gracePeriodHours: 2,
    });
    const newHash = hashKey(rotated.value);
    expect(second.seen).toEqual([
      {
        event: 'issued',
        key: expect.objectContaining({
          tokenHash: newHash,
          value: rotated.value,
          replaces: hash,
          retiringTokenHash: hash,
          limits: { tpm: 2000 },
        }),
      },
    ]);
    second.seen.length = 0;
    await keys.revoke(alice, made.key.id);
    expect(second.seen).toEqual([
      { event: 'revoked', key: { keyId: made.key.id, tokenHash: newHash } },
      { event: 'revoked', key: { keyId: made.key.id, tokenHash: hash } },
    ]);
    await emulator.close();
  });

  it('a refused narrowing changes nothing, in LiteLLM or the database', async () => {
    const { emulator, keys, store, second } = await setUp(
      seen => seen.event === 'changed',
    );
    const made = await keys.create(alice, {
      name: 'k',
      models: ['gpt-4o-mini'],
      limits: { tpm: 1000 },
    });
    await expect(
      keys.update(alice, made.key.id, { limits: { tpm: 500 } }),
    ).rejects.toThrow('refused by the gateway');
    expect(emulator.state.getKey(made.value)?.tpm_limit).toBe(1000);
    expect((await store.get(made.key.id))?.limits).toEqual({ tpm: 1000 });
    await expect(keys.setBlocked(admin, made.key.id, true)).rejects.toThrow(
      'refused by the gateway',
    );
    expect(emulator.state.getKey(made.value)?.blocked).toBeFalsy();
    expect((await store.get(made.key.id))?.blocked).toBe(false);
    // Widening is told after the change, which stands when it is refused:
    // the adapter is then narrower than the portal until it reconciles.
    const widened = await keys.update(alice, made.key.id, {
      limits: { tpm: 3000 },
    });
    expect(widened.limits).toEqual({ tpm: 3000 });
    expect(second.seen.at(-1)).toMatchObject({
      event: 'changed',
      litellmTpm: 3000,
    });
    await emulator.close();
  });

  it('a refused new key is undone everywhere, at the adapter that took it too', async () => {
    const { emulator, keys, store, first } = await setUp(
      seen => seen.event === 'issued',
    );
    await expect(
      keys.create(alice, { name: 'k', models: ['gpt-4o-mini'] }),
    ).rejects.toThrow('refused by the gateway');
    expect(emulator.state.keys.size).toBe(0);
    const [row] = await store.list({});
    expect(row.status).toBe('failed');
    const issued = first.seen.find(s => s.event === 'issued') as any;
    expect(first.seen.at(-1)).toEqual({
      event: 'revoked',
      key: { keyId: row.id, tokenHash: issued.key.tokenHash },
    });
    await emulator.close();
  });

  it('a refused new value of a re-made key leaves the old value as it was', async () => {
    const { emulator, keys, store, first } = await setUp(
      seen => seen.event === 'issued' && !!seen.key.replaces,
    );
    const made = await keys.create(alice, {
      name: 'k',
      models: ['gpt-4o-mini'],
    });
    await expect(keys.rotate(alice, made.key.id)).rejects.toThrow(
      'refused by the gateway',
    );
    const record = await store.get(made.key.id);
    expect(record).toMatchObject({
      tokenHash: hashKey(made.value),
      operation: undefined,
    });
    expect([...emulator.state.keys.values()]).toHaveLength(1);
    expect(emulator.state.getKey(made.value)).toBeDefined();
    const refusedHash = (
      first.seen.find(
        s => s.event === 'issued' && (s.key as LiteMaasKeyIssued).replaces,
      ) as any
    ).key.tokenHash;
    expect(first.seen.at(-1)).toEqual({
      event: 'revoked',
      key: { keyId: made.key.id, tokenHash: refusedHash },
    });
    await emulator.close();
  });
});
