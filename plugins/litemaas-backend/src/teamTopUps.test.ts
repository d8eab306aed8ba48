import { TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { Knex } from 'knex';
import { apiClient } from './__testUtils__/http';
import {
  MASTER_KEY,
  SentNotification as Sent,
  startLitemaas,
} from './__testUtils__/litemaasBackend';

jest.setTimeout(120_000);

const ALICE = 'user:default/alice'; // in payments
const BOB = 'user:default/bob'; // in payments
const CAROL = 'user:default/carol'; // owns models through ml-platform
const DANA = 'user:default/dana'; // admin
const ERIN = 'user:default/erin'; // admin, and in payments
const PAYMENTS = 'group:default/payments';
const ML = 'group:default/ml-platform';
const ADMINS = 'group:default/litemaas-admins';
const DAY_MS = 24 * 3600 * 1000;
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())(
  'team budget top-ups over HTTP, against the LiteLLM emulator, on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let knex: Knex;
    let sent: Sent[];
    let as: ReturnType<typeof apiClient>;

    const liteLlm = (path: string, body?: unknown) =>
      fetch(`${emulator.url}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: {
          Authorization: `Bearer ${MASTER_KEY}`,
          'Content-Type': 'application/json',
        },
        body: body ? JSON.stringify(body) : undefined,
      }).then(r => r.json());
    const teamBudget = async (teamRef = PAYMENTS) =>
      (await liteLlm(`/team/info?team_id=${encodeURIComponent(teamRef)}`))
        .team_info.max_budget as number | null;
    const ask = (who: string, body: Record<string, unknown> = {}) =>
      as(who).post('/teams/top-ups', {
        teamRef: PAYMENTS,
        amount: 15,
        days: 7,
        justification: 'Quarter-end load tests',
        ...body,
      });
    /** Lets the top-up's period pass, or its claim go stale. */
    const age = (id: string, fields: Record<string, Date>) =>
      knex('litemaas_budget_top_ups').where({ id }).update(fields);

    beforeEach(async () => {
      ({ as, knex, emulator, sent } = await startLitemaas({
        databases,
        databaseId,
        models: ['gpt-4o-mini'],
        config: { models: [{ name: 'gpt-4o-mini', accessPolicy: 'open' }] },
        memberships: {
          [ALICE]: [PAYMENTS],
          [BOB]: [PAYMENTS],
          [CAROL]: [ML],
          [DANA]: [ADMINS],
          [ERIN]: [ADMINS, PAYMENTS],
        },
        // The teams are catalog groups (admins set budgets only on those).
        features: [
          catalogServiceMock.factory({
            entities: ['payments', 'ml-platform'].map(name => ({
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Group',
              metadata: { name, namespace: 'default' },
              spec: { type: 'team', children: [] },
            })),
          }),
        ],
      }));
      // payments has a $20 budget in LiteLLM; ml-platform has none.
      await liteLlm('/team/new', { team_id: PAYMENTS, max_budget: 20 });
      await liteLlm('/team/new', { team_id: ML });
    });

    afterEach(async () => {
      await emulator.close();
    });

    it('a member asks, an admin approves, the team budget rises in LiteLLM and falls back after', async () => {
      expect((await ask(ALICE, { justification: ' ' })).status).toBe(400);
      expect((await ask(ALICE, { days: 91 })).status).toBe(400);
      expect((await ask(ALICE, { teamRef: ALICE })).status).toBe(400);
      expect((await ask(CAROL)).status).toBe(403); // not in payments
      expect((await ask(DANA)).status).toBe(403); // admins are not members
      const none = await as(CAROL).post('/teams/top-ups', {
        teamRef: ML,
        amount: 5,
        days: 3,
        justification: 'More',
      });
      expect(none.status).toBe(409);
      expect(none.body.error.message).toMatch(/no budget/);

      const asked = await ask(ALICE);
      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({
        teamRef: PAYMENTS,
        keyName: PAYMENTS,
        subjectRef: PAYMENTS,
        requestedBy: ALICE,
        amount: 15,
        days: 7,
        status: 'pending',
      });
      expect(asked.body.keyId).toBeUndefined();
      const id = asked.body.id as string;
      // One at a time per team, whoever in it asks.
      expect((await ask(BOB, { amount: 5 })).status).toBe(409);
      expect(
        sent.some(
          n =>
            n.payload.title === 'Budget top-up asked: team payments' &&
            n.recipients.entityRef.includes(ADMINS),
        ),
      ).toBe(true);
      // Bob sees his team's top-up; Carol does not.
      expect((await as(BOB).get('/top-ups')).body.items).toEqual([
        expect.objectContaining({ id, teamRef: PAYMENTS }),
      ]);
      expect((await as(CAROL).get('/top-ups')).body.items).toEqual([]);

      // Admins decide; a member (Bob) may not, Carol does not see it.
      expect((await as(BOB).post(`/top-ups/${id}/approve`, {})).status).toBe(
        403,
      );
      expect((await as(CAROL).post(`/top-ups/${id}/approve`, {})).status).toBe(
        404,
      );
      expect((await as(CAROL).get('/top-ups?scope=review')).body.items).toEqual(
        [],
      );
      // The admin sees "$20 → $35".
      expect((await as(DANA).get('/top-ups?scope=review')).body.items).toEqual([
        expect.objectContaining({ id, amount: 15, baseBudget: 20 }),
      ]);

      const before = Date.now();
      const approved = await as(DANA).post(`/top-ups/${id}/approve`, {
        amount: 10,
        reason: 'Ten covers the tests',
      });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'active',
        amount: 10,
        baseBudget: 20,
        decidedBy: DANA,
        decisionReason: 'Ten covers the tests',
      });
      expect(new Date(approved.body.endsAt).getTime()).toBeGreaterThanOrEqual(
        before + 7 * DAY_MS,
      );
      expect(await teamBudget()).toBe(30);
      expect(
        (await as(ALICE).get('/teams/budgets')).body.items.find(
          (t: { teamRef: string }) => t.teamRef === PAYMENTS,
        ).maxBudget,
      ).toBe(30);
      expect(
        sent.some(
          n =>
            n.payload.title === 'Budget top-up of team payments approved' &&
            n.recipients.entityRef.includes(PAYMENTS),
        ),
      ).toBe(true);
      const approvals = (
        await as(DANA).get('/audit?action=team-top-up-approve')
      ).body.items;
      expect(approvals[0]).toMatchObject({
        actorRef: DANA,
        subjectRef: PAYMENTS,
        before: { maxBudget: 20 },
        after: { maxBudget: 30, days: 7 },
      });
      // The task leaves a running top-up alone.
      expect((await as(DANA).post('/admin/top-ups/run')).body.report).toEqual({
        ended: 0,
        recovered: 0,
        failed: 0,
      });

      // An admin cuts the team's budget meanwhile; after the period it goes
      // down by the amount from there, never below 0.
      await liteLlm('/team/update', { team_id: PAYMENTS, max_budget: 6 });
      await age(id, { ends_at: new Date(Date.now() - 1000) });
      const run = await as(DANA).post('/admin/top-ups/run');
      expect(run.body.report).toEqual({ ended: 1, recovered: 0, failed: 0 });
      expect(await teamBudget()).toBe(0);
      const [ended] = (await as(ALICE).get('/top-ups')).body.items;
      expect(ended).toMatchObject({ id, status: 'ended' });
      expect(ended.endedAt).toBeDefined();
      const ends = (await as(DANA).get('/audit?action=team-top-up-end')).body
        .items;
      expect(ends).toHaveLength(1);
      expect(ends[0]).toMatchObject({
        actorRef: 'system:litemaas',
        subjectRef: PAYMENTS,
        before: { maxBudget: 6 },
        after: { maxBudget: 0 },
      });
      expect(
        sent.some(
          n =>
            n.payload.title === 'Budget top-up of team payments ended' &&
            n.recipients.entityRef.includes(ALICE),
        ),
      ).toBe(true);
      // A second run changes nothing.
      expect((await as(DANA).post('/admin/top-ups/run')).body.report).toEqual({
        ended: 0,
        recovered: 0,
        failed: 0,
      });
      expect(await teamBudget()).toBe(0);

      // The slot is free again; everyone's history is for admins.
      expect((await ask(BOB, { amount: 5 })).status).toBe(201);
      expect((await as(ALICE).get('/top-ups?scope=all')).status).toBe(403);
      const all = (await as(DANA).get('/top-ups?scope=all')).body.items;
      expect(all.map((t: { status: string }) => t.status)).toEqual([
        'pending',
        'ended',
      ]);
    });

    it('an admin who sets the team’s budget while a top-up runs replaces it: nothing is taken off later', async () => {
      const id = (await ask(ALICE, { amount: 10 })).body.id as string;
      await as(DANA).post(`/top-ups/${id}/approve`, {});
      expect(await teamBudget()).toBe(30);
      const set = await as(DANA).put('/teams/budgets', {
        teamRef: PAYMENTS,
        maxBudget: 50,
      });
      expect(set.status).toBe(200);
      const [ended] = (await as(ALICE).get('/top-ups')).body.items;
      expect(ended).toMatchObject({ id, status: 'ended' });
      await age(id, { ends_at: new Date(Date.now() - 1000) });
      expect((await as(DANA).post('/admin/top-ups/run')).body.report).toEqual({
        ended: 0,
        recovered: 0,
        failed: 0,
      });
      expect(await teamBudget()).toBe(50);
      expect(
        (await as(DANA).get('/audit?action=litemaas-team-budget-set')).body
          .items[0].reason,
      ).toBe('Replaces 1 running budget top-up');
      // The team may ask again.
      expect((await ask(BOB, { amount: 5 })).status).toBe(201);
    });

    it('keeps an approval LiteLLM did not confirm, and raises the team once', async () => {
      const asked = await ask(ALICE, { amount: 10 });
      const lost = emulator.faults.inject({
        path: '/team/update',
        status: 500,
        afterHandler: true,
      });
      const approved = await as(DANA).post(
        `/top-ups/${asked.body.id}/approve`,
        {},
      );
      lost.cancel();
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('applying');
      expect(await teamBudget()).toBe(30);
      // The decision stands: nobody approves it again on top of the raise.
      expect(
        (await as(DANA).post(`/top-ups/${asked.body.id}/approve`, {})).status,
      ).toBe(409);
      expect((await as(DANA).get('/top-ups?scope=review')).body.items).toEqual(
        [],
      );
      // A fresh claim is left to its approver; a stale one the task redoes,
      // with the same absolute budget.
      expect(
        (await as(DANA).post('/admin/top-ups/run')).body.report.recovered,
      ).toBe(0);
      await age(asked.body.id, {
        updated_at: new Date(Date.now() - 5 * 60_000),
      });
      const run = await as(DANA).post('/admin/top-ups/run');
      expect(run.body.report).toEqual({ ended: 0, recovered: 1, failed: 0 });
      expect(await teamBudget()).toBe(30);
      const [running] = (await as(ALICE).get('/top-ups')).body.items;
      expect(running).toMatchObject({ status: 'active', baseBudget: 20 });
      expect((await as(DANA).post('/admin/top-ups/run')).body.report).toEqual({
        ended: 0,
        recovered: 0,
        failed: 0,
      });
      expect(await teamBudget()).toBe(30);
    });

    it('denies with a reason, lets members cancel, and lets nobody decide their own team', async () => {
      const asked = await ask(ALICE);
      expect(
        (await as(DANA).post(`/top-ups/${asked.body.id}/deny`, {})).status,
      ).toBe(400);
      // Erin is an admin, but in payments: another admin decides.
      const own = await as(ERIN).post(`/top-ups/${asked.body.id}/approve`, {});
      expect(own.status).toBe(403);
      expect(own.body.error.message).toMatch(/team you belong to/);
      expect(
        (
          await as(ERIN).post(`/top-ups/${asked.body.id}/deny`, {
            reason: 'No',
          })
        ).status,
      ).toBe(403);
      expect((await as(ERIN).get('/top-ups?scope=review')).body.items).toEqual(
        [],
      );
      const denied = await as(DANA).post(`/top-ups/${asked.body.id}/deny`, {
        reason: 'Use the quarterly budget review',
      });
      expect(denied.status).toBe(200);
      expect(denied.body).toMatchObject({
        status: 'denied',
        decidedBy: DANA,
        decisionReason: 'Use the quarterly budget review',
      });
      expect(await teamBudget()).toBe(20);
      expect(
        sent.some(
          n =>
            n.payload.title === 'Budget top-up of team payments denied' &&
            n.recipients.entityRef.includes(ALICE),
        ),
      ).toBe(true);
      expect(
        (await as(DANA).post(`/top-ups/${asked.body.id}/approve`, {})).status,
      ).toBe(409);

      // Any member withdraws a waiting one; others do not see it.
      const again = await ask(ALICE, { amount: 5 });
      expect(again.status).toBe(201);
      expect(
        (await as(CAROL).post(`/top-ups/${again.body.id}/cancel`)).status,
      ).toBe(404);
      const cancelled = await as(BOB).post(`/top-ups/${again.body.id}/cancel`);
      expect(cancelled.body.status).toBe('cancelled');
      expect(
        (await as(ALICE).get('/top-ups')).body.items.map(
          (t: { status: string }) => t.status,
        ),
      ).toEqual(['cancelled', 'denied']);
      const audit = (await as(DANA).get('/audit?action=team-top-up-deny')).body
        .items;
      expect(audit[0]).toMatchObject({
        subjectRef: PAYMENTS,
        reason: 'Use the quarterly budget review',
      });
    });
  },
);
