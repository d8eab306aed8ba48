import { TestDatabases } from '@backstage/backend-test-utils';
import {
  applyDatabaseMigrations,
  rollbackDatabaseMigrations,
} from './migrations';
import { KnexModelStore } from './KnexModelStore';
import { GatewayModel } from './ModelStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

function model(name: string, extra: Partial<GatewayModel> = {}): GatewayModel {
  return {
    name,
    deploymentIds: [`id-${name}`],
    provider: 'openai',
    providerModel: `openai/${name}`,
    capabilities: ['vision'],
    inputPricePer1M: 0.15,
    ...extra,
  };
}

describe.each(databases.eachSupportedId())('KnexModelStore on %p', id => {
  async function createStore() {
    const knex = await databases.init(id);
    await applyDatabaseMigrations(knex);
    return { knex, store: new KnexModelStore(knex) };
  }

  it('adds, refreshes and marks vanished models unavailable', async () => {
    const { store } = await createStore();
    const t1 = new Date('2026-11-01T10:00:00Z');
    const t2 = new Date('2026-11-01T10:05:00Z');

    await expect(
      store.applySnapshot([model('a'), model('b')], t1),
    ).resolves.toEqual({ added: 2, updated: 0, markedUnavailable: 0 });

    await expect(
      store.applySnapshot([model('a', { inputPricePer1M: 0.3 })], t2),
    ).resolves.toEqual({ added: 0, updated: 1, markedUnavailable: 1 });

    const listed = await store.list();
    expect(listed).toEqual([
      expect.objectContaining({
        name: 'a',
        inputPricePer1M: 0.3,
        available: true,
        lastSeenAt: t2.toISOString(),
        capabilities: ['vision'],
      }),
      expect.objectContaining({
        name: 'b',
        available: false,
        lastSeenAt: t1.toISOString(),
      }),
    ]);
    expect((await store.lastSyncedAt())?.toISOString()).toBe(t2.toISOString());
  });

  it('brings a returning model back as available', async () => {
    const { store } = await createStore();
    await store.applySnapshot([model('a')], new Date('2026-11-01T10:00:00Z'));
    await store.applySnapshot([], new Date('2026-11-01T10:01:00Z'));
    expect((await store.list())[0].available).toBe(false);
    await store.applySnapshot([model('a')], new Date('2026-11-01T10:02:00Z'));
    expect((await store.list())[0].available).toBe(true);
  });

  it('reports no sync before the first one', async () => {
    const { store } = await createStore();
    await expect(store.lastSyncedAt()).resolves.toBeUndefined();
    await expect(store.list()).resolves.toEqual([]);
  });

  it('migrates down and up again', async () => {
    const { knex } = await createStore();
    await rollbackDatabaseMigrations(knex);
    expect(await knex.schema.hasTable('litemaas_models')).toBe(false);
    await applyDatabaseMigrations(knex);
    expect(await knex.schema.hasTable('litemaas_models')).toBe(true);
  });
});
