#!/usr/bin/env node
/* eslint-disable no-console */
// HTTP benchmark of the backend (README "Performance"): starts the LiteLLM
// emulator with 200 models, the dev IdP and the backend on PostgreSQL as
// `scripts/start` does (development: `backstage-cli package start`), seeds a
// user (the guest) with 8 keys and 30 days of usage, then measures with wrk
// the portal's reads and key creation beside Backstage's own liveness route
// and a bare Node HTTP server, and samples the backend's memory.
//
//   yarn bench:http [--duration 20] [--warmup 5] [--connections 50]
//                   [--only models,keys] [--keep] [--cpu-prof]
//                   [--node-options '--max-old-space-size=256'] [--production]
//                   [--replicas 3] [--browser] [--models 500]
//
// --browser also times pages in Chromium, before the HTTP runs (sign-in as
// the guest, then loads until the data is there): the Models page until the
// first page of rows is there (and a search over all the models), API keys
// until the 8 keys are listed, Usage until the 30 days' breakdown by model
// is there. With --production --models 500 the Models page is the issue's
// page goal.
//
// --replicas 3 (with --production) runs three backends on one PostgreSQL
// and Redis (ports 7307, 7311, 7312) behind a local round-robin proxy
// (bench/roundRobinProxy.js, port 7313) that every request goes through,
// and measures the bare server through such a proxy too (port 7314). It
// starts Redis when none answers on 6379.
//
// --production builds the backend (--no-build: as last built) and the app the standard Backstage way
// (scripts/build-production) and runs that bundle with NODE_ENV=production
// and app-config.production.yaml, as a container would.
//
// Needs wrk (`apt-get install wrk`) and PostgreSQL on 127.0.0.1:5432.
// Ports 4100, 4101, 7307 and 7308 (and those above), so a running portal is left alone. It
// drops and re-creates the databases named litemaas_bench_*.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {
  buildCliPackage,
  dropDatabases,
  emulator,
  ensureRedis,
  listening,
  processGroup,
  productionBackend,
  productionSecrets,
  waitFor,
} = require('../scripts/lib/harness');

const ROOT = path.resolve(__dirname, '..');
const RUN_DIR = path.join(ROOT, '.tools', 'run', 'bench');
const EMULATOR_PORT = 4100;
const IDP_PORT = 4101;
const REPLICA_PORTS = [7307, 7311, 7312];
const BARE_PORT = 7308;
const PROXY_PORT = 7313;
const BARE_PROXY_PORT = 7314;
const MASTER_KEY = 'sk-litemaas-bench-master-key';
const SERVICE_TOKEN = crypto.randomBytes(24).toString('base64url');
let MODELS = 200;
const KEYS = 8;
const USAGE_DAYS = 30;
// Where requests go: the one backend, or the proxy in front of several.
let BACKEND = `http://localhost:${REPLICA_PORTS[0]}`;
let API = `${BACKEND}/api/litemaas`;

function argsOf(argv) {
  const options = {
    duration: 20,
    warmup: 5,
    connections: 50,
    usageConnections: 10,
    only: undefined,
    keep: false,
    replicas: 1,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => argv[++i];
    if (arg === '--duration') options.duration = Number(value());
    else if (arg === '--warmup') options.warmup = Number(value());
    else if (arg === '--connections') options.connections = Number(value());
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--cpu-prof') options.cpuProf = true;
    else if (arg === '--production') options.production = true;
    else if (arg === '--no-build') options.noBuild = true;
    else if (arg === '--models') MODELS = Number(value());
    else if (arg === '--browser') options.browser = true;
    else if (arg === '--node-options') options.nodeOptions = value();
    else if (arg === '--replicas') options.replicas = Number(value());
    else throw new Error(`Unknown option ${arg}`);
  }
  if (MODELS < 100) {
    throw new Error('--models is at least 100 (the keys use models 1-100)');
  }
  if (
    !Number.isInteger(options.replicas) ||
    options.replicas < 1 ||
    options.replicas > REPLICA_PORTS.length
  ) {
    throw new Error(`--replicas is 1 to ${REPLICA_PORTS.length}`);
  }
  if (options.replicas > 1 && !options.production) {
    throw new Error('--replicas needs --production');
  }
  return options;
}

