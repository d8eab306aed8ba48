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
const DAY_MS = 24 * 3600 * 1000;
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const inDays = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString();
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

describe.each(databases.eachSupportedId())(
  'grants that end, over HTTP against the LiteLLM emulator, on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let knex: Knex;
    let sent: Sent[];
    let as: ReturnType<typeof apiClient>;

    const keyModels = async (value: string) =>
      (
        await (
          await fetch(`${emulator.url}/key/info?key=${hashKey(value)}`, {
            headers: { Authorization: `Bearer ${MASTER_KEY}` },
          })
        ).json()
      ).info.models as string[];
    const runExpiry = async () => {
      const run = await as(DANA).post('/admin/grants/expiry');
      expect(run.status).toBe(200);
      expect(run.body.status).toBe('ok');
      return run.body.report as {
        noticed: number;
        expired: number;
        failed: number;
      };
    };
    const auditOf = async (action: string) =>
      (await as(DANA).get(`/audit?action=${action}`)).body.items as Array<{
        actorRef: string;
        subjectRef?: string;
        modelName?: string;
        outcome: string;
        reason?: string;
        before?: Record<string, unknown>;
      }>;

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
              owner: 'group:default/ml-platform',
              maxGrantDays: 30,
            },
            { name: 'gpt-4o-mini', accessPolicy: 'open' },
          ],
        },
        memberships: {
          [CAROL]: ['group:default/ml-platform'],
          [DANA]: ['group:default/litemaas-admins'],
        },
      }));
    });

    afterEach(async () => {
      await emulator.close();
    });

    it("keeps a grant's end within the model's longest, and gives one when none is asked", async () => {
      const model = (await as(ALICE).get('/models/granite-8b')).body.model;
      expect(model.maxGrantDays).toBe(30);

      const tooLong = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        expiresAt: inDays(45),
      });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.error.message).toMatch(/at most 30 days/);
      const passed = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        expiresAt: inDays(-1),
      });
      expect(passed.status).toBe(400);
      expect(passed.body.error.message).toMatch(/has passed/);
      const garbage = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        expiresAt: 'next tuesday',
      });
      expect(garbage.status).toBe(400);
      // Nothing was created by the refused requests.
      expect((await as(ALICE).get('/access-requests')).body.items).toHaveLength(
        0,
      );

      const asked = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
      });
      expect(asked.status).toBe(201);
      expect(asked.body.expiresAt).toBeUndefined();
      // The reviewer may not give more than the model allows either.
      const over = await as(CAROL).post(
        `/access-requests/${asked.body.id}/approve`,
        { expiresAt: inDays(31.5) },
      );
      expect(over.status).toBe(400);
      const before = Date.now();
      const approved = await as(CAROL).post(
        `/access-requests/${asked.body.id}/approve`,
        {},
      );
      expect(approved.status).toBe(200);
      const end = new Date(approved.body.expiresAt).getTime();
      expect(end).toBeGreaterThanOrEqual(before + 30 * DAY_MS);
      expect(end).toBeLessThanOrEqual(Date.now() + 30 * DAY_MS);

      // An asked end is kept when the reviewer gives none.
      const bobs = await as(BOB).post('/access-requests', {
        modelName: 'granite-8b',
        expiresAt: inDays(12),
      });
      expect(bobs.status).toBe(201);
      const kept = await as(CAROL).post(
        `/access-requests/${bobs.body.id}/approve`,
        {},
      );
      expect(kept.body.expiresAt).toBe(bobs.body.expiresAt);
      // An open model without a limit grants for ever unless asked.
      const open = await as(ALICE).post('/access-requests', {
        modelName: 'gpt-4o-mini',
      });
      expect(open.body).toMatchObject({ status: 'granted' });
      expect(open.body.expiresAt).toBeUndefined();
    });

    it('lets the subject ask to extend, and a reviewer approve or deny it', async () => {
      const asked = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        expiresAt: inDays(10),
      });
      const id = asked.body.id as string;
      await as(CAROL).post(`/access-requests/${id}/approve`, {});

      const notLater = await as(ALICE).post(
        `/access-requests/${id}/extension`,
        {
          until: inDays(5),
        },
      );
      expect(notLater.status).toBe(400);
      const tooLong = await as(ALICE).post(`/access-requests/${id}/extension`, {
        until: inDays(40),
      });
      expect(tooLong.status).toBe(400);
      expect(
        (
          await as(BOB).post(`/access-requests/${id}/extension`, {
            until: inDays(20),
          })
        ).status,
      ).toBe(404);

      const ask = await as(ALICE).post(`/access-requests/${id}/extension`, {
        until: inDays(20),
        justification: 'The pilot runs another week',
      });
      expect(ask.status).toBe(200);
      expect(ask.body.extension).toMatchObject({
        requestedBy: ALICE,
        justification: 'The pilot runs another week',
      });
      expect(ask.body.expiresAt).toBe(asked.body.expiresAt);
      expect(
        (
          await as(ALICE).post(`/access-requests/${id}/extension`, {
            until: inDays(21),
          })
        ).status,
      ).toBe(409);
      // The reviewers are told, and find it in their queue.
      expect(
        sent.some(
          n =>
            n.payload.title === 'Extension asked: granite-8b' &&
            n.recipients.entityRef.includes('group:default/ml-platform'),
        ),
      ).toBe(true);
      const queue = await as(CAROL).get(
        '/access-requests?scope=review&extension=pending',
      );
      expect(queue.body.items.map((r: { id: string }) => r.id)).toEqual([id]);
      expect(
        (await as(BOB).get('/access-requests?scope=review&extension=pending'))
          .body.items,
      ).toEqual([]);
      expect(
        (await as(ALICE).post(`/access-requests/${id}/extension/approve`, {}))
          .status,
      ).toBe(403);

      const noReason = await as(CAROL).post(
        `/access-requests/${id}/extension/deny`,
        {},
      );
      expect(noReason.status).toBe(400);
      const denied = await as(CAROL).post(
        `/access-requests/${id}/extension/deny`,
        { reason: 'The pilot is over' },
      );
      expect(denied.status).toBe(200);
      expect(denied.body.extension).toBeUndefined();
      expect(denied.body.expiresAt).toBe(asked.body.expiresAt);
      // Decided once: a second decision finds nothing waiting.
      expect(
        (await as(DANA).post(`/access-requests/${id}/extension/approve`, {}))
          .status,
      ).toBe(409);

      const askedAgain = await as(ALICE).post(
        `/access-requests/${id}/extension`,
        {
          until: inDays(20),
          justification: 'Extended pilot, ticket PILOT-7',
        },
      );
      // A reviewer whose screen still shows the first (denied) ask decides
      // on it: refused, not applied to the new ask nobody read.
      const firstAskedAt = ask.body.extension.requestedAt as string;
      expect(askedAgain.body.extension.requestedAt).not.toBe(firstAskedAt);
      for (const decision of ['approve', 'deny']) {
        const stale = await as(DANA).post(
          `/access-requests/${id}/extension/${decision}`,
          { reason: 'Seen an hour ago', requestedAt: firstAskedAt },
        );
        expect(stale.status).toBe(409);
        expect(stale.body.error.message).toMatch(/not the one you saw/);
      }
      const approved = await as(CAROL).post(
        `/access-requests/${id}/extension/approve`,
        {
          until: inDays(25),
          reason: 'Until the review',
          requestedAt: askedAgain.body.extension.requestedAt,
        },
      );
      expect(approved.status).toBe(200);
      expect(approved.body.extension).toBeUndefined();
      expect(
        Math.abs(
          new Date(approved.body.expiresAt).getTime() -
            Date.now() -
            25 * DAY_MS,
        ),
      ).toBeLessThan(60_000);
      expect(
        sent
          .filter(n => n.recipients.entityRef.includes(ALICE))
          .map(n => n.payload.title),
      ).toEqual(
        expect.arrayContaining([
          'Extension of granite-8b denied',
          'Extension of granite-8b granted',
        ]),
      );

      const history = (await as(ALICE).get(`/access-requests/${id}`)).body
        .history as Array<{
        action: string;
        actorRef: string;
        reason?: string;
      }>;
      expect(history.map(e => e.action)).toEqual([
        'requested',
        'granted',
        'extension-requested',
        'extension-denied',
        'extension-requested',
        'extended',
      ]);
      expect(history[3]).toMatchObject({
        actorRef: CAROL,
        reason: 'The pilot is over',
      });
      // A grant that ends leaves no extension waiting in the queue.
      await as(ALICE).post(`/access-requests/${id}/extension`, {
        until: inDays(28),
      });
      const revoked = await as(CAROL).post(`/access-requests/${id}/revoke`, {
        reason: 'Pilot cancelled',
      });
      expect(revoked.body.extension).toBeUndefined();
      expect(
        (await as(CAROL).get('/access-requests?scope=review&extension=pending'))
          .body.items,
      ).toEqual([]);
      const audit = await auditOf('access-extension-approve');
      expect(audit[0]).toMatchObject({
        actorRef: CAROL,
        subjectRef: ALICE,
        modelName: 'granite-8b',
        outcome: 'succeeded',
      });
      expect(audit[0].before).toMatchObject({
        expiresAt: asked.body.expiresAt,
      });
    });

    it('tells the subject 7 and 1 days before, once each, then ends the grant and takes the model out of its keys', async () => {
      const soon = await as(ALICE).post('/access-requests', {
        modelName: 'gpt-4o-mini',
        expiresAt: new Date(Date.now() + 4000).toISOString(),
      });
      expect(soon.body).toMatchObject({ status: 'granted' });
      const granite = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
      });
      await as(CAROL).post(`/access-requests/${granite.body.id}/approve`, {});
      const key = await as(ALICE).post('/keys', {
        name: 'both',
        models: ['gpt-4o-mini', 'granite-8b'],
      });
      expect(key.status).toBe(201);
      const weekly = await as(BOB).post('/access-requests', {
        modelName: 'gpt-4o-mini',
        expiresAt: inDays(5),
      });

      expect((await as(ALICE).post('/admin/grants/expiry')).status).toBe(403);
      expect(await runExpiry()).toEqual({
        noticed: 2,
        expired: 0,
        failed: 0,
        endsSet: 0,
      });
      const notices = sent.filter(n => / ends /.test(n.payload.title));
      expect(notices.map(n => n.payload.title).sort()).toEqual([
        'Access to gpt-4o-mini ends in 5 days',
        'Access to gpt-4o-mini ends within a day',
      ]);
      const alices = notices.find(n => n.recipients.entityRef.includes(ALICE))!;
      expect(alices.payload.link).toBe(
        `/litemaas/access?extend=${soon.body.id}`,
      );
      // Not twice, on this or any replica: the notice is claimed in the database.
      expect(await runExpiry()).toEqual({
        noticed: 0,
        expired: 0,
        failed: 0,
        endsSet: 0,
      });

      await sleep(
        Math.max(0, new Date(soon.body.expiresAt).getTime() - Date.now() + 50),
      );
      // Past its end the grant gives no access, even before the task runs.
      const late = await as(ALICE).post('/keys', {
        name: 'late',
        models: ['gpt-4o-mini'],
      });
      expect(late.status).toBe(400);
      expect(late.body.error.message).toMatch(/no access to gpt-4o-mini/);
      expect(await runExpiry()).toEqual({
        noticed: 0,
        expired: 1,
        failed: 0,
        endsSet: 0,
      });
      const ended = await as(ALICE).get(`/access-requests/${soon.body.id}`);
      expect(ended.body.request.status).toBe('expired');
      expect(ended.body.history.at(-1)).toMatchObject({
        action: 'expired',
        actorRef: 'system:litemaas',
        fromStatus: 'granted',
        toStatus: 'expired',
        reason: 'The grant reached its end date',
      });
      // The model left the key, in LiteLLM too; the other model stays.
      expect(await keyModels(key.body.value)).toEqual(['granite-8b']);
      expect(
        (await as(ALICE).get(`/keys/${key.body.key.id}`)).body.models,
      ).toEqual(['granite-8b']);
      expect(
        sent.some(
          n =>
            n.payload.title === 'Access to gpt-4o-mini ended' &&
            n.recipients.entityRef.includes(ALICE),
        ),
      ).toBe(true);
      const audit = await auditOf('access-expire');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorRef: 'system:litemaas',
        subjectRef: ALICE,
        modelName: 'gpt-4o-mini',
        outcome: 'succeeded',
        reason: 'The grant reached its end date',
      });
      // Bob's grant still runs; Alice may ask again.
      expect(
        (await as(BOB).get(`/access-requests/${weekly.body.id}`)).body.request
          .status,
      ).toBe('granted');
      expect(
        (await as(ALICE).post('/access-requests', { modelName: 'gpt-4o-mini' }))
          .status,
      ).toBe(201);
      expect(await runExpiry()).toEqual({
        noticed: 0,
        expired: 0,
        failed: 0,
        endsSet: 0,
      });
    });

    it('gives open-ended grants an end when a model starts limiting grants', async () => {
      const forever = await as(ALICE).post('/access-requests', {
        modelName: 'gpt-4o-mini',
      });
      const short = await as(BOB).post('/access-requests', {
        modelName: 'gpt-4o-mini',
        expiresAt: inDays(3),
      });
      expect(
        (await as(DANA).put('/models/gpt-4o-mini/policy', { maxGrantDays: 0 }))
          .status,
      ).toBe(400);
      expect(
        (
          await as(CAROL).put('/models/gpt-4o-mini/policy', {
            maxGrantDays: 10,
          })
        ).status,
      ).toBe(403);
      const set = await as(DANA).put('/models/gpt-4o-mini/policy', {
        maxGrantDays: 10,
      });
      expect(set.status).toBe(200);
      expect(set.body.maxGrantDays).toBe(10);

      const now = Date.now();
      const alices = (
        await as(ALICE).get(`/access-requests/${forever.body.id}`)
      ).body;
      expect(
        Math.abs(
          new Date(alices.request.expiresAt).getTime() - now - 10 * DAY_MS,
        ),
      ).toBeLessThan(60_000);
      expect(alices.history.at(-1)).toMatchObject({
        action: 'end-set',
        actorRef: DANA,
        reason: 'The model now limits how long a grant lasts',
      });
      // A grant that ends sooner keeps its end.
      expect(
        (await as(BOB).get(`/access-requests/${short.body.id}`)).body.request
          .expiresAt,
      ).toBe(short.body.expiresAt);
      // A grant that escaped the limit (approved under the old policy at the
      // same moment, or a change cut short) is caught up by the expiry run.
      await knex('litemaas_access_requests')
        .where({ id: forever.body.id })
        .update({ expires_at: null });
      expect(await runExpiry()).toMatchObject({ endsSet: 1 });
      expect(
        (await as(ALICE).get(`/access-requests/${forever.body.id}`)).body
          .request.expiresAt,
      ).toBeDefined();
      expect(await runExpiry()).toMatchObject({ endsSet: 0 });
      // Removing the limit ends nothing and lets new grants run on.
      const cleared = await as(DANA).put('/models/gpt-4o-mini/policy', {
        maxGrantDays: null,
      });
      expect(cleared.status).toBe(200);
      expect(cleared.body.maxGrantDays).toBeUndefined();
    });
  },
);
