import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import request from 'supertest';
import { litemaasPlugin } from './plugin';
import { apiClient } from './__testUtils__/http';
import { portalPolicyServices } from './testUtils/portalPolicy';

const MASTER_KEY = 'sk-test-master-key';
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const CAROL = 'user:default/carol'; // owns granite through ml-platform
const DANA = 'user:default/dana'; // admin

const deployment = (name: string, model: string) => ({
  model_name: name,
  litellm_params: {
    model,
    input_cost_per_token: 1e-6,
    output_cost_per_token: 2e-6,
  },
  model_info: { id: `id-${name}`, max_input_tokens: 8192 },
});

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())(
  'access requests over HTTP on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

    const as = apiClient(() => server);

    beforeEach(async () => {
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: {
          models: [
            deployment('gpt-4o-mini', 'openai/gpt-4o-mini'),
            deployment('granite-8b', 'hosted_vllm/granite-3.1-2b-instruct'),
            deployment('secret-model', 'openai/o3'),
          ],
        },
      });
      const knex = await databases.init(databaseId);
      ({ server } = await startTestBackend({
        features: [
          litemaasPlugin,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              litemaas: {
                litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
                admins: ['group:default/litemaas-admins'],
                defaultAccessPolicy: 'restricted',
                models: [
                  { name: 'gpt-4o-mini', accessPolicy: 'open' },
                  {
                    name: 'granite-8b',
                    accessPolicy: 'restricted',
                    owner: 'group:default/ml-platform',
                    defaultLimits: { tpm: 10000, rpm: 60 },
                  },
                  { name: 'secret-model', accessPolicy: 'hidden' },
                ],
              },
            },
          }),
          ...portalPolicyServices({
            admins: ['group:default/litemaas-admins'],
            memberships: {
              [ALICE]: ['group:default/payments'],
              [BOB]: ['group:default/payments'],
              [CAROL]: ['group:default/ml-platform'],
              [DANA]: ['group:default/litemaas-admins'],
            },
          }),
        ],
      }));
    });

    afterEach(async () => {
      await emulator.close();
    });

    it('grants an open model at once', async () => {
      const res = await as(ALICE).post('/access-requests', {
        modelName: 'gpt-4o-mini',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        modelName: 'gpt-4o-mini',
        subjectRef: ALICE,
        status: 'granted',
        decidedBy: 'system:litemaas',
      });
      const models = await as(ALICE).get('/models');
      const gpt = models.body.items.find((m: any) => m.name === 'gpt-4o-mini');
      expect(gpt.myAccess).toEqual([
        { id: res.body.id, status: 'granted', subjectRef: ALICE },
      ]);
    });

    it('runs a restricted request through the owner: pending, approved, granted', async () => {
      const created = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        justification: 'Classify support tickets',
        limits: { tpm: 5000 },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'pending',
        // Model defaults, with the requested TPM on top.
        limits: { tpm: 5000, rpm: 60 },
      });
      const id = created.body.id;

      // Carol owns the model: it is in her queue, not in Bob's.
      const queue = await as(CAROL).get('/access-requests?scope=review');
      expect(queue.body.items.map((r: any) => r.id)).toEqual([id]);
      // The total counts what the caller may decide, not every request.
      expect(queue.body).toMatchObject({ total: 1, offset: 0, limit: 500 });
      const bobQueue = await as(BOB).get('/access-requests?scope=review');
      expect(bobQueue.body.items).toEqual([]);
      expect(bobQueue.body.total).toBe(0);
      const emptyPage = await as(CAROL).get(
        '/access-requests?scope=review&offset=1&limit=10',
      );
      expect(emptyPage.body).toMatchObject({ items: [], total: 1, offset: 1 });

      // A non-owner, non-admin cannot approve: to them it is not there.
      const forbidden = await as(BOB).post(
        `/access-requests/${id}/approve`,
        {},
      );
      expect(forbidden.status).toBe(404);
      // The requester may not approve their own request.
      const own = await as(ALICE).post(`/access-requests/${id}/approve`, {});
      expect(own.status).toBe(403);
      expect(own.body.error.message).toContain('owner of granite-8b');

      const approved = await as(CAROL).post(`/access-requests/${id}/approve`, {
        limits: { rpm: 30 },
        reason: 'Fine for the pilot',
      });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'granted',
        decidedBy: CAROL,
        decisionReason: 'Fine for the pilot',
        limits: { tpm: 5000, rpm: 30 },
      });

      // Approving twice is a conflict, with a message saying why.
      const twice = await as(CAROL).post(`/access-requests/${id}/approve`, {});
      expect(twice.status).toBe(409);
      expect(twice.body.error.message).toContain('is granted, not pending');

      const mine = await as(ALICE).get('/access-requests?scope=mine');
      expect(mine.body.items).toEqual([
        expect.objectContaining({ id, status: 'granted' }),
      ]);
      const detail = await as(ALICE).get(`/access-requests/${id}`);
      expect(
        detail.body.history.map((e: any) => [e.action, e.actorRef]),
      ).toEqual([
        ['requested', ALICE],
        ['granted', CAROL],
      ]);
    });

    it('tells the requester why a request was denied, and lets them ask again', async () => {
      const { body } = await as(BOB).post('/access-requests', {
        modelName: 'granite-8b',
        justification: 'Try it out',
      });
      const noReason = await as(DANA).post(`/access-requests/${body.id}/deny`, {
        reason: '',
      });
      expect(noReason.status).toBe(400);

      const denied = await as(DANA).post(`/access-requests/${body.id}/deny`, {
        reason: 'Use gpt-4o-mini for experiments',
      });
      expect(denied.status).toBe(200);

      const mine = await as(BOB).get('/access-requests');
      expect(mine.body.items[0]).toMatchObject({
        status: 'denied',
        decidedBy: DANA,
        decisionReason: 'Use gpt-4o-mini for experiments',
      });

      const again = await as(BOB).post(`/access-requests/${body.id}/review`, {
        justification: 'The pilot needs the on-prem model',
      });
      expect(again.body.status).toBe('pending');
      // Someone else's request is not Alice's to cancel (nor to see).
      const notHers = await as(ALICE).post(
        `/access-requests/${body.id}/cancel`,
      );
      expect(notHers.status).toBe(404);
      const cancelled = await as(BOB).post(
        `/access-requests/${body.id}/cancel`,
      );
      expect(cancelled.body.status).toBe('cancelled');
    });

    it('lets members request for their team, and no other team', async () => {
      const team = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: 'group:payments',
        justification: 'Team pilot',
      });
      expect(team.status).toBe(201);
      expect(team.body.subjectRef).toBe('group:default/payments');
      // Bob is in payments too, so the team's request is his to see.
      const bobs = await as(BOB).get('/access-requests');
      expect(bobs.body.items.map((r: any) => r.id)).toEqual([team.body.id]);
      // One active request per subject and model.
      const duplicate = await as(BOB).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: 'group:default/payments',
      });
      expect(duplicate.status).toBe(409);

      const other = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: 'group:default/ml-platform',
      });
      expect(other.status).toBe(403);
      const notAnEntity = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: 'component:default/foo',
      });
      expect(notAnEntity.status).toBe(400);
    });

    it('approves 20 requests in one call, and reports each', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const res = await as(`user:default/dev${i}`).post('/access-requests', {
          modelName: 'granite-8b',
          justification: `Request ${i}`,
        });
        ids.push(res.body.id);
      }
      const res = await as(DANA).post('/access-requests/decisions', {
        ids: [...ids, 'no-such-request'],
        decision: 'approve',
      });
      expect(res.status).toBe(200);
      expect(res.body.results).toHaveLength(21);
      expect(res.body.results.filter((r: any) => r.ok)).toHaveLength(20);
      expect(res.body.results[20]).toMatchObject({
        id: 'no-such-request',
        ok: false,
        error: { name: 'NotFoundError' },
      });
      const pending = await as(DANA).get('/access-requests?scope=review');
      expect(pending.body.items).toEqual([]);
    });

    it('hides hidden models from everyone but admins', async () => {
      const aliceModels = await as(ALICE).get('/models');
      expect(aliceModels.body.items.map((m: any) => m.name)).toEqual([
        'gpt-4o-mini',
        'granite-8b',
      ]);
      expect((await as(ALICE).get('/models/secret-model')).status).toBe(404);
      const asked = await as(ALICE).post('/access-requests', {
        modelName: 'secret-model',
      });
      expect(asked.status).toBe(404);

      const danaModels = await as(DANA).get('/models');
      expect(danaModels.body.items).toHaveLength(3);
    });

    it('moves grants back to review when an open model becomes restricted', async () => {
      const grant = await as(ALICE).post('/access-requests', {
        modelName: 'gpt-4o-mini',
      });
      expect(grant.body.status).toBe('granted');

      const notAdmin = await as(CAROL).put('/models/gpt-4o-mini/policy', {
        accessPolicy: 'restricted',
      });
      expect(notAdmin.status).toBe(403);

      const changed = await as(DANA).put('/models/gpt-4o-mini/policy', {
        accessPolicy: 'restricted',
        ownerRef: 'group:default/ml-platform',
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        accessPolicy: 'restricted',
        ownerRef: 'group:default/ml-platform',
      });
      const mine = await as(ALICE).get('/access-requests');
      expect(mine.body.items[0]).toMatchObject({ status: 'pending' });
      // Carol now owns it, so she sees it in her queue.
      const queue = await as(CAROL).get('/access-requests?scope=review');
      expect(queue.body.items.map((r: any) => r.modelName)).toEqual([
        'gpt-4o-mini',
      ]);
    });

    it('lets an admin register a model in LiteLLM that then shows in the catalog', async () => {
      const forbidden = await as(ALICE).post('/admin/models', {
        name: 'mistral-small',
        providerModel: 'mistral/mistral-small-latest',
      });
      expect(forbidden.status).toBe(403);

      const res = await as(DANA).post('/admin/models', {
        name: 'mistral-small',
        providerModel: 'mistral/mistral-small-latest',
        apiKey: 'sk-mistral-provider-secret',
        inputPricePer1M: 0.2,
        outputPricePer1M: 0.6,
        contextWindow: 32000,
        capabilities: ['function_calling'],
        accessPolicy: 'open',
        description: 'Fast and cheap',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        name: 'mistral-small',
        provider: 'mistral',
        inputPricePer1M: 0.2,
        outputPricePer1M: 0.6,
        contextWindow: 32000,
        capabilities: ['function_calling'],
        accessPolicy: 'open',
        description: 'Fast and cheap',
        available: true,
      });
      expect(JSON.stringify(res.body)).not.toContain('sk-mistral-provider');

      const catalog = await as(ALICE).get('/models');
      expect(catalog.body.items.map((m: any) => m.name)).toContain(
        'mistral-small',
      );

      const duplicate = await as(DANA).post('/admin/models', {
        name: 'mistral-small',
        providerModel: 'mistral/mistral-small-latest',
      });
      expect(duplicate.status).toBe(400);
      expect(duplicate.body.error.message).toContain('already exists');

      const removed = await request(server)
        .delete('/api/litemaas/admin/models/mistral-small')
        .set('Authorization', mockCredentials.user.header(DANA));
      expect(removed.status).toBe(204);
      const after = await as(DANA).get('/models/mistral-small');
      expect(after.body.model.available).toBe(false);
    });

    it('answers bad input with 400 and a message', async () => {
      const unknownField = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        sneaky: true,
      });
      expect(unknownField.status).toBe(400);
      const badLimits = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        limits: { tpm: -5 },
      });
      expect(badLimits.status).toBe(400);
      expect(badLimits.body.error.message).toMatch(/tpm/);
      const badPeriod = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        limits: { budgetDuration: 'fortnight' },
      });
      expect(badPeriod.status).toBe(400);
      const noModel = await as(ALICE).post('/access-requests', {
        modelName: 'nope',
      });
      expect(noModel.status).toBe(404);
      const badProvider = await as(DANA).post('/admin/models', {
        name: 'x',
        providerModel: 'no-slash',
      });
      expect(badProvider.status).toBe(400);
      expect(badProvider.body.error.message).toContain('providerModel');
    });
  },
);
