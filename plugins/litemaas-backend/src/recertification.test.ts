import { TestDatabases } from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { RECERTIFICATION_CSV_COLUMNS } from '@litemaas/backstage-plugin-litemaas-common';
import { Knex } from 'knex';
import { apiClient } from './__testUtils__/http';
import {
  SentNotification as Sent,
  startLitemaas,
} from './__testUtils__/litemaasBackend';

jest.setTimeout(120_000);

const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const CAROL = 'user:default/carol'; // owns granite through ml-platform
const DANA = 'user:default/dana'; // admin
const ML = 'group:default/ml-platform';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

describe.each(databases.eachSupportedId())(
  'recertification campaigns over HTTP, against the LiteLLM emulator, on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let knex: Knex;
    let sent: Sent[];
    let as: ReturnType<typeof apiClient>;

    beforeEach(async () => {
      ({ as, knex, emulator, sent } = await startLitemaas({
        databases,
        databaseId,
        models: ['granite-8b', 'gpt-4o-mini'],
        config: {
          models: [
            { name: 'granite-8b', accessPolicy: 'restricted', owner: ML },
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

    /** Alice's and Bob's grants of granite, and Alice's of gpt-4o-mini. */
    async function grants() {
      const ids = { alice: '', bob: '', aliceOpen: '' };
      for (const [who, user] of [
        ['alice', ALICE],
        ['bob', BOB],
      ] as const) {
        const asked = await as(user).post('/access-requests', {
          modelName: 'granite-8b',
        });
        await as(CAROL).post(`/access-requests/${asked.body.id}/approve`, {});
        ids[who] = asked.body.id;
      }
      ids.aliceOpen = (
        await as(ALICE).post('/access-requests', { modelName: 'gpt-4o-mini' })
      ).body.id;
      // Alice used granite yesterday and today; Bob never did.
      const day = (offset: number) =>
        new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
      await knex('litemaas_usage_daily').insert([
        {
          day: day(1),
          key_hash: 'h1',
          model: 'granite-8b',
          provider: 'openai',
          subject_ref: ALICE,
          spend: 1.5,
          requests: 12,
        },
        {
          day: day(0),
          key_hash: 'h1',
          model: 'granite-8b',
          provider: 'openai',
          subject_ref: ALICE,
          spend: 0.25,
          requests: 3,
        },
      ]);
      return { ...ids, today: day(0) };
    }

    const runDeadlines = async () => {
      const run = await as(DANA).post('/admin/grants/recertification');
      expect(run.status).toBe(200);
      expect(run.body.status).toBe('ok');
      return run.body.report;
    };

    it('lists every grant of the owner’s models with last use and spend; the owner keeps or ends each; the decisions export', async () => {
      const ids = await grants();
      expect(
        (
          await as(BOB).post('/recertifications', {
            deadline: inMs(3600_000),
          })
        ).status,
      ).toBe(403);
      // Carol reviews granite only.
      expect(
        (
          await as(CAROL).post('/recertifications', {
            modelNames: ['gpt-4o-mini'],
            deadline: inMs(3600_000),
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await as(CAROL).post('/recertifications', {
            deadline: inMs(-1000),
          })
        ).status,
      ).toBe(400);

      expect(
        (
          await as(CAROL).post('/recertifications', {
            modelNames: [],
            deadline: inMs(3600_000),
          })
        ).status,
      ).toBe(400);
      const started = await as(CAROL).post('/recertifications', {
        name: 'Q4 granite review',
        deadline: inMs(7 * 86_400_000),
        onDeadline: 'end',
      });
      expect(started.status).toBe(201);
      const { campaign, items } = started.body;
      expect(campaign).toMatchObject({
        name: 'Q4 granite review',
        modelNames: ['granite-8b'],
        createdBy: CAROL,
        status: 'open',
        onDeadline: 'end',
        progress: { total: 2, pending: 2 },
      });
      const alice = items.find((i: any) => i.subjectRef === ALICE);
      expect(alice).toMatchObject({
        requestId: ids.alice,
        decision: 'pending',
        lastUsedDay: ids.today,
        spend90d: 1.75,
        requests90d: 15,
      });
      expect(items.find((i: any) => i.subjectRef === BOB)).toMatchObject({
        requestId: ids.bob,
        spend90d: 0,
        requests90d: 0,
      });
      expect(
        sent.some(
          n =>
            n.payload.title.startsWith('Recertify 2 grants') &&
            n.recipients.entityRef.includes(ML),
        ),
      ).toBe(true);
      // Others see nothing of it.
      expect((await as(BOB).get('/recertifications')).body.items).toEqual([]);
      expect(
        (await as(BOB).get(`/recertifications/${campaign.id}`)).status,
      ).toBe(404);
      expect(
        (await as(DANA).get('/recertifications')).body.items.map(
          (c: any) => c.id,
        ),
      ).toEqual([campaign.id]);

      const decided = await as(CAROL).post(
        `/recertifications/${campaign.id}/decisions`,
        {
          decisions: [
            { requestId: ids.alice, decision: 'keep' },
            { requestId: ids.bob, decision: 'end', reason: 'Unused' },
            { requestId: ids.aliceOpen, decision: 'end' },
          ],
        },
      );
      expect(decided.status).toBe(200);
      expect(decided.body.results.map((r: any) => r.ok)).toEqual([
        true,
        true,
        false,
      ]);
      expect(decided.body.results[2].error.name).toBe('NotFoundError');
      expect(decided.body.detail.campaign.progress).toMatchObject({
        total: 2,
        pending: 0,
        keep: 1,
        end: 1,
      });
      // Bob's grant ended, for the reason given; Alice's open one is untouched.
      const bob = (await as(BOB).get(`/access-requests/${ids.bob}`)).body;
      expect(bob.request.status).toBe('revoked');
      expect(bob.history.at(-1)).toMatchObject({
        actorRef: CAROL,
        reason: 'Not recertified (Q4 granite review): Unused',
      });
      expect(
        (await as(ALICE).get(`/access-requests/${ids.aliceOpen}`)).body.request
          .status,
      ).toBe('granted');
      // Decided once: a second decision on Bob finds it decided.
      const again = await as(DANA).post(
        `/recertifications/${campaign.id}/decisions`,
        { decisions: [{ requestId: ids.bob, decision: 'keep' }] },
      );
      expect(again.body.results[0]).toMatchObject({ ok: false });
      expect(again.body.results[0].error.name).toBe('ConflictError');

      // The export holds the decisions, column by column.
      const csv = await as(CAROL).get(
        `/recertifications/${campaign.id}/export?format=csv`,
      );
      expect(csv.status).toBe(200);
      const [header, ...lines] = csv.text.trim().split('\n');
      expect(header).toBe(RECERTIFICATION_CSV_COLUMNS.join(','));
      const rows = lines.map(line => line.split(','));
      const bobRow = rows.find(r => r[2] === BOB)!;
      expect(bobRow).toEqual([
        'Q4 granite review',
        'granite-8b',
        BOB,
        ids.bob,
        'end',
        CAROL,
        expect.stringMatching(/^\d{4}-/),
        'Unused',
        '',
        '0',
        '0',
      ]);
      const json = await as(CAROL).get(
        `/recertifications/${campaign.id}/export?format=json`,
      );
      expect(json.body).toHaveLength(2);
      expect(json.body.find((r: any) => r.subject === ALICE)).toMatchObject({
        model: 'granite-8b',
        decision: 'keep',
        decidedBy: CAROL,
        spend90d: 1.75,
      });
      expect(
        (await as(BOB).get(`/recertifications/${campaign.id}/export`)).status,
      ).toBe(404);
    });

    it('reminds before the deadline, then ends (or flags) what nobody confirmed, once', async () => {
      const ids = await grants();
      const ending = await as(DANA).post('/recertifications', {
        modelNames: ['granite-8b'],
        deadline: inMs(3000),
        onDeadline: 'end',
      });
      const flagging = await as(DANA).post('/recertifications', {
        modelNames: ['gpt-4o-mini'],
        deadline: inMs(3000),
        onDeadline: 'flag',
      });
      expect(flagging.body.campaign.progress.total).toBe(1);
      await as(DANA).post(
        `/recertifications/${ending.body.campaign.id}/decisions`,
        { decisions: [{ requestId: ids.alice, decision: 'keep' }] },
      );

      expect(
        (await as(CAROL).post('/admin/grants/recertification')).status,
      ).toBe(403);
      expect(await runDeadlines()).toEqual({
        reminded: 2,
        closed: 0,
        ended: 0,
        flagged: 0,
        failed: 0,
      });
      expect(
        sent.filter(n => /still to recertify/.test(n.payload.title)),
      ).toHaveLength(2);
      expect(await runDeadlines()).toMatchObject({ reminded: 0 });

      await sleep(3200);
      // Past the deadline, decisions stop: the run settles what is left.
      const late = await as(DANA).post(
        `/recertifications/${ending.body.campaign.id}/decisions`,
        { decisions: [{ requestId: ids.bob, decision: 'keep' }] },
      );
      expect(late.status).toBe(409);
      expect(await runDeadlines()).toEqual({
        reminded: 0,
        closed: 2,
        ended: 1,
        flagged: 1,
        failed: 0,
      });
      // Bob was not confirmed: his grant ended, by LiteMaaS itself.
      const bob = (await as(BOB).get(`/access-requests/${ids.bob}`)).body;
      expect(bob.request.status).toBe('revoked');
      expect(bob.history.at(-1).actorRef).toBe('system:litemaas');
      expect(
        (await as(ALICE).get(`/access-requests/${ids.alice}`)).body.request
          .status,
      ).toBe('granted');
      // The flagging campaign kept Alice's open grant.
      expect(
        (await as(ALICE).get(`/access-requests/${ids.aliceOpen}`)).body.request
          .status,
      ).toBe('granted');
      const closed = (
        await as(DANA).get(`/recertifications/${ending.body.campaign.id}`)
      ).body.campaign;
      expect(closed).toMatchObject({
        status: 'closed',
        progress: { keep: 1, expired: 1, pending: 0 },
      });
      expect(
        (await as(DANA).get(`/recertifications/${flagging.body.campaign.id}`))
          .body.campaign.progress,
      ).toMatchObject({ flagged: 1, pending: 0 });
      expect(
        sent.some(
          n =>
            n.payload.title === 'Access to granite-8b ended' &&
            n.recipients.entityRef.includes(BOB),
        ),
      ).toBe(true);
      const audit = (
        await as(DANA).get(
          '/audit?action=access-revoke&actorRef=system%3Alitemaas',
        )
      ).body.items;
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        subjectRef: BOB,
        modelName: 'granite-8b',
      });
      // Closed campaigns take no more decisions, and a second run does nothing.
      expect(
        (
          await as(DANA).post(
            `/recertifications/${ending.body.campaign.id}/decisions`,
            { decisions: [{ requestId: ids.alice, decision: 'end' }] },
          )
        ).status,
      ).toBe(409);
      expect(await runDeadlines()).toEqual({
        reminded: 0,
        closed: 0,
        ended: 0,
        flagged: 0,
        failed: 0,
      });
    });

    it('finishes an end a dead process left unfinished, and shows owners only their models', async () => {
      const ids = await grants();
      const campaign = (
        await as(DANA).post('/recertifications', {
          modelNames: ['granite-8b', 'gpt-4o-mini'],
          deadline: inMs(7 * 86_400_000),
        })
      ).body.campaign;
      // Carol reviews granite only: she sees granite's part of it.
      const carols = (await as(CAROL).get(`/recertifications/${campaign.id}`))
        .body;
      expect(carols.campaign.modelNames).toEqual(['granite-8b']);
      expect(carols.campaign.progress.total).toBe(2);
      expect(carols.items.map((i: any) => i.modelName)).toEqual([
        'granite-8b',
        'granite-8b',
      ]);
      expect(
        (await as(CAROL).get('/recertifications')).body.items[0].modelNames,
      ).toEqual(['granite-8b']);

      // Bob's item says "end" but the process died before the revoke.
      await knex('litemaas_recert_items')
        .where({ campaign_id: campaign.id, request_id: ids.bob })
        .update({
          decision: 'end',
          decided_by: CAROL,
          decided_at: new Date(Date.now() - 10 * 60_000),
          reason: 'Unused',
        });
      expect(await runDeadlines()).toMatchObject({ ended: 1, failed: 0 });
      const bob = (await as(BOB).get(`/access-requests/${ids.bob}`)).body;
      expect(bob.request.status).toBe('revoked');
      expect(bob.history.at(-1)).toMatchObject({
        actorRef: CAROL,
        reason: `Not recertified (${campaign.name}): Unused`,
      });
      expect(await runDeadlines()).toMatchObject({ ended: 0 });
    });
  },
);
