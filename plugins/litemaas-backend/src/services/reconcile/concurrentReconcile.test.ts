import { TestDatabases } from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import {
  alice,
  bob,
  FIXTURE_MODELS,
  MASTER_KEY,
  prng,
  startPortal,
} from '../../__testUtils__/keyFixture';
import { LiteLlmClient } from '../../gateways/litellm/LiteLlmClient';
import { Caller } from '../../permissions/Caller';

jest.setTimeout(600_000);

// More for a soak: CONCURRENT_RECONCILE_RUNS=1000.
const RUNS = Number(process.env.CONCURRENT_RECONCILE_RUNS ?? 120);
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

describe('reconciliation during key writes', () => {
  it.each(databases.eachSupportedId())(
    `never revokes or deletes a live key, over ${RUNS} randomized runs (%p)`,
    async databaseId => {
      const emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: { models: FIXTURE_MODELS },
      });
      // Three keys a page, each page a little slow: creates and deletes
      // land between pages and shift them, as they do in a busy LiteLLM.
      emulator.faults.inject({
        path: '/key/list',
        delayMs: 3,
        times: Infinity,
      });
      const litellm = new LiteLlmClient({
        baseUrl: emulator.url,
        masterKey: MASTER_KEY,
        keyListPageSize: 3,
        retries: 0,
      });
      const portal = await startPortal(databases, databaseId, emulator.url, {
        litellm,
        // As eager as it can be: no interval between sightings, nothing
        // held back. Sagas in flight are not stale (the real window).
        reconcile: { confirmAfterMs: 0, maxShare: 1, maxCount: Infinity },
      });
      const live = new Map<string, { owner: Caller; value: string }>();
      const graceValues = new Map<string, string>();
      const alive = (value: string) => Boolean(emulator.state.getKey(value));
      const counts = { shifted: 0, listedButPresent: 0, writes: 0 };

      for (let run = 0; run < RUNS; run++) {
        const random = prng(run + 1);
        // Each write its own key, so writes do not race each other.
        const free = [...live.keys()];
        const ops = Array.from({ length: 2 + Math.floor(random() * 5) }, () => {
          const op = random.pick(['create', 'rotate', 'revoke'] as const);
          if (op === 'create' || free.length === 0)
            return { op: 'create' as const };
          const id = free.splice(Math.floor(random() * free.length), 1)[0];
          return { op, id };
        });
        const delays = ops.map(() => Math.floor(random() * 25));
        const reconcileDelays = [0, 1, 2].map(() => Math.floor(random() * 15));

        await Promise.all([
          ...ops.map(async ({ op, id }, i) => {
            await sleep(delays[i]);
            counts.writes++;
            if (op === 'create') {
              const owner = random() < 0.5 ? alice : bob;
              const issued = await portal.keys.create(owner, {
                name: `r${run}-${i}`,
                models: ['gpt-4o-mini'],
              });
              live.set(issued.key.id, { owner, value: issued.value });
            } else if (op === 'rotate') {
              const key = live.get(id!)!;
              const grace = random() < 0.3 ? 1 : 0;
              const issued = await portal.keys.rotate(key.owner, id!, {
                gracePeriodHours: grace,
              });
              graceValues.delete(id!);
              if (grace) graceValues.set(id!, key.value);
              key.value = issued.value;
            } else {
              await portal.keys.revoke(live.get(id!)!.owner, id!);
              live.delete(id!);
              graceValues.delete(id!);
            }
          }),
          (async () => {
            for (const delay of reconcileDelays) {
              await sleep(delay);
              const report = await portal.reconciler.run();
              if (!report.listingStable) counts.shifted++;
              counts.listedButPresent += report.missingFromListOnly;
            }
          })(),
        ]);
        // And once the writes have settled.
        for (let i = 0; i < 2; i++) await portal.reconciler.run();

        const active = new Set(
          (await portal.store.list({ statuses: ['active'] })).map(k => k.id),
        );
        for (const [id, key] of live) {
          const record = await portal.store.get(id);
          if (!active.has(id)) {
            throw new Error(
              `run ${run}: live key ${id} is ${record?.status} in the portal`,
            );
          }
          if (!alive(key.value)) {
            throw new Error(
              `run ${run}: live key ${id} was deleted in LiteLLM`,
            );
          }
        }
        for (const [id, value] of graceValues) {
          if (!alive(value)) {
            throw new Error(`run ${run}: key ${id}'s old value died early`);
          }
        }
        // Keep the working set small: tidy some keys away.
        while (live.size > 12) {
          const [id, key] = [...live][0];
          await portal.keys.revoke(key.owner, id);
          live.delete(id);
          graceValues.delete(id);
        }
      }
      // The test did what it means to: listings changed under the
      // reconciler, and keys missing from a listing were found alive.
      expect(counts.shifted).toBeGreaterThan(0);
      // eslint-disable-next-line no-console
      console.log(
        `${databaseId}: ${RUNS} runs, ${counts.writes} writes, ${counts.shifted} listings changed while paged, ${counts.listedButPresent} keys missing from a listing but alive; none revoked or deleted`,
      );
      await emulator.close();
    },
  );
});
