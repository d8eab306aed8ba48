#!/usr/bin/env node
/* eslint-disable no-console */
// The suite as Red Hat Developer Hub runs it: exports every plugin as a
// dynamic plugin (scripts/export-dynamic), lays them out as RHDH's
// install-dynamic-plugins does from deploy/rhdh/dynamic-plugins.yaml (each
// package in one folder, their pluginConfig merged into one config file),
// and starts the production backend with the LiteMaaS plugins left out of
// its bundle and loaded through @backstage/backend-dynamic-feature-service.
// Then checks that the LiteMaaS API answers (and issues a key), that the
// KServe provider ingests the example InferenceServices from a (fake)
// cluster, that the scaffolder has the LiteMaaS actions, and that the
// frontend export's scalprum assets name the modules the fragment imports.
//
// Usage: node e2e/dynamicPlugins.js [--no-export] [--no-build]
//   --no-export: use .tools/dynamic-plugins as it is
//   --no-build: use the production bundle in .tools/prod as it is
'use strict';

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const { builtinModules } = require('node:module');
const path = require('node:path');
const {
  buildCliPackage,
  dropDatabases,
  emulator,
  portsFreed,
  processGroup,
  productionBackend,
  productionSecrets,
  waitFor,
} = require('../scripts/lib/harness');

const ROOT = path.resolve(__dirname, '..');
const { parse, stringify } = require(require.resolve('yaml', {
  paths: [ROOT],
}));
const PROD = path.join(ROOT, '.tools', 'prod');
const EXPORTED = path.join(ROOT, '.tools', 'dynamic-plugins');
const RUN_DIR = path.join(ROOT, '.tools', 'run', 'dynamic-plugins');
// Inside the backend's folder, as in RHDH's image (/opt/app-root/src): the
// plugins resolve the shared @backstage packages from its node_modules.
const PLUGINS_ROOT = path.join(PROD, 'dynamic-plugins-root');
const FRAGMENT = path.join(ROOT, 'deploy', 'rhdh', 'dynamic-plugins.yaml');
const PORT = 7011;
const EMULATOR_PORT = 4310;
const KUBERNETES_PORT = 4312;
const MASTER_KEY = 'sk-dynamic-plugins-master-key';
const CLUSTER_TOKEN = crypto.randomBytes(24).toString('base64url');
const DB_PREFIX = 'litemaas_dynamic_';

const args = process.argv.slice(2);
const options = {
  export: !args.includes('--no-export'),
  build: !args.includes('--no-build'),
};

let failed = 0;
let passed = 0;
function check(what, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`  ${ok ? '✓' : '✕'} ${what}${detail ? ` (${detail})` : ''}`);
}

const { start, stopped } = processGroup(RUN_DIR, { freshLogs: true });

// ---------------------------------------------------------------- layout

