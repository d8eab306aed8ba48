import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  alice,
  startModelsEmulator,
  startPortal,
} from '../../__testUtils__/keyFixture';
import { PlaygroundService } from './PlaygroundService';
import { readPlaygroundConfig } from './playgroundConfig';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())(
  'PlaygroundService on %p',
  databaseId => {
    let emulator: Awaited<ReturnType<typeof startModelsEmulator>>;
    beforeEach(async () => {
      emulator = await startModelsEmulator(['gpt-4o-mini']);
    });
    afterEach(() => emulator.close());

    async function setUp(maxSessionsPerUser = 3) {
      // From the real time: the gateway dates keys by its own clock.
      let now = new Date();
      const portal = await startPortal(databases, databaseId, emulator.url);
      const playground = new PlaygroundService({
        store: portal.store,
        access: portal.access,
        writer: portal.writer,
        config: {
          ...readPlaygroundConfig(new ConfigReader({})),
          maxSessionsPerUser,
        },
        gatewayBaseUrl: emulator.url,
        auditor: mockServices.auditor.mock(),
        logger: mockServices.logger.mock(),
        now: () => now,
      });
      return {
        ...portal,
        playground,
        travel: (minutes: number) => {
          now = new Date(now.getTime() + minutes * 60_000);
        },
      };
    }

    it('sweeps the keys of expired sessions out of LiteLLM, and only those', async () => {
      const { playground, store, travel } = await setUp();
      const old = await playground.start(alice, 'gpt-4o-mini');
      travel(20);
      const fresh = await playground.start(alice, 'gpt-4o-mini');
      travel(11); // the first is 31 minutes old, past its 30
      expect(await playground.sweep()).toEqual({ revoked: 1, failed: 0 });
      expect((await store.get(old.session.id))?.status).toBe('revoked');
      expect((await store.get(fresh.session.id))?.status).toBe('active');
      expect([...emulator.state.keys.values()].map(k => k.key_alias)).toEqual([
        `litemaas-playground-${fresh.session.id}`,
      ]);
      expect(await playground.sweep()).toEqual({ revoked: 0, failed: 0 });
    });

    it('holds concurrent starts to the per-person limit', async () => {
      const { playground, store } = await setUp(2);
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, () => playground.start(alice, 'gpt-4o-mini')),
      );
      const ok = results.filter(r => r.status === 'fulfilled');
      const refused = results.filter(
        r => r.status === 'rejected' && r.reason.name === 'ConflictError',
      );
      expect(ok).toHaveLength(2);
      expect(refused).toHaveLength(3);
      const active = await store.list({
        origins: ['playground'],
        statuses: ['active'],
      });
      expect(active).toHaveLength(2);
      // Refused before LiteLLM heard of them: only two keys there.
      expect(emulator.state.keys.size).toBe(2);
    });

    it('refuses a session longer than an hour in config', () => {
      expect(() =>
        readPlaygroundConfig(
          new ConfigReader({
            litemaas: { playground: { sessionMinutes: 90 } },
          }),
        ),
      ).toThrow('litemaas.playground.sessionMinutes must be between 1 and 60');
    });
  },
);
