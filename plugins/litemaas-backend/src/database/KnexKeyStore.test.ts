import { TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { ActiveKeyCapReached, NewKeyRecord } from './KeyStore';
import { KnexKeyStore } from './KnexKeyStore';
import {
  applyDatabaseMigrations,
  rollbackDatabaseMigrations,
} from './migrations';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

function aKey(id: string, extra: Partial<NewKeyRecord> = {}): NewKeyRecord {
  return {
    id,
    alias: `litemaas-${id}`,
    name: `Key ${id}`,
    subjectRef: 'user:default/alice',
    createdBy: 'user:default/alice',
    origin: 'portal',
    models: ['gpt-4o-mini'],
    limits: { tpm: 1000, modelTpm: { 'gpt-4o-mini': 500 } },
    ...extra,
  };
}

describe.each(databases.eachSupportedId())('KnexKeyStore on %p', id => {
  async function createStore() {
    const knex = await databases.init(id);
    await applyDatabaseMigrations(knex);
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const store = new KnexKeyStore(knex, () => new Date((clock += 1000)));
    return { knex, store };
  }

  it('never lets concurrent creates take more places than the cap', async () => {
    const { knex, store } = await createStore();
    const cap = { max: 3, at: new Date('2026-12-01T09:00:00Z') };
    // Every pooled connection open first, so the creates really overlap.
    if (knex.client.config.client === 'pg') {
      await Promise.all(
        Array.from({ length: 5 }, () => knex.raw('select pg_sleep(0.05)')),
      );
    }
    // One place is taken already, and a revoked key takes none.
    await store.insert(aKey('held', { status: 'active' }));
    await store.insert(aKey('gone', { status: 'revoked' }));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        store.insert(aKey(`c${i}`, { status: 'creating' }), { cap }),
      ),
    );
    const made = outcomes.filter(o => o.status === 'fulfilled');
    const refused = outcomes.flatMap(o =>
      o.status === 'rejected' ? [o.reason] : [],
    );
    expect(made).toHaveLength(2);
    expect(refused).toHaveLength(10);
    for (const reason of refused) {
      expect(reason).toBeInstanceOf(ActiveKeyCapReached);
      expect(reason).toMatchObject({ active: 3, max: 3 });
    }
    expect(await store.countActive('user:default/alice', cap.at)).toBe(3);
    // Another subject's places are its own.
    await expect(
      store.insert(aKey('bob1', { subjectRef: 'user:default/bob' }), { cap }),
    ).resolves.toMatchObject({ subjectRef: 'user:default/bob' });
  });

  it('records intent, commits, and reads back every field', async () => {
    const { store } = await createStore();
    const inserted = await store.insert({ ...aKey('k1'), operation: 'create' });
    expect(inserted).toMatchObject({
      status: 'creating',
      operation: 'create',
      revision: 0,
      blocked: false,
      spend: 0,
      limits: { tpm: 1000, modelTpm: { 'gpt-4o-mini': 500 } },
    });
    expect(inserted.operationStartedAt).toBeInstanceOf(Date);
    const expiresAt = new Date('2027-01-01T00:00:00Z');
    const committed = await store.update('k1', {
      status: 'active',
      tokenHash: 'a'.repeat(64),
      prefix: 'sk-...abcd',
      expiresAt,
      spend: 1.25,
      operation: undefined,
      operationStartedAt: undefined,
    });
    expect(committed).toMatchObject({
      status: 'active',
      tokenHash: 'a'.repeat(64),
      prefix: 'sk-...abcd',
      spend: 1.25,
      revision: 1,
    });
    expect(committed!.expiresAt?.toISOString()).toBe(expiresAt.toISOString());
    expect(committed!.operation).toBeUndefined();
    expect(await store.update('missing', { name: 'x' })).toBeUndefined();
  });

  it('refuses a taken alias or token hash with a conflict', async () => {
    const { store } = await createStore();
    await store.insert(aKey('k1'));
    await expect(
      store.insert({ ...aKey('k2'), alias: 'litemaas-k1' }),
    ).rejects.toBeInstanceOf(ConflictError);
    await store.update('k1', { tokenHash: 'b'.repeat(64) });
    await store.insert(aKey('k3'));
    await expect(
      store.update('k3', { tokenHash: 'b'.repeat(64) }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('writes over the revision read, and only that one', async () => {
    const { store } = await createStore();
    const read = await store.insert(aKey('k1'));
    // Someone else changes it meanwhile.
    await store.update('k1', { name: 'renamed' });
    expect(
      await store.updateIf('k1', read.revision, { status: 'revoked' }),
    ).toBeUndefined();
    const fresh = (await store.get('k1'))!;
    expect(fresh).toMatchObject({ status: 'creating', name: 'renamed' });
    const written = await store.updateIf('k1', fresh.revision, {
      status: 'revoked',
    });
    expect(written).toMatchObject({
      status: 'revoked',
      revision: fresh.revision + 1,
    });
    // Two writers over one revision: exactly one wins.
    const results = await Promise.all([
      store.updateIf('k1', written!.revision, { name: 'a' }),
      store.updateIf('k1', written!.revision, { name: 'b' }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('lets one saga claim a key at a time', async () => {
    const { store } = await createStore();
    await store.insert(aKey('k1', { status: 'active' }));
    const claims = await Promise.all([
      store.claim('k1', 'rotate'),
      store.claim('k1', 'rotate'),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(claims.find(Boolean)).toMatchObject({ operation: 'rotate' });
    expect((await store.get('k1'))!.operation).toBe('rotate');
  });

  it('keeps every hash a key has had, with the row, in one write', async () => {
    const { store } = await createStore();
    const inserted = await store.insert({ ...aKey('k1'), operation: 'create' });
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const committed = await store.updateIf('k1', inserted.revision, {
      status: 'active',
      tokenHash: a,
      operation: undefined,
    });
    expect(committed).toMatchObject({
      status: 'active',
      tokenHash: a,
      revision: inserted.revision + 1,
    });
    expect(committed).toEqual(await store.get('k1'));
    // A write over a stale revision changes nothing: no row, no hash.
    expect(
      await store.updateIf('k1', inserted.revision, { tokenHash: b }),
    ).toBeUndefined();
    expect(await store.keyIdsByHash([a, b])).toEqual(new Map([[a, 'k1']]));
    // Rotation: the new value and the retiring one are both remembered,
    // and an old hash stays the key's after it is gone from the row.
    await store.update('k1', { tokenHash: b, retiringTokenHash: a });
    await store.update('k1', { retiringTokenHash: undefined });
    expect(await store.keyIdsByHash([a, b])).toEqual(
      new Map([
        [a, 'k1'],
        [b, 'k1'],
      ]),
    );
  });

  it('filters by subject, status, alias, hash, search and saga age', async () => {
    const { store } = await createStore();
    await store.insert(aKey('k1', { status: 'active' }));
    await store.insert(
      aKey('k2', {
        status: 'active',
        subjectRef: 'group:default/payments',
        name: 'Payments 100%_off',
      }),
    );
    await store.insert({ ...aKey('k3'), alias: 'ws-p1', operation: 'create' });
    await store.update('k1', { tokenHash: 'c'.repeat(64) });
    await store.update('k2', { retiringTokenHash: 'd'.repeat(64) });

    const ids = async (filter: Parameters<typeof store.list>[0]) =>
      (await store.list(filter)).map(k => k.id).sort();
    expect(await ids({ subjectRefs: ['user:default/alice'] })).toEqual([
      'k1',
      'k3',
    ]);
    expect(await ids({ statuses: ['creating'] })).toEqual(['k3']);
    expect(await ids({ aliasPrefix: 'ws-' })).toEqual(['k3']);
    // Prefixes match as aliases are spelled, on both databases; wildcards
    // are letters.
    expect(await ids({ aliasPrefix: 'WS-' })).toEqual([]);
    expect(await ids({ aliasPrefix: 'ws_' })).toEqual([]);
    expect(await ids({ aliasPrefix: 'w%' })).toEqual([]);
    expect(await ids({ aliases: ['litemaas-k2'] })).toEqual(['k2']);
    expect(
      await ids({ tokenHashes: ['c'.repeat(64), 'd'.repeat(64)] }),
    ).toEqual(['k1', 'k2']);
    // LIKE wildcards are literal.
    expect(await ids({ search: '100%_' })).toEqual(['k2']);
    expect(await ids({ search: '100%x' })).toEqual([]);
    expect(
      await ids({ operationStartedBefore: new Date('2030-01-01') }),
    ).toEqual(['k3']);
    const now = new Date();
    expect(await store.countActive('user:default/alice', now)).toBe(2);
    // An expired key stops counting toward the cap.
    await store.update('k1', { expiresAt: new Date(now.getTime() - 1000) });
    expect(await store.countActive('user:default/alice', now)).toBe(1);
    await store.update('k1', { expiresAt: new Date(now.getTime() + 60_000) });
    expect(await store.countActive('user:default/alice', now)).toBe(2);
    expect(await store.teamOwners()).toEqual(['group:default/payments']);
  });

  it("applies a policy's conditions as a query", async () => {
    const { store } = await createStore();
    await store.insert(aKey('a1', { subjectRef: 'user:default/alice' }));
    await store.insert(aKey('b1', { subjectRef: 'user:default/bob' }));
    await store.insert(aKey('p1', { subjectRef: 'group:default/payments' }));
    const ids = async (permission: any) =>
      (await store.list({ permission })).map(k => k.id).sort();
    expect(await ids({ subjectRefs: ['User:Default/Alice'] })).toEqual(['a1']);
    expect(await ids({ subjectRefs: [] })).toEqual([]);
    expect(
      await ids({
        anyOf: [
          { subjectRefs: ['user:default/alice'] },
          { subjectRefs: ['group:default/payments'] },
        ],
      }),
    ).toEqual(['a1', 'p1']);
    expect(
      await ids({
        allOf: [
          { subjectRefs: ['user:default/alice', 'user:default/bob'] },
          { not: { subjectRefs: ['user:default/bob'] } },
        ],
      }),
    ).toEqual(['a1']);
    expect(await ids({ not: { subjectRefs: ['user:default/alice'] } })).toEqual(
      ['b1', 'p1'],
    );
  });

  it('migrates down and up again', async () => {
    const { knex } = await createStore();
    await rollbackDatabaseMigrations(knex);
    expect(await knex.schema.hasTable('litemaas_keys')).toBe(false);
    await applyDatabaseMigrations(knex);
    const store = new KnexKeyStore(knex);
    expect((await store.insert(aKey('k1'))).revision).toBe(0);
  });
});
