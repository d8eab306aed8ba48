/* eslint-disable no-console */
/**
 * Benchmark of the Kuadrant key manager against the fake API server (every
 * write checked against the CRDs, as an API server would):
 *   1. 20 models published and 1,000 keys issued from scratch, one key per
 *      saga as the portal issues them;
 *   2. one grant change fanning out to 100 keys (each loses a model and gets
 *      a lower token limit), as the portal narrows them;
 *   3. one reconciliation over the 1,000 keys.
 * It prints the time, the Kubernetes requests made, and the size of the
 * largest policy.
 *
 *   yarn bench:kuadrant [keys] [models]
 */
import {
  LiteMaasKeyState,
  LiteMaasLiveKey,
} from '@litemaas/backstage-plugin-litemaas-node';
import {
  compileCrdValidators,
  FakeKubernetes,
  validateObject,
} from '@litemaas/kubernetes-test-utils';
import { createHash } from 'node:crypto';
import { KuadrantConfig } from '../src/config';
import { KuadrantCluster } from '../src/KuadrantCluster';
import { KuadrantKeyManager } from '../src/KuadrantKeyManager';

const KEYS = Number(process.argv[2] ?? 1000);
const MODELS = Number(process.argv[3] ?? 20);
const FAN_OUT = Math.min(100, KEYS);
const TPM = [1000, 5000, 10_000, 50_000, 100_000];
const RPM = [60, 300, 600];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const silent = {
  debug() {},
  info() {},
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
  child() {
    return silent;
  },
} as any;

async function main() {
  compileCrdValidators([
    'AuthPolicy',
    'TokenRateLimitPolicy',
    'RateLimitPolicy',
  ]);
  const fake = await FakeKubernetes.start({ validate: validateObject });
  const models = Array.from({ length: MODELS }, (_, i) => `model-${i}`);
  const config: KuadrantConfig = {
    url: fake.url,
    skipTLSVerify: true,
    secretNamespace: 'kuadrant-system',
    allNamespaces: false,
    credentialPrefix: 'Bearer',
    requestTimeoutMs: 10_000,
    models: new Map(
      models.map((m, i) => [m, { namespace: `serving-${i % 4}`, name: m }]),
    ),
  };
  const cluster = new KuadrantCluster(config);
  const manager = new KuadrantKeyManager({ cluster, config, logger: silent });
  const next = random(42);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const rows: string[][] = [];
  const measure = async (label: string, work: () => Promise<void>) => {
    const before = { ...cluster.requests };
    const started = process.hrtime.bigint();
    await work();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const reads = cluster.requests.read - before.read;
    const writes = cluster.requests.write - before.write;
    rows.push([
      label,
      `${(ms / 1000).toFixed(2)} s`,
      String(reads),
      String(writes),
    ]);
  };

  const keys: Array<LiteMaasKeyState & { value: string }> = [];
  await measure(`publish ${MODELS} models`, async () => {
    await manager.bind({ instanceId: 'bench-portal' });
  });
  await measure(`issue ${KEYS} keys`, async () => {
    for (let i = 0; i < KEYS; i++) {
      const value = `sk-bench-${i}`;
      const own = models.filter(() => next() < 2 / MODELS);
      const key = {
        keyId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        tokenHash: createHash('sha256').update(value).digest('hex'),
        subjectRef: `user:default/user-${i % 300}`,
        createdBy: `user:default/user-${i % 300}`,
        models: own.length ? own : [pick(models)],
        limits: { tpm: pick(TPM), rpm: pick(RPM) },
        blocked: false,
        value,
      };
      keys.push(key);
      await manager.keyIssued(key);
    }
  });
  // The grant on one model ends for a team: 100 of its keys lose it.
  const model = models[0];
  const affected = keys.filter(k => k.models.includes(model));
  const fan = [
    ...affected,
    ...keys.filter(k => !k.models.includes(model)),
  ].slice(0, FAN_OUT);
  await measure(`grant change fanning out to ${fan.length} keys`, async () => {
    for (const key of fan) {
      const left = key.models.filter(m => m !== model);
      // The portal revokes a key left with no model; here it keeps its one.
      key.models = left.length ? left : key.models;
      key.limits = { ...key.limits, tpm: 500 };
      await manager.keyChanged(key);
    }
  });
  const live: LiteMaasLiveKey[] = keys.map(k => ({
    ...k,
    status: 'active',
    busy: false,
  }));
  await measure(`reconcile ${KEYS} keys`, async () => {
    const result = await manager.reconcile!({
      keys: live,
      now: new Date(),
      limits: { maxShare: 0.1, maxCount: 25 },
      current: async id => live.find(k => k.keyId === id),
      confirmed: async () => new Set(),
    });
    if (result.problems.length) console.warn(result.problems);
  });

  let largest = { name: '', bytes: 0, limits: 0 };
  for (const kind of [
    'AuthPolicy',
    'TokenRateLimitPolicy',
    'RateLimitPolicy',
  ]) {
    for (const policy of fake.list(kind)) {
      const bytes = Buffer.byteLength(JSON.stringify(policy));
      if (bytes > largest.bytes) {
        largest = {
          name: `${kind} ${policy.metadata.namespace}/${policy.metadata.name}`,
          bytes,
          limits: Object.keys((policy as any).spec.limits ?? {}).length,
        };
      }
    }
  }
  await fake.close();

  console.log(
    `\nKuadrant key manager, fake API server checking every write against the CRDs; ${KEYS} keys, ${MODELS} models; ${new Date()
      .toISOString()
      .slice(0, 10)}\n`,
  );
  console.log('| step | time | Kubernetes reads | Kubernetes writes |');
  console.log('|---|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(
    `\nSecrets: ${fake.list('Secret').length}; largest policy: ${
      largest.name
    }, ${largest.bytes} bytes, ${largest.limits} limits`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
