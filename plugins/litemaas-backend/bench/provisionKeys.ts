/* eslint-disable no-console */
/**
 * Benchmark: provisions keys for N workshop participants in one call, then
 * runs the same call again (which must create none), against the LiteLLM
 * emulator over HTTP and a real database.
 *
 *   yarn workspace @litemaas/backstage-plugin-litemaas-backend bench:provision [N] [--postgres URL]
 */
import { startEmulator } from '@litemaas/litellm-emulator';
import knexFactory, { Knex } from 'knex';
import { KnexAccessStore } from '../src/database/KnexAccessStore';
import { KnexKeyStore } from '../src/database/KnexKeyStore';
import { applyDatabaseMigrations } from '../src/database/migrations';
import { SettingsStore } from '../src/database/SettingsStore';
import { LiteLlmClient } from '../src/gateways/litellm/LiteLlmClient';
import { Caller, portalCaller } from '../src/permissions/Caller';
import { KeyService } from '../src/services/keys/KeyService';
import { KeyWriter } from '../src/services/keys/KeyWriter';
import {
  keySettingsFromConfig,
  KeySettingsService,
} from '../src/services/keys/KeySettingsService';
import { ConfigReader } from '@backstage/config';

const MASTER_KEY = 'sk-bench-master-key';

// The benchmark measures the saga, not log output.
const quietLogger: any = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => quietLogger,
};
const quietAuditor: any = {
  createEvent: async () => ({ success: async () => {}, fail: async () => {} }),
};

async function database(
  postgresUrl?: string,
): Promise<{ knex: Knex; label: string; close(): Promise<void> }> {
  if (!postgresUrl) {
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    return { knex, label: 'SQLite (in memory)', close: () => knex.destroy() };
  }
  const name = `litemaas_bench_${Date.now()}`;
  const admin = knexFactory({ client: 'pg', connection: postgresUrl });
  await admin.raw(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const knex = knexFactory({ client: 'pg', connection: url.toString() });
  return {
    knex,
    label: 'PostgreSQL',
    close: async () => {
      await knex.destroy();
      await admin.raw(`DROP DATABASE ${name}`);
      await admin.destroy();
    },
  };
}

async function main() {
  const args = process.argv.slice(2);
  const count = Number(args.find(a => /^\d+$/.test(a)) ?? 500);
  const pgIndex = args.indexOf('--postgres');
  const db = await database(pgIndex >= 0 ? args[pgIndex + 1] : undefined);
  const emulator = await startEmulator({
    masterKey: MASTER_KEY,
    port: 0,
    seed: {
      models: [
        {
          model_name: 'gpt-4o-mini',
          litellm_params: { model: 'openai/gpt-4o-mini' },
          model_info: { id: 'm1' },
        },
      ],
    },
  });
  try {
    await applyDatabaseMigrations(db.knex);
    const admin: Caller = portalCaller({
      userRef: 'user:default/dana',
      groups: ['group:default/litemaas-admins'],
      admin: true,
    });
    const access = new KnexAccessStore(db.knex);
    // Workshop keys are held to their owner's grant, like any key.
    await access.create({
      modelName: 'gpt-4o-mini',
      subjectRef: admin.userRef,
      requestedBy: admin.userRef,
      status: 'granted',
      limits: {},
    });
    const store = new KnexKeyStore(db.knex);
    const litellm = new LiteLlmClient({
      baseUrl: emulator.url,
      masterKey: MASTER_KEY,
    });
    const keys = new KeyService({
      store,
      access,
      litellm,
      writer: new KeyWriter({
        store,
        litellm,
        adapters: [],
        instanceId: 'bench',
        logger: quietLogger,
      }),
      settings: new KeySettingsService(
        new SettingsStore(db.knex),
        keySettingsFromConfig(new ConfigReader({})),
      ),
      auditor: quietAuditor,
      logger: quietLogger,
    });
    const body = {
      aliasPrefix: 'workshop-bench-',
      participants: Array.from(
        { length: count },
        (_, i) => `p${String(i + 1).padStart(4, '0')}`,
      ),
      models: ['gpt-4o-mini'],
      expiresInDays: 2,
      limits: { maxBudget: 5, budgetDuration: '1d' },
    };

    const t0 = performance.now();
    const first = await keys.provision(admin, body);
    const t1 = performance.now();
    const second = await keys.provision(admin, body);
    const t2 = performance.now();
    const inGateway = emulator.state.keys.size;

    console.log(
      `Provisioning ${count} participant keys (${db.label}, LiteLLM emulator over HTTP)`,
    );
    console.log(
      `  first call:  ${first.created.length} created, ${
        first.existing.length
      } existing, ${first.failed.length} failed in ${(t1 - t0).toFixed(
        0,
      )} ms (${((t1 - t0) / count).toFixed(2)} ms/key)`,
    );
    console.log(
      `  second call: ${second.created.length} created, ${
        second.existing.length
      } existing, ${second.failed.length} failed in ${(t2 - t1).toFixed(0)} ms`,
    );
    console.log(`  keys in LiteLLM: ${inGateway}`);
    if (
      first.created.length !== count ||
      second.created.length !== 0 ||
      inGateway !== count
    ) {
      console.error(
        'FAILED: expected every participant once, and no key on the second call',
      );
      process.exitCode = 1;
    }
  } finally {
    await emulator.close();
    await db.close();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
