/* eslint-disable no-console */
/**
 * Benchmark: 1,000,000 daily usage rows (10k users, 50k keys, 200 models,
 * 90 days) in PostgreSQL, then the main usage queries through the whole
 * plugin over HTTP (authentication, the caller's groups and permission
 * decisions included), printing p50/p95 latency.
 *
 *   yarn workspace @litemaas/backstage-plugin-litemaas-backend bench:usage [--postgres URL] [--rows N]
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import knexFactory from 'knex';
import { applyDatabaseMigrations } from '../src/database/migrations';
import { UsageStore } from '../src/database/UsageStore';
import { litemaasPlugin } from '../src/plugin';
import { portalPolicyServices } from '../src/testUtils/portalPolicy';

const USERS = 10_000;
const KEYS = 50_000;
const MODELS = 200;
const DAYS = 90;
const MASTER_KEY = 'sk-bench-master-key';
// user-42 owns 5 keys and belongs to team-30 (owner of model-17).
const DEVELOPER = 'user:default/user-42';
const ADMIN = 'user:default/admin';

function arg(name: string, fallback: string) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function percentile(sorted: number[], p: number) {
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

async function main() {
  const pgUrl = arg(
    '--postgres',
    'postgresql://postgres@127.0.0.1:5432/postgres',
  );
  const rows = Number(arg('--rows', '1000000'));
  const name = `litemaas_usage_bench_${Date.now()}`;
  const admin = knexFactory({ client: 'pg', connection: pgUrl });
  await admin.raw(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const knex = knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 1, max: 10 },
  });
  let emulator: Awaited<ReturnType<typeof startEmulator>> | undefined;
  let stop: (() => Promise<void>) | undefined;
  try {
    await applyDatabaseMigrations(knex);
    const t0 = performance.now();
    // Generated in the database, day by day as ingestion writes them: row g
    // is day g % DAYS; the i-th row of a day (i = g / DAYS) is key
    // (9i + day % 9) mod KEYS, so all 50k keys appear, each on ~20 days.
    // Key k belongs to user k % USERS; every 10th key to one of 500 teams;
    // keys with k % 100 = 1 were made outside the portal (no owner).
    await knex.raw(
      `INSERT INTO litemaas_usage_daily
        (day, key_hash, model, provider, key_id, subject_ref, spend, prompt_tokens,
         completion_tokens, total_tokens, requests, successful_requests, failed_requests)
       SELECT to_char(date '2026-11-22' - d, 'YYYY-MM-DD'),
              'hash-' || k, 'model-' || ((k * 7 + d / 30) % ${MODELS}),
              'provider-' || (k % 5),
              CASE WHEN k % 100 = 1 THEN NULL ELSE 'key-' || k END,
              CASE WHEN k % 100 = 1 THEN NULL
                   WHEN k % 10 = 0 THEN 'group:default/team-' || (k % 500)
                   ELSE 'user:default/user-' || (k % ${USERS}) END,
              (g % 97) / 1000.0, g % 500, g % 300, g % 800, 1 + g % 9, 1 + g % 8, g % 2
       FROM (SELECT g, g % ${DAYS} AS d,
                    ((g / ${DAYS}) * 9 + (g % ${DAYS}) % 9) % ${KEYS} AS k
             FROM generate_series(0, ${rows - 1}) AS g) AS s
       ORDER BY d DESC`,
    );
    const store = new UsageStore(knex);
    await store.rebuildRollups('2026-08-01', '2026-11-30');
    await knex.raw('ANALYZE');
    const loadMs = performance.now() - t0;

    // The plugin as the backend runs it, on this database. The emulator
    // only answers the plugin's own start-up calls (model sync and such);
    // the usage pull reaches back 0 days, to today, which has no rows here.
    emulator = await startEmulator({ masterKey: MASTER_KEY, port: 0 });
    const backend = await startTestBackend({
      features: [
        litemaasPlugin,
        mockServices.database.factory({ knex }),
        mockServices.rootConfig.factory({
          data: {
            litemaas: {
              litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
              usage: { backfillDays: 0 },
              models: [{ name: 'model-17', owner: 'group:default/team-30' }],
            },
          },
        }),
        ...portalPolicyServices({
          admins: ['group:default/litemaas-admins'],
          memberships: {
            [DEVELOPER]: ['group:default/team-30'],
            [ADMIN]: ['group:default/litemaas-admins'],
          },
        }),
      ],
    });
    stop = () => backend.stop();
    const base = `http://127.0.0.1:${backend.server.port()}/api/litemaas`;

    const queries: Array<{ name: string; who: string; path: string }> = [
      {
        name: 'developer, 30 days by day',
        who: DEVELOPER,
        path: '/usage?from=2026-10-24&to=2026-11-22&groupBy=day',
      },
      {
        name: 'developer, 90 days by key',
        who: DEVELOPER,
        path: '/usage?from=2026-08-25&to=2026-11-22&groupBy=key',
      },
      {
        name: 'owner, model by consumer, 30 days',
        who: DEVELOPER,
        path: '/usage?scope=model&model=model-17&from=2026-10-24&to=2026-11-22&groupBy=subject',
      },
      {
        name: 'admin, 7 days by model',
        who: ADMIN,
        path: '/usage?scope=all&from=2026-11-16&to=2026-11-22&groupBy=model',
      },
      {
        name: 'admin, 30 days by day',
        who: ADMIN,
        path: '/usage?scope=all&from=2026-10-24&to=2026-11-22&groupBy=day',
      },
      {
        name: 'admin, top consumers 7 days',
        who: ADMIN,
        path: '/usage?scope=all&from=2026-11-16&to=2026-11-22&groupBy=subject',
      },
      {
        name: 'admin, top consumers 30 days',
        who: ADMIN,
        path: '/usage?scope=all&from=2026-10-24&to=2026-11-22&groupBy=subject',
      },
      {
        name: 'admin, top consumers 90 days',
        who: ADMIN,
        path: '/usage?scope=all&from=2026-08-25&to=2026-11-22&groupBy=subject',
      },
      {
        name: 'admin, outside-portal keys 30 days',
        who: ADMIN,
        path: '/usage?scope=all&from=2026-10-24&to=2026-11-22&groupBy=key&outsidePortal=true',
      },
      {
        name: 'admin, 90 days by provider',
        who: ADMIN,
        path: '/usage?scope=all&from=2026-08-25&to=2026-11-22&groupBy=provider',
      },
    ];
    console.log(
      `Loaded ${rows.toLocaleString('en-US')} usage rows, with rollups, in ${(
        loadMs / 1000
      ).toFixed(1)} s (PostgreSQL)`,
    );
    for (const q of queries) {
      const headers = { Authorization: mockCredentials.user.header(q.who) };
      const times: number[] = [];
      let rowCount = 0;
      for (let i = 0; i < 45; i++) {
        const t = performance.now();
        const res = await fetch(`${base}${q.path}`, { headers });
        if (!res.ok)
          throw new Error(`${q.path}: ${res.status} ${await res.text()}`);
        rowCount = (await res.json()).rows.length;
        if (i >= 5) times.push(performance.now() - t); // first 5 warm up
      }
      times.sort((a, b) => a - b);
      console.log(
        `  ${q.name.padEnd(38)} p50 ${percentile(times, 50)
          .toFixed(1)
          .padStart(6)} ms   p95 ${percentile(times, 95)
          .toFixed(1)
          .padStart(6)} ms   ${String(rowCount).padStart(4)} rows`,
      );
    }
  } finally {
    await stop?.();
    await emulator?.close();
    await knex.destroy();
    await admin.raw(`DROP DATABASE ${name}`);
    await admin.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
