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
const DANA = 'user:default/dana'; // admin

const deployment = (name: string) => ({
  model_name: name,
  litellm_params: { model: `openai/${name}` },
  model_info: { id: `id-${name}` },
});

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

/**
 * The catalog is served from memory with an entity tag; nothing a user may
 * not see, or that changed, may come from there.
 */
describe.each(databases.eachSupportedId())(
  'the model catalog from memory on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startEmulator>>;

    beforeEach(async () => {
      emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: { models: [deployment('gpt-4o-mini'), deployment('o3')] },
      });
    });
    afterEach(() => emulator.close());

    /** A replica of the portal on the given database. */
    async function replica(knex: Awaited<ReturnType<typeof databases.init>>) {
      const { server } = await startTestBackend({
        features: [
          litemaasPlugin,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              litemaas: {
                litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
                admins: ['group:default/litemaas-admins'],
                defaultAccessPolicy: 'open',
              },
            },
          }),
          ...portalPolicyServices({
            admins: ['group:default/litemaas-admins'],
            memberships: {
              [ALICE]: ['group:default/payments'],
              [BOB]: ['group:default/payments'],
              [DANA]: ['group:default/litemaas-admins'],
            },
          }),
        ],
      });
      return server;
    }

    const names = (res: request.Response) =>
      res.body.items.map((m: { name: string }) => m.name);

    it('answers 304 to a matching ETag, and a new tag when the list changes for the caller', async () => {
      const server = await replica(await databases.init(databaseId));
      const as = apiClient(server);
      const first = await as(ALICE).get('/models');
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const etag = first.headers.etag;
      expect(etag).toMatch(/^"[\w-]+"$/);

      const again = await request(server)
        .get('/api/litemaas/models')
        .set('Authorization', mockCredentials.user.header(ALICE))
        .set('If-None-Match', etag);
      expect(again.status).toBe(304);
      expect(again.text).toBe('');

      // Alice's own grant changes her list (myAccess): a new tag, new body.
      await as(ALICE).post('/access-requests', { modelName: 'o3' });
      const granted = await request(server)
        .get('/api/litemaas/models')
        .set('Authorization', mockCredentials.user.header(ALICE))
        .set('If-None-Match', etag);
      expect(granted.status).toBe(200);
      expect(granted.headers.etag).not.toBe(etag);
      const o3 = granted.body.items.find((m: any) => m.name === 'o3');
      expect(o3.myAccess).toEqual([
        expect.objectContaining({ status: 'granted', subjectRef: ALICE }),
      ]);

      // Bob shares no grant with Alice: he never gets her list.
      const bob = await as(BOB).get('/models');
      expect(bob.body.items.find((m: any) => m.name === 'o3').myAccess).toEqual(
        [],
      );
    });

    it('hides a model the moment an admin hides it, on the replica that changed it', async () => {
      const server = await replica(await databases.init(databaseId));
      const as = apiClient(server);
      expect(names(await as(ALICE).get('/models'))).toEqual([
        'gpt-4o-mini',
        'o3',
      ]);
      const hidden = await as(DANA).put('/models/o3/policy', {
        accessPolicy: 'hidden',
      });
      expect(hidden.status).toBe(200);
      expect(names(await as(ALICE).get('/models'))).toEqual(['gpt-4o-mini']);
      expect((await as(ALICE).get('/models/o3')).status).toBe(404);
      // Admins still see it, with the new policy.
      const dana = await as(DANA).get('/models');
      expect(dana.body.items.find((m: any) => m.name === 'o3')).toMatchObject({
        accessPolicy: 'hidden',
      });
    });

    it("shows another replica's change within a second", async () => {
      const knex = await databases.init(databaseId);
      const a = await replica(knex);
      const b = await replica(knex);
      expect(names(await apiClient(b)(ALICE).get('/models'))).toEqual([
        'gpt-4o-mini',
        'o3',
      ]);
      await apiClient(a)(DANA).put('/models/o3/policy', {
        accessPolicy: 'hidden',
      });
      await new Promise(resolve => setTimeout(resolve, 1_100));
      expect(names(await apiClient(b)(ALICE).get('/models'))).toEqual([
        'gpt-4o-mini',
      ]);
      expect((await apiClient(b)(ALICE).get('/models/o3')).status).toBe(404);
    });
  },
);
