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
import { everyRowAsText, tableNames } from './__testUtils__/tables';
import { portalPolicyServices } from './testUtils/portalPolicy';

jest.setTimeout(60_000);

const MASTER_KEY = 'sk-test-master-key';
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const DANA = 'user:default/dana';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())(
  'Playground sessions over HTTP, against the LiteLLM emulator, on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
    let knex: Knex;
    const as = apiClient(() => server);

    const openai = (apiKey: string) =>
      new OpenAI({ apiKey, baseURL: `${emulator.url}/v1`, maxRetries: 0 });

    async function grant(user: string, modelName: string) {
      const res = await as(user).post('/access-requests', {
        modelName,
        justification: 'tests',
      });
      if (res.body.status === 'pending') {
        await as(DANA).post(`/access-requests/${res.body.id}/approve`, {});
      }
    }

    beforeEach(async () => {
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
          mockServices.database.factory({ knex }),
          catalogServiceMock.factory({ entities: [] }),
          mockServices.rootConfig.factory({
            data: {
              litemaas: {
                litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
                gatewayBaseUrl: 'https://models.example.com',
                models: [
                  { name: 'gpt-4o-mini', accessPolicy: 'open' },
                  { name: 'claude-3-5-haiku', accessPolicy: 'open' },
                ],
                keys: { maxActiveKeysPerSubject: 1 },
                playground: {
                  sessionMinutes: 20,
                  maxBudget: 0.1,
                  rpm: 5,
                  maxSessionsPerUser: 2,
                },
              },
            },
          }),
          ...portalPolicyServices({
            admins: ['group:default/litemaas-admins'],
            memberships: { [DANA]: ['group:default/litemaas-admins'] },
          }),
        ],
      }));
    });

    afterEach(async () => {
      await emulator.close();
    });

    it('gives a person with access a key for one model, small and short-lived, that streams', async () => {
      await grant(ALICE, 'gpt-4o-mini');
      await grant(ALICE, 'claude-3-5-haiku');
      const settings = await as(ALICE).get('/playground');
      expect(settings.body).toEqual({
        enabled: true,
        sessionMinutes: 20,
        maxBudget: 0.1,
        rpm: 5,
        gatewayBaseUrl: 'https://models.example.com',
      });

      const started = await as(ALICE).post('/playground/sessions', {
        model: 'gpt-4o-mini',
      });
      expect(started.status).toBe(201);
      expect(started.headers['cache-control']).toBe('no-store');
      const { session, value, gatewayBaseUrl } = started.body;
      expect(gatewayBaseUrl).toBe('https://models.example.com');
      expect(session.model).toBe('gpt-4o-mini');
      expect(session.limits).toMatchObject({ maxBudget: 0.1, rpm: 5 });
      const minutesLeft = (Date.parse(session.expiresAt) - Date.now()) / 60_000;
      expect(minutesLeft).toBeGreaterThan(19);
      expect(minutesLeft).toBeLessThanOrEqual(20);

      // In LiteLLM: one model, the budget, the rate and the expiry.
      const info = await fetch(
        `${emulator.url}/key/info?key=${encodeURIComponent(value)}`,
        { headers: { Authorization: `Bearer ${MASTER_KEY}` } },
      ).then(r => r.json());
      expect(info.info).toMatchObject({
        models: ['gpt-4o-mini'],
        max_budget: 0.1,
        rpm_limit: 5,
      });
      expect(
        Math.abs(Date.parse(info.info.expires) - Date.parse(session.expiresAt)),
      ).toBeLessThan(2_000);

      // Streams from the gateway; no other model.
      const stream = await openai(value).chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'Say hi' }],
        stream: true,
        stream_options: { include_usage: true },
      });
      let text = '';
      let usage;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta?.content ?? '';
        usage = chunk.usage ?? usage;
      }
      expect(text).toContain('emulated gpt-4o-mini');
      expect(usage?.prompt_tokens).toBe(9);
      await expect(
        openai(value).chat.completions.create({
          model: 'claude-3-5-haiku',
          messages: [{ role: 'user', content: 'Say hi' }],
        }),
      ).rejects.toMatchObject({ status: 401 });

      // The value is stored nowhere in the portal's database.
      const tables = await tableNames(knex);
      expect(tables).toContain('litemaas_keys');
      expect(await everyRowAsText(knex)).not.toContain(value);

      // Not among the person's keys; admins see it, marked as a session.
      const mine = await as(ALICE).get('/keys');
      expect(mine.body.items).toEqual([]);
      const all = await as(DANA).get('/keys?scope=all');
      expect(all.body.items).toEqual([
        expect.objectContaining({
          id: session.id,
          origin: 'playground',
          subjectRef: ALICE,
          name: 'Playground · gpt-4o-mini',
        }),
      ]);
    });

    it('ends a session: the key stops working; ending again is fine; nobody else may end it', async () => {
      await grant(ALICE, 'gpt-4o-mini');
      const { body } = await as(ALICE).post('/playground/sessions', {
        model: 'gpt-4o-mini',
      });
      const bobEnds = await as(BOB).delete(
        `/playground/sessions/${body.session.id}`,
      );
      expect(bobEnds.status).toBe(404);

      const ended = await as(ALICE).delete(
        `/playground/sessions/${body.session.id}`,
      );
      expect(ended.status).toBe(204);
      await expect(
        openai(body.value).chat.completions.create({
          model: 'gpt-4o-mini',
          messages: [{ role: 'user', content: 'Say hi' }],
        }),
      ).rejects.toMatchObject({ status: 401 });
      const again = await as(ALICE).delete(
        `/playground/sessions/${body.session.id}`,
      );
      expect(again.status).toBe(204);
      const all = await as(DANA).get('/keys?scope=all&includeRevoked=true');
      expect(all.body.items[0]).toMatchObject({
        origin: 'playground',
        status: 'revoked',
      });
    });

    it('refuses a model without access (403), bad input (400), and a third session (409)', async () => {
      const noAccess = await as(BOB).post('/playground/sessions', {
        model: 'gpt-4o-mini',
      });
      expect(noAccess.status).toBe(403);
      expect(noAccess.body.error.message).toBe(
        'You have no access to gpt-4o-mini. Request access first.',
      );
      const bad = await as(BOB).post('/playground/sessions', { model: '' });
      expect(bad.status).toBe(400);
      const extra = await as(BOB).post('/playground/sessions', {
        model: 'gpt-4o-mini',
        budget: 100,
      });
      expect(extra.status).toBe(400);

      await grant(ALICE, 'gpt-4o-mini');
      // Sessions do not take the places of keys (this install allows one).
      const key = await as(ALICE).post('/keys', {
        name: 'service',
        models: ['gpt-4o-mini'],
      });
      expect(key.status).toBe(201);
      for (let i = 0; i < 2; i++) {
        const ok = await as(ALICE).post('/playground/sessions', {
          model: 'gpt-4o-mini',
        });
        expect(ok.status).toBe(201);
      }
      const third = await as(ALICE).post('/playground/sessions', {
        model: 'gpt-4o-mini',
      });
      expect(third.status).toBe(409);
      expect(third.body.error.message).toMatch(/limit is 2/);
      // Nor do they count against the key cap.
      const secondKey = await as(ALICE).post('/keys', {
        name: 'another',
        models: ['gpt-4o-mini'],
      });
      expect(secondKey.status).toBe(409);
      expect(secondKey.body.error.message).toMatch(/already has 1 active keys/);
    });
  },
);
