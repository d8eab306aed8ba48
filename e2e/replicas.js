#!/usr/bin/env node
// Three replicas, proven here: three processes of the production bundle
// (scripts/build-production) on one PostgreSQL and one Redis, ports
// 7007-7009, with the LiteLLM emulator on :4300. It shows, and fails when
// it does not hold:
//   1. each scheduled job runs once per interval across the three (summed
//      from the replicas' own run counters), not three times;
//   2. 300 keys created concurrently through the three, with rotations and
//      revocations mixed in: no duplicate, no orphan in LiteLLM, every raw
//      value returned exactly once;
//   3. a replica killed with SIGKILL during key writes: the survivors
//      finish or undo its sagas, and LiteLLM and the database agree;
//   4. a rolling restart of all three under steady reads through a
//      round-robin proxy that follows readiness, as a Service does: no
//      request fails.
// Usage: node e2e/replicas.js [--no-build] [--keys 300]
// scripts/test runs it; it needs ports 7007-7009, 4300, 7100 and 9471-9473.
'use strict';

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const {
  buildCliPackage,
  dropDatabases,
  emulator,
  ensureRedis,
  listening,
  pgClient,
  portsFreed,
  processGroup,
  productionBackend,
  productionSecrets,
  sleep,
  waitFor,
} = require('../scripts/lib/harness');

const ROOT = path.resolve(__dirname, '..');
const RUN_DIR = path.join(ROOT, '.tools', 'run', 'replicas');
const PORTS = [7007, 7008, 7009];
const METRICS_PORTS = [9471, 9472, 9473];
const EMULATOR_PORT = 4300;
const PROXY_PORT = 7100;
const MASTER_KEY = 'sk-replicas-master-key';
const SERVICE_TOKEN = crypto.randomBytes(24).toString('base64url');
const SECRETS = productionSecrets();
const DB_PREFIX = 'litemaas_replicas_';
const JOB_INTERVAL_S = 10;
/** Between one reader's requests during the rolling restart. */
const READ_PAUSE_MS = 20;

const args = process.argv.slice(2);
const options = {
  build: !args.includes('--no-build'),
  keys: Number(args[args.indexOf('--keys') + 1]) || 300,
};

const results = [];
let failed = 0;
function check(what, ok, detail = '') {
  results.push({ what, ok, detail });
  if (!ok) failed += 1;
  console.log(`  ${ok ? '✓' : '✕'} ${what}${detail ? ` (${detail})` : ''}`);
}

// ---------------------------------------------------------------- processes

const { start, stopAll } = processGroup(RUN_DIR);

function writeConfig() {
  const file = path.join(RUN_DIR, 'app-config.replicas.yaml');
  fs.mkdirSync(RUN_DIR, { recursive: true });
  fs.writeFileSync(
    file,
    `# Written by e2e/replicas.js for one run.
backend:
  listen:
    port: \${REPLICA_PORT}
  database:
    client: pg
    connection:
      host: 127.0.0.1
      port: 5432
      user: postgres
    prefix: ${DB_PREFIX}
  cache:
    store: redis
    connection: redis://127.0.0.1:6379
  lifecycle:
    # Readiness fails at once on SIGTERM; the server closes after this, so
    # a load balancer that follows readiness sends nothing more to it.
    serverShutdownDelay: 2s
  auth:
    externalAccess:
      - type: static
        options:
          token: ${SERVICE_TOKEN}
          subject: litemaas-replicas
auth:
  providers:
    guest:
      dangerouslyAllowOutsideDevelopment: true
catalog:
  providers:
    kserve:
      examples:
        enabled: true
        directory: ${path.join(ROOT, 'examples/inference-services')}
        schedule:
          frequency: { seconds: ${JOB_INTERVAL_S} }
          timeout: { seconds: 30 }
litemaas:
  defaultAccessPolicy: open
  modelSync:
    schedule:
      frequency: { seconds: ${JOB_INTERVAL_S} }
      timeout: { seconds: 30 }
  keys:
    maxActiveKeysPerSubject: 100000
    reconcile:
      schedule:
        frequency: { seconds: ${JOB_INTERVAL_S} }
        timeout: { seconds: 60 }
      staleSagaAfter: { seconds: 5 }
  usage:
    schedule:
      frequency: { seconds: ${JOB_INTERVAL_S} }
      timeout: { seconds: 30 }
`,
  );
  return file;
}

