import { createServiceFactory } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { DeprecationStore } from './database/DeprecationStore';
import {
  MASTER_KEY,
  SentNotification as Sent,
  startLitemaas,
} from './__testUtils__/litemaasBackend';
import { hashKey } from './services/keys/keyViews';

jest.setTimeout(120_000);

const ALICE = 'user:default/alice'; // in payments
const BOB = 'user:default/bob';
const CAROL = 'user:default/carol'; // owns granite through ml-platform
const DANA = 'user:default/dana'; // admin
const ML = 'group:default/ml-platform';
const PAYMENTS = 'group:default/payments';
const DAY_MS = 24 * 3600 * 1000;
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const inDays = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString();
const day = (offset: number) =>
  new Date(Date.now() - offset * DAY_MS).toISOString().slice(0, 10);

const CATALOG: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', namespace: 'default' },
    spec: { owner: 'payments', type: 'service', lifecycle: 'production' },
  },
];

describe.each(databases.eachSupportedId())(
  'model deprecation campaigns over HTTP, against the LiteLLM emulator, on %p',
  databaseId => {
    let as: Awaited<ReturnType<typeof startLitemaas>>['as'];
    let knex: Knex;
    let emulator: Awaited<ReturnType<typeof startLitemaas>>['emulator'];
    let sent: Sent[];
    let failSendsTo: Set<string>;

    beforeEach(async () => {
      const catalog = catalogServiceMock({ entities: CATALOG });
      ({ as, knex, emulator, sent, failSendsTo } = await startLitemaas({
        databases,
        databaseId,
        models: ['granite-8b', 'granite-3', 'gpt-4o-mini'],
        config: {
          models: [
            { name: 'granite-8b', accessPolicy: 'restricted', owner: ML },
            { name: 'granite-3', accessPolicy: 'open' },
            { name: 'gpt-4o-mini', accessPolicy: 'open' },
          ],
        },
        memberships: {
          [ALICE]: [PAYMENTS],
          [CAROL]: [ML],
          [DANA]: ['group:default/litemaas-admins'],
        },
        features: [
          createServiceFactory({
            service: catalogServiceRef,
            deps: {},
            factory: () => catalog as CatalogService,
          }),
        ],
      }));
    });

    afterEach(async () => {
      await emulator.close();
    });

    /** The models LiteLLM has on a key, or undefined when it has no key. */
    const gatewayModels = async (value: string) => {
      const answer = await fetch(
        `${emulator.url}/key/info?key=${hashKey(value)}`,
        { headers: { Authorization: `Bearer ${MASTER_KEY}` } },
      );
      return answer.ok
        ? ((await answer.json()).info.models as string[])
        : undefined;
    };
    const runTask = async () => {
      const run = await as(DANA).post('/admin/deprecations/run');
      expect(run.status).toBe(200);
      expect(run.body.status).toBe('ok');
      return run.body.report as Record<string, number>;
    };
    const noticesTo = (ref: string, pattern: RegExp) =>
      sent.filter(
        n =>
          n.recipients.entityRef.includes(ref) && pattern.test(n.payload.title),
      );
    const usage = (subjectRef: string, model: string, offset: number) =>
      knex('litemaas_usage_daily').insert({
        day: day(offset),
        key_hash: `h-${subjectRef}-${model}-${offset}`,
        model,
        provider: 'openai',
        subject_ref: subjectRef,
        spend: 0.5,
        requests: 4,
      });

    /** Alice and Bob hold granite: Alice on a key tied to payments-api. */
    async function holders() {
      for (const who of [ALICE, BOB]) {
        const asked = await as(who).post('/access-requests', {
          modelName: 'granite-8b',
        });
        await as(CAROL).post(`/access-requests/${asked.body.id}/approve`, {});
      }
      await as(ALICE).post('/access-requests', { modelName: 'gpt-4o-mini' });
      const alices = await as(ALICE).post('/keys', {
        name: 'payments',
        models: ['granite-8b', 'gpt-4o-mini'],
        componentRef: 'payments-api',
      });
      expect(alices.status).toBe(201);
      const bobs = await as(BOB).post('/keys', {
        name: 'only-granite',
        models: ['granite-8b'],
      });
      expect(bobs.status).toBe(201);
      return { alices: alices.body, bobs: bobs.body };
    }

    it('an admin deprecates a model: holders and Component owners are told once, the catalog shows it, the campaign tracks who moved, and reminders go to the rest', async () => {
      await holders();
      const body = {
        replacement: 'granite-3',
        retireAt: inDays(40),
        note: 'granite-3 answers the same prompts better.',
      };

      // Only admins deprecate; the body is checked.
      expect(
        (await as(CAROL).put('/deprecations/granite-8b', body)).status,
      ).toBe(403);
      for (const [bad, message] of [
        [{ ...body, retireAt: inDays(-1) }, /not in the future/],
        [{ ...body, retireAt: 'soon' }, /not a date/],
        [{ ...body, replacement: 'granite-8b' }, /cannot replace itself/],
        [{ ...body, replacement: 'nope' }, /no model named 'nope'/],
      ] as const) {
        const refused = await as(DANA).put('/deprecations/granite-8b', bad);
        expect(refused.status).toBe(400);
        expect(refused.body.error.message).toMatch(message);
      }
      expect((await as(DANA).put('/deprecations/unknown', body)).status).toBe(
        404,
      );
      expect(await knex('litemaas_model_deprecations')).toHaveLength(0);

      const started = await as(DANA).put('/deprecations/granite-8b', body);
      expect(started.status).toBe(200);
      expect(started.body).toMatchObject({
        modelName: 'granite-8b',
        state: 'deprecated',
        replacement: 'granite-3',
        retireAt: body.retireAt,
        createdBy: DANA,
        remindersSent: [],
        progress: { total: 2, moved: 0, idle: 2, using: 0 },
      });
      expect(started.body.announcedAt).toBeDefined();

      // Told: both holders, and payments (the owner of the Component
      // Alice's key is tied to), each once.
      const announced = sent.filter(n => /is deprecated/.test(n.payload.title));
      expect(announced.map(n => n.recipients.entityRef).sort()).toEqual([
        [PAYMENTS],
        [ALICE],
        [BOB],
      ]);
      expect(announced[0].payload).toMatchObject({
        title: `granite-8b is deprecated: it retires on ${body.retireAt.slice(
          0,
          10,
        )}`,
        link: '/litemaas/models/granite-8b',
      });
      expect(
        noticesTo(PAYMENTS, /is deprecated/)[0].payload.description,
      ).toContain('component:default/payments-api calls it');
      // A change of note tells nobody again, nor does the task.
      expect(
        (
          await as(DANA).put('/deprecations/granite-8b', {
            ...body,
            note: 'Please move.',
          })
        ).body.note,
      ).toBe('Please move.');
      expect(await runTask()).toMatchObject({ announced: 0, reminded: 0 });
      expect(
        sent.filter(n => /is deprecated/.test(n.payload.title)),
      ).toHaveLength(3);

      // Everyone sees it on the model and in the catalog's lifecycle list.
      const model = await as(BOB).get('/models/granite-8b');
      expect(model.body.model.deprecation).toEqual({
        state: 'deprecated',
        replacement: 'granite-3',
        retireAt: body.retireAt,
        note: 'Please move.',
      });
      expect((await as(BOB).get('/models/lifecycle')).body.items).toEqual([
        { modelName: 'granite-8b', ...model.body.model.deprecation },
      ]);
      // Still requestable until it retires.
      expect(
        (await as(CAROL).post('/access-requests', { modelName: 'granite-8b' }))
          .status,
      ).toBe(201);

      // Alice moved to granite-3 (and stopped); Bob still calls granite-8b.
      await usage(ALICE, 'granite-8b', 9);
      await usage(ALICE, 'granite-3', 1);
      await usage(BOB, 'granite-8b', 0);
      const detail = await as(CAROL).get('/deprecations/granite-8b');
      expect(detail.status).toBe(200);
      expect(detail.body.campaign.progress).toEqual({
        total: 2,
        moved: 1,
        idle: 0,
        using: 1,
      });
      const alice = detail.body.subjects.find(
        (s: any) => s.subjectRef === ALICE,
      );
      expect(alice).toMatchObject({
        state: 'moved',
        hasReplacementAccess: false,
        requests7d: 0,
        lastUsedDay: day(9),
        replacementRequests7d: 4,
        keys: [
          { name: 'payments', componentRef: 'component:default/payments-api' },
        ],
      });
      expect(
        detail.body.subjects.find((s: any) => s.subjectRef === BOB),
      ).toMatchObject({ state: 'using', requests7d: 4, spend7d: 0.5 });
      expect(detail.body.components).toEqual([
        {
          componentRef: 'component:default/payments-api',
          ownerRef: PAYMENTS,
        },
      ]);
      // Holders do not see who else holds the model.
      expect((await as(BOB).get('/deprecations/granite-8b')).status).toBe(403);
      expect((await as(BOB).get('/deprecations')).body.items).toEqual([]);
      expect(
        (await as(CAROL).get('/deprecations')).body.items.map(
          (c: any) => c.modelName,
        ),
      ).toEqual(['granite-8b']);

      // Five days before the date: the 7-day reminder goes to Bob only
      // (Alice moved), once; the 30-day one is not sent late.
      await knex('litemaas_model_deprecations').update({
        retire_at: new Date(Date.now() + 5 * DAY_MS - 60_000),
      });
      expect(await runTask()).toMatchObject({ reminded: 1, retired: 0 });
      expect(noticesTo(BOB, /retires in 5 days/)).toHaveLength(1);
      expect(noticesTo(ALICE, /retires (in|tomorrow)/)).toHaveLength(0);
      expect(await runTask()).toMatchObject({ reminded: 0 });
      expect(
        (await as(DANA).get('/deprecations/granite-8b')).body.campaign
          .remindersSent,
      ).toEqual([30, 7]);
      // The owner reminds now, by hand.
      expect(
        (await as(BOB).post('/deprecations/granite-8b/remind')).status,
      ).toBe(403);
      expect(
        (await as(CAROL).post('/deprecations/granite-8b/remind')).body,
      ).toEqual({ reminded: 1 });
      // Once a day for each holder, however often it is pressed.
      expect(
        (await as(CAROL).post('/deprecations/granite-8b/remind')).body,
      ).toEqual({ reminded: 0 });

      const audit = await as(DANA).get(
        '/audit?action=model-deprecate&outcome=succeeded',
      );
      expect(audit.body.items).toHaveLength(2);
      expect(audit.body.items[0]).toMatchObject({
        actorRef: DANA,
        modelName: 'granite-8b',
        outcome: 'succeeded',
      });
    });

    it('on its date the model leaves every key in the gateway, its grants end, and it can no longer be requested; again and again changes nothing', async () => {
      const { alices, bobs } = await holders();
      await as(DANA).put('/deprecations/granite-8b', {
        replacement: 'granite-3',
        retireAt: inDays(3),
      });
      const pending = await as(CAROL).post('/access-requests', {
        modelName: 'granite-8b',
      });
      expect(pending.body.status).toBe('pending');
      const dana = await as(DANA).post('/access-requests', {
        modelName: 'granite-8b',
      });
      await as(CAROL).post(`/access-requests/${dana.body.id}/deny`, {
        reason: 'Not for admins',
      });

      await knex('litemaas_model_deprecations').update({
        retire_at: new Date(Date.now() - 1000),
      });
      expect(await runTask()).toMatchObject({
        retired: 1,
        grantsEnded: 2,
        keysChanged: 2,
        failed: 0,
      });
      // Alice's key keeps its other model, in LiteLLM too; Bob's, which had
      // only granite-8b, is revoked (an empty list would be "all models").
      const aliceKey = await as(ALICE).get(`/keys/${alices.key.id}`);
      expect(aliceKey.body.models).toEqual(['gpt-4o-mini']);
      expect(await gatewayModels(alices.value)).toEqual(['gpt-4o-mini']);
      expect((await as(BOB).get(`/keys/${bobs.key.id}`)).body.status).toBe(
        'revoked',
      );
      expect(await gatewayModels(bobs.value)).toBeUndefined();
      // Grants ended, the waiting request was cancelled, with the reason.
      const mine = await as(BOB).get('/access-requests');
      const granite = mine.body.items.find(
        (r: any) => r.modelName === 'granite-8b',
      );
      expect(granite).toMatchObject({ status: 'expired' });
      expect(
        (await as(CAROL).get(`/access-requests/${pending.body.id}`)).body
          .request,
      ).toMatchObject({ status: 'cancelled' });

      const model = await as(BOB).get('/models/granite-8b');
      expect(model.body.model.deprecation.state).toBe('retired');
      const refused = await as(BOB).post('/access-requests', {
        modelName: 'granite-8b',
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(
        /retired on .*: request granite-3 instead/,
      );
      expect(noticesTo(ALICE, /was retired/)).toHaveLength(1);
      expect(noticesTo(BOB, /was retired/)).toHaveLength(1);
      // Nothing reopens or grants a retired model.
      const reopened = await as(DANA).post(
        `/access-requests/${dana.body.id}/review`,
        { justification: 'Please' },
      );
      expect(reopened.status).toBe(409);

      const campaign = (await as(DANA).get('/deprecations/granite-8b')).body
        .campaign;
      expect(campaign).toMatchObject({ state: 'retired' });
      expect(campaign.completedAt).toBeDefined();
      expect(await runTask()).toEqual({
        announced: 0,
        reminded: 0,
        retired: 0,
        grantsEnded: 0,
        keysChanged: 0,
        failed: 0,
      });
      expect(noticesTo(ALICE, /was retired/)).toHaveLength(1);
      // A grant that came back anyway (another replica's catalog a second
      // old) is ended by the next run: a retired model is held retired.
      const ended = await knex('litemaas_access_requests')
        .where({ subject_ref: ALICE, model_name: 'granite-8b' })
        .first();
      await knex('litemaas_access_requests')
        .where({ id: ended.id })
        .update({ status: 'granted' });
      expect(await runTask()).toMatchObject({ grantsEnded: 1, retired: 0 });
      const narrowed = await as(DANA).get('/audit?action=key-narrow');
      expect(narrowed.body.items).toHaveLength(2);
      expect(narrowed.body.items[0].reason).toBe('The model was retired');
      expect(
        (await as(DANA).get('/audit?action=model-retire')).body.items.map(
          (e: any) => [e.before.status, e.after.grantsEnded],
        ),
      ).toEqual([
        ['retired', 1],
        ['deprecated', 2],
      ]);

      // A retired model's campaign cannot be changed, only cancelled: the
      // model is offered again (the grants stay ended).
      expect(
        (
          await as(DANA).put('/deprecations/granite-8b', {
            retireAt: inDays(3),
          })
        ).status,
      ).toBe(409);
      expect((await as(DANA).delete('/deprecations/granite-8b')).status).toBe(
        204,
      );
      expect(
        (await as(BOB).get('/models/granite-8b')).body.model.deprecation,
      ).toBeUndefined();
      expect(
        (await as(BOB).post('/access-requests', { modelName: 'granite-8b' }))
          .status,
      ).toBe(201);
      expect((await as(DANA).delete('/deprecations/granite-8b')).status).toBe(
        404,
      );
    });

    it('retire now asks for the model’s name; a key busy with another change keeps the retirement open until it follows', async () => {
      const { alices } = await holders();
      await as(DANA).put('/deprecations/granite-8b', { retireAt: inDays(3) });
      // Alice's key is in the middle of a rotation.
      await knex('litemaas_keys').where({ id: alices.key.id }).update({
        operation: 'rotate',
        operation_started_at: new Date(),
      });
      expect(
        (
          await as(CAROL).post('/deprecations/granite-8b/retire', {
            confirm: 'granite-8b',
          })
        ).status,
      ).toBe(403);
      const slip = await as(DANA).post('/deprecations/granite-8b/retire', {
        confirm: 'granite',
      });
      expect(slip.status).toBe(400);
      const retired = await as(DANA).post('/deprecations/granite-8b/retire', {
        confirm: 'granite-8b',
      });
      expect(retired.status).toBe(200);
      expect(retired.body.campaign.state).toBe('retired');
      expect(retired.body.campaign.completedAt).toBeUndefined();
      expect(await gatewayModels(alices.value)).toEqual([
        'granite-8b',
        'gpt-4o-mini',
      ]);
      expect(
        (await as(DANA).get('/audit?action=model-retire')).body.items[0]
          .actorRef,
      ).toBe(DANA);

      // The rotation finished (or went stale): the next run takes it.
      await knex('litemaas_keys').where({ id: alices.key.id }).update({
        operation: null,
        operation_started_at: null,
      });
      expect(await runTask()).toMatchObject({ keysChanged: 1, failed: 0 });
      expect(await gatewayModels(alices.value)).toEqual(['gpt-4o-mini']);
      expect(
        (await as(DANA).get('/deprecations/granite-8b')).body.campaign
          .completedAt,
      ).toBeDefined();
    });

    it('a date moved earlier is carried by the nearest reminder; a replacement must be offered and is not deprecated while it replaces', async () => {
      await holders();
      await as(DANA).put('/deprecations/granite-8b', {
        replacement: 'granite-3',
        retireAt: inDays(60),
      });
      expect(await runTask()).toMatchObject({ reminded: 0 });
      await as(DANA).put('/deprecations/granite-8b', {
        replacement: 'granite-3',
        retireAt: inDays(3),
      });
      // Alice and Bob (both idle) and payments, for Alice's key.
      expect(await runTask()).toMatchObject({ reminded: 3 });
      expect(noticesTo(BOB, /retires in 3 days/)).toHaveLength(1);
      expect(await runTask()).toMatchObject({ reminded: 0 });

      const replacing = await as(DANA).put('/deprecations/granite-3', {
        retireAt: inDays(30),
      });
      expect(replacing.status).toBe(409);
      expect(replacing.body.error.message).toMatch(
        /replacement named by the deprecation of granite-8b/,
      );
      expect(
        (
          await as(DANA).put('/models/gpt-4o-mini/policy', {
            accessPolicy: 'hidden',
          })
        ).status,
      ).toBe(200);
      const hidden = await as(DANA).put('/deprecations/granite-8b', {
        replacement: 'gpt-4o-mini',
        retireAt: inDays(3),
      });
      expect(hidden.status).toBe(400);
      expect(hidden.body.error.message).toMatch(/hidden or not available/);
    });

    it('a notice that could not be sent is given back: the next run sends it, and only it', async () => {
      await holders();
      failSendsTo.add(BOB);
      const started = await as(DANA).put('/deprecations/granite-8b', {
        replacement: 'granite-3',
        retireAt: inDays(40),
      });
      expect(started.status).toBe(200);
      // Not everyone was told, so the campaign is not announced yet.
      expect(started.body.announcedAt).toBeUndefined();
      expect(noticesTo(ALICE, /is deprecated/)).toHaveLength(1);
      expect(noticesTo(BOB, /is deprecated/)).toHaveLength(0);

      // Still failing: the run tells nobody twice, and Bob's stays due.
      await runTask();
      expect(noticesTo(ALICE, /is deprecated/)).toHaveLength(1);
      expect(noticesTo(BOB, /is deprecated/)).toHaveLength(0);

      failSendsTo.delete(BOB);
      await runTask();
      expect(noticesTo(BOB, /is deprecated/)).toHaveLength(1);
      expect(noticesTo(ALICE, /is deprecated/)).toHaveLength(1);
      expect(noticesTo(PAYMENTS, /is deprecated/)).toHaveLength(1);
      const campaign = await as(DANA).get('/deprecations/granite-8b');
      expect(campaign.body.campaign.announcedAt).toBeDefined();

      // Remind now, with Bob's sends failing: he is not counted, and the
      // next press reaches him (at most once a day is per sent notice).
      failSendsTo.add(BOB);
      const first = await as(DANA).post('/deprecations/granite-8b/remind');
      expect(first.status).toBe(200);
      expect(first.body.reminded).toBe(2); // Alice and payments
      failSendsTo.delete(BOB);
      const second = await as(DANA).post('/deprecations/granite-8b/remind');
      expect(second.body.reminded).toBe(1);
      expect(noticesTo(BOB, /retires in/)).toHaveLength(1);
    });

    it('claims each notice once, however many replicas ask at the same time', async () => {
      const store = new DeprecationStore(knex);
      const campaign = await store.create({
        modelName: 'granite-8b',
        retireAt: new Date(Date.now() + DAY_MS),
        createdBy: DANA,
      });
      const claims = await Promise.all(
        Array.from({ length: 6 }, () =>
          store.claimNotice(campaign.id, ALICE, 'remind-7'),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      // One live campaign per model; a cancelled one frees the model.
      await expect(
        store.create({
          modelName: 'granite-8b',
          retireAt: new Date(Date.now() + DAY_MS),
          createdBy: DANA,
        }),
      ).rejects.toThrow(/already deprecated/);
      // Not before its date (moved later since it was read).
      expect(await store.markRetired(campaign.id, new Date())).toBe(false);
      await store.retireAtNow(campaign.id, new Date());
      const retires = await Promise.all(
        Array.from({ length: 3 }, () =>
          store.markRetired(campaign.id, new Date()),
        ),
      );
      expect(retires.filter(Boolean)).toHaveLength(1);
      expect(await store.cancel(campaign.id, DANA)).toBe(true);
      expect(await store.cancel(campaign.id, DANA)).toBe(false);
      expect(
        (
          await store.create({
            modelName: 'granite-8b',
            retireAt: new Date(Date.now() + DAY_MS),
            createdBy: DANA,
          })
        ).status,
      ).toBe('deprecated');
    });
  },
);
