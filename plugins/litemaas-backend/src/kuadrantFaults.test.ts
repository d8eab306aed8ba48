import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  KuadrantCluster,
  KuadrantConfig,
  KuadrantKeyManager,
} from '@litemaas/backstage-plugin-litemaas-backend-module-kuadrant';
import {
  compileCrdValidators,
  decideAtGateway,
  FakeFault,
  FakeKubernetes,
  validateObject,
} from '@litemaas/kubernetes-test-utils';
import {
  alice,
  keyServices,
  startModelsEmulator,
} from './__testUtils__/keyFixture';
import { KnexAccessStore } from './database/KnexAccessStore';
import { applyDatabaseMigrations } from './database/migrations';
import { portalCaller } from './permissions/Caller';
import { SagaStep } from './services/keys/KeyWriter';
import { hashKey } from './services/keys/keyViews';

jest.setTimeout(300_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const admin = portalCaller({ userRef: 'user:default/root', admin: true });
const MODELS = ['gpt-4o-mini', 'granite-3-8b'];
const ROUTES = {
  'gpt-4o-mini': { namespace: 'models', name: 'gpt' },
  'granite-3-8b': { namespace: 'models', name: 'granite' },
};
// More for a soak: KUADRANT_FAULT_RUNS=1000.
const RUNS = Number(process.env.KUADRANT_FAULT_RUNS ?? 120);

function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(next() * items.length)];
  return { next, pick };
}

/** The faults injected at the Kubernetes step of a write. */
const FAULTS: Array<FakeFault | { crashAt: SagaStep } | undefined> = [
  undefined,
  { method: 'POST', status: 500 },
  { method: 'POST', status: 503, times: 2 },
  { method: 'PUT', status: 500 },
  { method: 'DELETE', status: 503 },
  { method: 'GET', status: 500 },
  { method: 'POST', lostReply: true },
  { method: 'PUT', lostReply: true },
  { method: 'DELETE', lostReply: true },
  // Longer than the client's time-out: the write happens, unanswered.
  { method: 'POST', delayMs: 700 },
  { method: 'PUT', delayMs: 700 },
  { crashAt: 'create:issued' },
  { crashAt: 'rotate:issued' },
  { crashAt: 'rotate:recorded' },
  { crashAt: 'revoke:recorded' },
];

beforeAll(
  () =>
    compileCrdValidators([
      'AuthPolicy',
      'TokenRateLimitPolicy',
      'RateLimitPolicy',
    ]),
  60_000,
);