const replicas = [];
function startReplica(i, configFile) {
  const port = PORTS[i];
  const child = start(
    `backend-${port}`,
    ...productionBackend({
      configFiles: [configFile],
      baseUrl: `http://localhost:${port}`,
      litellmUrl: `http://localhost:${EMULATOR_PORT}`,
      masterKey: MASTER_KEY,
      secrets: SECRETS,
      env: {
        REPLICA_PORT: String(port),
        LITEMAAS_METRICS_PORT: String(METRICS_PORTS[i]),
      },
    }),
  );
  replicas[i] = child;
  return child;
}

async function ready(port) {
  const res = await fetch(
    `http://localhost:${port}/.backstage/health/v1/readiness`,
  );
  return res.ok;
}

// ---------------------------------------------------------------- HTTP

async function api(port, method, route, { token, body } = {}) {
  const res = await fetch(`http://localhost:${port}/api/litemaas${route}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let parsed = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // text
  }
  return { status: res.status, body: parsed };
}

async function guestToken(port) {
  const res = await fetch(
    `http://localhost:${port}/api/auth/guest/refresh?env=production`,
    { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
  );
  return (await res.json()).backstageIdentity.token;
}

/** Runs `tasks` with at most `limit` at once. */
async function pool(limit, tasks) {
  const out = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await tasks[i]();
      }
    }),
  );
  return out;
}

const sha256 = value => crypto.createHash('sha256').update(value).digest('hex');

// ---------------------------------------------------------------- state

/** The portal's key rows, from PostgreSQL. */
async function keyRows() {
  const client = await pgClient(`${DB_PREFIX}litemaas`);
  const { rows } = await client.query(
    'select id, alias, status, token_hash, retiring_token_hash, operation from litemaas_keys',
  );
  await client.end();
  return rows;
}

/** Every key LiteLLM holds, from the emulator's admin API. */
async function gatewayKeys() {
  const keys = [];
  for (let page = 1; ; page++) {
    const res = await fetch(
      `http://localhost:${EMULATOR_PORT}/key/list?page=${page}&size=100&return_full_object=true`,
      { headers: { Authorization: `Bearer ${MASTER_KEY}` } },
    );
    const body = await res.json();
    keys.push(...body.keys.filter(k => typeof k === 'object'));
    if (!body.total_pages || page >= body.total_pages) return keys;
  }
}

/**
 * Whether LiteLLM and the database agree: every active key's values are in
 * LiteLLM, every portal key in LiteLLM is a value of an active row, no row
 * is stuck mid-saga, no alias twice.
 */
async function agreement() {
  const rows = await keyRows();
  const gateway = (await gatewayKeys()).filter(
    k => k.metadata?.litemaas_instance,
  );
  const known = new Set();
  for (const row of rows) {
    if (row.status === 'active') {
      if (row.token_hash) known.add(row.token_hash);
      if (row.retiring_token_hash) known.add(row.retiring_token_hash);
    }
  }
  const inGateway = new Set(gateway.map(k => k.token));
  const orphans = gateway.filter(k => !known.has(k.token));
  const missing = [...known].filter(h => !inGateway.has(h));
  const midSaga = rows.filter(
    r => r.operation || ['creating', 'revoking'].includes(r.status),
  );
  const aliases = gateway.map(k => k.key_alias);
  const duplicateAliases = aliases.length - new Set(aliases).size;
  return { rows, gateway, orphans, missing, midSaga, duplicateAliases };
}

// ---------------------------------------------------------------- metrics

async function scrape(port) {
  const text = await (await fetch(`http://localhost:${port}/metrics`)).text();
  const samples = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)\{(.*)\} (\S+)/.exec(line);
    if (!m) continue;
    const labels = Object.fromEntries(
      [...m[2].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="([^"]*)"/g)].map(x => [
        x[1],
        x[2],
      ]),
    );
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

/** Runs per task id, summed over the three replicas. */
async function taskRuns() {
  const runs = {};
  for (const port of METRICS_PORTS) {
    for (const s of await scrape(port)) {
      // Backstage's scheduler counts each run as started, then completed.
      if (
        s.name === 'backend_tasks_task_runs_count_total' &&
        s.labels.result === 'started'
      ) {
        runs[s.labels.taskId] = (runs[s.labels.taskId] ?? 0) + s.value;
      }
      // The alerts run after each reconciliation, counted by the portal.
      if (s.name === 'litemaas_task_runs_total') {
        const id = s.labels.task;
        if (id === 'litemaas-alerts') runs[id] = (runs[id] ?? 0) + s.value;
      }
    }
  }
  return runs;
}

