import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { litemaasPlugin } from './plugin';
import { apiClient } from './__testUtils__/http';
import { hashKey } from './services/keys/keyViews';
import { portalPolicyServices } from './testUtils/portalPolicy';

jest.setTimeout(120_000);

const MASTER_KEY = 'sk-test-master-key';
const ALICE = 'user:default/alice';
const CAROL = 'user:default/carol'; // owns granite through ml-platform
const DANA = 'user:default/dana';
const PAYMENTS = 'group:default/payments';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const deployment = (name: string) => ({
  model_name: name,
  litellm_params: { model: `openai/${name}` },
  model_info: { id: `id-${name}` },
});

describe.each(databases.eachSupportedId())(
  'grants limit keys on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let as: ReturnType<typeof apiClient>;

    const info = async (value: string) =>
      (
        await (
          await fetch(`${emulator.url}/key/info?key=${hashKey(value)}`, {
            headers: { Authorization: `Bearer ${MASTER_KEY}` },
          })
        ).json()
      ).info;

    beforeEach(async () => {
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: {
          models: [deployment('granite-8b'), deployment('gpt-4o-mini')],
        },
      });
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [
          litemaasPlugin,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              litemaas: {
                litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
                admins: ['group:default/litemaas-admins'],
                models: [
                  {
                    name: 'granite-8b',
                    accessPolicy: 'restricted',
                    owner: 'group:default/ml-platform',
                    defaultLimits: {
                      tpm: 10000,
                      rpm: 60,
                      maxBudget: 20,
                      budgetDuration: '30d',
                    },
                  },
                  {
                    name: 'gpt-4o-mini',
                    accessPolicy: 'open',
                    defaultLimits: { tpm: 2000, rpm: 20 },
                  },
                ],
                keys: { user: { maximums: { maxBudget: 100 } } },
              },
            },
          }),
          ...portalPolicyServices({
            admins: ['group:default/litemaas-admins'],
            memberships: {
              [ALICE]: [PAYMENTS],
              [CAROL]: ['group:default/ml-platform'],
              [DANA]: ['group:default/litemaas-admins'],
            },
          }),
        ],
      });
      as = apiClient(server);
    });
    afterEach(async () => {
      await emulator.close();
    });

    /** Alice's grant of granite: she asks for 5000 TPM, Carol allows 30 RPM. */
    async function granted(subjectRef?: string) {
      const asked = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef,
        limits: { tpm: 5000 },
      });
      const approved = await as(CAROL).post(
        `/access-requests/${asked.body.id}/approve`,
        { limits: { rpm: 30 } },
      );
      expect(approved.body).toMatchObject({
        status: 'granted',
        limits: { tpm: 5000, rpm: 30, maxBudget: 20, budgetDuration: '30d' },
      });
      return asked.body.id as string;
    }

    it("gives a key the grant's limits when left blank, in LiteLLM too", async () => {
      await granted();
      const created = await as(ALICE).post('/keys', {
        name: 'k',
        models: ['granite-8b'],
      });
      expect(created.status).toBe(201);
      expect(created.body.key.limits).toMatchObject({
        modelTpm: { 'granite-8b': 5000 },
        modelRpm: { 'granite-8b': 30 },
        maxBudget: 20,
        budgetDuration: '30d',
      });
      const key = await info(created.body.value);
      expect(key).toMatchObject({
        max_budget: 20,
        budget_duration: '30d',
        metadata: expect.objectContaining({
          model_tpm_limit: { 'granite-8b': 5000 },
          model_rpm_limit: { 'granite-8b': 30 },
        }),
      });
    });

    it('refuses a key over its grant, naming the field, the model and the grant', async () => {
      await granted();
      const over = async (limits: object) =>
        as(ALICE).post('/keys', { name: 'k', models: ['granite-8b'], limits });
      const tpm = await over({ modelTpm: { 'granite-8b': 6000 } });
      expect(tpm.status).toBe(400);
      expect(tpm.body.error.message).toBe(
        `limits.modelTpm.granite-8b is 6000, over the grant of granite-8b to ${ALICE} (5000)`,
      );
      const budget = await over({ maxBudget: 50 });
      expect(budget.status).toBe(400);
      expect(budget.body.error.message).toBe(
        `limits.maxBudget is 50, over the grant of granite-8b to ${ALICE} (20)`,
      );
      const period = await over({ maxBudget: 20, budgetDuration: '1d' });
      expect(period.status).toBe(400);
      expect(period.body.error.message).toMatch(
        /limits.budgetDuration is 1d, shorter than the grant of granite-8b .* \(30d\)/,
      );
      // Within it is fine, and nothing was made for the refused ones.
      const within = await over({
        modelTpm: { 'granite-8b': 4000 },
        maxBudget: 10,
      });
      expect(within.status).toBe(201);
      expect(emulator.state.keys.size).toBe(1);
    });

    it('holds edits and rotations to the grant, and narrows keys when a grant narrows', async () => {
      const grantId = await granted();
      const created = await as(ALICE).post('/keys', {
        name: 'k',
        models: ['granite-8b'],
        limits: { modelTpm: { 'granite-8b': 4000 } },
      });
      const id = created.body.key.id;
      const edit = await as(ALICE).patch(`/keys/${id}`, {
        limits: { modelRpm: { 'granite-8b': 100 } },
      });
      expect(edit.status).toBe(400);
      expect(edit.body.error.message).toContain('(30)');
      const ok = await as(ALICE).patch(`/keys/${id}`, {
        limits: { modelRpm: { 'granite-8b': 10 } },
      });
      expect(ok.status).toBe(200);

      // Only the model's reviewers change a grant.
      expect(
        (
          await as(ALICE).put(`/access-requests/${grantId}/limits`, {
            limits: { tpm: 99999 },
          })
        ).status,
      ).toBe(403);
      const narrowed = await as(CAROL).put(
        `/access-requests/${grantId}/limits`,
        {
          limits: { tpm: 1000, rpm: 30, maxBudget: 5, budgetDuration: '30d' },
          reason: 'Capacity is short this month',
        },
      );
      expect(narrowed.status).toBe(200);
      const key = (await as(ALICE).get(`/keys/${id}`)).body;
      expect(key.limits).toMatchObject({
        modelTpm: { 'granite-8b': 1000 },
        modelRpm: { 'granite-8b': 10 },
        maxBudget: 5,
      });
      const inLiteLlm = await info(created.body.value);
      expect(inLiteLlm.max_budget).toBe(5);
      expect(inLiteLlm.metadata.model_tpm_limit).toEqual({
        'granite-8b': 1000,
      });

      // The history says who changed it, and why.
      const history = (await as(ALICE).get(`/access-requests/${grantId}`)).body
        .history;
      expect(history.at(-1)).toMatchObject({
        action: 'limits-changed',
        actorRef: CAROL,
        reason: 'Capacity is short this month',
      });

      const rotated = await as(ALICE).post(`/keys/${id}/rotate`, {});
      expect(rotated.status).toBe(200);
      const after = await info(rotated.body.value);
      expect(after.max_budget).toBe(5);
      expect(after.metadata.model_tpm_limit).toEqual({ 'granite-8b': 1000 });
    });

    it("caps a team key by the team's grant", async () => {
      await granted(PAYMENTS);
      const mine = await as(ALICE).post('/keys', {
        name: 'mine',
        models: ['granite-8b'],
      });
      // Alice herself holds no grant of granite: the team does.
      expect(mine.status).toBe(400);
      const team = await as(ALICE).post('/keys', {
        name: 'team',
        models: ['granite-8b'],
        subjectRef: PAYMENTS,
        limits: { maxBudget: 25 },
      });
      expect(team.status).toBe(400);
      expect(team.body.error.message).toContain(`to ${PAYMENTS} (20)`);
    });

    it('grants an open model at no more than its defaults', async () => {
      const above = await as(ALICE).post('/access-requests', {
        modelName: 'gpt-4o-mini',
        limits: { tpm: 5000 },
      });
      expect(above.status).toBe(400);
      expect(above.body.error.message).toBe(
        "limits.tpm is 5000, above gpt-4o-mini's default of 2000: an open model is granted at its defaults",
      );
      const below = await as(ALICE).post('/access-requests', {
        modelName: 'gpt-4o-mini',
        limits: { tpm: 1000 },
      });
      expect(below.body).toMatchObject({
        status: 'granted',
        limits: { tpm: 1000, rpm: 20 },
      });
    });
  },
);
