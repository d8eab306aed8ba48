import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  litemaasAccessRequestPermission,
  litemaasAccessReviewPermission,
  litemaasKeyManagePermission,
  litemaasKeyReadPermission,
  litemaasModelManagePermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  createLiteMaasKeyConditionalDecision,
  litemaasKeyConditions,
} from '@litemaas/backstage-plugin-litemaas-node';
import { startEmulator } from '@litemaas/litellm-emulator';
import { litemaasPlugin } from './plugin';
import { apiClient } from './__testUtils__/http';
import { FIXTURE_MODELS } from './__testUtils__/keyFixture';

const MASTER_KEY = 'sk-test-master-key';
const ALICE = 'user:default/alice';
/** Denied key management altogether. */
const MALLORY = 'user:default/mallory';
/** Read-only: sees her own keys and requests, changes nothing. */
const RITA = 'user:default/rita';
const DANA = 'user:default/dana';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const userOf = (credentials: BackstageCredentials) =>
  (credentials.principal as { userEntityRef?: string }).userEntityRef ?? '';

/**
 * A custom policy, as a company might install instead of the portal's:
 * keys are their owners', except that mallory may not touch keys at all
 * and rita may only look.
 */
function customPolicy(): PermissionsService {
  const decide = (name: string, user: string): PolicyDecision => {
    const allow = { result: AuthorizeResult.ALLOW } as const;
    const deny = { result: AuthorizeResult.DENY } as const;
    if (
      name === litemaasModelManagePermission.name ||
      name === litemaasAccessReviewPermission.name
    ) {
      return user === DANA ? allow : deny;
    }
    if (user === DANA) return allow;
    if (name === litemaasKeyReadPermission.name) {
      if (user === MALLORY) return deny;
      return createLiteMaasKeyConditionalDecision(
        litemaasKeyReadPermission,
        litemaasKeyConditions.isKeyOwner({ claims: [user] }),
      );
    }
    if (name === litemaasKeyManagePermission.name) {
      if (user === MALLORY || user === RITA) return deny;
      return createLiteMaasKeyConditionalDecision(
        litemaasKeyManagePermission,
        litemaasKeyConditions.isKeyOwner({ claims: [user] }),
      );
    }
    if (name === litemaasAccessRequestPermission.name && user === RITA) {
      return deny;
    }
    return allow;
  };
  return {
    async authorize(requests, { credentials }) {
      return requests.map(
        r => decide(r.permission.name, userOf(credentials)) as any,
      );
    },
    async authorizeConditional(requests, { credentials }) {
      return requests.map(r => decide(r.permission.name, userOf(credentials)));
    },
  };
}

