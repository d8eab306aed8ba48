import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { Knex } from 'knex';
import OpenAI from 'openai';
import { litemaasPlugin } from './plugin';
import { apiClient } from './__testUtils__/http';
import { capturingRootLogger } from './__testUtils__/logs';
import { portalPolicyServices } from './testUtils/portalPolicy';

jest.setTimeout(60_000);

const MASTER_KEY = 'sk-test-master-key';
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const DANA = 'user:default/dana';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())(
  'API keys over HTTP, against the LiteLLM emulator, on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
    let knex: Knex;
    const logLines: string[] = [];

    const as = apiClient(() => server);

    const openai = (apiKey: string) =>
      new OpenAI({ apiKey, baseURL: `${emulator.url}/v1`, maxRetries: 0 });

    const chat = (apiKey: string, model = 'gpt-4o-mini') =>
      openai(apiKey).chat.completions.create({
        model,
        messages: [{ role: 'user', content: 'Summarise our Q3 incidents' }],
      });

    async function grant(user: string, modelName: string, subjectRef?: string) {
      const res = await as(user).post('/access-requests', {
        modelName,
        subjectRef,
        justification: 'tests',
      });
      if (res.body.status === 'pending') {
        await as(DANA).post(`/access-requests/${res.body.id}/approve`, {});
      }
      return res.body.id as string;
    }

    beforeEach(async () => {
      logLines.length = 0;
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: {
          models: [
            {
              model_name: 'gpt-4o-mini',
              litellm_params: { model: 'openai/gpt-4o-mini' },
              model_info: { id: 'm1' },
            },
            {
              model_name: 'claude-3-5-haiku',
              litellm_params: { model: 'anthropic/claude-3-5-haiku-20241022' },
              model_info: { id: 'm2' },
            },
          ],
        },
      });
      knex = await databases.init(databaseId);
      ({ server } = await startTestBackend({
        features: [
          litemaasPlugin,
          capturingRootLogger(logLines),
          mockServices.database.factory({ knex }),
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
                  retries: 0,
                },
                models: [
                  { name: 'gpt-4o-mini', accessPolicy: 'open' },
                  { name: 'claude-3-5-haiku', accessPolicy: 'restricted' },
                ],
                keys: {
                  maxActiveKeysPerSubject: 3,
                  user: { maximums: { tpm: 1000 }, defaultExpiresInDays: 30 },
                  // A second sighting confirms at once; nothing held back.
                  reconcile: {
                    confirmMissingAfter: { milliseconds: 0 },
                    holdBack: { maxShare: 1 },
                  },
                },
              },
            },
          }),
          ...portalPolicyServices({
            admins: ['group:default/litemaas-admins'],
            memberships: {
              [ALICE]: ['group:default/payments'],
              [BOB]: ['group:default/payments'],
              [DANA]: ['group:default/litemaas-admins'],
            },
          }),
        ],
      }));
    });

    afterEach(async () => {
      await emulator.close();
    });

    it('issues a key shown once that works with the official OpenAI client', async () => {
      await grant(ALICE, 'gpt-4o-mini');
      const created = await as(ALICE).post('/keys', {
        name: 'billing service',
        models: ['gpt-4o-mini'],
        expiresInDays: 30,
      });
      expect(created.status).toBe(201);
      const value: string = created.body.value;
      expect(value).toMatch(/^sk-/);
      expect(created.body.key).toMatchObject({
        name: 'billing service',
        subjectRef: ALICE,
        status: 'active',
        prefix: `sk-...${value.slice(-4)}`,
        models: ['gpt-4o-mini'],
        // The user maximum applies when no TPM is asked for.
        limits: { tpm: 1000 },
      });

      const completion = await chat(value);
      expect(completion.choices[0].message.content).toBeTruthy();
      expect(completion.usage?.total_tokens).toBeGreaterThan(0);

      // A model the key does not carry is refused by LiteLLM.
      await expect(chat(value, 'claude-3-5-haiku')).rejects.toMatchObject({
        status: expect.any(Number),
      });
      const denied = await chat(value, 'claude-3-5-haiku').catch(e => e);
      expect([401, 403]).toContain(denied.status);

      const listed = await as(ALICE).get('/keys');
      expect(listed.body.items).toHaveLength(1);
      expect(JSON.stringify(listed.body)).not.toContain(value);
      const single = await as(ALICE).get(`/keys/${created.body.key.id}`);
      expect(JSON.stringify(single.body)).not.toContain(value);

      // The raw value is in no table and no log line.
      for (const table of [
        'litemaas_keys',
        'litemaas_access_requests',
        'litemaas_access_events',
        'litemaas_settings',
      ]) {
        const rows = await knex(table).select();
        expect(JSON.stringify(rows)).not.toContain(value);
      }
      expect(logLines.join('\n')).not.toContain(value);
      expect(logLines.length).toBeGreaterThan(0);
    });

    it('rotates: the old value is refused at once, the new one works', async () => {
      await grant(ALICE, 'gpt-4o-mini');
      const created = await as(ALICE).post('/keys', {
        name: 'ci',
        models: ['gpt-4o-mini'],
      });
      const oldValue = created.body.value;
      const rotated = await as(ALICE).post(
        `/keys/${created.body.key.id}/rotate`,
        {},
      );
      expect(rotated.status).toBe(200);
      expect(rotated.body.key.id).toBe(created.body.key.id);
      expect(rotated.body.value).not.toBe(oldValue);
      expect(rotated.body.key.alias).toBe(created.body.key.alias);

      const refused = await chat(oldValue).catch(e => e);
      expect(refused.status).toBe(401);
      await expect(chat(rotated.body.value)).resolves.toBeTruthy();
      expect(logLines.join('\n')).not.toContain(rotated.body.value);
    });

    it('keeps the old value during a grace period', async () => {
      await grant(ALICE, 'gpt-4o-mini');
      const created = await as(ALICE).post('/keys', {
        name: 'ci',
        models: ['gpt-4o-mini'],
      });
      const rotated = await as(ALICE).post(
        `/keys/${created.body.key.id}/rotate`,
        {
          gracePeriodHours: 24,
        },
      );
      expect(rotated.body.key.previousValueValidUntil).toBeDefined();
      await expect(chat(created.body.value)).resolves.toBeTruthy();
      await expect(chat(rotated.body.value)).resolves.toBeTruthy();
    });

    it('revokes: the value is refused afterwards', async () => {
      await grant(ALICE, 'gpt-4o-mini');
      const created = await as(ALICE).post('/keys', {
        name: 'tmp',
        models: ['gpt-4o-mini'],
      });
      const revoked = await as(ALICE).post(
        `/keys/${created.body.key.id}/revoke`,
      );
      expect(revoked.status).toBe(200);
      expect(revoked.body.status).toBe('revoked');
      const refused = await chat(created.body.value).catch(e => e);
      expect(refused.status).toBe(401);
      const twice = await as(ALICE).post(`/keys/${created.body.key.id}/revoke`);
      expect(twice.status).toBe(409);
    });

    it('shows a key over budget once its spend reaches the budget', async () => {
      await grant(ALICE, 'gpt-4o-mini');
      const created = await as(ALICE).post('/keys', {
        name: 'tiny budget',
        models: ['gpt-4o-mini'],
        limits: { maxBudget: 0.0000001, budgetDuration: '30d' },
      });
      // LiteLLM's next reset of the budget (aligned to a period boundary),
      // for the budget cards.
      const resetAt = Date.parse(created.body.key.budgetResetAt);
      expect(resetAt).toBeGreaterThan(Date.now());
      expect(resetAt).toBeLessThanOrEqual(Date.now() + 31 * 24 * 3600 * 1000);
      await chat(created.body.value);
      const blockedByBudget = await chat(created.body.value).catch(e => e);
      expect([400, 429]).toContain(blockedByBudget.status);
      const key = await as(ALICE).get(`/keys/${created.body.key.id}`);
      expect(key.body.status).toBe('over-budget');
      expect(key.body.spend).toBeGreaterThan(0);
    });

    it('enforces grants, maximums, expiry policy and the active key cap', async () => {
      await grant(ALICE, 'gpt-4o-mini');
      const notGranted = await as(ALICE).post('/keys', {
        name: 'x',
        models: ['claude-3-5-haiku'],
      });
      expect(notGranted.status).toBe(400);
      expect(notGranted.body.error.message).toContain(
        'no access to claude-3-5-haiku',
      );

      const overMax = await as(ALICE).post('/keys', {
        name: 'x',
        models: ['gpt-4o-mini'],
        limits: { tpm: 5000 },
      });
      expect(overMax.status).toBe(400);
      expect(overMax.body.error.message).toContain('limits.tpm');

      const never = await as(ALICE).post('/keys', {
        name: 'x',
        models: ['gpt-4o-mini'],
        expiresInDays: 'never',
      });
      expect(never.status).toBe(400);
      expect(never.body.error.message).toContain('expiresInDays');

      for (let i = 0; i < 3; i++) {
        const ok = await as(ALICE).post('/keys', {
          name: `k${i}`,
          models: ['gpt-4o-mini'],
        });
        expect(ok.status).toBe(201);
      }
      const capped = await as(ALICE).post('/keys', {
        name: 'k4',
        models: ['gpt-4o-mini'],
      });
      expect(capped.status).toBe(409);
      expect(capped.body.error.message).toContain('the limit is 3');

      // An expired key stops counting, and shows as expired.
      await knex('litemaas_keys')
        .where({ name: 'k0' })
        .update({ expires_at: new Date(Date.now() - 60_000) });
      const listed = await as(ALICE).get('/keys');
      expect(
        listed.body.items.find((k: { name: string }) => k.name === 'k0')
          ?.status,
      ).toBe('expired');
      const afterExpiry = await as(ALICE).post('/keys', {
        name: 'k4',
        models: ['gpt-4o-mini'],
      });
      expect(afterExpiry.status).toBe(201);
    });

    it('answers key lists a page at a time, with how many there are', async () => {
      await grant(ALICE, 'gpt-4o-mini');
      for (let i = 0; i < 3; i++) {
        await as(ALICE).post('/keys', {
          name: `k${i}`,
          models: ['gpt-4o-mini'],
        });
      }
      const all = await as(ALICE).get('/keys');
      expect(all.body).toMatchObject({ total: 3, offset: 0, limit: 500 });
      expect(all.body.items).toHaveLength(3);
      const first = await as(ALICE).get('/keys?limit=2');
      const second = await as(ALICE).get('/keys?limit=2&offset=2');
      expect(first.body).toMatchObject({ total: 3, offset: 0, limit: 2 });
      expect(second.body).toMatchObject({ total: 3, offset: 2, limit: 2 });
      expect(
        [...first.body.items, ...second.body.items].map((k: any) => k.id),
      ).toEqual(all.body.items.map((k: any) => k.id));
      for (const bad of ['limit=0', 'limit=1001', 'offset=-1', 'limit=x']) {
        expect({
          bad,
          status: (await as(ALICE).get(`/keys?${bad}`)).status,
        }).toEqual({ bad, status: 400 });
      }
    });

    it('lets team members see and manage team keys, not others', async () => {
      await grant(ALICE, 'gpt-4o-mini', 'group:default/payments');
      const created = await as(ALICE).post('/keys', {
        name: 'payments shared',
        models: ['gpt-4o-mini'],
        subjectRef: 'group:default/payments',
      });
      expect(created.status).toBe(201);
      const bobs = await as(BOB).get('/keys');
      expect(bobs.body.items.map((k: any) => k.id)).toEqual([
        created.body.key.id,
      ]);
      const danasOwn = await as(DANA).get('/keys');
      expect(danasOwn.body.items).toEqual([]);
      const all = await as(DANA).get('/keys?scope=all');
      expect(all.body.items).toHaveLength(1);
      // For anyone else, all is what the policy lets them read.
      const bobsAll = await as(BOB).get('/keys?scope=all');
      expect(bobsAll.body.items.map((k: any) => k.id)).toEqual([
        created.body.key.id,
      ]);

      const renamed = await as(BOB).patch(`/keys/${created.body.key.id}`, {
        name: 'payments',
      });
      expect(renamed.body.name).toBe('payments');
      await expect(chat(created.body.value)).resolves.toBeTruthy();
    });

    it('removes a model from keys when the grant ends', async () => {
      const grantId = await grant(ALICE, 'gpt-4o-mini');
      await grant(ALICE, 'claude-3-5-haiku');
      const both = await as(ALICE).post('/keys', {
        name: 'both',
        models: ['gpt-4o-mini', 'claude-3-5-haiku'],
      });
      const only = await as(ALICE).post('/keys', {
        name: 'only',
        models: ['gpt-4o-mini'],
      });

      await as(ALICE).post(`/access-requests/${grantId}/revoke`, {});

      const bothAfter = await as(ALICE).get(`/keys/${both.body.key.id}`);
      expect(bothAfter.body.models).toEqual(['claude-3-5-haiku']);
      const refused = await chat(both.body.value).catch(e => e);
      expect([401, 403]).toContain(refused.status);
      await expect(
        chat(both.body.value, 'claude-3-5-haiku'),
      ).resolves.toBeTruthy();

      const onlyAfter = await as(ALICE).get(`/keys/${only.body.key.id}`);
      expect(onlyAfter.body.status).toBe('revoked');
    });

    it('blocks and unblocks keys (admins only)', async () => {
      await grant(ALICE, 'gpt-4o-mini');
      const created = await as(ALICE).post('/keys', {
        name: 'x',
        models: ['gpt-4o-mini'],
      });
      expect(
        (await as(ALICE).post(`/keys/${created.body.key.id}/block`)).status,
      ).toBe(403);
      const blocked = await as(DANA).post(`/keys/${created.body.key.id}/block`);
      expect(blocked.body.status).toBe('blocked');
      expect((await chat(created.body.value).catch(e => e)).status).toBe(401);
      await as(DANA).post(`/keys/${created.body.key.id}/unblock`);
      await expect(chat(created.body.value)).resolves.toBeTruthy();
    });

    it('provisions participant keys idempotently and revokes them by prefix', async () => {
      const body = {
        aliasPrefix: 'workshop-nov-',
        participants: ['p01', 'p02', 'p03', 'p04', 'p05'],
        models: ['gpt-4o-mini'],
        expiresInDays: 2,
        limits: { maxBudget: 5 },
      };
      expect((await as(ALICE).post('/keys/provision', body)).status).toBe(403);
      // Workshop keys are held to their owner's grants like any key.
      const ungranted = await as(DANA).post('/keys/provision', body);
      expect(ungranted.status).toBe(400);
      expect(ungranted.body.error.message).toMatch(
        /user:default\/dana has no access to gpt-4o-mini/,
      );
      await grant(DANA, 'gpt-4o-mini');
      const first = await as(DANA).post('/keys/provision', body);
      expect(first.status).toBe(200);
      expect(first.body.created).toHaveLength(5);
      expect(first.body.created[0]).toMatchObject({
        participant: 'p01',
        alias: 'workshop-nov-p01',
      });
      await expect(chat(first.body.created[2].value)).resolves.toBeTruthy();

      const again = await as(DANA).post('/keys/provision', body);
      expect(again.body.created).toHaveLength(0);
      expect(again.body.existing).toHaveLength(5);

      // A prefix every portal key starts with is refused, whatever its case.
      for (const aliasPrefix of ['lit', 'LiteMaaS-', 'litemaas-0']) {
        const refused = await as(DANA).post('/keys/revoke-by-prefix', {
          aliasPrefix,
        });
        expect({ aliasPrefix, status: refused.status }).toEqual({
          aliasPrefix,
          status: 400,
        });
      }
      // First the count, and nothing revoked.
      const dryRun = await as(DANA).post('/keys/revoke-by-prefix', {
        aliasPrefix: 'workshop-nov-',
      });
      expect(dryRun.body).toEqual({ matched: 5, revoked: 0, dryRun: true });
      await expect(chat(first.body.created[0].value)).resolves.toBeTruthy();
      // A count that no longer holds revokes nothing.
      const stale = await as(DANA).post('/keys/revoke-by-prefix', {
        aliasPrefix: 'workshop-nov-',
        confirmCount: 4,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toMatch(/5 keys match .* not 4/);
      await expect(chat(first.body.created[0].value)).resolves.toBeTruthy();
      const revoked = await as(DANA).post('/keys/revoke-by-prefix', {
        aliasPrefix: 'workshop-nov-',
        confirmCount: 5,
      });
      expect(revoked.body).toEqual({ matched: 5, revoked: 5, dryRun: false });
      expect(
        (await chat(first.body.created[0].value).catch(e => e)).status,
      ).toBe(401);
      // The aliases are free again: a new workshop run re-issues them.
      const rerun = await as(DANA).post('/keys/provision', body);
      expect(rerun.body.created).toHaveLength(5);

      // A participant whose key expired gets a fresh one on the next run;
      // the expired one leaves LiteLLM.
      await knex('litemaas_keys')
        .where({ alias: 'workshop-nov-p02' })
        .update({ expires_at: new Date(Date.now() - 60_000) });
      const expiredValue = rerun.body.created.find(
        (c: { participant: string }) => c.participant === 'p02',
      ).value;
      const refreshed = await as(DANA).post('/keys/provision', body);
      expect(refreshed.status).toBe(200);
      expect(
        refreshed.body.created.map((c: { alias: string }) => c.alias),
      ).toEqual(['workshop-nov-p02']);
      expect(refreshed.body.existing).toHaveLength(4);
      expect((await chat(expiredValue).catch(e => e)).status).toBe(401);
      await expect(chat(refreshed.body.created[0].value)).resolves.toBeTruthy();
    });

    it('reconciles keys deleted or created in LiteLLM behind the portal', async () => {
      await grant(ALICE, 'gpt-4o-mini');
      const created = await as(ALICE).post('/keys', {
        name: 'x',
        models: ['gpt-4o-mini'],
      });
      const admin = {
        Authorization: `Bearer ${MASTER_KEY}`,
        'Content-Type': 'application/json',
      };
      await fetch(`${emulator.url}/key/delete`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ keys: [created.body.value] }),
      });
      // Automation made keys directly in LiteLLM: one for a catalog user, one for nobody.
      for (const userId of ['alice@example.com', 'someone-else']) {
        await fetch(`${emulator.url}/key/generate`, {
          method: 'POST',
          headers: admin,
          body: JSON.stringify({
            user_id: userId,
            key_alias: `ansible-${userId}`,
            models: ['gpt-4o-mini'],
          }),
        });
      }

      // The first run sees the key missing; the second confirms it.
      const first = await as(DANA).post('/admin/reconcile');
      expect(first.status).toBe(200);
      expect(first.body.report).toMatchObject({
        markedRevoked: 0,
        waiting: 1,
        adopted: 1,
      });
      const report = await as(DANA).post('/admin/reconcile');
      expect(report.body.report).toMatchObject({
        markedRevoked: 1,
        adopted: 0,
      });
      expect(report.body.report.unmanaged).toEqual([
        expect.objectContaining({
          alias: 'ansible-someone-else',
          userId: 'someone-else',
        }),
      ]);
      const keys = await as(ALICE).get('/keys?includeRevoked=true');
      expect(keys.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: created.body.key.id,
            status: 'revoked',
          }),
          expect.objectContaining({
            alias: 'ansible-alice@example.com',
            origin: 'adopted',
            status: 'active',
          }),
        ]),
      );
    });
  },
);
