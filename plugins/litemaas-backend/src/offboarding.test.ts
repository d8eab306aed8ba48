import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  catalogServiceRef,
  CatalogService,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { startEmulator } from '@litemaas/litellm-emulator';
import { Knex } from 'knex';
import { litemaasPlugin } from './plugin';
import { apiClient } from './__testUtils__/http';
import { portalPolicyServices } from './testUtils/portalPolicy';

jest.setTimeout(120_000);

const MASTER_KEY = 'sk-test-master-key';
const DANA = 'user:default/dana'; // admin
const PAYMENTS = 'group:default/payments';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const user = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: {},
});
const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

interface Sent {
  recipients: { entityRef: string[] };
  payload: { title: string; description?: string };
}

describe.each(databases.eachSupportedId())(
  'offboarding follows the catalog, over HTTP, on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    let knex: Knex;
    let sent: Sent[];
    let as: ReturnType<typeof apiClient>;
    /** The catalog as it is now; a test changes it between runs. */
    let entities: Entity[];
    let catalogFails: boolean;

    async function start(graceDays: number) {
      sent = [];
      catalogFails = false;
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: {
          models: [
            {
              model_name: 'gpt-4o-mini',
              litellm_params: { model: 'openai/gpt-4o-mini' },
              model_info: { id: 'id-gpt' },
            },
          ],
        },
      });
      knex = await databases.init(databaseId);
      const catalog = () => catalogServiceMock({ entities });
      const { server } = await startTestBackend({
        features: [
          litemaasPlugin,
          mockServices.database.factory({ knex }),
          createServiceFactory({
            service: notificationService,
            deps: {},
            factory: () => ({ send: async (n: any) => void sent.push(n) }),
          }),
          createServiceFactory({
            service: catalogServiceRef,
            deps: {},
            // Every call reads the catalog as the test has it at that time.
            factory: () =>
              new Proxy({} as CatalogService, {
                get: (_, method: string) => {
                  // Only the catalog's methods: the proxy is not a promise.
                  if (typeof (catalog() as any)[method] !== 'function') {
                    return undefined;
                  }
                  return async (...args: any[]) => {
                    if (catalogFails) throw new Error('catalog unavailable');
                    return (catalog() as any)[method](...args);
                  };
                },
              }),
          }),
          mockServices.rootConfig.factory({
            data: {
              litemaas: {
                litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
                admins: ['group:default/litemaas-admins'],
                models: [{ name: 'gpt-4o-mini', accessPolicy: 'open' }],
                offboarding: {
                  graceDays,
                  holdBack: { maxCount: 3, maxShare: 0.5 },
                },
              },
            },
          }),
          ...portalPolicyServices({
            admins: ['group:default/litemaas-admins'],
            memberships: {
              [DANA]: ['group:default/litemaas-admins'],
              'user:default/alice': [PAYMENTS],
            },
          }),
        ],
      });
      as = apiClient(server);
    }

    afterEach(async () => {
      await emulator.close();
    });

    /** A user with a grant and a personal key. */
    async function withKey(name: string) {
      const ref = `user:default/${name}`;
      await as(ref).post('/access-requests', { modelName: 'gpt-4o-mini' });
      const key = await as(ref).post('/keys', {
        name: `${name}-key`,
        models: ['gpt-4o-mini'],
      });
      expect(key.status).toBe(201);
      return key.body.key.id as string;
    }

    const run = async () => {
      const res = await as(DANA).post('/admin/offboarding/run');
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('ok');
      return res.body.report;
    };
    const departures = async () =>
      (await as(DANA).get('/admin/offboarding')).body.items as Array<{
        subjectRef: string;
        status: string;
      }>;

    it('offboards a user missing from two reads after the grace period, and only then', async () => {
      entities = ['alice', 'bob', 'erin', 'dana']
        .map(user)
        .concat(group('payments'));
      await start(0);
      const alicesKey = await withKey('alice');
      const bobsKey = await withKey('bob');
      await withKey('erin');
      // A team key stays: it is the team's, not Alice's.
      const team = await as('user:default/alice').post('/access-requests', {
        modelName: 'gpt-4o-mini',
        subjectRef: PAYMENTS,
      });
      expect(team.status).toBe(201);
      const teamKey = await as('user:default/alice').post('/keys', {
        name: 'team-key',
        models: ['gpt-4o-mini'],
        subjectRef: PAYMENTS,
      });
      expect(teamKey.status).toBe(201);

      // A subject the catalog never had (a workshop participant) is never
      // taken for departed.
      const never = await withKey('workshop-07');
      entities = entities.filter(e => e.metadata.name !== 'workshop-07');
      expect(await run()).toMatchObject({ checked: 4, missing: 0 });
      expect(
        (await as('user:default/alice').post('/admin/offboarding/run')).status,
      ).toBe(403);

      // A catalog error changes nothing.
      entities = entities.filter(e => e.metadata.name !== 'alice');
      catalogFails = true;
      const failed = await as(DANA).post('/admin/offboarding/run');
      expect(failed.body.status).toBe('failed');
      expect(await departures()).toEqual([]);
      catalogFails = false;

      // First read without Alice: suspected, nothing else.
      expect(await run()).toMatchObject({
        missing: 1,
        confirmed: 0,
        offboarded: 0,
      });
      expect(await departures()).toMatchObject([
        { subjectRef: 'user:default/alice', status: 'suspected' },
      ]);
      expect((await as(DANA).get(`/keys/${alicesKey}`)).body.status).toBe(
        'active',
      );

      // Second read: departing; the admins are told; with no grace period
      // the same run does not yet offboard (it read the state before).
      expect(await run()).toMatchObject({ missing: 1, confirmed: 1 });
      expect(
        sent.some(
          n =>
            n.payload.title === '1 user left the catalog' &&
            n.recipients.entityRef.includes('group:default/litemaas-admins'),
        ),
      ).toBe(true);
      expect((await departures())[0].status).toBe('departing');

      // The grace period is over: personal keys revoked, grants ended.
      expect(await run()).toMatchObject({ offboarded: 1 });
      expect((await as(DANA).get(`/keys/${alicesKey}`)).body.status).toBe(
        'revoked',
      );
      expect((await as(DANA).get(`/keys/${bobsKey}`)).body.status).toBe(
        'active',
      );
      expect(
        (await as(DANA).get(`/keys/${teamKey.body.key.id}`)).body.status,
      ).toBe('active');
      const grants = (
        await as(DANA).get('/access-requests?scope=review&status=revoked')
      ).body.items;
      expect(grants).toHaveLength(1);
      expect(grants[0]).toMatchObject({
        subjectRef: 'user:default/alice',
        decidedBy: 'system:litemaas',
        decisionReason: 'Left the organisation: no longer in the catalog',
      });
      expect(await departures()).toMatchObject([
        {
          subjectRef: 'user:default/alice',
          status: 'offboarded',
          keysRevoked: 1,
          grantsEnded: 1,
        },
      ]);
      const audit = (await as(DANA).get('/audit?action=offboarding-offboard'))
        .body.items;
      expect(audit[0]).toMatchObject({
        actorRef: 'system:litemaas',
        subjectRef: 'user:default/alice',
        after: { keysRevoked: 1, grantsEnded: 1 },
      });
      // Nothing more to do.
      // The workshop participant, never in the catalog, keeps their key.
      expect(await run()).toMatchObject({
        checked: 3,
        missing: 0,
        offboarded: 0,
      });
      expect((await as(DANA).get(`/keys/${never}`)).body.status).toBe('active');
    });

    it('forgets a user who comes back, lets an admin keep one, and holds back when many vanish at once', async () => {
      entities = ['alice', 'bob', 'carol', 'erin', 'frank', 'dana'].map(user);
      await start(7);
      for (const name of ['alice', 'bob', 'carol', 'erin', 'frank']) {
        await withKey(name);
      }
      expect(await run()).toMatchObject({ checked: 5, missing: 0 });
      // Bob is missing once, then back: forgotten.
      entities = entities.filter(e => e.metadata.name !== 'bob');
      await run();
      entities.push(user('bob'));
      expect(await run()).toMatchObject({ missing: 0, returned: 1 });
      expect(await departures()).toEqual([]);

      // Carol is missing twice; an admin keeps her.
      entities = entities.filter(e => e.metadata.name !== 'carol');
      await run();
      await run();
      expect((await departures())[0]).toMatchObject({ status: 'departing' });
      expect(
        (
          await as('user:default/bob').post('/admin/offboarding/keep', {
            subjectRef: 'user:default/carol',
          })
        ).status,
      ).toBe(403);
      const kept = await as(DANA).post('/admin/offboarding/keep', {
        subjectRef: 'user:default/carol',
      });
      expect(kept.body).toMatchObject({ status: 'kept', keptBy: DANA });
      expect(
        (
          await as(DANA).post('/admin/offboarding/keep', {
            subjectRef: 'user:default/nobody',
          })
        ).status,
      ).toBe(404);

      // Four vanish at once (a directory sync gone wrong): nothing changes.
      entities = [user('dana')];
      const held = await run();
      expect(held.heldBack).toMatch(/4 of 5 users/);
      expect(await departures()).toMatchObject([
        { subjectRef: 'user:default/carol', status: 'kept' },
      ]);
      expect(
        sent.some(n => n.payload.title.startsWith('Offboarding held back')),
      ).toBe(true);
    });
    it('holds back the step that revokes when many are due at once, and drops a suspicion that lapsed', async () => {
      const names = ['alice', 'bob', 'carol', 'erin', 'frank', 'gina'];
      entities = [...names, 'hank', 'dana'].map(user);
      await start(7);
      for (const name of [...names, 'hank']) await withKey(name);
      expect(await run()).toMatchObject({ checked: 7, missing: 0 });

      // Two leave per run, each run under the hold-back: four departing.
      const without = (...gone: string[]) =>
        (entities = entities.filter(e => !gone.includes(e.metadata.name)));
      without('alice', 'bob');
      await run();
      await run();
      without('carol', 'erin');
      await run();
      await run();
      const departing = (await departures()).filter(
        d => d.status === 'departing',
      );
      expect(departing).toHaveLength(4);
      // Their grace period ends for all four at once.
      await knex('litemaas_departures')
        .where({ status: 'departing' })
        .update({ offboard_at: new Date(Date.now() - 1000) });
      const held = await run();
      expect(held).toMatchObject({ offboarded: 0 });
      expect(held.heldBack).toMatch(/4 of 7 users .* due to be offboarded/);
      expect(
        sent.some(
          n =>
            n.payload.title === 'Offboarding held back: many users due at once',
        ),
      ).toBe(true);
      const keys = (await as(DANA).get('/keys?scope=all')).body.items as Array<{
        subjectRef: string;
        status: string;
      }>;
      expect(keys.filter(k => k.status === 'active')).toHaveLength(7);

      // Frank is missed once, then holds nothing: the suspicion lapses.
      without('frank');
      await run();
      expect(
        (await departures()).find(d => d.subjectRef === 'user:default/frank'),
      ).toMatchObject({ status: 'suspected' });
      const frank = 'user:default/frank';
      const franks = (await as(DANA).get('/keys?scope=all')).body.items.filter(
        (k: { subjectRef: string }) => k.subjectRef === frank,
      );
      await as(DANA).post(`/keys/${franks[0].id}/revoke`);
      const grant = (
        await as(DANA).get('/access-requests?scope=review&status=granted')
      ).body.items.find((r: { subjectRef: string }) => r.subjectRef === frank);
      await as(DANA).post(`/access-requests/${grant.id}/revoke`, {
        reason: 'Project over',
      });
      await run();
      expect(
        (await departures()).find(d => d.subjectRef === frank),
      ).toBeUndefined();
      // Access again, still missing: one read is a suspicion, not two.
      await withKey('frank');
      await run();
      expect(
        (await departures()).find(d => d.subjectRef === frank),
      ).toMatchObject({ status: 'suspected' });
    });
  },
);
