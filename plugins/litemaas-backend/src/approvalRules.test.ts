import { Entity } from '@backstage/catalog-model';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { Knex } from 'knex';
import { apiClient } from './__testUtils__/http';
import {
  SentNotification as Sent,
  startLitemaas,
} from './__testUtils__/litemaasBackend';

jest.setTimeout(120_000);

const ALICE = 'user:default/alice'; // in payments and search
const BOB = 'user:default/bob'; // in no group
const CAROL = 'user:default/carol'; // owns granite through ml-platform
const ERIN = 'user:default/erin'; // owns granite through ml-platform too
const DANA = 'user:default/dana'; // admin
const ML = 'group:default/ml-platform';
const PAYMENTS = 'group:default/payments';
const SEARCH = 'group:default/search';
const DAY_MS = 24 * 3600 * 1000;
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

function component(name: string, owner: string, lifecycle: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', lifecycle, owner },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}

const ENTITIES: Entity[] = [
  component('checkout', PAYMENTS, 'production'),
  component('search-lab', SEARCH, 'experimental'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice', namespace: 'default' },
    spec: {},
    relations: [
      { type: 'memberOf', targetRef: PAYMENTS },
      { type: 'memberOf', targetRef: SEARCH },
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'bob', namespace: 'default' },
    spec: {},
  },
];

const AUTO = {
  name: 'payments within 20',
  kind: 'autoApprove',
  groups: [PAYMENTS],
  ceiling: { maxBudget: 20, tpm: 10000 },
};
const TWO = {
  name: 'over 50 needs two',
  kind: 'twoApprovals',
  aboveBudget: 50,
};
const PRODUCTION = {
  name: 'production teams only',
  kind: 'deny',
  require: {
    kind: 'Component',
    owner: 'subject',
    filter: { 'spec.lifecycle': 'production' },
  },
};

describe.each(databases.eachSupportedId())(
  'approval rules over HTTP, against the LiteLLM emulator, on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let knex: Knex;
    let sent: Sent[];
    let as: ReturnType<typeof apiClient>;
    let catalogFails: boolean;
    /** Who each catalog read was made as. */
    let catalogReadsAs: Array<{ type: string; userEntityRef?: string }>;

    beforeEach(async () => {
      catalogFails = false;
      catalogReadsAs = [];
      const catalog = catalogServiceMock({ entities: ENTITIES });
      ({ as, knex, emulator, sent } = await startLitemaas({
        databases,
        databaseId,
        models: ['granite-8b', 'mistral-small', 'gpt-4o-mini'],
        config: {
          models: [
            {
              name: 'granite-8b',
              accessPolicy: 'restricted',
              owner: ML,
              defaultLimits: {
                maxBudget: 10,
                budgetDuration: '30d',
                tpm: 5000,
              },
            },
            {
              name: 'mistral-small',
              accessPolicy: 'restricted',
              owner: ML,
              approvalRules: [{ name: 'wait', kind: 'escalate', afterDays: 2 }],
            },
            { name: 'gpt-4o-mini', accessPolicy: 'open' },
          ],
        },
        memberships: {
          [ALICE]: [PAYMENTS, SEARCH],
          [CAROL]: [ML],
          [ERIN]: [ML],
          [DANA]: ['group:default/litemaas-admins'],
        },
        features: [
          createServiceFactory({
            service: catalogServiceRef,
            deps: {},
            factory: () =>
              new Proxy({} as CatalogService, {
                get: (_, method: string) => {
                  if (typeof (catalog as any)[method] !== 'function') {
                    return undefined;
                  }
                  return async (...args: any[]) => {
                    catalogReadsAs.push(args.at(-1)?.credentials?.principal);
                    if (catalogFails) throw new Error('catalog unavailable');
                    return (catalog as any)[method](...args);
                  };
                },
              }),
          }),
        ],
      }));
    });

    afterEach(async () => {
      await emulator.close();
    });

    const setRules = async (rules: object[], who = CAROL) => {
      const res = await as(who).put('/models/granite-8b/approval-rules', {
        rules,
      });
      expect(res.status).toBe(200);
      return res.body;
    };
    const history = async (id: string) =>
      (await as(DANA).get(`/access-requests/${id}`)).body.history as Array<{
        action: string;
        actorRef: string;
        reason?: string;
      }>;

    it('lets admins and the model’s owners read and save valid rules, audited with before and after', async () => {
      expect(
        (await as(CAROL).get('/models/granite-8b/approval-rules')).body,
      ).toEqual({
        modelName: 'granite-8b',
        rules: [],
        source: 'none',
        editable: true,
        canSetAdminOnly: false,
      });
      expect(
        (await as(ALICE).get('/models/granite-8b/approval-rules')).status,
      ).toBe(403);
      expect(
        (
          await as(ALICE).put('/models/granite-8b/approval-rules', {
            rules: [AUTO],
          })
        ).status,
      ).toBe(403);
      expect(
        (await as(CAROL).get('/models/no-such/approval-rules')).status,
      ).toBe(404);

      const bad = await as(CAROL).put('/models/granite-8b/approval-rules', {
        rules: [
          {
            name: 'no ceiling',
            kind: 'autoApprove',
            groups: [PAYMENTS],
            ceiling: {},
          },
          {
            name: 'x',
            kind: 'deny',
            require: {
              kind: 'Component',
              owner: 'subject',
              filter: { 'metadata.annotations': 'y' },
            },
          },
          { name: 'y', kind: 'escalate', afterDays: 0 },
          { name: 'z', kind: 'sometimes' },
          {
            name: 'g',
            kind: 'autoApprove',
            groups: ['user:default/bob'],
            ceiling: { maxBudget: 1 },
          },
        ],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain(
        'the ceiling must set maxBudget',
      );
      expect(bad.body.error.message).toContain('may use spec.lifecycle');
      expect(bad.body.error.message).toContain(
        'afterDays must be a whole number',
      );
      expect(bad.body.error.message).toContain('kind must be one of');
      expect(bad.body.error.message).toContain(
        "'user:default/bob' is not a group ref",
      );

      const saved = await setRules([AUTO, TWO]);
      expect(saved).toMatchObject({
        source: 'portal',
        editable: true,
        updatedBy: CAROL,
        rules: [AUTO, TWO],
      });
      await setRules([TWO], DANA);
      const audit = await as(DANA).get('/audit?action=model-approval-rules');
      expect(audit.status).toBe(200);
      const events = audit.body.items as Array<{
        actorRef: string;
        before: any;
        after: any;
        outcome: string;
      }>;
      expect(
        events
          .filter(e => e.outcome === 'succeeded')
          .map(e => [e.actorRef, e.before, e.after]),
      ).toEqual(
        expect.arrayContaining([
          [CAROL, { rules: [] }, { rules: [AUTO, TWO] }],
          [DANA, { rules: [AUTO, TWO] }, { rules: [TWO] }],
        ]),
      );
    });

    it('an admin’s admins-only rule stays as it is when an owner saves; only admins mark rules so', async () => {
      const locked = { ...TWO, adminOnly: true };
      // An owner cannot mark a rule admins-only.
      const marking = await as(CAROL).put('/models/granite-8b/approval-rules', {
        rules: [locked],
      });
      expect(marking.status).toBe(403);
      expect(marking.body.error.message).toMatch(/Only an admin marks/);
      const saved = await setRules([locked], DANA);
      expect(saved.rules).toEqual([locked]);
      expect(saved.canSetAdminOnly).toBe(true);
      expect(
        (await as(CAROL).get('/models/granite-8b/approval-rules')).body
          .canSetAdminOnly,
      ).toBe(false);
      // The owner may not remove it, loosen it, or unmark it...
      for (const rules of [
        [],
        [{ ...locked, aboveBudget: 5000 }],
        [TWO],
        [AUTO],
      ]) {
        const refused = await as(CAROL).put(
          '/models/granite-8b/approval-rules',
          { rules },
        );
        expect(refused.status).toBe(403);
        expect(refused.body.error.message).toMatch(
          /Only an admin changes or removes the rule 'over 50 needs two'/,
        );
      }
      // ...but adds rules around it, in any order.
      expect((await setRules([AUTO, locked])).rules).toEqual([AUTO, locked]);
      // Admins change it like any rule.
      expect((await setRules([AUTO], DANA)).rules).toEqual([AUTO]);
    });

    it('rules from config are read-only over the API, and say so', async () => {
      const res = await as(DANA).get('/models/mistral-small/approval-rules');
      expect(res.body).toMatchObject({
        source: 'config',
        editable: false,
        rules: [{ name: 'wait', kind: 'escalate', afterDays: 2 }],
      });
      const put = await as(DANA).put('/models/mistral-small/approval-rules', {
        rules: [],
      });
      expect(put.status).toBe(409);
      expect(put.body.error.message).toContain('app-config');
    });

    it('auto-approves within the ceiling for members of its groups, as the portal, with the same notices', async () => {
      await setRules([AUTO]);
      const res = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'granted',
        decidedBy: 'system:litemaas',
        limits: { maxBudget: 10, tpm: 5000 },
      });
      expect(res.body.decisionReason).toContain("'payments within 20'");
      expect(
        (await history(res.body.id)).map(e => [e.action, e.actorRef]),
      ).toEqual([
        ['requested', ALICE],
        ['granted', 'system:litemaas'],
      ]);
      expect(
        sent.some(
          n =>
            n.payload.title === 'Access to granite-8b granted' &&
            n.recipients.entityRef.includes(ALICE),
        ),
      ).toBe(true);
      // Keys follow the grant as after a person's approval.
      const key = await as(ALICE).post('/keys', {
        name: 'auto',
        models: ['granite-8b'],
      });
      expect(key.status).toBe(201);
      const audit = await as(DANA).get('/audit?action=access-approve');
      expect(audit.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            actorRef: 'system:litemaas',
            target: res.body.id,
            reason: expect.stringContaining("'payments within 20'"),
          }),
        ]),
      );
    });

    it('never auto-approves beyond the ceiling, a shorter budget period, or a requester outside its groups', async () => {
      await setRules([AUTO]);
      const over = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: PAYMENTS,
        limits: { maxBudget: 21 },
      });
      expect(over.body.status).toBe('pending');
      const faster = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        limits: { maxBudget: 10, budgetDuration: '1d' },
      });
      expect(faster.body.status).toBe('pending');
      const moreTokens = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: SEARCH,
        limits: { tpm: 20000 },
      });
      expect(moreTokens.body.status).toBe('pending');
      const bob = await as(BOB).post('/access-requests', {
        modelName: 'granite-8b',
      });
      expect(bob.body.status).toBe('pending');
      // The owners are told, as for any request that waits.
      expect(
        sent.filter(n => n.payload.title === 'Access requested: granite-8b'),
      ).toHaveLength(4);
    });

    it('auto-approves a team only when the team itself is in the rule, not because its asker is', async () => {
      await setRules([AUTO]);
      // Alice is in payments (the rule's group) and in search: asking for
      // search within the ceiling still waits for people.
      const otherTeam = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: SEARCH,
      });
      expect(otherTeam.status).toBe(201);
      expect(otherTeam.body.status).toBe('pending');
      const team = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: PAYMENTS,
      });
      expect(team.body).toMatchObject({
        status: 'granted',
        decidedBy: 'system:litemaas',
      });
    });

    it('needs two different reviewers above the budget ceiling; a deny by anyone ends it', async () => {
      await setRules([AUTO, TWO]);
      const big = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        limits: { maxBudget: 100 },
      });
      expect(big.body).toMatchObject({
        status: 'pending',
        approvals: { required: 2, approvedBy: [], rule: TWO.name },
      });
      const id = big.body.id;
      const first = await as(CAROL).post(`/access-requests/${id}/approve`, {});
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        status: 'pending',
        approvals: { approvedBy: [CAROL] },
      });
      const again = await as(CAROL).post(`/access-requests/${id}/approve`, {});
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain('second approval');
      // Other limits cannot ride on one of two approvals.
      expect(
        (
          await as(DANA).post(`/access-requests/${id}/approve`, {
            limits: { maxBudget: 1000 },
          })
        ).status,
      ).toBe(400);
      const second = await as(DANA).post(`/access-requests/${id}/approve`, {});
      expect(second.body).toMatchObject({
        status: 'granted',
        decidedBy: DANA,
        approvals: { approvedBy: [CAROL, DANA] },
      });
      expect((await history(id)).map(e => e.action)).toEqual([
        'requested',
        'approval-recorded',
        'granted',
      ]);
      expect((await history(id))[1].reason).toContain('1 of 2 approvals');
      // A later change of the grant's limits (a decision of its own) leaves
      // the two approvers as they were.
      const narrowed = await as(ERIN).put(`/access-requests/${id}/limits`, {
        limits: { maxBudget: 40 },
      });
      expect(narrowed.status).toBe(200);
      expect(narrowed.body.approvals.approvedBy).toEqual([CAROL, DANA]);

      const denied = await as(BOB).post('/access-requests', {
        modelName: 'granite-8b',
        limits: { maxBudget: 60 },
      });
      await as(CAROL).post(`/access-requests/${denied.body.id}/approve`, {});
      const deny = await as(ERIN).post(
        `/access-requests/${denied.body.id}/deny`,
        {
          reason: 'Not this quarter',
        },
      );
      expect(deny.body.status).toBe('denied');

      // A reviewer cannot raise a one-approval request past the ceiling alone.
      const small = await as(BOB).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: undefined,
        limits: { maxBudget: 5 },
      });
      const raised = await as(CAROL).post(
        `/access-requests/${small.body.id}/approve`,
        { limits: { maxBudget: 500 } },
      );
      expect(raised.status).toBe(400);
      expect(raised.body.error.message).toContain('needs two approvals');
      // Nor past it by changing the grant afterwards, nor to no budget.
      const one = await as(CAROL).post(
        `/access-requests/${small.body.id}/approve`,
        {},
      );
      expect(one.body.status).toBe('granted');
      for (const limits of [{ maxBudget: 500 }, {}]) {
        const widened = await as(CAROL).put(
          `/access-requests/${small.body.id}/limits`,
          { limits },
        );
        expect(widened.status).toBe(409);
        expect(widened.body.error.message).toContain('need two approvals');
      }
      expect(
        (
          await as(CAROL).put(`/access-requests/${small.body.id}/limits`, {
            limits: { maxBudget: 3, budgetDuration: '30d' },
          })
        ).status,
      ).toBe(200);

      // The requester is not one of the two, even as a reviewer.
      const own = await as(CAROL).post('/access-requests', {
        modelName: 'granite-8b',
        limits: { maxBudget: 100 },
      });
      expect(own.body.approvals).toMatchObject({ required: 2 });
      const self = await as(CAROL).post(
        `/access-requests/${own.body.id}/approve`,
        {},
      );
      expect(self.status).toBe(403);
      expect(self.body.error.message).toContain('other than its requester');
    });

    it('two concurrent approvals are two distinct reviewers; one reviewer twice at once is one', async () => {
      await setRules([TWO]);
      const a = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        limits: { maxBudget: 100 },
      });
      const both = await Promise.all([
        as(CAROL).post(`/access-requests/${a.body.id}/approve`, {}),
        as(ERIN).post(`/access-requests/${a.body.id}/approve`, {}),
      ]);
      expect(both.map(r => r.status)).toEqual([200, 200]);
      const done = (await as(DANA).get(`/access-requests/${a.body.id}`)).body
        .request;
      expect(done.status).toBe('granted');
      expect(new Set(done.approvals.approvedBy).size).toBe(2);

      const b = await as(BOB).post('/access-requests', {
        modelName: 'granite-8b',
        limits: { maxBudget: 100 },
      });
      const twice = await Promise.all([
        as(CAROL).post(`/access-requests/${b.body.id}/approve`, {}),
        as(CAROL).post(`/access-requests/${b.body.id}/approve`, {}),
      ]);
      expect(twice.map(r => r.status).sort()).toEqual([200, 409]);
      expect(
        (await as(DANA).get(`/access-requests/${b.body.id}`)).body.request
          .status,
      ).toBe('pending');
    });

    it('denies when the catalog condition fails, names the rule, and leaves it to people when the catalog cannot answer', async () => {
      await setRules([PRODUCTION, AUTO]);
      const payments = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: PAYMENTS,
      });
      // payments owns a production Component; alice is in payments.
      expect(payments.body.status).toBe('granted');
      const search = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: SEARCH,
      });
      expect(search.body).toMatchObject({
        status: 'denied',
        decidedBy: 'system:litemaas',
      });
      expect(search.body.decisionReason).toContain("'production teams only'");
      expect(
        sent.some(
          n =>
            n.payload.title === 'Access to granite-8b denied' &&
            n.recipients.entityRef.includes(SEARCH),
        ),
      ).toBe(true);

      catalogFails = true;
      const unsure = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
      });
      // Neither denied nor auto-approved: people decide, and it says why.
      expect(unsure.body.status).toBe('pending');
      const notes = await history(unsure.body.id);
      expect(notes.map(e => e.action)).toEqual(['requested', 'rule-skipped']);
      expect(notes[1].reason).toContain('could not read the catalog');
    });

    it('escalates a request no owner decided within the days, once, to the admins', async () => {
      const waiting = await as(ALICE).post('/access-requests', {
        modelName: 'mistral-small',
      });
      const fresh = await as(BOB).post('/access-requests', {
        modelName: 'mistral-small',
      });
      await knex('litemaas_access_requests')
        .where({ id: waiting.body.id })
        .update({ created_at: new Date(Date.now() - 3 * DAY_MS) });
      expect(
        (await as(CAROL).post('/admin/access-requests/escalation')).status,
      ).toBe(403);
      const run = await as(DANA).post('/admin/access-requests/escalation');
      expect(run.body).toMatchObject({
        status: 'ok',
        report: { escalated: 1, failed: 0 },
      });
      const again = await as(DANA).post('/admin/access-requests/escalation');
      expect(again.body.report).toEqual({ escalated: 0, failed: 0 });
      const told = sent.filter(n =>
        n.payload.title.startsWith('Access request waiting 2 days'),
      );
      expect(told).toHaveLength(1);
      expect(told[0].recipients.entityRef).toEqual([
        'group:default/litemaas-admins',
      ]);
      const request = (
        await as(DANA).get(`/access-requests/${waiting.body.id}`)
      ).body;
      expect(request.request.escalatedAt).toBeDefined();
      expect(request.history.at(-1)).toMatchObject({
        action: 'escalated',
        actorRef: 'system:litemaas',
      });
      expect(
        (await as(DANA).get(`/access-requests/${fresh.body.id}`)).body.request
          .escalatedAt,
      ).toBeUndefined();
    });

    it('checks what would happen to a draft request without writing anything', async () => {
      await setRules([PRODUCTION, AUTO, TWO]);
      const count = async () =>
        Number((await knex('litemaas_access_requests').count({ n: '*' }))[0].n);
      const before = await count();
      const check = (body: object, who = CAROL) =>
        as(who).post('/models/granite-8b/approval-rules/check', body);

      expect(
        (await check({ subjectRef: PAYMENTS, requestedBy: ALICE })).body,
      ).toMatchObject({
        outcome: 'granted',
        rule: AUTO.name,
        limits: { maxBudget: 10 },
      });
      expect(
        (await check({ subjectRef: SEARCH, requestedBy: ALICE })).body,
      ).toMatchObject({
        outcome: 'denied',
        rule: PRODUCTION.name,
      });
      expect(
        (
          await check({
            subjectRef: PAYMENTS,
            requestedBy: ALICE,
            limits: { maxBudget: 80 },
          })
        ).body,
      ).toMatchObject({ outcome: 'twoApprovals', rule: TWO.name });
      expect(
        (await check({ subjectRef: PAYMENTS, requestedBy: BOB })).body,
      ).toMatchObject({ outcome: 'people' });
      // Draft rules, before saving them.
      expect(
        (
          await check({
            subjectRef: SEARCH,
            requestedBy: ALICE,
            rules: [{ ...AUTO, groups: [SEARCH] }],
          })
        ).body,
      ).toMatchObject({ outcome: 'granted', rule: AUTO.name });
      expect(
        (await check({ subjectRef: SEARCH, rules: [{ kind: 'deny' }] })).status,
      ).toBe(400);
      expect((await check({ subjectRef: PAYMENTS }, ALICE)).status).toBe(403);
      expect(await count()).toBe(before);
      // A draft about others reads the catalog as the owner who checks (the
      // catalog's own permissions apply); a real request, as the portal.
      expect(catalogReadsAs.length).toBeGreaterThan(0);
      expect(
        catalogReadsAs.every(
          p => p.type === 'user' && p.userEntityRef === CAROL,
        ),
      ).toBe(true);
      catalogReadsAs = [];
      await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        subjectRef: PAYMENTS,
      });
      expect(catalogReadsAs.length).toBeGreaterThan(0);
      expect(catalogReadsAs.every(p => p.type === 'service')).toBe(true);
    });
  },
);