/** The folder name in the OCI image, from `oci://…!<name>`. */
function folderOf(pkg) {
  return pkg.includes('!') ? pkg.slice(pkg.lastIndexOf('!') + 1) : pkg;
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function merge(into, from) {
  for (const [key, value] of Object.entries(from ?? {})) {
    into[key] =
      isObject(value) && isObject(into[key])
        ? merge({ ...into[key] }, value)
        : value;
  }
  return into;
}

/**
 * Copies every plugin of the fragment into the plugins root and merges
 * the enabled ones' pluginConfig, as RHDH's install-dynamic-plugins does.
 * Disabled plugins are loaded too, unconfigured (the Kuadrant module then
 * does nothing): every exported package must load.
 */
function layOut(fragment) {
  fs.mkdirSync(PLUGINS_ROOT, { recursive: true });
  let config = {};
  for (const plugin of fragment.plugins) {
    const folder = folderOf(plugin.package);
    const from = path.join(EXPORTED, folder);
    if (!fs.existsSync(path.join(from, 'package.json'))) {
      throw new Error(`${folder} is not in ${EXPORTED}: run the export`);
    }
    fs.cpSync(from, path.join(PLUGINS_ROOT, folder), { recursive: true });
    // RHDH leaves a disabled plugin's configuration out.
    if (!plugin.disabled) config = merge(config, plugin.pluginConfig);
  }
  return config;
}

/**
 * The host's own configuration, as RHDH's knows nothing of LiteMaaS: the
 * repository's, with the LiteMaaS and KServe settings taken out, so that
 * all LiteMaaS gets comes from the fragment.
 */
function hostConfigs() {
  fs.mkdirSync(RUN_DIR, { recursive: true });
  return ['app-config.yaml', 'app-config.production.yaml'].map(name => {
    const config = parse(fs.readFileSync(path.join(ROOT, name), 'utf8'));
    delete config.litemaas;
    delete config.catalog?.providers?.kserve;
    const file = path.join(RUN_DIR, `host-${name}`);
    fs.writeFileSync(file, stringify(config));
    return file;
  });
}

function writeConfig(pluginConfig) {
  const overrides = {
    backend: {
      listen: { port: PORT },
      database: {
        client: 'pg',
        connection: { host: '127.0.0.1', port: 5432, user: 'postgres' },
        prefix: DB_PREFIX,
      },
    },
    auth: {
      providers: { guest: { dangerouslyAllowOutsideDevelopment: true } },
    },
    dynamicPlugins: { rootDirectory: PLUGINS_ROOT },
    // The fragment's in-cluster address, pointed at the fake API server.
    catalog: {
      providers: {
        kserve: {
          cluster: {
            url: `http://127.0.0.1:${KUBERNETES_PORT}`,
            skipTLSVerify: true,
            schedule: {
              frequency: { seconds: 5 },
              timeout: { seconds: 30 },
            },
          },
        },
      },
    },
    litemaas: { defaultAccessPolicy: 'open' },
  };
  fs.mkdirSync(RUN_DIR, { recursive: true });
  const file = path.join(RUN_DIR, 'app-config.dynamic-plugins.yaml');
  fs.writeFileSync(
    file,
    `# Written by e2e/dynamicPlugins.js: the fragment's pluginConfig, merged\n${stringify(
      merge(pluginConfig, overrides),
    )}`,
  );
  return file;
}

// ---------------------------------------------------------------- checks

function checkFrontendAssets(fragment) {
  const frontend = fragment.plugins.find(p => p.pluginConfig?.dynamicPlugins);
  const folder = path.join(PLUGINS_ROOT, folderOf(frontend.package));
  const [[scope, config]] = Object.entries(
    frontend.pluginConfig.dynamicPlugins.frontend,
  );
  const manifestFile = path.join(
    folder,
    'dist-scalprum',
    'plugin-manifest.json',
  );
  const manifest = fs.existsSync(manifestFile)
    ? JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    : undefined;
  check(
    'the frontend export has its scalprum manifest, named as the fragment says',
    manifest?.name === scope,
    manifest ? `${manifest.name} vs ${scope}` : `no ${manifestFile}`,
  );
  if (!manifest) return;
  const scripts = manifest.loadScripts.map(script =>
    path.join(folder, 'dist-scalprum', script),
  );
  check(
    'its load scripts exist',
    scripts.length > 0 && scripts.every(file => fs.existsSync(file)),
    manifest.loadScripts.join(', '),
  );
  const remote = scripts
    .filter(file => fs.existsSync(file))
    .map(file => fs.readFileSync(file, 'utf8'))
    .join('\n');
  const modules = new Set(
    [
      ...(config.apiFactories ?? []),
      ...(config.dynamicRoutes ?? []),
      ...(config.mountPoints ?? []),
      ...(config.appIcons ?? []),
    ].map(entry => entry.module ?? 'PluginRoot'),
  );
  for (const module of modules) {
    check(
      `the remote exposes the module ${module} the fragment imports from`,
      new RegExp(`[{,]${module}:\\(\\)=>`).test(remote) &&
        remote.includes(`exposed-${module}`),
    );
  }
}

function* jsFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(file);
    else if (entry.name.endsWith('.js')) yield file;
  }
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageOf(request) {
  const parts = request.split('/');
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Every module a backend package's code (and the packages embedded in it)
 * requires is Node's own, shared with the host (its peer dependencies, as
 * RHDH provides @backstage/*), or installed inside the package: the backend
 * this test runs in has all of the suite's dependencies in its own
 * node_modules, RHDH has not.
 */
function checkSelfContained(folder) {
  const root = path.join(PLUGINS_ROOT, folder);
  const pkg = JSON.parse(
    fs.readFileSync(path.join(root, 'package.json'), 'utf8'),
  );
  const shared = new Set(Object.keys(pkg.peerDependencies ?? {}));
  const sources = [path.join(root, 'dist')];
  const embedded = path.join(root, 'embedded');
  if (fs.existsSync(embedded)) {
    for (const dir of fs.readdirSync(embedded)) {
      sources.push(path.join(embedded, dir, 'dist'));
    }
  }
  const missing = new Set();
  let required = 0;
  for (const source of sources.filter(dir => fs.existsSync(dir))) {
    for (const file of jsFiles(source)) {
      const code = fs.readFileSync(file, 'utf8');
      for (const [, request] of code.matchAll(/require\(['"]([^'"]+)['"]\)/g)) {
        if (request.startsWith('.') || request.startsWith('node:')) continue;
        const name = packageOf(request);
        if (builtinModules.includes(name) || shared.has(name)) continue;
        required += 1;
        if (
          !fs.existsSync(path.join(root, 'node_modules', name, 'package.json'))
        ) {
          missing.add(name);
        }
      }
    }
  }
  check(
    `${folder} carries what it requires (${required} requires of ${
      sources.length
    } package${
      sources.length > 1 ? 's' : ''
    }; shared: the @backstage packages)`,
    missing.size === 0,
    missing.size ? `missing: ${[...missing].join(', ')}` : '',
  );
}

async function api(method, route, { token, body } = {}) {
  const res = await fetch(`http://localhost:${PORT}${route}`, {
    method,
    headers: {
      ...(token && { Authorization: `Bearer ${token}` }),
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let parsed;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: res.status, body: parsed };
}

async function guestToken() {
  const res = await api('GET', '/api/auth/guest/refresh?env=production');
  return res.body.backstageIdentity.token;
}

async function seedCluster() {
  const base = `http://127.0.0.1:${KUBERNETES_PORT}`;
  const names = [];
  const dir = path.join(ROOT, 'examples', 'inference-services');
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.yaml'))) {
    const object = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const [group, version] = object.apiVersion.split('/');
    const plural = `${object.kind.toLowerCase()}s`;
    const namespace = object.metadata.namespace ?? 'models';
    const res = await fetch(
      `${base}/apis/${group}/${version}/namespaces/${namespace}/${plural}`,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${CLUSTER_TOKEN}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          ...object,
          metadata: { ...object.metadata, namespace },
        }),
      },
    );
    if (!res.ok) {
      throw new Error(`${file}: ${res.status} ${await res.text()}`);
    }
    names.push(object.metadata.name);
  }
  return names;
}