const { start, stopped } = processGroup(RUN_DIR, { freshLogs: true });

async function call(method, url, { token, body } = {}) {
  const res = await fetch(url, {
    method,
    headers: {
      ...(token && { Authorization: `Bearer ${token}` }),
      ...(body && { 'Content-Type': 'application/json' }),
    },
    body: body && JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

function nodeBin() {
  return process.execPath;
}

function emulatorSeed() {
  const models = [];
  for (let i = 1; i <= MODELS; i += 1) {
    const name = `bench-model-${String(i).padStart(3, '0')}`;
    models.push({
      model_name: name,
      litellm_params: {
        model: `openai/${name}`,
        input_cost_per_token: 1.5e-7,
        output_cost_per_token: 6e-7,
      },
      model_info: {
        id: `m-${name}`,
        mode: 'chat',
        litellm_provider: 'openai',
        max_tokens: 16384,
        max_input_tokens: 128000,
        supports_function_calling: true,
        description: `Benchmark model ${i} of ${MODELS}`,
      },
    });
  }
  return { models };
}

function benchConfig(production, replicas) {
  return `# Written by bench/http.js for one run.
app:
  baseUrl: ${BACKEND}
backend:
  baseUrl: ${BACKEND}
  listen:
    port: \${BENCH_BACKEND_PORT}
  database:
    client: pg
    connection:
      host: 127.0.0.1
      port: 5432
      user: postgres
    prefix: litemaas_bench_${
      replicas > 1
        ? `
  cache:
    store: redis
    connection: redis://127.0.0.1:6379`
        : ''
    }
  auth:
    externalAccess:
      - type: static
        options:
          token: ${SERVICE_TOKEN}
          subject: litemaas-bench
auth:
  providers:
    # In production the guest provider is off unless allowed: the
    # benchmark allows it, to get a user's token without a browser.
    guest:
      dangerouslyAllowOutsideDevelopment: ${production ? 'true' : 'false'}
    oidc:
      development:
        metadataUrl: http://localhost:${IDP_PORT}/.well-known/openid-configuration
litemaas:
  litellm:
    baseUrl: http://localhost:${EMULATOR_PORT}
    masterKey: ${MASTER_KEY}
  gatewayBaseUrl: http://localhost:${EMULATOR_PORT}
  defaultAccessPolicy: open
  keys:
    maxActiveKeysPerSubject: 100000
`;
}

/** RSS in MB of the process listening on the backend port (and its tree). */
function backendPid(rootPid) {
  // `backstage-cli package start` runs the backend in a child process.
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i += 1) {
    try {
      const kids = fs
        .readFileSync(`/proc/${tree[i]}/task/${tree[i]}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
      tree.push(...kids);
    } catch {
      // gone
    }
  }
  let best;
  for (const pid of tree) {
    const rss = rssMb(pid);
    if (rss !== undefined && (!best || rss > best.rss)) best = { pid, rss };
  }
  return best?.pid;
}
function rssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const LUA_REPORT = `
done = function(summary, latency, requests)
  io.write(string.format(
    'BENCH {"requests":%d,"seconds":%.3f,"p50":%.3f,"p95":%.3f,"p99":%.3f,"non2xx":%d,"errors":%d}\\n',
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write +
      summary.errors.timeout))
end
`;
const LUA_POST_KEYS = `
local n = 0
local prefix = 'bench'
local model = 'bench-model-001'
init = function(args)
  prefix = args[1] or prefix
  model = args[2] or model
end
request = function()
  n = n + 1
  -- Headers given to wrk.format replace wrk.headers (-H): copy them.
  local headers = { ['Content-Type'] = 'application/json' }
  for k, v in pairs(wrk.headers) do headers[k] = v end
  return wrk.format('POST', nil, headers,
    string.format('{"name":"%s-%d","models":["%s"],"expiresInDays":30}', prefix, n, model))
end
${LUA_REPORT}`;

