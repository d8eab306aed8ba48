import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { startEmulator } from '@litemaas/litellm-emulator';
import { Knex } from 'knex';
import { litemaasPlugin } from './plugin';
import { apiClient } from './__testUtils__/http';
import { portalPolicyServices } from './testUtils/portalPolicy';

jest.setTimeout(120_000);

const MASTER_KEY = 'sk-test-master-key';
const ALICE = 'user:default/alice';
const DANA = 'user:default/dana';
const ADMINS = 'group:default/litemaas-admins';
const TIMEOUT_MS = 800;
const OPEN_SECONDS = 1.5;
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const MODELS = [
  {
    model_name: 'gpt-4o-mini',
    litellm_params: { model: 'openai/gpt-4o-mini' },
    model_info: { id: 'm1' },
  },
];

/** How long a call took, with its answer. */
async function timed<T>(call: () => PromiseLike<T>) {
  const started = Date.now();
  const result = await call();
  return { result, ms: Date.now() - started };
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

describe.each(databases.eachSupportedId())(
  'LiteLLM down, hung and restarted empty, on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let knex: Knex;
    let sent: any[];
    let as: ReturnType<typeof apiClient>;

    beforeEach(async () => {
      sent = [];
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: { models: MODELS },
      });
      knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [
          litemaasPlugin,
          mockServices.database.factory({ knex }),
          createServiceFactory({
            service: notificationService,
            deps: {},
            factory: () => ({ send: async (n: any) => void sent.push(n) }),
          }),
          catalogServiceMock.factory({
            entities: [
              {
                apiVersion: 'backstage.io/v1alpha1',
                kind: 'User',
                metadata: { name: 'alice', namespace: 'default' },
                spec: { profile: { email: 'alice@example.com' } },
              },
            ],
          }),
          mockServices.rootConfig.factory({
            data: {
              litemaas: {
                litellm: {
                  baseUrl: emulator.url,
                  masterKey: MASTER_KEY,
                  timeoutMs: TIMEOUT_MS,
                  circuitBreaker: {
                    failureThreshold: 2,
                    openSeconds: OPEN_SECONDS,
                  },
                },
                admins: [ADMINS],
                models: [{ name: 'gpt-4o-mini', accessPolicy: 'open' }],
                modelSync: { maxAgeSeconds: 0 },
                keys: {
                  maxActiveKeysPerSubject: 3,
                  reconcile: { confirmMissingAfter: { milliseconds: 0 } },
                },
              },
            },
          }),
          ...portalPolicyServices({
            admins: [ADMINS],
            memberships: { [DANA]: [ADMINS] },
          }),
        ],
      });
      as = apiClient(server);
      for (const user of [ALICE, DANA]) {
        const asked = await as(user).post('/access-requests', {
          modelName: 'gpt-4o-mini',
        });
        if (asked.status !== 201) {
          throw new Error(`No grant for ${user}: ${asked.status}`);
        }
      }
    });
    afterEach(async () => {
      // A test may have stopped it already.
      await emulator.close().catch(() => undefined);
    });

    /** Makes every call to LiteLLM hang far past the portal's timeout. */
    function hang() {
      return emulator.faults.inject({
        path: /.*/,
        delayMs: 5_000,
        times: Infinity,
      });
    }

    /** Fails calls until the breaker opens. */
    async function openBreaker() {
      for (let i = 0; i < 2; i++) await as(ALICE).get('/health');
      const health = await as(ALICE).get('/health');
      expect(health.body.litellm.circuit.state).toBe('open');
      return health;
    }

    async function myKeys() {
      return (await as(ALICE).get('/keys')).body.items as any[];
    }

    it('a hung LiteLLM: reads answer within 2 s from what the portal knows, writes are refused at once with a 503 saying since when, nothing is left behind', async () => {
      const kept = await as(ALICE).post('/keys', {
        name: 'kept',
        models: ['gpt-4o-mini'],
      });
      expect(kept.status).toBe(201);
      const models = await as(ALICE).get('/models');
      expect(models.body.items.map((m: any) => m.name)).toEqual([
        'gpt-4o-mini',
      ]);

      const fault = hang();
      // Before the breaker opens, a catalog read waits at most 2 s.
      const slowRead = await timed(() => as(ALICE).get('/models'));
      expect(slowRead.result.status).toBe(200);
      expect(slowRead.result.body.stale.reason).toMatch(/did not answer/);
      expect(slowRead.ms).toBeLessThan(2_500);

      // A create that times out leaves no phantom: not listed, not counted.
      const lost = await as(ALICE).post('/keys', {
        name: 'lost',
        models: ['gpt-4o-mini'],
      });
      expect(lost.status).toBe(503);
      expect((await myKeys()).map(k => k.name)).toEqual(['kept']);

      const health = await openBreaker();
      expect(health.body).toMatchObject({
        status: 'degraded',
        litellm: { reachable: false, circuit: { state: 'open' } },
      });
      const since = health.body.litellm.circuit.since;
      expect(Date.parse(since)).toBeLessThanOrEqual(Date.now());

      // Open: every read answers at once, every write is refused at once.
      const alice = as(ALICE);
      for (const path of [
        '/health',
        '/models',
        '/models/gpt-4o-mini',
        '/keys',
      ]) {
        const read = await timed(() => alice.get(path));
        expect(read.ms).toBeLessThan(2_000);
        expect(read.result.status).toBe(200);
      }
      expect((await as(ALICE).get('/models')).body.stale.reason).toMatch(
        /did not answer|unavailable since/,
      );
      const refused = await timed(() =>
        as(ALICE).post('/keys', { name: 'refused', models: ['gpt-4o-mini'] }),
      );
      expect(refused.result.status).toBe(503);
      expect(refused.result.body.error.message).toContain(
        `unavailable since ${since}`,
      );
      expect(refused.ms).toBeLessThan(2_000);
      const rotate = await timed(() =>
        as(ALICE).post(`/keys/${kept.body.key.id}/rotate`, {}),
      );
      expect(rotate.result.status).toBe(503);
      expect(rotate.ms).toBeLessThan(2_000);
      const provision = await timed(() =>
        as(DANA).post('/keys/provision', {
          aliasPrefix: 'ws-',
          participants: ['ann', 'ben'],
          models: ['gpt-4o-mini'],
          expiresInDays: 2,
        }),
      );
      expect(provision.result.status).toBe(503);
      expect(provision.ms).toBeLessThan(2_000);

      // Nothing was recorded by the refused writes: the cap is untouched.
      const rows = await knex('litemaas_keys').select('name', 'status');
      expect(rows.filter(r => r.status === 'creating')).toEqual([]);
      expect(
        rows
          .filter(r => r.status === 'active')
          .map(r => r.name)
          .sort(),
      ).toEqual(['kept']);
      const listed = (await myKeys()).find(k => k.id === kept.body.key.id);
      expect(listed.status).toBe('active');
      expect(fault.hits).toBeGreaterThan(0);

      // LiteLLM answers again: after the open period one trial call goes
      // through and closes the breaker.
      fault.cancel();
      await sleep(OPEN_SECONDS * 1000 + 100);
      const back = await as(ALICE).get('/health');
      expect(back.body).toMatchObject({
        status: 'ok',
        litellm: { circuit: { state: 'closed', failures: 0 } },
      });
      for (let i = 0; i < 3; i++) {
        expect(
          (
            await as(ALICE).post('/keys', {
              name: `after-${i}`,
              models: ['gpt-4o-mini'],
            })
          ).status,
        ).toBe(i < 2 ? 201 : 409);
      }
      // The key of the create that timed out is not in LiteLLM either,
      // once reconciliation has looked (it names a failed record).
      await as(DANA).post('/admin/reconcile');
      const aliases = [...emulator.state.keys.values()].map(
        (k: any) => k.key_alias,
      );
      expect(aliases.filter(a => String(a).includes('lost'))).toEqual([]);
    });

    it('a stopped LiteLLM: a revoke is recorded as revoking (not revoked), and finished by the reconciler when LiteLLM is back', async () => {
      const key = (
        await as(ALICE).post('/keys', {
          name: 'leaked',
          models: ['gpt-4o-mini'],
        })
      ).body.key;
      const port = emulator.port;
      const state = emulator.state;
      await emulator.close();

      const revoke = await as(ALICE).post(`/keys/${key.id}/revoke`, {});
      expect(revoke.status).toBe(503);
      expect(revoke.body.error.message).toMatch(/marked for revocation/);
      const listed = (await myKeys()).find(k => k.id === key.id);
      expect(listed.status).toBe('revoking');

      // Back, with its data: the reconciler finishes the revocation.
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port,
        seed: { models: MODELS },
      });
      for (const [hash, stored] of state.keys) {
        emulator.state.keys.set(hash, stored);
      }
      await sleep(OPEN_SECONDS * 1000 + 100);
      await as(DANA).post('/admin/reconcile');
      const after = (
        await as(ALICE).get('/keys?includeRevoked=true')
      ).body.items.find((k: any) => k.id === key.id);
      expect(after.status).toBe('revoked');
      expect(
        [...emulator.state.keys.values()].filter(
          (k: any) => k.metadata?.litemaas_key_id === key.id,
        ),
      ).toEqual([]);
    });

    it('provisioning says which keys failed: 207 when some did, 502 when all did', async () => {
      emulator.faults.inject({
        method: 'POST',
        path: '/key/generate',
        status: 500,
        times: 1,
      });
      const some = await as(DANA).post('/keys/provision', {
        aliasPrefix: 'ws-a-',
        participants: ['ann', 'ben', 'cat'],
        models: ['gpt-4o-mini'],
        expiresInDays: 2,
      });
      expect(some.status).toBe(207);
      expect(some.body.created).toHaveLength(2);
      expect(some.body.failed).toHaveLength(1);

      emulator.faults.inject({
        method: 'POST',
        path: '/key/generate',
        status: 400,
        body: { error: { message: 'budget_duration is invalid' } },
        times: 2,
      });
      const none = await as(DANA).post('/keys/provision', {
        aliasPrefix: 'ws-b-',
        participants: ['dan', 'eve'],
        models: ['gpt-4o-mini'],
        expiresInDays: 2,
      });
      expect(none.status).toBe(502);
      expect(none.body.created).toEqual([]);
      expect(none.body.failed.map((f: any) => f.participant).sort()).toEqual([
        'dan',
        'eve',
      ]);
      expect(none.body.error.message).toContain('dan: ');

      // The failed participants are not counted nor listed; re-running
      // makes only their keys.
      const again = await as(DANA).post('/keys/provision', {
        aliasPrefix: 'ws-a-',
        participants: ['ann', 'ben', 'cat'],
        models: ['gpt-4o-mini'],
        expiresInDays: 2,
      });
      expect(again.status).toBe(200);
      expect(again.body.created).toHaveLength(1);
      expect(again.body.existing).toHaveLength(2);
    });

    it('LiteLLM restarted empty: nothing is revoked in one run; what admins confirm is revoked and each owner is told why', async () => {
      const keys = [];
      for (let i = 0; i < 2; i++) {
        keys.push(
          (
            await as(ALICE).post('/keys', {
              name: `k${i}`,
              models: ['gpt-4o-mini'],
            })
          ).body.key,
        );
      }
      const port = emulator.port;
      await emulator.close();
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port,
        seed: { models: MODELS },
      });
      await as(DANA).post('/admin/reconcile');
      const held = await as(DANA).post('/admin/reconcile');
      expect(held.body.report.heldBack).toBe(2);
      expect((await myKeys()).map(k => k.status)).toEqual(['active', 'active']);
      expect(sent.map(n => n.payload.title)).toContain(
        'Key reconciliation held back 2 changes',
      );

      const confirmed = await as(DANA).post('/admin/reconcile/holds/confirm', {
        ids: held.body.holds.map((h: any) => h.id),
      });
      expect(confirmed.status).toBe(200);
      expect((await myKeys()).map(k => k.status)).toEqual([]);
      const told = sent.filter(
        n =>
          n.recipients.entityRef.includes(ALICE) &&
          /no longer works/.test(n.payload.title),
      );
      expect(told.map(n => n.payload.title).sort()).toEqual([
        'Your API key k0 no longer works',
        'Your API key k1 no longer works',
      ]);
      expect(told[0].payload.description).toMatch(/as an admin confirmed/);
    });

    it('LiteLLM restarted empty: the usage the portal has is kept, held for admins, and replaced only when an admin accepts', async () => {
      const issued = (
        await as(ALICE).post('/keys', { name: 'k', models: ['gpt-4o-mini'] })
      ).body;
      for (let i = 0; i < 3; i++) {
        const answer = await fetch(`${emulator.url}/v1/chat/completions`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${issued.value}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({
            model: 'gpt-4o-mini',
            messages: [{ role: 'user', content: 'Summarise the incident' }],
          }),
        });
        expect(answer.status).toBe(200);
      }
      const today = new Date().toISOString().slice(0, 10);
      const usageToday = async () =>
        (await as(ALICE).get(`/usage?from=${today}&to=${today}`)).body.totals
          .requests;
      expect((await as(DANA).post('/admin/usage/sync')).body.holds).toEqual([]);
      expect(await usageToday()).toBe(3);

      const port = emulator.port;
      await emulator.close();
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port,
        seed: { models: MODELS },
      });
      const synced = await as(DANA).post('/admin/usage/sync');
      expect(synced.body.report.heldBack).toEqual([today]);
      expect(synced.body.holds).toMatchObject([
        {
          day: today,
          portal: { requests: 3 },
          litellm: { requests: 0 },
          sightings: 1,
        },
      ]);
      expect(await usageToday()).toBe(3);
      expect(sent.map(n => n.payload.title)).toContain(
        `Usage of ${today} held back: LiteLLM answered less than the portal has`,
      );
      // Another pull with the same answer changes nothing but the count.
      const again = await as(DANA).post('/admin/usage/sync');
      expect(again.body.holds[0].sightings).toBe(2);
      expect(await usageToday()).toBe(3);

      // Only admins decide; a day not held is a 404, a bad day a 400.
      expect(
        (await as(ALICE).post(`/admin/usage/holds/${today}/accept`)).status,
      ).toBe(403);
      expect(
        (await as(DANA).post('/admin/usage/holds/2020-01-01/accept')).status,
      ).toBe(404);
      expect(
        (await as(DANA).post('/admin/usage/holds/yesterday/accept')).status,
      ).toBe(400);
      const accepted = await as(DANA).post(
        `/admin/usage/holds/${today}/accept`,
      );
      expect(accepted.status).toBe(200);
      expect(accepted.body.holds).toEqual([]);
      expect(await usageToday()).toBe(0);
    });
  },
);
