import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import {
  alice,
  FIXTURE_MODELS,
  MASTER_KEY,
  startPortal,
} from '../../__testUtils__/keyFixture';
import { LiteLlmClient } from '../../gateways/litellm/LiteLlmClient';
import { Caller, portalCaller } from '../../permissions/Caller';
import { hashKey } from '../keys/keyViews';
import { ReconcileSettings } from './KeyReconciler';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const dana: Caller = portalCaller({
  userRef: 'user:default/dana',
  groups: ['group:default/litemaas-admins'],
  admin: true,
});

const MINUTE = 60_000;

async function setup(
  databaseId: TestDatabaseId,
  options: {
    reconcile?: Partial<ReconcileSettings>;
    litellm?: (url: string) => LiteLlmClient;
  } = {},
) {
  const emulator = await startEmulator({
    masterKey: MASTER_KEY,
    port: 0,
    seed: { models: FIXTURE_MODELS },
  });
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const notices: Array<{ title: string; description: string }> = [];
  const portal = await startPortal(databases, databaseId, emulator.url, {
    litellm: options.litellm?.(emulator.url),
    reconcile: { confirmAfterMs: 0, ...options.reconcile },
    notifyAdmins: async notice => void notices.push(notice),
    now: () => new Date(clock),
    users: {
      byRef: new Map([['user:default/alice', 'user:default/alice']]),
      byEmail: new Map([
        ['alice@example.com', ['user:default/alice']],
        ['shared@example.com', ['user:default/alice', 'user:other/alice']],
      ]),
      byName: new Map([['alice', ['user:default/alice']]]),
    },
  });
  const keys = [];
  for (let i = 0; i < 10; i++) {
    keys.push(
      await portal.keys.create(alice, {
        name: `k${i}`,
        models: ['gpt-4o-mini'],
      }),
    );
  }
  const generate = async (body: object) =>
    (
      await fetch(`${emulator.url}/key/generate`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${MASTER_KEY}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ models: ['gpt-4o-mini'], ...body }),
      })
    ).json();
  return {
    emulator,
    portal,
    keys,
    notices,
    generate,
    tick: (ms: number) => {
      clock += ms;
    },
    statuses: async () =>
      (await portal.store.list({})).map(k => k.status).sort(),
  };
}