async function checkBackend(logFile, clusterObjects) {
  const log = () => fs.readFileSync(logFile, 'utf8');
  const fragment = parse(fs.readFileSync(FRAGMENT, 'utf8'));
  const backendPlugins = fragment.plugins
    .map(p => folderOf(p.package))
    .filter(folder => {
      const pkg = JSON.parse(
        fs.readFileSync(
          path.join(PLUGINS_ROOT, folder, 'package.json'),
          'utf8',
        ),
      );
      return pkg.backstage.role.startsWith('backend-');
    });
  for (const folder of backendPlugins) {
    const loaded = new RegExp(
      `loaded dynamic backend plugin '[^']*' from '[^']*/${folder}(/alpha)?'`,
    ).test(log());
    check(`${folder} is loaded as a dynamic plugin`, loaded);
    checkSelfContained(folder);
  }
  check(
    'no dynamic plugin failed to load',
    !/failed to load dynamic|an error occurred while loading dynamic|could not be loaded/i.test(
      log(),
    ),
  );

  const token = await guestToken();
  const health = await api('GET', '/api/litemaas/health', { token });
  check(
    'the LiteMaaS API answers, with LiteLLM reachable',
    health.status === 200 && health.body?.litellm?.reachable === true,
    `${health.status} ${JSON.stringify(health.body).slice(0, 160)}`,
  );
  const models = await api('GET', '/api/litemaas/models', { token });
  const names = (models.body?.items ?? []).map(m => m.name);
  check(
    'it lists the models LiteLLM has',
    models.status === 200 && names.includes('gpt-4o-mini'),
    `${models.status}: ${names.slice(0, 5).join(', ')}`,
  );
  const grant = await api('POST', '/api/litemaas/access-requests', {
    token,
    body: { modelName: 'gpt-4o-mini' },
  });
  const key = await api('POST', '/api/litemaas/keys', {
    token,
    body: { name: 'dynamic-plugin-check', models: ['gpt-4o-mini'] },
  });
  const gatewayKeys = await fetch(
    `http://localhost:${EMULATOR_PORT}/key/list?return_full_object=true`,
    { headers: { Authorization: `Bearer ${MASTER_KEY}` } },
  ).then(res => res.json());
  check(
    'it grants access and issues a key that LiteLLM knows',
    grant.body?.status === 'granted' &&
      key.status === 201 &&
      typeof key.body?.value === 'string' &&
      (gatewayKeys.keys ?? []).some(k => k.key_alias === key.body?.key?.alias),
    `${grant.status} ${key.status} ${JSON.stringify(key.body).slice(0, 160)}`,
  );

  const actions = await api('GET', '/api/scaffolder/v2/actions', { token });
  const ids = (actions.body ?? []).map(a => a.id);
  check(
    'the scaffolder has the LiteMaaS actions',
    ids.includes('litemaas:keys:provision') &&
      ids.includes('litemaas:keys:revoke'),
    ids.filter(id => id.startsWith('litemaas')).join(', '),
  );

  let servers = [];
  try {
    await waitFor(
      'the KServe entities',
      async () => {
        const res = await api(
          'GET',
          '/api/catalog/entities/by-query?filter=metadata.annotations.backstage.io/kubernetes-id&limit=200',
          { token },
        );
        servers = (res.body?.items ?? []).map(
          e => e.metadata.annotations['backstage.io/kubernetes-id'],
        );
        return clusterObjects.every(name => servers.includes(name));
      },
      { timeoutMs: 90_000, everyMs: 1000 },
    );
  } catch {
    // reported below
  }
  const missing = clusterObjects.filter(name => !servers.includes(name));
  check(
    `the KServe provider ingests the ${clusterObjects.length} example InferenceServices from the cluster`,
    missing.length === 0,
    missing.length ? `missing: ${missing.join(', ')}` : '',
  );
}

