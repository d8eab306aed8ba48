import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { litemaasPlugin } from './plugin';
import { apiClient } from './__testUtils__/http';
import { capturingRootLogger } from './__testUtils__/logs';
import { portalPolicyServices } from './testUtils/portalPolicy';

const MASTER_KEY = 'sk-test-master-key';
const ALICE = 'user:default/alice';
const DANA = 'user:default/dana';
const ADMINS = 'group:default/litemaas-admins';
const MODEL_SERVER =
  'http://granite-chat-predictor.models.svc.cluster.local/v1';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())(
  'what the API shows and keeps, on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let as: ReturnType<typeof apiClient>;
    const logLines: string[] = [];

    beforeAll(async () => {
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: {
          models: [
            {
              model_name: 'granite-chat',
              litellm_params: {
                model: 'openai/granite-chat',
                api_base: MODEL_SERVER,
              },
              model_info: { id: 'm1' },
            },
          ],
        },
      });
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [
          litemaasPlugin,
          capturingRootLogger(logLines),
          mockServices.database.factory({ knex }),
          catalogServiceMock.factory({ entities: [] }),
          mockServices.rootConfig.factory({
            data: {
              litemaas: {
                litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
                admins: [ADMINS],
                models: [{ name: 'granite-chat', accessPolicy: 'open' }],
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
          modelName: 'granite-chat',
        });
        if (asked.status !== 201) {
          throw new Error(`No grant for ${user}: ${asked.status}`);
        }
      }
    });
    afterAll(async () => {
      await emulator.close();
    });

    it("shows a model server's own address to admins only", async () => {
      const mine = await as(ALICE).get('/models');
      expect(mine.body.items).toHaveLength(1);
      expect(mine.body.items[0]).not.toHaveProperty('apiBase');
      expect(
        (await as(ALICE).get('/models/granite-chat')).body,
      ).not.toHaveProperty('apiBase');
      expect((await as(DANA).get('/models')).body.items[0].apiBase).toBe(
        MODEL_SERVER,
      );
    });

    it('takes only http(s) URLs as a model server address', async () => {
      for (const apiBase of [
        'ftp://models.example.com',
        'data:text/plain,hello',
        'models.example.com/v1',
        'https://user:secret@models.example.com/v1',
      ]) {
        const res = await as(DANA).post('/admin/models', {
          name: 'other',
          providerModel: 'openai/other',
          apiBase,
        });
        expect({ apiBase, status: res.status }).toEqual({
          apiBase,
          status: 400,
        });
        expect(res.body.error.message).toMatch(/apiBase must be an http\(s\)/);
      }
    });

    it('answers that carry a key value are not cached', async () => {
      const created = await as(ALICE).post('/keys', {
        name: 'cached?',
        models: ['granite-chat'],
      });
      expect(created.status).toBe(201);
      expect(created.body.value).toMatch(/^sk-/);
      expect(created.headers['cache-control']).toBe('no-store');
      const rotated = await as(ALICE).post(
        `/keys/${created.body.key.id}/rotate`,
        {},
      );
      expect(rotated.body.value).toMatch(/^sk-/);
      expect(rotated.headers['cache-control']).toBe('no-store');
      const provisioned = await as(DANA).post('/keys/provision', {
        aliasPrefix: 'hyg-',
        participants: ['ann'],
        models: ['granite-chat'],
        expiresInDays: 2,
      });
      expect(provisioned.body.created[0].value).toMatch(/^sk-/);
      expect(provisioned.headers['cache-control']).toBe('no-store');
    });

    it('audit events name the person who acted, not the plugin', async () => {
      const res = await as(ALICE).post('/keys', {
        name: 'audited',
        models: ['granite-chat'],
      });
      expect(res.status).toBe(201);
      const events = logLines
        .map(line => JSON.parse(line))
        .filter(
          l =>
            l.message === 'litemaas.key-create' &&
            l.meta?.status === 'succeeded',
        );
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        expect(event.meta.actor.actorId).toBe(ALICE);
      }
    });

    it('a body over the size limit is a 413', async () => {
      const res = await as(ALICE).post('/access-requests', {
        modelName: 'granite-chat',
        justification: 'x'.repeat(200 * 1024),
      });
      expect(res.status).toBe(413);
    });

    it('usage refuses days that are not on the calendar', async () => {
      for (const [from, to] of [
        ['2024-02-30', '2024-03-02'],
        ['2025-02-29', '2025-03-02'],
        ['2026-04-31', '2026-05-01'],
        ['2026-13-01', '2026-13-02'],
      ]) {
        const res = await as(ALICE).get(`/usage?from=${from}&to=${to}`);
        expect({ from, status: res.status }).toEqual({ from, status: 400 });
      }
      expect(
        (await as(ALICE).get('/usage?from=2024-02-29&to=2024-03-01')).status,
      ).toBe(200);
    });

    it('key settings: users read what the key form needs, only admins read and write the admin settings, and a default above its maximum is a 400', async () => {
      expect((await as(ALICE).get('/key-settings')).status).toBe(200);
      expect((await as(ALICE).get('/admin/key-settings')).status).toBe(403);
      const settings = (await as(DANA).get('/admin/key-settings')).body;
      const res = await as(DANA).put('/admin/key-settings', {
        ...settings,
        user: {
          ...settings.user,
          defaults: { ...settings.user.defaults, maxBudget: 500 },
          maximums: { ...settings.user.maximums, maxBudget: 100 },
        },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'user.defaults.maxBudget (500) is above user.maximums.maxBudget (100)',
      );
      const longExpiry = await as(DANA).put('/admin/key-settings', {
        ...settings,
        team: { ...settings.team, defaultExpiresInDays: 400 },
        maxExpiresInDays: 365,
      });
      expect(longExpiry.status).toBe(400);
      expect((await as(DANA).get('/admin/key-settings')).body).toEqual(
        settings,
      );
    });
  },
);
