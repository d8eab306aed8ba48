import { TestDatabases } from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { Knex } from 'knex';
import { apiClient } from './__testUtils__/http';
import {
  MASTER_KEY,
  SentNotification as Sent,
  startLitemaas,
} from './__testUtils__/litemaasBackend';
import { hashKey } from './services/keys/keyViews';

jest.setTimeout(120_000);

const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const CAROL = 'user:default/carol'; // owns granite through ml-platform
const DANA = 'user:default/dana'; // admin
const ML = 'group:default/ml-platform';
const DAY_MS = 24 * 3600 * 1000;
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())(
  'budget top-ups over HTTP, against the LiteLLM emulator, on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let knex: Knex;
    let sent: Sent[];
    let as: ReturnType<typeof apiClient>;

    const gatewayBudget = async (value: string) =>
      (
        await (
          await fetch(`${emulator.url}/key/info?key=${hashKey(value)}`, {
            headers: { Authorization: `Bearer ${MASTER_KEY}` },
          })
        ).json()
      ).info.max_budget as number;

    beforeEach(async () => {
      ({ as, knex, emulator, sent } = await startLitemaas({
        databases,
        databaseId,
        models: ['granite-8b', 'gpt-4o-mini'],
        config: {
          models: [
            {
              name: 'granite-8b',
              accessPolicy: 'restricted',
              owner: ML,
              defaultLimits: { maxBudget: 20, budgetDuration: '30d' },
            },
            { name: 'gpt-4o-mini', accessPolicy: 'open' },
          ],
        },
        memberships: {
          [CAROL]: [ML],
          [DANA]: ['group:default/litemaas-admins'],
        },
      }));
    });

    afterEach(async () => {
      await emulator.close();
    });

    /** Alice's granite grant ($20 a period) and her key under it. */
    async function aliceKey() {
      const asked = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
      });
      await as(CAROL).post(`/access-requests/${asked.body.id}/approve`, {});
      const key = await as(ALICE).post('/keys', {
        name: 'summaries',
        models: ['granite-8b'],
      });
      expect(key.status).toBe(201);
      expect(key.body.key.limits.maxBudget).toBe(20);
      return {
        grantId: asked.body.id as string,
        keyId: key.body.key.id as string,
        value: key.body.value as string,
      };
    }

    it('raises a key over its grant for a while when an owner of its model approves, and brings it back after', async () => {
      const { grantId, keyId, value } = await aliceKey();
      const path = `/keys/${keyId}/top-ups`;
      expect(
        (
          await as(ALICE).post(path, {
            amount: 15,
            days: 7,
            justification: ' ',
          })
        ).status,
      ).toBe(400);
      expect(
        (
          await as(ALICE).post(path, {
            amount: 15,
            days: 0,
            justification: 'x',
          })
        ).status,
      ).toBe(400);
      expect(
        (await as(BOB).post(path, { amount: 15, days: 7, justification: 'x' }))
          .status,
      ).toBe(404);

      const asked = await as(ALICE).post(path, {
        amount: 15,
        days: 7,
        justification: 'Month-end batch of summaries',
      });
      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({
        keyId,
        keyName: 'summaries',
        subjectRef: ALICE,
        amount: 15,
        days: 7,
        status: 'pending',
      });
      expect(
        (await as(ALICE).post(path, { amount: 5, days: 7, justification: 'y' }))
          .status,
      ).toBe(409);
      expect(
        sent.some(
          n =>
            n.payload.title === 'Budget top-up asked: summaries' &&
            n.recipients.entityRef.includes(ML),
        ),
      ).toBe(true);
      const id = asked.body.id as string;
      // Only the model's owners and admins decide; Alice may not.
      expect((await as(ALICE).post(`/top-ups/${id}/approve`, {})).status).toBe(
        403,
      );
      expect((await as(BOB).post(`/top-ups/${id}/approve`, {})).status).toBe(
        404,
      );
      // A reviewer sees the budget the top-up would raise, "$20 → $35",
      // without reading the key itself.
      expect((await as(CAROL).get('/top-ups?scope=review')).body.items).toEqual(
        [expect.objectContaining({ id, amount: 15, baseBudget: 20 })],
      );
      expect((await as(BOB).get('/top-ups?scope=review')).body.items).toEqual(
        [],
      );

      const before = Date.now();
      const approved = await as(CAROL).post(`/top-ups/${id}/approve`, {
        amount: 10,
        reason: 'Ten is enough for the batch',
      });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'active',
        amount: 10,
        baseBudget: 20,
        decidedBy: CAROL,
      });
      const ends = new Date(approved.body.endsAt).getTime();
      expect(ends).toBeGreaterThanOrEqual(before + 7 * DAY_MS);
      expect(await gatewayBudget(value)).toBe(30);
      expect(
        (await as(ALICE).get(`/keys/${keyId}`)).body.limits.maxBudget,
      ).toBe(30);
      expect(
        sent.some(
          n =>
            n.payload.title === 'Budget top-up of summaries approved' &&
            n.recipients.entityRef.includes(ALICE),
        ),
      ).toBe(true);

      // The grant still holds the key, with the top-up on top: a narrower
      // grant brings the key to its budget plus the top-up, not below.
      const narrowed = await as(CAROL).put(
        `/access-requests/${grantId}/limits`,
        {
          limits: { maxBudget: 15, budgetDuration: '30d' },
        },
      );
      expect(narrowed.status).toBe(200);
      expect(await gatewayBudget(value)).toBe(25);
      // A reconciliation leaves it there.
      await as(DANA).post('/admin/reconcile');
      expect(await gatewayBudget(value)).toBe(25);

      // Its period passes: the budget falls back by the top-up's amount.
      await knex('litemaas_budget_top_ups')
        .where({ id })
        .update({ ends_at: new Date(Date.now() - 1000) });
      expect((await as(ALICE).post('/admin/top-ups/run')).status).toBe(403);
      const run = await as(DANA).post('/admin/top-ups/run');
      expect(run.body).toMatchObject({
        status: 'ok',
        report: { ended: 1, recovered: 0, failed: 0 },
      });
      expect(await gatewayBudget(value)).toBe(15);
      const history = (await as(ALICE).get(path)).body.items;
      expect(history[0]).toMatchObject({ id, status: 'ended' });
      expect(history[0].endedAt).toBeDefined();
      expect(
        sent.some(
          n =>
            n.payload.title === 'Budget top-up of summaries ended' &&
            n.recipients.entityRef.includes(ALICE),
        ),
      ).toBe(true);
      const audit = (await as(DANA).get('/audit?action=key-top-up-end')).body
        .items;
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorRef: 'system:litemaas',
        subjectRef: ALICE,
        target: keyId,
        before: { maxBudget: 25 },
        after: { maxBudget: 15 },
      });
      // A second run changes nothing.
      expect((await as(DANA).post('/admin/top-ups/run')).body.report).toEqual({
        ended: 0,
        recovered: 0,
        failed: 0,
      });
      expect(await gatewayBudget(value)).toBe(15);
    });

    it('denies with a reason, lets the owner cancel, and refuses keys without a budget', async () => {
      const { keyId, value } = await aliceKey();
      const path = `/keys/${keyId}/top-ups`;
      const asked = await as(ALICE).post(path, {
        amount: 5,
        days: 3,
        justification: 'Demo day',
      });
      expect(
        (await as(DANA).post(`/top-ups/${asked.body.id}/deny`, {})).status,
      ).toBe(400);
      const denied = await as(DANA).post(`/top-ups/${asked.body.id}/deny`, {
        reason: 'Use the team key for demos',
      });
      expect(denied.body).toMatchObject({
        status: 'denied',
        decisionReason: 'Use the team key for demos',
      });
      expect(await gatewayBudget(value)).toBe(20);
      expect(
        (await as(DANA).post(`/top-ups/${asked.body.id}/approve`, {})).status,
      ).toBe(409);

      const again = await as(ALICE).post(path, {
        amount: 5,
        days: 3,
        justification: 'Demo day, second try',
      });
      expect(again.status).toBe(201);
      expect(
        (await as(CAROL).post(`/top-ups/${again.body.id}/cancel`)).status,
      ).toBe(404); // Carol decides top-ups; only the key's owners withdraw one
      const cancelled = await as(ALICE).post(
        `/top-ups/${again.body.id}/cancel`,
      );
      expect(cancelled.body.status).toBe('cancelled');
      expect(
        (await as(ALICE).get('/top-ups')).body.items.map((t: any) => t.status),
      ).toEqual(['cancelled', 'denied']);

      await as(ALICE).post('/access-requests', { modelName: 'gpt-4o-mini' });
      const open = await as(ALICE).post('/keys', {
        name: 'no budget',
        models: ['gpt-4o-mini'],
      });
      const none = await as(ALICE).post(`/keys/${open.body.key.id}/top-ups`, {
        amount: 5,
        days: 3,
        justification: 'More',
      });
      expect(none.status).toBe(409);
      expect(none.body.error.message).toMatch(/has no budget/);
    });
    it('keeps an approved raise through a lost reply and raises it once, keeps models out while it runs, and lets nobody decide their own', async () => {
      const { keyId, value } = await aliceKey();
      const asked = await as(ALICE).post(`/keys/${keyId}/top-ups`, {
        amount: 10,
        days: 7,
        justification: 'Load test week',
      });
      // LiteLLM takes the new budget, but its reply is lost.
      const lost = emulator.faults.inject({
        path: '/key/update',
        status: 500,
        afterHandler: true,
      });
      const approved = await as(CAROL).post(
        `/top-ups/${asked.body.id}/approve`,
        {},
      );
      lost.cancel();
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('applying');
      expect(await gatewayBudget(value)).toBe(30);
      // The decision stands: nobody approves it again on top of the raise.
      expect(
        (await as(DANA).post(`/top-ups/${asked.body.id}/approve`, {})).status,
      ).toBe(409);
      expect((await as(DANA).get('/top-ups?scope=review')).body.items).toEqual(
        [],
      );
      // Once the claim is stale, the task sets the same budget again.
      await knex('litemaas_budget_top_ups')
        .where({ id: asked.body.id })
        .update({ updated_at: new Date(Date.now() - 5 * 60_000) });
      const run = await as(DANA).post('/admin/top-ups/run');
      expect(run.body.report).toEqual({ ended: 0, recovered: 1, failed: 0 });
      expect(await gatewayBudget(value)).toBe(30);
      expect(
        (await as(ALICE).get(`/keys/${keyId}`)).body.limits.maxBudget,
      ).toBe(30);
      const [running] = (await as(ALICE).get(`/keys/${keyId}/top-ups`)).body
        .items;
      expect(running).toMatchObject({ id: asked.body.id, status: 'active' });
      expect((await as(DANA).post('/admin/top-ups/run')).body.report).toEqual({
        ended: 0,
        recovered: 0,
        failed: 0,
      });
      expect(await gatewayBudget(value)).toBe(30);

      // A model added now would spend a raise its owner never approved.
      await as(ALICE).post('/access-requests', { modelName: 'gpt-4o-mini' });
      const widened = await as(ALICE).patch(`/keys/${keyId}`, {
        models: ['granite-8b', 'gpt-4o-mini'],
      });
      expect(widened.status).toBe(409);
      expect(widened.body.error.message).toMatch(/top-up running/);
      expect((await as(ALICE).get(`/keys/${keyId}`)).body.models).toEqual([
        'granite-8b',
      ]);

      // An admin's own key: another admin decides, not she.
      await as(DANA).post('/access-requests', { modelName: 'gpt-4o-mini' });
      const own = await as(DANA).post('/keys', {
        name: 'admin sandbox',
        models: ['gpt-4o-mini'],
        limits: { maxBudget: 10, budgetDuration: '30d' },
      });
      expect(own.status).toBe(201);
      const mine = await as(DANA).post(`/keys/${own.body.key.id}/top-ups`, {
        amount: 5,
        days: 3,
        justification: 'Trying the new model',
      });
      expect(mine.status).toBe(201);
      const self = await as(DANA).post(`/top-ups/${mine.body.id}/approve`, {});
      expect(self.status).toBe(403);
      expect(self.body.error.message).toMatch(/key you own/);
      expect(
        (await as(DANA).get('/top-ups?scope=review')).body.items.map(
          (t: { id: string }) => t.id,
        ),
      ).not.toContain(mine.body.id);
      expect(await gatewayBudget(own.body.value)).toBe(10);
    });
  },
);
