import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { startEmulator } from '@litemaas/litellm-emulator';
import { Knex } from 'knex';
import {
  alice,
  FIXTURE_MODELS,
  keyServices,
  MASTER_KEY,
  startPortal,
} from '../../__testUtils__/keyFixture';
import { applyDatabaseMigrations } from '../../database/migrations';
import { portalCaller } from '../../permissions/Caller';
import { SettingsStore } from '../../database/SettingsStore';
import { resolveInstanceId } from '../instanceId';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

async function tables(knex: Knex): Promise<string[]> {
  const client = knex.client.config.client;
  const rows =
    client === 'pg'
      ? (
          await knex.raw(
            "select tablename as name from pg_tables where schemaname = current_schema() and tablename like 'litemaas\\_%'",
          )
        ).rows
      : await knex.raw(
          "select name from sqlite_master where type = 'table' and name like 'litemaas\\_%' escape '\\'",
        );
  // Events refer to their requests: those go first.
  const last = ['litemaas_access_events'];
  return (rows as Array<{ name: string }>)
    .map(r => r.name)
    .filter(name => !name.startsWith('litemaas_knex_migrations'))
    .sort((x, y) => Number(last.includes(x)) - Number(last.includes(y)));
}

/** A backup of one portal's database, restored into another database. */
async function restoreBackup(from: Knex, databaseId: TestDatabaseId) {
  const to = await databases.init(databaseId);
  await applyDatabaseMigrations(to);
  for (const table of await tables(from)) {
    const rows = await from(table).select();
    for (let i = 0; i < rows.length; i += 100) {
      await to(table).insert(rows.slice(i, i + 100));
    }
  }
  return to;
}

describe.each(databases.eachSupportedId())(
  'a restored backup on %p, with the same install id',
  databaseId => {
    it('never touches the keys of the database in charge, and changes nothing until an admin decides', async () => {
      const emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: { models: FIXTURE_MODELS },
      });
      const reconcile = { confirmAfterMs: 0, maxShare: 1, maxCount: Infinity };
      const a = await startPortal(databases, databaseId, emulator.url, {
        reconcile,
      });
      const issued = [];
      for (let i = 0; i < 6; i++) {
        issued.push(
          await a.keys.create(alice, {
            name: `k${i}`,
            models: ['gpt-4o-mini'],
          }),
        );
      }
      await a.reconciler.run();

      // The backup, taken while two writes were in flight.
      const copy = await restoreBackup(a.knex, databaseId);
      await copy('litemaas_keys')
        .where({ id: issued[0].key.id })
        .update({
          status: 'creating',
          operation: 'create',
          operation_started_at: new Date('2026-01-01T00:00:00Z'),
        });
      await copy('litemaas_keys')
        .where({ id: issued[1].key.id })
        .update({
          operation: 'rotate',
          operation_data: JSON.stringify({
            temporaryAlias: `${issued[1].key.alias}--rotating`,
          }),
          operation_started_at: new Date('2026-01-01T00:00:00Z'),
        });

      // The portal in charge goes on: rotates (with a grace period),
      // revokes, creates, and reconciles (renewing its lease).
      const rotated = await a.keys.rotate(alice, issued[1].key.id, {
        gracePeriodHours: 1,
      });
      await a.keys.revoke(alice, issued[2].key.id);
      const fresh = await a.keys.create(alice, {
        name: 'after the backup',
        models: ['gpt-4o-mini'],
      });
      await a.reconciler.run();
      const live = [
        issued[0].value,
        issued[1].value, // in its grace period
        rotated.value,
        issued[3].value,
        issued[4].value,
        issued[5].value,
        fresh.value,
      ];

      // The copy starts against the same LiteLLM, with the same install id.
      const instanceId = await resolveInstanceId(
        new SettingsStore(copy),
        new ConfigReader({}),
      );
      expect(instanceId).toBe(a.instanceId);
      const b = keyServices({
        knex: copy,
        emulatorUrl: emulator.url,
        instanceId,
        reconcile: { ...reconcile, staleAfterMs: 0 },
      });
      for (let run = 0; run < 3; run++) {
        const report = await b.reconciler.run();
        expect(report.fenced?.reason).toMatch(/restored backup or a copy/);
        expect(report.completed + report.markedRevoked).toBe(0);
      }
      for (const value of live) {
        expect(emulator.state.getKey(value)).toBeDefined();
      }
      // Its users cannot change keys either.
      await expect(
        b.keys.revoke(alice, issued[3].key.id),
      ).rejects.toMatchObject({ name: 'ServiceUnavailableError' });
      await expect(
        b.keys.create(alice, { name: 'x', models: ['gpt-4o-mini'] }),
      ).rejects.toMatchObject({ name: 'ServiceUnavailableError' });
      expect(emulator.state.getKey(issued[3].value)).toBeDefined();

      // The portal in charge is not disturbed.
      const report = await a.reconciler.run();
      expect(report.fenced).toBeUndefined();
      await a.keys.rotate(alice, issued[4].key.id);
      await emulator.close();
    });

    it('a copy that acts first fences the original, so the two never both act', async () => {
      const emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: { models: FIXTURE_MODELS },
      });
      const a = await startPortal(databases, databaseId, emulator.url, {});
      const key = await a.keys.create(alice, {
        name: 'k',
        models: ['gpt-4o-mini'],
      });
      await a.reconciler.run();
      const copy = await restoreBackup(a.knex, databaseId);
      const b = keyServices({
        knex: copy,
        emulatorUrl: emulator.url,
        instanceId: a.instanceId,
      });
      // The copy reconciles before the original renews its lease.
      expect((await b.reconciler.run()).fenced).toBeUndefined();
      const original = await a.reconciler.run();
      expect(original.fenced?.reason).toMatch(/newer state/);
      await expect(a.keys.revoke(alice, key.key.id)).rejects.toMatchObject({
        name: 'ServiceUnavailableError',
      });
      expect(emulator.state.getKey(key.value)).toBeDefined();
      // The admins stop the copy and take over in the original.
      const dana = portalCaller({ userRef: 'user:default/dana', admin: true });
      await expect(a.reconciler.takeOver(alice)).rejects.toThrow(/Only admins/);
      await a.reconciler.takeOver(dana);
      expect((await a.reconciler.run()).fenced).toBeUndefined();
      await a.keys.revoke(alice, key.key.id);
      await emulator.close();
    });
  },
);
