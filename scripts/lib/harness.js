// What the benchmark (bench/http.js), the three-replica test
// (e2e/replicas.js) and the dynamic plugins test (e2e/dynamicPlugins.js)
// share: child processes with their logs in one folder, stopped together;
// the production backend's command; waiting for a condition; whether a port
// answers; the PostgreSQL databases of one run, dropped before it.
'use strict';

const { execFileSync, spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const PROD = path.join(ROOT, '.tools', 'prod');

const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Resolves when `check` answers true (its errors count as not yet). */
async function waitFor(
  what,
  check,
  { timeoutMs = 300_000, everyMs = 250 } = {},
) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Whether something accepts connections on 127.0.0.1:port. */
function listening(port) {
  return new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Waits (at most `timeoutMs`) until nothing listens on any of `ports`;
 * answers those still taken.
 */
async function portsFreed(ports, { timeoutMs = 30_000 } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const taken = [];
    for (const port of ports) if (await listening(port)) taken.push(port);
    if (taken.length === 0 || Date.now() > until) return taken;
    await sleep(250);
  }
}

/**
 * Child processes, each in its own process group with its log in
 * `runDir/<name>.log` (started afresh each run with `freshLogs`), all
 * stopped when this process exits.
 */
function processGroup(runDir, { freshLogs = false } = {}) {
  const children = new Set();
  function start(name, command, args, opts = {}) {
    fs.mkdirSync(runDir, { recursive: true });
    const log = fs.openSync(
      path.join(runDir, `${name}.log`),
      freshLogs ? 'w' : 'a',
    );
    const child = spawn(command, args, {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', log, log],
      detached: true,
    });
    children.add(child);
    child.once('exit', () => children.delete(child));
    return child;
  }
  function stopAll(signal = 'SIGTERM') {
    for (const child of children) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    }
  }
  /** Stops them all and waits (at most `timeoutMs`) until they are gone. */
  async function stopped(timeoutMs = 20_000) {
    const exits = [...children].map(
      child =>
        new Promise(resolve =>
          child.exitCode !== null || child.signalCode !== null
            ? resolve()
            : child.once('exit', resolve),
        ),
    );
    stopAll();
    await Promise.race([Promise.all(exits), sleep(timeoutMs)]);
  }
  process.on('exit', () => stopAll());
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));
  return { start, stopAll, stopped };
}

/**
 * Builds a runnable package's JavaScript (`--role cli`: no .d.ts needed), as
 * scripts/start does for the emulator, the dev IdP and fake-kubernetes.
 */
function buildCliPackage(dir, { stdio = 'ignore' } = {}) {
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/.bin/backstage-cli'),
      'package',
      'build',
      '--role',
      'cli',
    ],
    { cwd: path.join(ROOT, dir), stdio },
  );
}

/** The LiteLLM emulator's command, for a process group's `start`. */
function emulator({ port, masterKey, seed }) {
  return [
    process.execPath,
    [
      'packages/litellm-emulator/bin/litellm-emulator',
      '--port',
      String(port),
      '--master-key',
      masterKey,
      '--seed',
      seed ?? 'packages/litellm-emulator/seed/dev.json',
    ],
    { cwd: ROOT },
  ];
}

/** Starts Redis on 6379, as the README says, unless one answers there. */
async function ensureRedis() {
  if (await listening(6379)) return;
  console.log('==> Starting Redis');
  execFileSync('redis-server', [
    '--daemonize',
    'yes',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await waitFor('Redis', () => listening(6379), { timeoutMs: 10_000 });
}

/** Fresh secrets that production refuses to start without. */
function productionSecrets() {
  const secret = () => crypto.randomBytes(32).toString('base64url');
  return {
    AUTH_SESSION_SECRET: secret(),
    LITEMAAS_KEY_DELIVERY_SECRET: secret(),
  };
}

/**
 * The production bundle (.tools/prod, from scripts/build-production) as a
 * container runs it: NODE_ENV=production, `baseConfigs` (app-config.yaml and
 * app-config.production.yaml) then `configFiles`, on the local PostgreSQL,
 * serving at `baseUrl`, LiteLLM at `litellmUrl`. Answers the arguments of a
 * process group's `start` after the name.
 */
function productionBackend({
  baseConfigs = [
    path.join(ROOT, 'app-config.yaml'),
    path.join(ROOT, 'app-config.production.yaml'),
  ],
  configFiles,
  baseUrl,
  litellmUrl,
  masterKey,
  secrets,
  env = {},
}) {
  return [
    process.execPath,
    [
      'packages/backend',
      ...[...baseConfigs, ...configFiles].flatMap(file => ['--config', file]),
    ],
    {
      cwd: PROD,
      env: {
        NODE_ENV: 'production',
        NODE_OPTIONS: process.env.LITEMAAS_PRODUCTION_NODE_OPTIONS ?? '',
        APP_BASE_URL: baseUrl,
        BACKEND_BASE_URL: baseUrl,
        POSTGRES_HOST: '127.0.0.1',
        POSTGRES_PORT: '5432',
        POSTGRES_USER: 'postgres',
        POSTGRES_PASSWORD: '',
        LITELLM_BASE_URL: litellmUrl,
        LITELLM_MASTER_KEY: masterKey,
        LITEMAAS_GATEWAY_BASE_URL: litellmUrl,
        ...secrets,
        ...env,
      },
    },
  ];
}

/** A client of the local PostgreSQL (127.0.0.1:5432, user postgres). */
async function pgClient(database = 'postgres') {
  const { Client } = require(require.resolve('pg', { paths: [ROOT] }));
  const client = new Client({
    host: '127.0.0.1',
    port: 5432,
    user: 'postgres',
    database,
  });
  await client.connect();
  return client;
}

/** Drops the databases a run made (Backstage makes one per plugin). */
async function dropDatabases(prefix) {
  const client = await pgClient();
  const { rows } = await client.query(
    'select datname from pg_database where datname like $1',
    [`${prefix}%`],
  );
  for (const { datname } of rows) {
    await client.query(`drop database if exists "${datname}" with (force)`);
  }
  await client.end();
}

module.exports = {
  ROOT,
  sleep,
  waitFor,
  listening,
  portsFreed,
  processGroup,
  buildCliPackage,
  emulator,
  ensureRedis,
  productionBackend,
  productionSecrets,
  pgClient,
  dropDatabases,
};
