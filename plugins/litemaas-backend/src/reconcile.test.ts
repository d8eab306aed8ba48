import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { startEmulator } from '@litemaas/litellm-emulator';
import { Knex } from 'knex';
import { litemaasPlugin } from './plugin';
import { apiClient } from './__testUtils__/http';
import { FIXTURE_MODELS } from './__testUtils__/keyFixture';
import { portalPolicyServices } from './testUtils/portalPolicy';

jest.setTimeout(120_000);

const MASTER_KEY = 'sk-test-master-key';
const ALICE = 'user:default/alice';
const DANA = 'user:default/dana';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())(
  'reconciliation over HTTP on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let knex: Knex;
    let sent: any[];

    /** One replica of the backend; several share one database. */
    async function replica() {
      const { server } = await startTestBackend({
        features: [
          litemaasPlugin,
          mockServices.database.factory({ knex }),
          createServiceFactory({
            service: notificationService,
            deps: {},
            factory: () => ({ send: async (n: any) => void sent.push(n) }),
          }),
          catalogServiceMock.factory({
            entities: [
              {
                apiVersion: 'backstage.io/v1alpha1',
                kind: 'User',
                metadata: { name: 'alice', namespace: 'default' },
                spec: { profile: { email: 'alice@example.com' } },
              },
              {
                apiVersion: 'backstage.io/v1alpha1',
                kind: 'Group',
                metadata: { name: 'payments', namespace: 'default' },
                spec: { type: 'team', children: [] },
              },
            ],
          }),
          mockServices.rootConfig.factory({
            data: {
              litemaas: {
                litellm: {
                  baseUrl: emulator.url,
                  masterKey: MASTER_KEY,
                  retries: 0,
                },
                admins: ['group:default/litemaas-admins'],
                models: [{ name: 'gpt-4o-mini', accessPolicy: 'open' }],
                keys: {
                  reconcile: { confirmMissingAfter: { milliseconds: 0 } },
                },
              },
            },
          }),
          ...portalPolicyServices({
            admins: ['group:default/litemaas-admins'],
            memberships: { [DANA]: ['group:default/litemaas-admins'] },
          }),
        ],
      });
      return apiClient(server);
    }

    beforeEach(async () => {
      sent = [];
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: { models: FIXTURE_MODELS },
      });
      knex = await databases.init(databaseId);
    });
    afterEach(async () => {
      await emulator.close();
    });

    it('runs as the scheduled task; every replica shows the same report', async () => {
      const one = await replica();
      const two = await replica();
      expect((await one(ALICE).post('/admin/reconcile')).status).toBe(403);
      expect((await one(ALICE).get('/admin/reconcile')).status).toBe(403);

      const asked = await one(DANA).post('/admin/reconcile');
      expect(asked.status).toBe(200);
      expect(asked.body).toMatchObject({
        status: 'ok',
        holds: [],
        report: { gatewayKeys: 0, heldBack: 0 },
      });
      expect(asked.body.finishedAt >= asked.body.requestedAt).toBe(true);
      const elsewhere = await two(DANA).get('/admin/reconcile');
      expect(elsewhere.body.report).toEqual(asked.body.report);
      expect(elsewhere.body.report.instanceId).toBe(
        asked.body.report.instanceId,
      );

      // The same for the usage pull.
      const usage = await one(DANA).post('/admin/usage/sync');
      expect(usage.body).toMatchObject({ status: 'ok' });
      expect(usage.body.report.days.length).toBeGreaterThan(0);
      expect((await two(DANA).get('/admin/usage/sync')).body.report).toEqual(
        usage.body.report,
      );
      expect((await two(ALICE).post('/admin/usage/sync')).status).toBe(403);
    });

    it('holds back when LiteLLM lost the keys, tells the admins, and does what they confirm', async () => {
      const as = await replica();
      const keys = [];
      expect(
        (await as(ALICE).post('/access-requests', { modelName: 'gpt-4o-mini' }))
          .status,
      ).toBe(201);
      for (let i = 0; i < 3; i++) {
        keys.push(
          (
            await as(ALICE).post('/keys', {
              name: `k${i}`,
              models: ['gpt-4o-mini'],
            })
          ).body,
        );
      }
      emulator.state.keys.clear();
      await as(DANA).post('/admin/reconcile');
      const held = await as(DANA).post('/admin/reconcile');
      expect(held.body.report).toMatchObject({ heldBack: 3, markedRevoked: 0 });
      expect(held.body.holds).toHaveLength(3);
      expect(
        sent.filter(n => n.payload.topic === 'litemaas-reconciliation'),
      ).toEqual([
        expect.objectContaining({
          recipients: expect.objectContaining({
            entityRef: ['group:default/litemaas-admins'],
          }),
          payload: expect.objectContaining({
            title: 'Key reconciliation held back 3 changes',
          }),
        }),
      ]);
      const mine = await as(ALICE).get('/keys');
      expect(mine.body.items.map((k: any) => k.status)).toEqual([
        'active',
        'active',
        'active',
      ]);

      const [first, ...rest] = held.body.holds.map((h: any) => h.id);
      expect(
        (
          await as(ALICE).post('/admin/reconcile/holds/confirm', {
            ids: [first],
          })
        ).status,
      ).toBe(403);
      const confirmed = await as(DANA).post('/admin/reconcile/holds/confirm', {
        ids: [first],
      });
      expect(confirmed.body.results).toEqual([
        { id: first, outcome: 'done', message: 'Marked revoked' },
      ]);
      expect(
        (await as(DANA).post('/admin/reconcile/holds/dismiss', { ids: rest }))
          .body,
      ).toEqual({ dismissed: 2 });
      const after = await as(DANA).post('/admin/reconcile');
      expect(after.body.holds).toEqual([]);
      const statuses = (
        await as(ALICE).get('/keys?includeRevoked=true')
      ).body.items.map((k: any) => k.status);
      expect(statuses.sort()).toEqual(['active', 'active', 'revoked']);
      // Bad input is a 400, not a crash.
      expect(
        (await as(DANA).post('/admin/reconcile/holds/confirm', { ids: [] }))
          .status,
      ).toBe(400);
    });

    it('lets an admin adopt a key made outside the portal, or leave it', async () => {
      const as = await replica();
      const made = [];
      for (const userId of ['alice', 'batch-job']) {
        made.push(
          await fetch(`${emulator.url}/key/generate`, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${MASTER_KEY}`,
              'Content-Type': 'application/json',
            },
            body: JSON.stringify({
              user_id: userId,
              key_alias: `ansible-${userId}`,
              models: ['gpt-4o-mini'],
            }),
          }).then(r => r.json()),
        );
      }
      const status = await as(DANA).post('/admin/reconcile');
      expect(
        status.body.report.unmanaged.map((u: any) => [
          u.userId,
          u.suggestedOwnerRef,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['alice', ALICE],
          ['batch-job', undefined],
        ]),
      );
      const [alices, batch] = made;
      expect(
        (
          await as(ALICE).post(`/admin/unmanaged-keys/${alices.token}/adopt`, {
            ownerRef: ALICE,
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await as(DANA).post(`/admin/unmanaged-keys/${alices.token}/adopt`, {
            ownerRef: 'user:default/nobody',
          })
        ).status,
      ).toBe(400);
      const adopted = await as(DANA).post(
        `/admin/unmanaged-keys/${alices.token}/adopt`,
        { ownerRef: ALICE, name: 'Ansible CI' },
      );
      expect(adopted.status).toBe(201);
      expect(adopted.body).toMatchObject({
        name: 'Ansible CI',
        subjectRef: ALICE,
        origin: 'adopted',
      });
      expect(
        (await as(ALICE).get('/keys')).body.items.map((k: any) => k.name),
      ).toEqual(['Ansible CI']);
      expect(
        (
          await as(DANA).post(`/admin/unmanaged-keys/${alices.token}/adopt`, {
            ownerRef: ALICE,
          })
        ).status,
      ).toBe(409);
      expect(
        (await as(DANA).post(`/admin/unmanaged-keys/${batch.token}/leave`))
          .status,
      ).toBe(204);
      expect(
        (await as(DANA).post(`/admin/unmanaged-keys/not-a-hash/leave`)).status,
      ).toBe(400);
      const later = await as(DANA).post('/admin/reconcile');
      expect(later.body.report.unmanaged).toEqual([]);
      // Left alone means left alone: it still works in LiteLLM.
      expect(emulator.state.getKey(batch.key)).toBeDefined();
    });
  },
);