async function wrk({
  url,
  connections,
  seconds,
  token,
  script,
  scriptArgs = [],
}) {
  const luaFile = path.join(RUN_DIR, 'report.lua');
  fs.writeFileSync(luaFile, script ?? LUA_REPORT);
  const args = [
    '-t1',
    `-c${connections}`,
    `-d${seconds}s`,
    '--timeout',
    '10s',
    '-s',
    luaFile,
    ...(token ? ['-H', `Authorization: Bearer ${token}`] : []),
    url,
    ...(scriptArgs.length ? ['--', ...scriptArgs] : []),
  ];
  // Asynchronous, so the memory sampler keeps sampling meanwhile.
  const out = await new Promise((resolve, reject) => {
    require('node:child_process').execFile(
      'wrk',
      args,
      { encoding: 'utf8' },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
  const line = out.split('\n').find(l => l.startsWith('BENCH '));
  if (!line) throw new Error(`wrk printed no report:\n${out}`);
  const r = JSON.parse(line.slice(6));
  return { ...r, rps: r.requests / r.seconds };
}

/** Six full navigations to `url`, each until `ready` resolves. */
async function timeLoads(page, url, ready) {
  const times = [];
  for (let i = 0; i < 6; i += 1) {
    const started = Date.now();
    await page.goto(url);
    await ready();
    times.push(Date.now() - started);
  }
  // The first load fills the browser's cache; the rest are what a
  // returning user sees.
  const [first, ...rest] = times;
  rest.sort((a, b) => a - b);
  return { first, median: rest[Math.floor(rest.length / 2)], times };
}

/**
 * The pages as a person opens them: each load is a full navigation (the
 * app's code from the browser cache after the first), timed until the data
 * is on the page.
 */
async function timePages() {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
    ],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
    });
    page.setDefaultTimeout(60_000);
    await page.goto(`${BACKEND}/`);
    await page.getByRole('button', { name: 'Enter' }).click();
    await page
      .locator('nav[aria-label="sidebar nav"]')
      .waitFor({ state: 'attached' });
    // The table shows 50 rows a page: the page is usable when the title
    // counts every model and the first page's rows are there.
    const lastOnPage = `bench-model-${String(Math.min(MODELS, 50)).padStart(
      3,
      '0',
    )}`;
    const models = await timeLoads(page, `${BACKEND}/litemaas`, async () => {
      await page.getByText(`Models (${MODELS})`).waitFor();
      await page
        .getByText(lastOnPage, { exact: true })
        .waitFor({ state: 'attached' });
    });
    // Then a search across all of them, as a person types it.
    const wanted = `bench-model-${String(MODELS).padStart(3, '0')}`;
    const searchStarted = Date.now();
    await page.getByLabel('Search models').fill(wanted);
    await page
      .getByText(wanted, { exact: true })
      .waitFor({ state: 'attached' });
    models.search = Date.now() - searchStarted;
    // Every seeded key listed.
    const keys = await timeLoads(page, `${BACKEND}/litemaas/keys`, () =>
      Promise.all(
        Array.from({ length: KEYS }, (_, i) =>
          page
            .getByText(`bench-seed-${i}`, { exact: true })
            .first()
            .waitFor({ state: 'attached' }),
        ),
      ),
    );
    // The period's usage broken down by model.
    const usage = await timeLoads(page, `${BACKEND}/litemaas/usage`, () =>
      page
        .getByText('bench-model-001', { exact: true })
        .first()
        .waitFor({ state: 'attached' }),
    );
    return { models, keys, usage };
  } finally {
    await browser.close();
  }
}

/** bench/roundRobinProxy.js on `port`, spreading over `targets`. */
function startProxy(name, port, targets) {
  start(name, nodeBin(), [
    path.join(__dirname, 'roundRobinProxy.js'),
    '--port',
    String(port),
    '--targets',
    targets.join(','),
  ]);
}

async function ready(port) {
  const res = await fetch(
    `http://localhost:${port}/.backstage/health/v1/readiness`,
  );
  return res.ok;
}