// ---------------------------------------------------------------- main

async function main() {
  const taken = await portsFreed([PORT, EMULATOR_PORT, KUBERNETES_PORT]);
  if (taken.length) throw new Error(`Port ${taken.join(', ')} in use`);
  if (options.export) {
    execFileSync('bash', [path.join(ROOT, 'scripts/export-dynamic')], {
      stdio: 'inherit',
    });
  }
  if (options.build) {
    execFileSync('bash', [path.join(ROOT, 'scripts/build-production')], {
      stdio: 'inherit',
    });
  }
  fs.rmSync(RUN_DIR, { recursive: true, force: true });
  fs.rmSync(PLUGINS_ROOT, { recursive: true, force: true });
  await dropDatabases(DB_PREFIX);
  const fragment = parse(fs.readFileSync(FRAGMENT, 'utf8'));
  const configFile = writeConfig(layOut(fragment));
  checkFrontendAssets(fragment);

  buildCliPackage('packages/litellm-emulator');
  buildCliPackage('packages/kubernetes-test-utils');
  start(
    'emulator',
    ...emulator({ port: EMULATOR_PORT, masterKey: MASTER_KEY }),
  );
  start(
    'kubernetes',
    process.execPath,
    [
      'packages/kubernetes-test-utils/bin/fake-kubernetes',
      '--port',
      String(KUBERNETES_PORT),
      '--token',
      CLUSTER_TOKEN,
    ],
    { cwd: ROOT },
  );
  await waitFor('the emulator and the fake cluster', async () => {
    const [a, b] = await Promise.all([
      fetch(`http://127.0.0.1:${EMULATOR_PORT}/health/liveliness`),
      fetch(`http://127.0.0.1:${KUBERNETES_PORT}/version`),
    ]);
    return a.ok && b.status < 500;
  });
  const clusterObjects = await seedCluster();

  console.log(
    `==> The production backend on :${PORT}, LiteMaaS from ${path.relative(
      ROOT,
      PLUGINS_ROOT,
    )} (log in ${path.relative(ROOT, RUN_DIR)})`,
  );
  const backend = start(
    'backend',
    ...productionBackend({
      baseConfigs: hostConfigs(),
      configFiles: [configFile],
      baseUrl: `http://localhost:${PORT}`,
      litellmUrl: `http://localhost:${EMULATOR_PORT}`,
      masterKey: MASTER_KEY,
      secrets: productionSecrets(),
      env: { LITEMAAS_DYNAMIC_PLUGINS: '1', CLUSTER_TOKEN },
    }),
  );
  const backendLog = path.join(RUN_DIR, 'backend.log');
  await waitFor(
    'the backend',
    async () =>
      backend.exitCode !== null ||
      (
        await fetch(`http://localhost:${PORT}/.backstage/health/v1/readiness`)
      ).ok,
    { timeoutMs: 180_000 },
  );
  if (backend.exitCode !== null) {
    const tail = fs.readFileSync(backendLog, 'utf8').split('\n').slice(-25);
    throw new Error(
      `The backend exited (${backend.exitCode}):\n${tail.join('\n')}`,
    );
  }
  await checkBackend(backendLog, clusterObjects);

  console.log(`\ndynamic plugins: ${passed} passed, ${failed} failed`);
  await stopped();
  process.exit(failed ? 1 : 0);
}

main().catch(async error => {
  console.log(`  ✕ ${error.stack || error}`);
  console.log(`\ndynamic plugins: ${passed} passed, ${failed + 1} failed`);
  await stopped();
  process.exit(1);
});
