import { ModelPolicy } from '@litemaas/backstage-plugin-litemaas-common';
import { ModelPolicyStore } from '../database/ModelPolicyStore';
import { ModelStore, StoredModel } from '../database/ModelStore';
import { ModelCatalog } from './ModelCatalog';

function fakes() {
  const models: StoredModel[] = [
    {
      name: 'm1',
      available: true,
      lastSeenAt: '2026-12-01T00:00:00Z',
    } as StoredModel,
  ];
  const policies = new Map<string, ModelPolicy>();
  const reads = { models: 0 };
  let release: (() => void) | undefined;
  const store = {
    async list() {
      reads.models += 1;
      if (release === undefined) return models.map(m => ({ ...m }));
      const snapshot = models.map(m => ({ ...m }));
      await new Promise<void>(r => {
        const previous = release!;
        release = () => {
          previous();
          r();
        };
      });
      return snapshot;
    },
  } as unknown as ModelStore;
  const policyStore = {
    async list() {
      return new Map(policies);
    },
  } as unknown as ModelPolicyStore;
  return {
    models,
    policies,
    reads,
    store,
    policyStore,
    /** Holds list() answers until released. */
    hold: () => {
      release = () => {};
    },
    release: () => {
      const r = release;
      release = undefined;
      r?.();
    },
  };
}

describe('ModelCatalog', () => {
  it('reads once within its time, shares one read, and reads again after', async () => {
    const f = fakes();
    let now = 0;
    const catalog = new ModelCatalog({
      store: f.store,
      policies: f.policyStore,
      ttlMs: 1_000,
      now: () => now,
    });
    const [a, b] = await Promise.all([catalog.get(), catalog.get()]);
    expect(a).toBe(b);
    expect(f.reads.models).toBe(1);
    now = 999;
    await catalog.get();
    expect(f.reads.models).toBe(1);
    now = 1_000;
    const c = await catalog.get();
    expect(f.reads.models).toBe(2);
    // Nothing changed: the same version.
    expect(c.version).toBe(a.version);
  });

  it('changes version with a policy, and forget() makes the next read fresh', async () => {
    const f = fakes();
    const catalog = new ModelCatalog({
      store: f.store,
      policies: f.policyStore,
      ttlMs: 60_000,
    });
    const before = await catalog.get();
    f.policies.set('m1', { accessPolicy: 'hidden', defaultLimits: {} });
    expect(await catalog.get()).toBe(before);
    catalog.forget();
    const after = await catalog.get();
    expect(after.policies.get('m1')?.accessPolicy).toBe('hidden');
    expect(after.version).not.toBe(before.version);
  });

  it('does not keep a read that began before a write', async () => {
    const f = fakes();
    const catalog = new ModelCatalog({
      store: f.store,
      policies: f.policyStore,
      ttlMs: 60_000,
    });
    f.hold();
    const early = catalog.get();
    // A write lands while that read is under way.
    f.models.push({ name: 'm2', available: true } as StoredModel);
    catalog.forget();
    f.release();
    expect((await early).models.map(m => m.name)).toEqual(['m1']);
    // The next reader does not get the early read's answer.
    expect((await catalog.get()).models.map(m => m.name)).toEqual(['m1', 'm2']);
  });
});