describe('faults at the Kubernetes step of every key write', () => {
  it(`leave LiteLLM, the Secrets, the policies and the database in agreement after reconciliation (${RUNS} random runs)`, async () => {
    const fake = await FakeKubernetes.start({ validate: validateObject });
    const emulator = await startModelsEmulator(MODELS);
    const knex = await databases.init('SQLITE_3');
    await applyDatabaseMigrations(knex);
    const access = new KnexAccessStore(knex);
    for (const modelName of MODELS) {
      await access.create({
        modelName,
        subjectRef: alice.userRef,
        requestedBy: alice.userRef,
        status: 'granted',
        limits: {},
      });
    }
    const config: KuadrantConfig = {
      url: fake.url,
      skipTLSVerify: true,
      secretNamespace: 'kuadrant-system',
      allNamespaces: false,
      credentialPrefix: 'Bearer',
      // Short, but well above a busy CI machine's answer times.
      requestTimeoutMs: 500,
      models: new Map(Object.entries(ROUTES)),
    };
    const manager = new KuadrantKeyManager({
      cluster: new KuadrantCluster(config),
      config,
      logger: mockServices.logger.mock(),
    });
    let crashAt: SagaStep | undefined;
    const { keys, store, reconciler, litellm } = keyServices({
      knex,
      emulatorUrl: emulator.url,
      adapters: [manager],
      interruptAt: step => {
        if (step !== crashAt) return false;
        crashAt = undefined;
        return true;
      },
      // Every saga in flight counts as dead once its call returned, and a
      // second sighting confirms at once: each check sees the end state.
      reconcile: {
        staleAfterMs: 0,
        confirmAfterMs: 0,
        maxShare: 1,
        maxCount: 1000,
      },
    });
    await manager.bind({ instanceId: 'test-portal' });
    const rng = random(20261206);
    const values = new Set<string>();
    const outcomes = new Map<string, number>();
    const history: string[] = [];

    let lastOp = '';
    async function act() {
      const live = (await store.list({ statuses: ['active'] })).map(r => r.id);
      const id = live.length ? rng.pick(live) : undefined;
      const op = id
        ? rng.pick([
            'create',
            'edit',
            'rotate',
            'rotate-grace',
            'revoke',
            'block',
            'unblock',
          ] as const)
        : 'create';
      const limits = () =>
        JSON.parse(
          JSON.stringify({
            tpm: rng.pick([undefined, 100, 1000]),
            rpm: rng.pick([undefined, 30]),
          }),
        );
      lastOp = op;
      switch (op) {
        case 'create': {
          const made = await keys.create(alice, {
            name: `k${values.size}`,
            models: rng.next() < 0.5 ? [...MODELS] : [rng.pick(MODELS)],
            limits: limits(),
          });
          values.add(made.value);
          return;
        }
        case 'edit':
          await keys.update(alice, id!, {
            ...(rng.next() < 0.5 && {
              models: rng.next() < 0.5 ? [...MODELS] : [rng.pick(MODELS)],
            }),
            limits: limits(),
          });
          return;
        case 'rotate':
        case 'rotate-grace': {
          const rotated = await keys.rotate(alice, id!, {
            gracePeriodHours: op === 'rotate' ? 0 : 1,
          });
          values.add(rotated.value);
          return;
        }
        case 'revoke':
          await keys.revoke(alice, id!);
          return;
        default:
          await keys.setBlocked(admin, id!, op === 'block');
      }
    }

    async function check(run: number) {
      const records = await store.list({});
      const live = records.filter(r =>
        ['creating', 'active', 'revoking'].includes(r.status),
      );
      const context = { run, last: history.slice(-3) };
      // Nothing left in flight.
      expect({
        ...context,
        inFlight: live.filter(r => r.status !== 'active').length,
      }).toEqual({ ...context, inFlight: 0 });
      // LiteLLM holds exactly the values the database holds.
      const held = new Set(
        live.flatMap(r => [r.tokenHash, r.retiringTokenHash]).filter(Boolean),
      );
      const inLiteLlm = new Set<string>();
      for await (const page of litellm.listAllKeys()) {
        for (const key of page) if (key.token) inLiteLlm.add(key.token);
      }
      expect({ ...context, litellm: [...inLiteLlm].sort() }).toEqual({
        ...context,
        litellm: [...held].sort(),
      });
      // The gateway's Secrets hold exactly those values too.
      const secrets = fake
        .list('Secret', 'kuadrant-system')
        .map(s => s.metadata.annotations['litemaas.io/token-hash'])
        .sort();
      expect({ ...context, secrets }).toEqual({
        ...context,
        secrets: [...held].sort(),
      });
      // Each limit policy holds exactly the classes the keys have.
      for (const [model] of Object.entries(ROUTES)) {
        for (const [kind, unit] of [
          ['TokenRateLimitPolicy', 'tpm'],
          ['RateLimitPolicy', 'rpm'],
        ] as const) {
          const wanted = new Set<string>();
          const perModel = unit === 'tpm' ? 'modelTpm' : 'modelRpm';
          for (const r of live) {
            const own = r.limits[perModel]?.[model];
            const all = r.limits[unit];
            const v =
              own !== undefined && all !== undefined
                ? Math.min(own, all)
                : own ?? all;
            if (r.models.includes(model) && v !== undefined) {
              wanted.add(`${unit}-${v}`);
            }
          }
          const policy = fake
            .list(kind, 'models')
            .find(p => p.metadata.annotations['litemaas.io/model'] === model);
          expect({
            ...context,
            model,
            kind,
            classes: Object.keys((policy as any)?.spec.limits ?? {}).sort(),
          }).toEqual({ ...context, model, kind, classes: [...wanted].sort() });
        }
      }
      // And every value ever shown is decided at the gateway as the portal says.
      for (const value of values) {
        const hash = hashKey(value);
        const record = live.find(
          r => r.tokenHash === hash || r.retiringTokenHash === hash,
        );
        for (const model of MODELS) {
          const portal =
            record && !record.blocked && record.models.includes(model)
              ? 200
              : 401;
          const gateway = decideAtGateway(fake, {
            route: ROUTES[model as keyof typeof ROUTES],
            path: '/v1/chat/completions',
            authorization: `Bearer ${value}`,
          }).status;
          expect({ ...context, model, gateway }).toEqual({
            ...context,
            model,
            gateway: portal,
          });
        }
      }
    }

    try {
      for (let run = 0; run < RUNS; run++) {
        const fault = rng.pick(FAULTS);
        if (fault && 'crashAt' in fault) crashAt = fault.crashAt;
        else if (fault) fake.inject(fault);
        let outcome = 'ok';
        try {
          await act();
        } catch (error) {
          outcome = (error as Error).name;
        }
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        history.push(
          `${lastOp} with ${JSON.stringify(fault ?? 'no fault')}: ${outcome}`,
        );
        fake.clearFaults();
        crashAt = undefined;
        // A delayed write lands after its client gave up.
        if (fault && 'delayMs' in fault) {
          await new Promise(r => setTimeout(r, 750));
        }
        for (let i = 0; i < 3; i++) await reconciler.run();
        await check(run);
      }
      // The faults did bite: many writes failed, and the state still agrees.
      expect(outcomes.get('ok')).toBeGreaterThan(RUNS / 4);
      expect(RUNS - (outcomes.get('ok') ?? 0)).toBeGreaterThan(RUNS / 5);
    } finally {
      await emulator.close();
      await fake.close();
    }
  });
});
