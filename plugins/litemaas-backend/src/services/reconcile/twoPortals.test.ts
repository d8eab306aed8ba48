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
import { Caller } from '../../permissions/Caller';
import { UserDirectory } from '../catalogUsers';
import { hashKey } from '../keys/keyViews';

jest.setTimeout(600_000);

// More for a soak: TWO_PORTALS_ROUNDS=1000.
const ROUNDS = Number(process.env.TWO_PORTALS_ROUNDS ?? 120);
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

/** The catalog both portals see: alice by ref, email and bare name. */
const users: UserDirectory = {
  byRef: new Map([['user:default/alice', 'user:default/alice']]),
  byEmail: new Map([['alice@example.com', ['user:default/alice']]]),
  byName: new Map([['alice', ['user:default/alice']]]),
};

/** What the test knows is live: the portal's key id and its value(s). */
interface LiveKey {
  owner: Caller;
  value: string;
}

type Portal = Awaited<ReturnType<typeof startPortal>>;

describe('two portals on one LiteLLM', () => {
  it(`never touch each other's keys, over ${ROUNDS} randomized rounds`, async () => {
    const emulator = await startEmulator({
      masterKey: MASTER_KEY,
      port: 0,
      seed: { models: FIXTURE_MODELS },
    });
    // Nothing held back, a second sighting is enough: a wrong decision
    // must show, not wait for an admin.
    const reconcile = {
      confirmAfterMs: 0,
      maxShare: 1,
      maxCount: Infinity,
    };
    const start = (id: 'SQLITE_3' | 'POSTGRES_16') =>
      startPortal(
        databases,
        databases.supports(id) ? id : 'SQLITE_3',
        emulator.url,
        { reconcile, users },
      );
    const portals = [await start('SQLITE_3'), await start('POSTGRES_16')];
    expect(portals[0].instanceId).not.toBe(portals[1].instanceId);
    const live = portals.map(() => new Map<string, LiveKey>());
    /** Old values in a rotation grace period, by key: they keep working. */
    const graceValues = new Map<string, string>();
    /** Keys of short-lived dev portals, and keys made in LiteLLM directly. */
    const untouchable: string[] = [];
    const outside: Array<{ value: string; userId: string }> = [];

    const alive = (value: string) => Boolean(emulator.state.getKey(value));

    async function act(
      p: Portal,
      keys: Map<string, LiveKey>,
      random: ReturnType<typeof prng>,
    ) {
      const op = random.pick([
        'create',
        'create',
        'rotate',
        'revoke',
        'reconcile',
      ] as const);
      const ids = [...keys.keys()];
      if (op === 'create' || (op !== 'reconcile' && ids.length === 0)) {
        const owner = random.pick([alice, bob]);
        const issued = await p.keys.create(owner, {
          name: `k${keys.size}`,
          models: ['gpt-4o-mini'],
        });
        keys.set(issued.key.id, { owner, value: issued.value });
      } else if (op === 'rotate') {
        const id = random.pick(ids);
        const key = keys.get(id)!;
        const grace = random() < 0.3 ? 1 : 0;
        const issued = await p.keys.rotate(key.owner, id, {
          gracePeriodHours: grace,
        });
        // A new rotation ends the previous grace period.
        graceValues.delete(id);
        if (grace) graceValues.set(id, key.value);
        key.value = issued.value;
      } else if (op === 'revoke') {
        const id = random.pick(ids);
        await p.keys.revoke(keys.get(id)!.owner, id);
        keys.delete(id);
        graceValues.delete(id);
      } else {
        await p.reconciler.run();
      }
    }

    async function check(round: number) {
      for (const [i, p] of portals.entries()) {
        const active = await p.store.list({ statuses: ['active'] });
        const known = new Set(active.map(k => k.id));
        for (const [id, key] of live[i]) {
          if (!known.has(id)) {
            throw new Error(
              `round ${round}: portal ${i} lost live key ${id} (${
                (await p.store.get(id))?.status
              })`,
            );
          }
          if (!alive(key.value)) {
            throw new Error(
              `round ${round}: portal ${i}'s live key ${id} is gone from LiteLLM`,
            );
          }
        }
        // Keys it adopted are live too; nothing else is active.
        const adopted = active.filter(k => !live[i].has(k.id));
        for (const k of adopted) {
          const made = outside.find(o => hashKey(o.value) === k.tokenHash);
          if (!made) {
            throw new Error(
              `round ${round}: portal ${i} has stray key ${k.id}`,
            );
          }
          live[i].set(k.id, { owner: alice, value: made.value });
          outside.splice(outside.indexOf(made), 1);
        }
      }
      for (const value of [...graceValues.values(), ...untouchable]) {
        if (!alive(value)) {
          throw new Error(`round ${round}: a key no portal may touch is gone`);
        }
      }
      for (const o of outside) {
        if (!alive(o.value)) {
          throw new Error(
            `round ${round}: a key made outside (user_id ${o.userId}) was deleted`,
          );
        }
      }
    }

    for (let round = 0; round < ROUNDS; round++) {
      const random = prng(round + 1);
      for (const [i, p] of portals.entries()) {
        await act(p, live[i], random);
        await act(p, live[i], random);
      }
      if (round % 10 === 5) {
        // Automation makes a key in LiteLLM directly; only an exact
        // entity ref or email lets a portal adopt it, and only one does.
        const userId = random.pick([
          'alice',
          'user:default/alice',
          'alice@example.com',
          'ci',
          'admin',
        ]);
        const made = await fetch(`${emulator.url}/key/generate`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${MASTER_KEY}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ user_id: userId, models: ['gpt-4o-mini'] }),
        }).then(r => r.json());
        outside.push({ value: made.key, userId });
      }
      if (round % 25 === 12) {
        // A dev portal on a fresh in-memory database comes and goes,
        // leaving its keys behind.
        const dev = await startPortal(databases, 'SQLITE_3', emulator.url, {
          reconcile,
          users,
        });
        for (let i = 0; i < 2; i++) {
          const issued = await dev.keys.create(alice, {
            name: `dev${i}`,
            models: ['gpt-4o-mini'],
          });
          untouchable.push(issued.value);
        }
        await dev.reconciler.run();
        await dev.reconciler.run();
      }
      // Every portal reconciles twice: a second sighting is what acts.
      for (let i = 0; i < 2; i++) {
        for (const p of portals) await p.reconciler.run();
      }
      await check(round);
    }

    // Bare names never adopt; exact refs and emails adopt exactly once.
    for (const o of outside) {
      expect(['alice', 'ci', 'admin']).toContain(o.userId);
    }
    const reports = await Promise.all(portals.map(p => p.reconciler.run()));
    for (const [i, report] of reports.entries()) {
      const other = portals[1 - i].instanceId;
      expect(
        report.otherPortals.find(o => o.instanceId === other),
      ).toBeTruthy();
      expect(report.markedRevoked + report.removedFromGateway).toBe(0);
    }
    // eslint-disable-next-line no-console
    console.log(
      `two portals, ${ROUNDS} rounds: ${live[0].size} + ${live[1].size} live keys, ${untouchable.length} of dev portals, ${outside.length} left outside, ${emulator.state.keys.size} in LiteLLM`,
    );
    await emulator.close();
  });
});
