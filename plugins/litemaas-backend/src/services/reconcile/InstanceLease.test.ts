import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { SettingsStore } from '../../database/SettingsStore';
import { LiteLlmClient } from '../../gateways/litellm/LiteLlmClient';
import { InstanceLease } from './InstanceLease';
import { MASTER_KEY, startKeyFixture } from '../../__testUtils__/keyFixture';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())('InstanceLease (%s)', databaseId => {
  it("does not fence a replica that read LiteLLM just before another replica's renewal", async () => {
    const { emulator, knex } = await startKeyFixture(databases, { databaseId });
    try {
      const litellm = new LiteLlmClient({
        baseUrl: emulator.url,
        masterKey: MASTER_KEY,
      });
      const leaseOf = (client: LiteLlmClient) =>
        new InstanceLease({
          settings: new SettingsStore(knex),
          litellm: client,
          instanceId: 'one-install',
          logger: mockServices.logger.mock(),
        });
      // The replica that reconciles, and renews the lease.
      const reconciling = leaseOf(litellm);
      expect(await reconciling.checkAndRenew()).toBeUndefined();

      // Another replica, starting up: between its read of LiteLLM and its
      // read of the database, the first one renews (one whole renewal).
      let renewBetweenReads = true;
      let renewal: unknown = 'not renewed';
      const starting = new Proxy(litellm, {
        get(target, name, receiver) {
          if (name !== 'teamInfo') return Reflect.get(target, name, receiver);
          return async (teamId: string) => {
            const team = await target.teamInfo(teamId);
            if (renewBetweenReads) {
              renewBetweenReads = false;
              renewal = await reconciling.checkAndRenew();
            }
            return team;
          };
        },
      });
      expect((await leaseOf(starting).check()).fence).toBeUndefined();
      expect(renewal).toBeUndefined();
      await expect(leaseOf(litellm).assertInCharge()).resolves.toBeUndefined();

      // A real copy still is fenced: LiteLLM's epoch is none of its own.
      await new SettingsStore(knex).put(
        'instanceLease',
        { epoch: 'an-older-epoch' },
        'test',
      );
      expect((await leaseOf(litellm).check()).fence?.reason).toMatch(
        /restored backup or a copy/,
      );
    } finally {
      await emulator.close();
    }
  });
});
