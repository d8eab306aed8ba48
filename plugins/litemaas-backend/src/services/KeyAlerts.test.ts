import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from '../database/migrations';
import { KnexKeyStore } from '../database/KnexKeyStore';
import { KeyAlerts } from './KeyAlerts';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())('KeyAlerts on %p', databaseId => {
  it('notifies at 80% and 100% once per period, and a week before expiry', async () => {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const keys = new KnexKeyStore(knex);
    let now = new Date('2026-11-20T10:00:00Z');
    await keys.insert({
      id: 'k1',
      alias: 'a1',
      name: 'notebook',
      subjectRef: 'user:default/alice',
      createdBy: 'user:default/alice',
      origin: 'portal',
      status: 'active',
      models: ['m'],
      limits: { maxBudget: 10 },
      expiresAt: new Date('2026-12-20T10:00:00Z'),
    });
    const sent: any[] = [];
    const alerts = new KeyAlerts({
      knex,
      keys,
      logger: mockServices.logger.mock(),
      notifications: { send: async n => void sent.push(n) },
      now: () => now,
    });

    await keys.update('k1', { spend: 5 });
    expect(await alerts.run()).toEqual({ sent: 0 });
    await keys.update('k1', { spend: 8.5 });
    expect(await alerts.run()).toEqual({ sent: 1 });
    expect(await alerts.run()).toEqual({ sent: 0 });
    await keys.update('k1', { spend: 10 });
    expect(await alerts.run()).toEqual({ sent: 1 });
    expect(sent.map(n => n.payload.title)).toEqual([
      'API key "notebook" has used 80% of its budget',
      'API key "notebook" has used 100% of its budget',
    ]);
    expect(sent[1].recipients).toEqual({
      type: 'entity',
      entityRef: 'user:default/alice',
    });
    // The budget alerts open the key's top-up form in one click.
    expect(sent[0].payload.link).toBe('/litemaas/keys?topUp=k1');

    // A new budget period: spend resets, and the 80% alert can come again.
    await keys.update('k1', { spend: 0.5 });
    await alerts.run();
    await keys.update('k1', { spend: 9 });
    expect(await alerts.run()).toEqual({ sent: 1 });

    now = new Date('2026-12-15T10:00:00Z');
    expect(await alerts.run()).toEqual({ sent: 1 });
    expect(sent[sent.length - 1].payload.title).toBe(
      'API key "notebook" expires 2026-12-20',
    );
    expect(await alerts.run()).toEqual({ sent: 0 });
  });
});