// ---------------------------------------------------------------- proxy

/**
 * A round-robin proxy over the replicas that are ready, checked every 250
 * ms, as a Service follows its endpoints. It does not retry: a request
 * sent to a replica that fails it fails.
 */
function startProxy() {
  const readyPorts = new Set();
  let turn = 0;
  const timer = setInterval(async () => {
    for (const port of PORTS) {
      const ok = await ready(port).catch(() => false);
      if (ok) readyPorts.add(port);
      else readyPorts.delete(port);
    }
  }, 250);
  const server = http.createServer((req, res) => {
    const ports = PORTS.filter(p => readyPorts.has(p));
    if (!ports.length) {
      res.statusCode = 503;
      res.end('no ready replica');
      return;
    }
    const port = ports[turn++ % ports.length];
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port,
        path: req.url,
        method: req.method,
        headers: req.headers,
        agent: false,
      },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', error => {
      res.statusCode = 502;
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  server.listen(PROXY_PORT);
  return {
    close: () => {
      clearInterval(timer);
      server.close();
    },
  };
}

// ---------------------------------------------------------------- scenarios

async function scheduledJobsRunOnce() {
  console.log(
    `\n1. Scheduled jobs, every ${JOB_INTERVAL_S} s, across three replicas`,
  );
  const windowS = 30;
  const before = await taskRuns();
  await sleep(windowS * 1000);
  const after = await taskRuns();
  const expected = windowS / JOB_INTERVAL_S;
  for (const task of [
    'litemaas-key-reconciler',
    'litemaas-alerts',
    'litemaas-model-sync',
    'litemaas-usage-sync',
    'KServeEntityProvider:examples:refresh',
  ]) {
    const runs = (after[task] ?? 0) - (before[task] ?? 0);
    check(
      `${task} ran ${runs} times in ${windowS} s (once per interval: about ${expected}; three replicas each running it would be about ${
        3 * expected
      })`,
      runs >= 1 && runs <= expected + 1,
    );
  }
}

async function concurrentKeys(tokens) {
  console.log(
    `\n2. ${options.keys} keys created concurrently through three replicas, rotations and revocations mixed in`,
  );
  const values = [];
  const statuses = {};
  const count = (what, status) => {
    const key = `${what} ${status}`;
    statuses[key] = (statuses[key] ?? 0) + 1;
  };
  const busy = [];
  const started = Date.now();
  const tasks = Array.from({ length: options.keys }, (_, i) => async () => {
    const port = PORTS[i % 3];
    const created = await api(port, 'POST', '/keys', {
      token: tokens[port],
      body: { name: `replica-key-${i}`, models: ['gpt-4o-mini'] },
    });
    count('create', created.status);
    if (created.status !== 201) return;
    values.push(created.body.value);
    const id = created.body.key.id;
    if (i % 5 === 0) {
      const rotated = await api(
        PORTS[(i + 1) % 3],
        'POST',
        `/keys/${id}/rotate`,
        {
          token: tokens[PORTS[(i + 1) % 3]],
          body: {},
        },
      );
      count('rotate', rotated.status);
      if (rotated.status === 200) values.push(rotated.body.value);
    }
    if (i % 7 === 0) {
      // A key another saga holds (its rotation's, a reconciliation's)
      // answers 409 "busy, try again in a moment": a client does so.
      let revoked;
      for (let attempt = 0; attempt < 5; attempt++) {
        revoked = await api(PORTS[(i + 2) % 3], 'POST', `/keys/${id}/revoke`, {
          token: tokens[PORTS[(i + 2) % 3]],
          body: {},
        });
        if (revoked.status !== 409) break;
        busy.push(revoked.body?.error?.message);
        await sleep(200);
      }
      count('revoke', revoked.status);
    }
  });
  await pool(30, tasks);
  const seconds = (Date.now() - started) / 1000;
  console.log(`   ${JSON.stringify(statuses)} in ${seconds.toFixed(1)} s`);
  if (busy.length) {
    console.log(
      `   ${busy.length} revocations asked again after 409: ${busy[0]}`,
    );
  }
  const rotations = Math.ceil(options.keys / 5);
  const revocations = Math.ceil(options.keys / 7);
  check(
    'every create, rotation and revocation succeeded',
    statuses['create 201'] === options.keys &&
      statuses['rotate 200'] === rotations &&
      statuses['revoke 200'] === revocations,
    JSON.stringify(statuses),
  );
  check(
    'every raw value was returned exactly once',
    values.length === options.keys + rotations &&
      new Set(values).size === values.length,
    `${values.length} values, ${new Set(values).size} distinct`,
  );
  const state = await agreement();
  const hashes = new Set(state.gateway.map(k => k.token));
  const live = state.rows.filter(r => r.status === 'active');
  check(
    'the database has each key once: active keys = created - revoked',
    live.length === options.keys - revocations &&
      new Set(state.rows.map(r => r.alias)).size === state.rows.length,
    `${live.length} active rows`,
  );
  check(
    'no orphan in LiteLLM, nothing missing, no duplicate alias, no saga left open',
    !state.orphans.length &&
      !state.missing.length &&
      !state.duplicateAliases &&
      !state.midSaga.length,
    `${state.orphans.length} orphans, ${state.missing.length} missing, ${state.duplicateAliases} duplicate aliases, ${state.midSaga.length} mid-saga`,
  );
  // The values people hold: the last one of each live key works in LiteLLM.
  const liveHashes = new Set(live.map(r => r.token_hash));
  const heldValues = values.filter(v => liveHashes.has(sha256(v)));
  check(
    "every live key's current value is the one LiteLLM knows",
    heldValues.length === live.length &&
      heldValues.every(v => hashes.has(sha256(v))),
    `${heldValues.length} of ${live.length}`,
  );
  return { seconds, statuses };
}

async function killDuringWrites(tokens, configFile) {
  console.log('\n3. A replica killed with SIGKILL in the middle of key writes');
  const victim = 1;
  const port = PORTS[victim];
  const answered = [];
  let lost = 0;
  const writes = pool(
    20,
    Array.from({ length: 80 }, (_, i) => async () => {
      try {
        const res = await api(port, 'POST', '/keys', {
          token: tokens[port],
          body: { name: `killed-${i}`, models: ['gpt-4o-mini'] },
        });
        if (res.status === 201) answered.push(res.body.value);
      } catch {
        lost += 1;
      }
    }),
  );
  // Killed once writes are flowing: some answered, others mid-saga.
  await waitFor(
    'the first creates on the victim',
    async () => answered.length >= 10,
    { timeoutMs: 60_000 },
  );
  replicas[victim].kill('SIGKILL');
  const answeredBeforeKill = answered.length;
  await writes;
  const open = (await keyRows()).filter(r => r.status === 'creating').length;
  console.log(
    `   killed after ${answeredBeforeKill} creates answered; ${lost} requests cut off or refused; ${open} sagas left open in the database`,
  );
  // The survivors' reconciler: sagas older than staleSagaAfter (5 s) are
  // finished or undone; run it until everything agrees.
  let state;
  await waitFor(
    'LiteLLM and the database to agree after the kill',
    async () => {
      await api(PORTS[0], 'POST', '/admin/reconcile', {
        token: SERVICE_TOKEN,
        body: {},
      });
      await sleep(2000);
      state = await agreement();
      return (
        !state.orphans.length && !state.missing.length && !state.midSaga.length
      );
    },
    { timeoutMs: 120_000 },
  ).catch(() => undefined);
  check(
    'the survivors finished or undid its sagas: LiteLLM and the database agree',
    state &&
      !state.orphans.length &&
      !state.missing.length &&
      !state.midSaga.length,
    state
      ? `${state.orphans.length} orphans, ${state.missing.length} missing, ${state.midSaga.length} mid-saga`
      : 'no state',
  );
  const liveHashes = new Set(
    state.rows.filter(r => r.status === 'active').map(r => r.token_hash),
  );
  check(
    'every value answered before the kill is a live key',
    answered.every(v => liveHashes.has(sha256(v))),
    `${answered.length} values`,
  );
  startReplica(victim, configFile);
  await waitFor(`replica :${port} back`, () => ready(port));
}

async function rollingRestart(configFile, token) {
  console.log('\n4. A rolling restart of all three under steady reads');
  const proxy = startProxy();
  await sleep(1000);
  let ok = 0;
  const failures = [];
  let reading = true;
  const readers = Array.from({ length: 4 }, async () => {
    while (reading) {
      try {
        const res = await fetch(
          `http://localhost:${PROXY_PORT}/api/litemaas/models`,
          {
            headers: { Authorization: `Bearer ${token}` },
          },
        );
        await res.arrayBuffer();
        if (res.status === 200) ok += 1;
        else failures.push(res.status);
      } catch (error) {
        failures.push(String(error));
      }
      // Steady, not flat out: on two cores, readers at full speed starve
      // the replica that is starting, and the restart takes minutes.
      await sleep(READ_PAUSE_MS);
    }
  });
  const started = Date.now();
  for (let i = 0; i < 3; i++) {
    const child = replicas[i];
    const exited = new Promise(resolve => child.once('exit', resolve));
    const t0 = Date.now();
    child.kill('SIGTERM');
    await exited;
    const t1 = Date.now();
    startReplica(i, configFile);
    await waitFor(`replica :${PORTS[i]} ready again`, () => ready(PORTS[i]));
    // Where a slow restart spends its time: stopping, or starting again.
    console.log(
      `   :${PORTS[i]} stopped in ${((t1 - t0) / 1000).toFixed(
        1,
      )} s, ready again in ${((Date.now() - t1) / 1000).toFixed(1)} s`,
    );
    await sleep(1000);
  }
  reading = false;
  await Promise.all(readers);
  proxy.close();
  const seconds = (Date.now() - started) / 1000;
  check(
    `no request failed during the restart (${ok} answered in ${seconds.toFixed(
      0,
    )} s)`,
    failures.length === 0 && ok > 0,
    failures.length
      ? `${failures.length} failed: ${failures.slice(0, 3).join('; ')}`
      : '',
  );
}

// ---------------------------------------------------------------- main

async function main() {
  // A portal stopped just before (the browser tests) may still be closing.
  const taken = await portsFreed([
    ...PORTS,
    ...METRICS_PORTS,
    EMULATOR_PORT,
    PROXY_PORT,
  ]);
  if (taken.length) {
    throw new Error(
      `Port ${taken.join(
        ', ',
      )} in use: stop what runs there (a portal started with scripts/start?)`,
    );
  }
  await ensureRedis();
  if (options.build) {
    execFileSync('bash', [path.join(ROOT, 'scripts/build-production')], {
      stdio: 'inherit',
    });
  }
  fs.rmSync(RUN_DIR, { recursive: true, force: true });
  await dropDatabases(DB_PREFIX);
  const configFile = writeConfig();

  console.log(`==> The LiteLLM emulator on :${EMULATOR_PORT}`);
  buildCliPackage('packages/litellm-emulator');
  start(
    'emulator',
    ...emulator({ port: EMULATOR_PORT, masterKey: MASTER_KEY }),
  );
  await waitFor('the emulator', () => listening(EMULATOR_PORT));

  console.log(
    `==> Three replicas of the production bundle on :${PORTS.join(
      ', :',
    )} (logs in ${path.relative(ROOT, RUN_DIR)})`,
  );
  // The first creates the databases and runs the migrations; the others
  // start once it is ready (as a Deployment's first rollout may do too).
  startReplica(0, configFile);
  await waitFor('replica :7007', () => ready(PORTS[0]));
  startReplica(1, configFile);
  startReplica(2, configFile);
  await waitFor(
    'replicas :7008 and :7009',
    async () => (await ready(PORTS[1])) && (await ready(PORTS[2])),
  );

  const tokens = {};
  for (const port of PORTS) tokens[port] = await guestToken(port);
  for (const model of ['gpt-4o-mini']) {
    const res = await api(PORTS[0], 'POST', '/access-requests', {
      token: tokens[PORTS[0]],
      body: { modelName: model },
    });
    if (res.body?.status !== 'granted') {
      throw new Error(`Access to ${model}: ${JSON.stringify(res.body)}`);
    }
  }

  await scheduledJobsRunOnce();
  const keys = await concurrentKeys(tokens);
  await killDuringWrites(tokens, configFile);
  await rollingRestart(configFile, tokens[PORTS[0]]);

  console.log(
    `\nreplicas: ${results.length - failed} passed, ${failed} failed (${
      options.keys
    } keys in ${keys.seconds.toFixed(1)} s)`,
  );
  stopAll();
  process.exit(failed ? 1 : 0);
}

main().catch(error => {
  console.error(error);
  stopAll();
  process.exit(1);
});