function fmt(n, digits = 0) {
  return n.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

async function main() {
  const options = argsOf(process.argv.slice(2));
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (error) {
    // wrk --version exits 1 after printing; only a missing binary throws ENOENT.
    if (error.code === 'ENOENT') {
      throw new Error('wrk is not installed: apt-get install wrk');
    }
  }
  const backendPorts = REPLICA_PORTS.slice(0, options.replicas);
  if (options.replicas > 1) {
    BACKEND = `http://localhost:${PROXY_PORT}`;
    API = `${BACKEND}/api/litemaas`;
  }
  for (const port of [
    EMULATOR_PORT,
    IDP_PORT,
    BARE_PORT,
    PROXY_PORT,
    BARE_PROXY_PORT,
    ...REPLICA_PORTS,
  ]) {
    if (await listening(port)) {
      throw new Error(`Port ${port} is in use: is another benchmark running?`);
    }
  }
  fs.mkdirSync(RUN_DIR, { recursive: true });
  console.log(`==> Logs in ${path.relative(ROOT, RUN_DIR)}/`);
  await dropDatabases('litemaas_bench_');

  // The emulator and the dev IdP, as scripts/start runs them.
  const seedFile = path.join(RUN_DIR, 'emulator-seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(emulatorSeed()));
  for (const dir of ['packages/litellm-emulator', 'packages/dev-idp']) {
    if (!fs.existsSync(path.join(ROOT, dir, 'dist'))) {
      buildCliPackage(dir, { stdio: 'inherit' });
    }
  }
  start(
    'emulator',
    ...emulator({ port: EMULATOR_PORT, masterKey: MASTER_KEY, seed: seedFile }),
  );
  start('dev-idp', nodeBin(), [
    'packages/dev-idp/bin/dev-idp',
    '--port',
    String(IDP_PORT),
    '--org-file',
    'examples/org.yaml',
  ]);
  await waitFor('the emulator', async () => {
    await call('GET', `http://localhost:${EMULATOR_PORT}/health/liveliness`);
    return true;
  });
  await waitFor('the dev IdP', async () => {
    await call(
      'GET',
      `http://localhost:${IDP_PORT}/.well-known/openid-configuration`,
    );
    return true;
  });

  // The backend as the README's development start runs it.
  const configFile = path.join(RUN_DIR, 'app-config.bench.yaml');
  fs.writeFileSync(
    configFile,
    benchConfig(options.production, options.replicas),
  );
  // The replicas share their cache.
  if (options.replicas > 1) await ensureRedis();
  const nodeOptions = [
    // Production runs as scripts/env.sh says production runs, unless told.
    options.nodeOptions ??
      (options.production
        ? process.env.LITEMAAS_PRODUCTION_NODE_OPTIONS ?? ''
        : ''),
    // A CPU profile of the backend, written when it stops (see
    // bench/profile-summary.js).
    options.cpuProf
      ? `--cpu-prof --cpu-prof-dir=${path.join(RUN_DIR, 'profiles')}`
      : '',
  ]
    .join(' ')
    .trim();
  const backends = [];
  if (options.production) {
    if (!options.noBuild) {
      execFileSync('bash', [path.join(ROOT, 'scripts/build-production')], {
        stdio: 'inherit',
      });
    }
    console.log(
      `==> Starting ${
        options.replicas > 1 ? `${options.replicas} backends` : 'the backend'
      } (production bundle, PostgreSQL${
        options.replicas > 1 ? ', Redis' : ''
      })`,
    );
    const secrets = productionSecrets();
    const startReplica = port =>
      start(
        `backend-${port}`,
        ...productionBackend({
          configFiles: [configFile],
          baseUrl: BACKEND,
          litellmUrl: `http://localhost:${EMULATOR_PORT}`,
          masterKey: MASTER_KEY,
          secrets,
          env: {
            NODE_OPTIONS: nodeOptions,
            BENCH_BACKEND_PORT: String(port),
          },
        }),
      );
    // The first creates the databases and runs the migrations.
    backends.push(startReplica(backendPorts[0]));
    await waitFor('the first backend', () => ready(backendPorts[0]));
    for (const port of backendPorts.slice(1)) {
      backends.push(startReplica(port));
    }
    if (options.replicas > 1) startProxy('proxy', PROXY_PORT, backendPorts);
  } else {
    console.log('==> Starting the backend (development, PostgreSQL)');
    backends.push(
      start(
        'backend',
        nodeBin(),
        [
          path.join(ROOT, 'node_modules/.bin/backstage-cli'),
          'package',
          'start',
          '--config',
          path.join(ROOT, 'app-config.yaml'),
          '--config',
          configFile,
        ],
        {
          cwd: path.join(ROOT, 'packages/backend'),
          env: {
            NODE_OPTIONS: nodeOptions,
            BENCH_BACKEND_PORT: String(backendPorts[0]),
          },
        },
      ),
    );
  }
  const startedAt = Date.now();
  await waitFor('the backend', async () => {
    for (const port of backendPorts) if (!(await ready(port))) return false;
    const res = await fetch(`${BACKEND}/.backstage/health/v1/readiness`);
    return res.ok;
  });
  console.log(`    ready in ${fmt((Date.now() - startedAt) / 1000, 1)} s`);

  // Seed: the guest's token, the 200 models synced, 8 keys, 30 days of usage.
  const guest = (
    await fetch(
      `${BACKEND}/api/auth/guest/refresh?env=${
        options.production ? 'production' : 'development'
      }`,
      {
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
      },
    ).then(r => r.json())
  ).backstageIdentity.token;
  await waitFor('the models sync', async () => {
    const list = await call('GET', `${API}/models`, { token: guest });
    return list.items.length >= MODELS;
  });
  // Access to the models of the keys (open models: granted at once).
  for (let m = 1; m <= KEYS * 3; m += 1) {
    await call('POST', `${API}/access-requests`, {
      token: guest,
      body: { modelName: `bench-model-${String(m).padStart(3, '0')}` },
    });
  }
  await call('POST', `${API}/access-requests`, {
    token: guest,
    body: { modelName: 'bench-model-100' },
  });
  const keys = [];
  for (let i = 0; i < KEYS; i += 1) {
    const models = [1, 2, 3].map(
      m => `bench-model-${String(i * 3 + m).padStart(3, '0')}`,
    );
    const created = await call('POST', `${API}/keys`, {
      token: guest,
      body: { name: `bench-seed-${i}`, models, expiresInDays: 90 },
    });
    keys.push({ value: created.value, models });
  }
  const today = new Date();
  for (const key of keys) {
    for (let d = 1; d <= USAGE_DAYS; d += 1) {
      const date = new Date(today.getTime() - d * 86_400_000)
        .toISOString()
        .slice(0, 10);
      for (const model of key.models) {
        await call('POST', `http://localhost:${EMULATOR_PORT}/emulator/usage`, {
          token: MASTER_KEY,
          body: {
            key: key.value,
            model,
            date,
            requests: 1 + (d % 5),
            prompt_tokens: 200 + d * 10,
            completion_tokens: 80 + d * 3,
          },
        });
      }
    }
  }
  await call('POST', `${API}/admin/usage/sync`, { token: SERVICE_TOKEN });
  const from = new Date(today.getTime() - USAGE_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const to = today.toISOString().slice(0, 10);
  const usagePath = `/usage?from=${from}&to=${to}`;
  await waitFor(
    'the usage pull',
    async () => {
      const usage = await call('GET', `${API}${usagePath}`, { token: guest });
      return usage.totals?.requests > 0;
    },
    { timeoutMs: 120_000 },
  );
  console.log(
    `==> Seeded ${MODELS} models, ${KEYS} keys, ${USAGE_DAYS} days of usage`,
  );

  // A bare Node HTTP server: the floor of this machine and tool.
  start('bare-node', nodeBin(), [
    '-e',
    `require('http').createServer((q, s) => s.end('ok')).listen(${BARE_PORT})`,
  ]);
  await waitFor('the bare server', async () => {
    const res = await fetch(`http://localhost:${BARE_PORT}/`);
    return res.ok;
  });
  if (options.replicas > 1) {
    // The proxy's own cost: the same proxy in front of the bare server.
    startProxy('bare-proxy', BARE_PROXY_PORT, [BARE_PORT]);
    await waitFor('the bare server through a proxy', async () => {
      const res = await fetch(`http://localhost:${BARE_PROXY_PORT}/`);
      return res.ok;
    });
  }

  // With several replicas: their sum.
  const pids = backends.map(b => backendPid(b.pid));
  const totalMb = () => {
    const each = pids.map(rssMb);
    return each.some(mb => mb === undefined)
      ? undefined
      : each.reduce((a, b) => a + b, 0);
  };
  const idleMb = totalMb() ?? 0;
  let peakMb = idleMb;
  // The peak while each run measures, so the table says which request
  // drives memory.
  let runPeakMb = 0;
  const sampler = setInterval(() => {
    const mb = totalMb();
    if (mb === undefined) return;
    if (mb > peakMb) peakMb = mb;
    if (mb > runPeakMb) runPeakMb = mb;
  }, 250);

  const runs = [
    {
      name: 'bare',
      label: 'bare Node HTTP server',
      url: `http://localhost:${BARE_PORT}/`,
    },
    ...(options.replicas > 1
      ? [
          {
            name: 'bare',
            label: 'bare Node HTTP server through the proxy',
            url: `http://localhost:${BARE_PROXY_PORT}/`,
          },
        ]
      : []),
    {
      name: 'liveness',
      label: "Backstage's liveness route",
      url: `${BACKEND}/.backstage/health/v1/liveness`,
    },
    {
      name: 'models',
      label: `GET /models (all ${MODELS})`,
      url: `${API}/models`,
      token: guest,
      goal: { rps: 1500, p95: 40 },
    },
    {
      name: 'model',
      label: 'GET /models/{name} (one model)',
      url: `${API}/models/bench-model-042`,
      token: guest,
      goal: { rps: 2000, p95: 30 },
    },
    {
      name: 'keys',
      label: `GET /keys (${KEYS} keys)`,
      url: `${API}/keys`,
      token: guest,
      goal: { rps: 2000, p95: 30 },
    },
    {
      name: 'usage',
      label: `GET /usage (${USAGE_DAYS} days, ${options.usageConnections} connections)`,
      url: `${API}${usagePath}`,
      token: guest,
      connections: options.usageConnections,
      goal: { p95: 30 },
    },
    {
      name: 'createKeys',
      label: 'POST /keys, one after another',
      url: `${API}/keys`,
      token: guest,
      connections: 1,
      script: LUA_POST_KEYS,
      scriptArgs: ['bench-run', 'bench-model-100'],
      goal: { rps: 200 },
      unit: 'keys/s',
    },
  ].filter(r => !options.only || options.only.includes(r.name));

  // The pages first, on the seeded data (the POST /keys run adds keys).
  let pages;
  if (options.browser) {
    process.stdout.write(
      `==> Models (${MODELS} models), API keys and Usage in Chromium\n`,
    );
    pages = await timePages();
  }

  const results = [];
  for (const run of runs) {
    const common = {
      url: run.url,
      token: run.token,
      connections: run.connections ?? options.connections,
      script: run.script,
    };
    process.stdout.write(`==> ${run.label}: warm-up`);
    await wrk({
      ...common,
      seconds: options.warmup,
      scriptArgs: run.scriptArgs?.map((a, i) => (i === 0 ? `${a}-warm` : a)),
    });
    process.stdout.write(', measuring\n');
    runPeakMb = 0;
    const r = await wrk({
      ...common,
      seconds: options.duration,
      scriptArgs: run.scriptArgs,
    });
    const ownProcess = run.name !== 'bare';
    results.push({ ...run, result: r, peakMb: ownProcess ? runPeakMb : 0 });
  }
  clearInterval(sampler);

  const lines = [];
  const date = new Date().toISOString().slice(0, 10);
  lines.push(
    `Backend: ${
      options.production
        ? 'production bundle (scripts/build-production, NODE_ENV=production)'
        : 'development (backstage-cli package start)'
    }${
      options.replicas > 1
        ? `, ${options.replicas} replicas behind a round-robin proxy (memory: their sum), Redis`
        : ''
    }, PostgreSQL${
      nodeOptions ? `, NODE_OPTIONS=${nodeOptions}` : ''
    }; wrk -t1, ${options.connections} connections unless noted, ${
      options.duration
    } s after a ${options.warmup} s warm-up; ${
      os.cpus().length
    } cores; ${date}`,
  );
  lines.push('');
  lines.push(
    '| request | req/s | p50 ms | p95 ms | non-2xx | backend peak RSS MB | goal | met |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---|---|');
  let allMet = true;
  for (const { label, result: r, goal, unit, peakMb: runPeak } of results) {
    let goalText = '';
    let met = '';
    if (goal) {
      const parts = [];
      let ok = r.non2xx === 0 && r.errors === 0;
      if (goal.rps) {
        parts.push(`≥ ${fmt(goal.rps)} ${unit ?? 'req/s'}`);
        ok = ok && r.rps >= goal.rps;
      }
      if (goal.p95) {
        parts.push(`p95 ≤ ${goal.p95} ms`);
        ok = ok && r.p95 <= goal.p95;
      }
      goalText = parts.join(', ');
      met = ok ? 'yes' : 'NO';
      allMet = allMet && ok;
    }
    lines.push(
      `| ${label} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${
        r.non2xx + r.errors
      } | ${runPeak ? fmt(runPeak) : ''} | ${goalText} | ${met} |`,
    );
  }
  lines.push(
    `| backend memory (RSS${
      options.replicas > 1 ? `, sum of ${options.replicas}` : ''
    }) | idle ${fmt(idleMb)} MB, peak ${fmt(
      peakMb,
    )} MB under load | | | | | ≤ ${fmt(
      300 * options.replicas,
    )} MB (production, 300 each) | ${
      peakMb <= 300 * options.replicas ? 'yes' : 'NO'
    } |`,
  );
  if (pages) {
    const row = (label, t, goal) => {
      const ok = t.median <= goal;
      allMet = allMet && ok;
      lines.push(
        `| ${label} | | first load ${fmt(t.first)} ms | median of next 5: ${fmt(
          t.median,
        )} ms | | | ≤ ${fmt(goal)} ms | ${ok ? 'yes' : 'NO'} |`,
      );
    };
    row(
      `Models page, ${MODELS} models, until the first page of rows is there (Chromium, 1440×900; a search over all: ${fmt(
        pages.models.search,
      )} ms)`,
      pages.models,
      1500,
    );
    row(`API keys page, until its ${KEYS} keys are listed`, pages.keys, 1500);
    row(
      `Usage page, until ${USAGE_DAYS} days by model are there`,
      pages.usage,
      1500,
    );
  }
  const table = lines.join('\n');
  console.log(`\n${table}\n`);
  const outFile = path.join(
    RUN_DIR,
    `results-${date}-${options.production ? 'production' : 'development'}${
      options.replicas > 1 ? `-${options.replicas}-replicas` : ''
    }.md`,
  );
  fs.writeFileSync(outFile, `${table}\n`);
  console.log(`Written to ${path.relative(ROOT, outFile)}`);
  if (options.keep) {
    console.log(
      `--keep: the backend stays on ${BACKEND} (guest token in ${RUN_DIR}/guest.token); Ctrl-C stops it.`,
    );
    fs.writeFileSync(path.join(RUN_DIR, 'guest.token'), guest);
    await new Promise(() => {});
  }
  if (!allMet) process.exitCode = 1;
}

main()
  .catch(error => {
    console.error(error.message ?? error);
    process.exitCode = 1;
  })
  .finally(async () => {
    // The backend writes its CPU profile as it exits.
    await stopped(20_000);
    process.exit();
  });