describe.each(databases.eachSupportedId())(
  'a custom permission policy on %p',
  databaseId => {
    it('decides every key and request route, not hard-coded checks', async () => {
      const emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: { models: FIXTURE_MODELS },
      });
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [
          litemaasPlugin,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              litemaas: {
                litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
                models: [{ name: 'gpt-4o-mini', accessPolicy: 'open' }],
              },
            },
          }),
          createServiceFactory({
            service: coreServices.permissions,
            deps: {},
            factory: () => customPolicy(),
          }),
          createServiceFactory({
            service: coreServices.userInfo,
            deps: {},
            factory: () => ({
              async getUserInfo(credentials: BackstageCredentials) {
                const ref = userOf(credentials);
                return { userEntityRef: ref, ownershipEntityRefs: [ref] };
              },
            }),
          }),
        ],
      });
      const as = apiClient(server);

      // Everyone may ask for the open model, except rita, who only looks.
      for (const user of [ALICE, MALLORY]) {
        const granted = await as(user).post('/access-requests', {
          modelName: 'gpt-4o-mini',
        });
        expect(granted.status).toBe(201);
      }
      const ritaAsks = await as(RITA).post('/access-requests', {
        modelName: 'gpt-4o-mini',
      });
      expect(ritaAsks.status).toBe(403);
      // Rita holds a grant and a key from before the policy changed: an
      // admin made them for her.
      const ritasGrant = await as(DANA).post('/access-requests', {
        modelName: 'gpt-4o-mini',
        subjectRef: RITA,
      });
      expect(ritasGrant.status).toBe(201);
      const ritasKey = await as(DANA).post('/keys', {
        name: 'rita',
        models: ['gpt-4o-mini'],
        subjectRef: RITA,
      });
      expect(ritasKey.status).toBe(201);
      const alicesKey = await as(ALICE).post('/keys', {
        name: 'alice',
        models: ['gpt-4o-mini'],
      });
      expect(alicesKey.status).toBe(201);
      const rita = ritasKey.body.key.id;
      const alices = alicesKey.body.key.id;

      const status = async (
        user: string,
        method: 'get' | 'post' | 'patch',
        path: string,
        body?: object,
      ) => {
        const client = as(user);
        const res =
          method === 'get'
            ? await client.get(path)
            : await client[method](path, body ?? {});
        return res.status;
      };
      const keyRoutes: Array<
        [string, 'get' | 'post' | 'patch', string, object?]
      > = [
        ['list', 'get', '/keys'],
        ['create', 'post', '/keys', { name: 'n', models: ['gpt-4o-mini'] }],
        ['get own', 'get', `/keys/${rita}`],
        ['edit own', 'patch', `/keys/${rita}`, { name: 'x' }],
        ['rotate own', 'post', `/keys/${rita}/rotate`],
        ['revoke own', 'post', `/keys/${rita}/revoke`],
        ['get alice’s', 'get', `/keys/${alices}`],
        ['revoke alice’s', 'post', `/keys/${alices}/revoke`],
      ];
      const expected: Record<string, Record<string, number>> = {
        [RITA]: {
          list: 200,
          create: 403,
          'get own': 200,
          'edit own': 403,
          'rotate own': 403,
          'revoke own': 403,
          'get alice’s': 404,
          'revoke alice’s': 404,
        },
        [MALLORY]: {
          list: 403,
          create: 403,
          'get own': 404,
          'edit own': 404,
          'rotate own': 404,
          'revoke own': 404,
          'get alice’s': 404,
          'revoke alice’s': 404,
        },
      };
      const seen: Record<string, Record<string, number>> = {};
      for (const user of [RITA, MALLORY]) {
        seen[user] = {};
        for (const [name, method, path, body] of keyRoutes) {
          seen[user][name] = await status(user, method, path, body);
        }
      }
      expect(seen).toEqual(expected);
      // Rita sees exactly her own key; the condition ran as a query.
      const listed = await as(RITA).get('/keys?scope=all');
      expect(listed.body.items.map((k: any) => k.id)).toEqual([rita]);

      // Request routes: rita reads her requests but changes none of them.
      expect(await status(RITA, 'get', '/access-requests')).toBe(200);
      expect(
        await status(RITA, 'get', `/access-requests/${ritasGrant.body.id}`),
      ).toBe(200);
      expect(
        await status(
          RITA,
          'post',
          `/access-requests/${ritasGrant.body.id}/revoke`,
        ),
      ).toBe(403);
      // Mallory's requests are hers to change.
      const mallorysGrant = (await as(MALLORY).get('/access-requests')).body
        .items[0];
      expect(
        await status(
          MALLORY,
          'post',
          `/access-requests/${mallorysGrant.id}/revoke`,
        ),
      ).toBe(200);

      // Nothing of theirs happened in LiteLLM: alice's and rita's keys live.
      expect(emulator.state.getKey(alicesKey.body.value)).toBeDefined();
      expect(emulator.state.getKey(ritasKey.body.value)).toBeDefined();
      expect(emulator.state.keys.size).toBe(2);
      await emulator.close();
    });
  },
);
