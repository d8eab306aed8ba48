import { TestDatabases } from '@backstage/backend-test-utils';
import { AuditStore, NewAuditEvent } from './AuditStore';
import { applyDatabaseMigrations } from './migrations';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 11, day, hour));

const event = (fields: Partial<NewAuditEvent>): NewAuditEvent => ({
  at: at(1),
  action: 'access-approve',
  outcome: 'succeeded',
  actorRef: 'user:default/dana',
  ...fields,
});

describe.each(databases.eachSupportedId())('AuditStore on %p', id => {
  async function setup() {
    const knex = await databases.init(id);
    await applyDatabaseMigrations(knex);
    const store = new AuditStore(knex);
    await store.append(
      event({
        at: at(1),
        action: 'access-request',
        actorRef: 'user:default/alice',
        subjectRef: 'user:default/alice',
        modelName: 'granite-8b',
        target: 'req-1',
        reason: 'Summaries for 100% of tickets',
        details: { body: { modelName: 'granite-8b' } },
      }),
    );
    await store.append(
      event({
        at: at(2),
        subjectRef: 'user:default/alice',
        modelName: 'granite-8b',
        target: 'req-1',
        before: { status: 'pending' },
        after: { status: 'granted', limits: { tpm: 1000 } },
      }),
    );
    await store.append(
      event({
        at: at(3),
        action: 'key-revoke',
        actorRef: 'user:default/bob',
        subjectRef: 'group:default/payments',
        modelName: 'gpt-4o-mini',
        target: 'k-1',
        outcome: 'failed',
        error: 'LiteLLM is down',
      }),
    );
    await store.append(
      event({ at: at(4), action: 'key-settings', target: 'key-policy' }),
    );
    return { knex, store };
  }

  it('keeps what it is given and lists it newest first, paged', async () => {
    const { store } = await setup();
    const all = await store.list({ all: true }, { offset: 0, limit: 10 });
    expect(all.total).toBe(4);
    expect(all.items.map(e => e.action)).toEqual([
      'key-settings',
      'key-revoke',
      'access-approve',
      'access-request',
    ]);
    expect(all.items[2]).toEqual({
      id: expect.any(String),
      at: at(2).toISOString(),
      action: 'access-approve',
      outcome: 'succeeded',
      actorRef: 'user:default/dana',
      subjectRef: 'user:default/alice',
      modelName: 'granite-8b',
      target: 'req-1',
      before: { status: 'pending' },
      after: { status: 'granted', limits: { tpm: 1000 } },
    });
    expect(all.items[1]).toMatchObject({
      outcome: 'failed',
      error: 'LiteLLM is down',
    });
    const second = await store.list({ all: true }, { offset: 1, limit: 2 });
    expect(second.total).toBe(4);
    expect(second.items.map(e => e.action)).toEqual([
      'key-revoke',
      'access-approve',
    ]);
  });

  it('filters by action, actor, subject, model, outcome, time and words', async () => {
    const { store } = await setup();
    const actions = async (query: object) =>
      (
        await store.list({ all: true }, { offset: 0, limit: 10, ...query })
      ).items.map(e => e.action);
    expect(await actions({ action: 'key-revoke' })).toEqual(['key-revoke']);
    expect(await actions({ actorRef: 'User:Default/Alice' })).toEqual([
      'access-request',
    ]);
    expect(await actions({ subjectRef: 'user:default/alice' })).toEqual([
      'access-approve',
      'access-request',
    ]);
    expect(await actions({ modelName: 'gpt-4o-mini' })).toEqual(['key-revoke']);
    expect(await actions({ outcome: 'failed' })).toEqual(['key-revoke']);
    expect(
      await actions({
        from: at(2).toISOString(),
        to: at(4).toISOString(),
      }),
    ).toEqual(['key-revoke', 'access-approve']);
    expect(await actions({ search: 'PAYMENTS' })).toEqual(['key-revoke']);
    // What was asked is searched too.
    expect(await actions({ search: 'body' })).toEqual(['access-request']);
    // LIKE's wildcards are the reader's words, not patterns.
    expect(await actions({ search: '100%' })).toEqual(['access-request']);
    expect(await actions({ search: '_' })).toEqual([]);
  });

  it("shows a model owner only their models' events", async () => {
    const { store } = await setup();
    await store.append(
      event({ at: at(5), action: 'key-create', modelName: 'granite-8b' }),
    );
    const mine = await store.list(
      { models: ['granite-8b'], actionPrefixes: ['access-'] },
      { offset: 0, limit: 10 },
    );
    expect(mine.total).toBe(2);
    expect(mine.items.map(e => [e.action, e.modelName])).toEqual([
      ['access-approve', 'granite-8b'],
      ['access-request', 'granite-8b'],
    ]);
    const none = await store.list(
      { models: [], actionPrefixes: ['access-'] },
      { offset: 0, limit: 10 },
    );
    expect(none).toEqual({ items: [], total: 0 });
  });

  it('streams every match by id, unshaken by events appended meanwhile', async () => {
    const { store } = await setup();
    const seen: string[] = [];
    for await (const e of store.stream({ all: true }, {}, 2)) {
      seen.push(e.action);
      // Appended during the export: newer than what is left to read.
      if (seen.length === 1) {
        await store.append(event({ at: at(5), action: 'key-create' }));
      }
    }
    expect(seen).toEqual([
      'key-settings',
      'key-revoke',
      'access-approve',
      'access-request',
    ]);
  });

  it('deletes what is older than the retention, and nothing else', async () => {
    const { store } = await setup();
    expect(await store.deleteBefore(at(3), 1)).toBe(2);
    const left = await store.list({ all: true }, { offset: 0, limit: 10 });
    expect(left.items.map(e => e.action)).toEqual([
      'key-settings',
      'key-revoke',
    ]);
  });
});