describe.each(databases.eachSupportedId())(
  'KeyReconciler on %p',
  databaseId => {
    it('revokes nothing when LiteLLM answers an empty key list, and tells the admins once', async () => {
      const { emulator, portal, notices, statuses } = await setup(databaseId);
      emulator.faults.inject({
        path: '/key/list',
        status: 200,
        body: { keys: [], total_count: 0, current_page: 1, total_pages: 0 },
        times: Infinity,
      });
      for (let run = 0; run < 4; run++) {
        const report = await portal.reconciler.run();
        expect(report.markedRevoked).toBe(0);
        expect(report.heldBack).toBe(0);
        // Every second sighting looks each key up: all there.
        expect(report.missingFromListOnly).toBe(run % 2 ? 10 : 0);
      }
      expect(await statuses()).toEqual(Array(10).fill('active'));
      expect(emulator.state.keys.size).toBe(10);
      expect(notices.map(n => n.title)).toEqual([
        "LiteLLM's key list leaves keys out",
      ]);
      await emulator.close();
    });

    it('holds back when LiteLLM lost its keys, and does what an admin confirms', async () => {
      const { emulator, portal, keys, notices, statuses } = await setup(
        databaseId,
      );
      const lost = new Map(emulator.state.keys);
      emulator.state.keys.clear();

      const first = await portal.reconciler.run();
      expect(first).toMatchObject({
        waiting: 10,
        heldBack: 0,
        markedRevoked: 0,
      });
      const second = await portal.reconciler.run();
      expect(second).toMatchObject({ heldBack: 10, markedRevoked: 0 });
      const third = await portal.reconciler.run();
      expect(third.heldBack).toBe(10);
      expect(await statuses()).toEqual(Array(10).fill('active'));
      // One notice for one set of held actions, not one a run.
      expect(notices).toHaveLength(1);
      expect(notices[0].title).toBe('Key reconciliation held back 10 changes');

      const holds = await portal.reconciler.holds();
      expect(holds).toHaveLength(10);
      expect(holds[0]).toMatchObject({
        action: 'mark-revoked',
        ownerRef: alice.userRef,
      });
      // Not for anyone but admins.
      await expect(
        portal.reconciler.confirm(alice, [holds[0].id]),
      ).rejects.toThrow(/Only admins/);

      // One key comes back before the admin decides: its hold is obsolete.
      const backHash = hashKey(keys[0].value);
      emulator.state.keys.set(backHash, lost.get(backHash)!);
      const back = holds.find(h => h.keyId === keys[0].key.id)!;
      const others = holds.filter(h => h !== back).slice(0, 3);
      const confirmed = await portal.reconciler.confirm(dana, [
        back.id,
        ...others.map(h => h.id),
      ]);
      expect(confirmed.results.map(r => r.outcome)).toEqual([
        'obsolete',
        'done',
        'done',
        'done',
      ]);
      expect(
        (await portal.reconciler.confirm(dana, [others[0].id])).results[0]
          .outcome,
      ).toBe('not-held');
      expect((await statuses()).filter(s => s === 'revoked')).toHaveLength(3);
      expect((await portal.store.get(keys[0].key.id))!.status).toBe('active');

      const rest = (await portal.reconciler.holds()).map(h => h.id);
      expect(rest).toHaveLength(6);
      expect(await portal.reconciler.dismiss(dana, rest)).toEqual({
        dismissed: 6,
      });
      // Dismissed: not proposed again, nothing more revoked.
      const after = await portal.reconciler.run();
      expect(after).toMatchObject({ heldBack: 0, markedRevoked: 0 });
      expect(await portal.reconciler.holds()).toEqual([]);
      expect((await statuses()).filter(s => s === 'revoked')).toHaveLength(3);
      await emulator.close();
    });

    it('acts on a missing key only after two sightings the interval apart, after LiteLLM confirms', async () => {
      const { emulator, portal, keys, tick } = await setup(databaseId, {
        reconcile: { confirmAfterMs: 5 * MINUTE, maxShare: 1 },
      });
      const gone = hashKey(keys[3].value);
      emulator.state.keys.delete(gone);

      expect((await portal.reconciler.run()).waiting).toBe(1);
      tick(2 * MINUTE);
      // Seen twice, but too close together.
      expect(await portal.reconciler.run()).toMatchObject({
        waiting: 1,
        markedRevoked: 0,
      });
      tick(4 * MINUTE);
      expect((await portal.reconciler.run()).markedRevoked).toBe(1);
      expect((await portal.store.get(keys[3].key.id))!.status).toBe('revoked');

      // A key missing once, then back: its chain is broken.
      const flaky = hashKey(keys[4].value);
      const record = emulator.state.keys.get(flaky)!;
      emulator.state.keys.delete(flaky);
      await portal.reconciler.run();
      emulator.state.keys.set(flaky, record);
      tick(10 * MINUTE);
      await portal.reconciler.run();
      emulator.state.keys.delete(flaky);
      tick(10 * MINUTE);
      expect(await portal.reconciler.run()).toMatchObject({
        waiting: 1,
        markedRevoked: 0,
      });
      await emulator.close();
    });

    it('skips a record changed after it was read', async () => {
      let onListed: (() => Promise<void>) | undefined;
      class HookedClient extends LiteLlmClient {
        async snapshotKeys() {
          const listing = await super.snapshotKeys();
          await onListed?.();
          return listing;
        }
      }
      const { emulator, portal, keys } = await setup(databaseId, {
        reconcile: { maxShare: 1 },
        litellm: url =>
          new HookedClient({ baseUrl: url, masterKey: MASTER_KEY }),
      });
      const id = keys[5].key.id;
      emulator.state.keys.delete(hashKey(keys[5].value));
      await portal.reconciler.run();
      // The owner renames the key while the second run lists LiteLLM.
      onListed = async () => {
        await portal.store.update(id, { name: 'renamed meanwhile' });
      };
      expect((await portal.reconciler.run()).markedRevoked).toBe(0);
      expect((await portal.store.get(id))!).toMatchObject({
        status: 'active',
        name: 'renamed meanwhile',
      });
      onListed = undefined;
      // Skipped in that run only: the next one acts.
      expect((await portal.reconciler.run()).markedRevoked).toBe(1);
      await emulator.close();
    });

    it("never touches another portal's keys, and adopts only by the exact rule", async () => {
      const { emulator, portal, generate } = await setup(databaseId, {
        reconcile: { maxShare: 1 },
      });
      const foreign = await generate({
        key_alias: 'litemaas-other',
        user_id: 'user:default/alice',
        metadata: { litemaas_instance: 'other-portal', litemaas_key_id: 'x' },
      });
      const made: Record<string, string> = {};
      for (const userId of [
        'alice',
        'user:default/alice',
        'alice@example.com',
        'shared@example.com',
        'admin',
      ]) {
        made[userId] = (
          await generate({ user_id: userId, key_alias: userId })
        ).token;
      }
      const team = await generate({
        user_id: 'user:default/alice',
        team_id: 'group:default/payments',
      });
      // The key the portal calls LiteLLM with, were it a virtual key, is
      // never adoptable, whatever its user.
      const own = await generate({
        key: MASTER_KEY,
        user_id: 'user:default/alice',
      });
      expect(own.token).toBe(hashKey(MASTER_KEY));

      const reports = [];
      for (let run = 0; run < 3; run++) {
        reports.push(await portal.reconciler.run());
      }
      for (const report of reports) {
        expect(report.markedRevoked + report.removedFromGateway).toBe(0);
      }
      const [first] = reports;
      expect(first.adopted).toBe(2);
      expect(first.otherPortals).toEqual([
        { instanceId: 'other-portal', keys: 1 },
      ]);
      expect(first.unmanaged.map(u => u.userId).sort()).toEqual(
        ['admin', 'alice', 'shared@example.com', 'user:default/alice'].sort(),
      );
      // A bare name is a suggestion for the admin, never an adoption.
      expect(
        first.unmanaged.find(u => u.userId === 'alice')?.suggestedOwnerRef,
      ).toBe('user:default/alice');
      const adopted = await portal.store.list({ statuses: ['active'] });
      const byHash = new Set(adopted.map(k => k.tokenHash));
      expect(byHash.has(made['user:default/alice'])).toBe(true);
      expect(byHash.has(made['alice@example.com'])).toBe(true);
      for (const userId of ['alice', 'shared@example.com', 'admin']) {
        expect(byHash.has(made[userId])).toBe(false);
      }
      expect(byHash.has(team.token)).toBe(false);
      expect(byHash.has(own.token)).toBe(false);
      // Adopted keys now carry this portal's marks; the foreign one is as it was.
      expect(
        emulator.state.keys.get(made['alice@example.com'])!.metadata
          .litemaas_instance,
      ).toBe(portal.instanceId);
      expect(emulator.state.keys.get(foreign.token)!.metadata).toEqual({
        litemaas_instance: 'other-portal',
        litemaas_key_id: 'x',
      });

      // An admin adopts the bare-name key for a chosen owner; another is left.
      const key = await portal.adoption.adoptByAdmin(dana, made.alice, {
        ownerRef: 'group:default/payments',
      });
      expect(key).toMatchObject({
        origin: 'adopted',
        subjectRef: 'group:default/payments',
      });
      await expect(
        portal.adoption.adoptByAdmin(dana, foreign.token, {
          ownerRef: 'user:default/alice',
        }),
      ).rejects.toThrow(/cannot be adopted/);
      await expect(
        portal.adoption.adoptByAdmin(alice, made.admin, {
          ownerRef: 'user:default/alice',
        }),
      ).rejects.toThrow(/Only admins/);
      await portal.adoption.leave(dana, made.admin);
      const report = await portal.reconciler.run();
      expect(report.unmanaged.map(u => u.userId).sort()).toEqual(
        ['shared@example.com', 'user:default/alice'].sort(),
      );
      await emulator.close();
    });
  },
);
