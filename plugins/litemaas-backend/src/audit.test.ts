import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { AUDIT_CSV_COLUMNS } from '@litemaas/backstage-plugin-litemaas-common';
import { Knex } from 'knex';
import request from 'supertest';
import { litemaasPlugin } from './plugin';
import { apiClient } from './__testUtils__/http';
import { everyRowAsText } from './__testUtils__/tables';
import { portalPolicyServices } from './testUtils/portalPolicy';

jest.setTimeout(60_000);

const MASTER_KEY = 'sk-test-master-key';
const ALICE = 'user:default/alice';
const CAROL = 'user:default/carol'; // owns granite-8b through ml-platform
const DANA = 'user:default/dana'; // admin

const deployment = (name: string, model: string) => ({
  model_name: name,
  litellm_params: { model },
  model_info: { id: `id-${name}` },
});

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())(
  'the audit trail over HTTP, against the LiteLLM emulator, on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
    let knex: Knex;
    const as = apiClient(() => server);

    beforeEach(async () => {
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: {
          models: [
            deployment('gpt-4o-mini', 'openai/gpt-4o-mini'),
            deployment('granite-8b', 'hosted_vllm/granite-3.1-2b-instruct'),
          ],
        },
      });
      knex = await databases.init(databaseId);
      ({ server } = await startTestBackend({
        features: [
          litemaasPlugin,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              litemaas: {
                litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
                models: [
                  { name: 'gpt-4o-mini', accessPolicy: 'open' },
                  {
                    name: 'granite-8b',
                    accessPolicy: 'restricted',
                    owner: 'group:default/ml-platform',
                  },
                ],
              },
            },
          }),
          ...portalPolicyServices({
            admins: ['group:default/litemaas-admins'],
            memberships: {
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

    /** Requests, approvals, a limit change, a key's life and a setting. */
    async function governance() {
      const asked = await as(ALICE).post('/access-requests', {
        modelName: 'granite-8b',
        justification: 'Ticket summaries',
      });
      expect(asked.status).toBe(201);
      // Not a reviewer of granite: refused, and the refusal is kept too.
      expect(
        (await as(ALICE).post(`/access-requests/${asked.body.id}/approve`, {}))
          .status,
      ).toBe(403);
      expect(
        (await as(CAROL).post(`/access-requests/${asked.body.id}/approve`, {}))
          .status,
      ).toBe(200);
      const created = await as(ALICE).post('/keys', {
        name: 'summaries',
        models: ['granite-8b'],
      });
      expect(created.status).toBe(201);
      // The grant narrows: the key's limits follow, by the portal itself.
      expect(
        (
          await as(CAROL).put(`/access-requests/${asked.body.id}/limits`, {
            limits: { tpm: 1000, rpm: 10 },
            reason: 'Capacity is short this month',
          })
        ).status,
      ).toBe(200);
      const rotated = await as(ALICE).post(
        `/keys/${created.body.key.id}/rotate`,
        {},
      );
      expect(rotated.status).toBe(200);
      expect(
        (await as(ALICE).post(`/keys/${created.body.key.id}/revoke`, {}))
          .status,
      ).toBe(200);
      // An open model, by another route: not granite's part of the trail.
      await as(ALICE).post('/access-requests', { modelName: 'gpt-4o-mini' });
      const settings = (await as(DANA).get('/admin/key-settings')).body;
      expect(
        (
          await as(DANA).put('/admin/key-settings', {
            ...settings,
            maxActiveKeysPerSubject: 7,
          })
        ).status,
      ).toBe(200);
      return {
        requestId: asked.body.id as string,
        keyId: created.body.key.id as string,
        values: [created.body.value, rotated.body.value] as string[],
        settings,
      };
    }

    it('keeps every governance action with actor, subject, model, before, after and reason', async () => {
      const { requestId, keyId, settings } = await governance();
      const res = await as(DANA).get('/audit?limit=100');
      expect(res.status).toBe(200);
      const events = res.body.items as any[];
      expect(res.body.total).toBe(events.length);
      // Newest first.
      expect(events.map(e => e.at)).toEqual(
        [...events.map(e => e.at)].sort().reverse(),
      );
      const find = (action: string, outcome = 'succeeded') =>
        events.find(
          e =>
            e.action === action &&
            e.outcome === outcome &&
            e.modelName !== 'gpt-4o-mini',
        );

      expect(find('access-request')).toMatchObject({
        actorRef: ALICE,
        subjectRef: ALICE,
        modelName: 'granite-8b',
        target: requestId,
        reason: 'Ticket summaries',
      });
      expect(find('access-approve', 'failed')).toMatchObject({
        actorRef: ALICE,
        target: requestId,
        error: expect.stringMatching(/owner|review|not allowed/i),
      });
      expect(find('access-approve')).toMatchObject({
        actorRef: CAROL,
        subjectRef: ALICE,
        modelName: 'granite-8b',
        after: expect.objectContaining({ status: 'granted' }),
      });
      expect(find('access-limits')).toMatchObject({
        actorRef: CAROL,
        subjectRef: ALICE,
        modelName: 'granite-8b',
        reason: 'Capacity is short this month',
        before: { limits: {} },
        after: expect.objectContaining({ limits: { tpm: 1000, rpm: 10 } }),
      });
      for (const action of ['key-create', 'key-rotate', 'key-revoke']) {
        expect(find(action)).toMatchObject({
          actorRef: ALICE,
          subjectRef: ALICE,
          modelName: 'granite-8b',
          target: keyId,
        });
      }
      expect(find('key-revoke').after).toMatchObject({ status: 'revoked' });
      const narrowed = find('key-narrow');
      expect(narrowed).toMatchObject({
        actorRef: 'system:litemaas',
        subjectRef: ALICE,
        modelName: 'granite-8b',
        target: keyId,
        reason: 'Held to its owner’s grants',
        after: {
          status: 'active',
          limits: {
            modelTpm: { 'granite-8b': 1000 },
            modelRpm: { 'granite-8b': 10 },
          },
        },
      });
      expect(narrowed.before.limits.modelTpm?.['granite-8b']).not.toBe(1000);
      // The open model's grant: the portal's own reason.
      expect(events.find(e => e.modelName === 'gpt-4o-mini')).toMatchObject({
        action: 'access-request',
        actorRef: ALICE,
        after: expect.objectContaining({ status: 'granted' }),
        reason: 'Open model: granted on request',
      });
      expect(find('key-settings')).toMatchObject({
        actorRef: DANA,
        target: 'key-policy',
        before: settings,
        after: { ...settings, maxActiveKeysPerSubject: 7 },
      });

      // Filters.
      const byCarol = await as(DANA).get(
        `/audit?actorRef=${encodeURIComponent(CAROL)}`,
      );
      expect(byCarol.body.items.map((e: any) => e.action)).toEqual([
        'access-limits',
        'access-approve',
      ]);
      const failed = await as(DANA).get('/audit?outcome=failed');
      expect(failed.body.items.map((e: any) => e.action)).toEqual([
        'access-approve',
      ]);
      const words = await as(DANA).get('/audit?search=capacity');
      expect(words.body.items.map((e: any) => e.action)).toEqual([
        'access-limits',
      ]);
      const paged = await as(DANA).get('/audit?limit=2&offset=1');
      expect(paged.body).toMatchObject({
        total: events.length,
        offset: 1,
        limit: 2,
      });
      expect(paged.body.items).toEqual(events.slice(1, 3));
    });

    it("shows a model owner their models' part, and nobody else anything", async () => {
      await governance();
      const carols = await as(CAROL).get('/audit?limit=100');
      expect(carols.status).toBe(200);
      expect(carols.body.items.length).toBeGreaterThan(0);
      expect(new Set(carols.body.items.map((e: any) => e.modelName))).toEqual(
        new Set(['granite-8b']),
      );
      // Who asked and who decided; not the keys of the people who use it.
      expect(carols.body.items.map((e: any) => e.action)).toEqual([
        'access-limits',
        'access-approve',
        'access-request',
      ]);
      // Asking for another model's events finds none of them.
      const other = await as(CAROL).get('/audit?modelName=gpt-4o-mini');
      expect(other.body).toMatchObject({ items: [], total: 0 });

      const alices = await as(ALICE).get('/audit');
      expect(alices.status).toBe(403);
      expect(alices.body.error.message).toMatch(/admins and model owners/);
      expect((await as(ALICE).get('/audit/export')).status).toBe(403);
    });

    it('exports the same events as CSV and JSON', async () => {
      await governance();
      const listed = (await as(DANA).get('/audit?limit=1000')).body.items;

      const json = await as(DANA).get('/audit/export?format=json');
      expect(json.status).toBe(200);
      expect(json.headers['content-disposition']).toMatch(
        /attachment; filename="litemaas-audit-.*\.json"/,
      );
      expect(json.body).toEqual(listed);

      const csv = await as(DANA).get('/audit/export?format=csv');
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.text.trim().split('\n');
      expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
      // One line per event (no cell here holds a line break).
      expect(lines).toHaveLength(listed.length + 1);
      expect(lines[1].split(',').slice(0, 4)).toEqual([
        listed[0].id,
        listed[0].at,
        listed[0].action,
        listed[0].outcome,
      ]);

      // A browser download carries Backstage's user cookie, not a header.
      const download = await request(server)
        .get('/api/litemaas/audit/export?format=csv')
        .set('Cookie', mockCredentials.limitedUser.cookie(DANA));
      expect(download.status).toBe(200);
      expect(download.text).toBe(csv.text);
      // ...and nothing opens the list to a cookie alone.
      expect(
        (
          await request(server)
            .get('/api/litemaas/audit')
            .set('Cookie', mockCredentials.limitedUser.cookie(DANA))
        ).status,
      ).toBe(403);

      const filtered = await as(DANA).get(
        '/audit/export?format=json&action=key-rotate',
      );
      expect(filtered.body.map((e: any) => e.action)).toEqual(['key-rotate']);
    });

    it('never keeps a key value', async () => {
      const { values } = await governance();
      const text = await everyRowAsText(knex);
      expect(text).toContain('key-rotate');
      for (const value of values) {
        expect(value).toMatch(/^sk-/);
        expect(text).not.toContain(value);
      }
    });

    it('answers bad filters with a 400 that says what is wrong', async () => {
      const bad = await as(DANA).get('/audit?from=yesterday');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/from must be a date/);
      const backwards = await as(DANA).get(
        '/audit?from=2026-12-02&to=2026-12-01',
      );
      expect(backwards.status).toBe(400);
      expect(backwards.body.error.message).toMatch(/to must be after from/);
      expect((await as(DANA).get('/audit?outcome=maybe')).status).toBe(400);
      expect((await as(DANA).get('/audit?limit=0')).status).toBe(400);
    });
  },
);
