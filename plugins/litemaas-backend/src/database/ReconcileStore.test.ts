import { TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from './migrations';
import { ReconcileStore } from './ReconcileStore';
import { SettingsStore } from './SettingsStore';
import { TaskReportStore } from './TaskReportStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const at = (minute: number) =>
  new Date(Date.parse('2026-12-01T10:00:00Z') + minute * 60_000);

describe.each(databases.eachSupportedId())(
  'reconciliation stores on %p',
  id => {
    async function setup() {
      const knex = await databases.init(id);
      await applyDatabaseMigrations(knex);
      let clock = 0;
      const now = () => at(clock++);
      return {
        knex,
        reconcile: new ReconcileStore(knex, now),
        reports: new TaskReportStore(knex, now),
        settings: new SettingsStore(knex, now),
      };
    }

    it('counts consecutive sightings and breaks the chain on a miss', async () => {
      const { reconcile } = await setup();
      let seen = await reconcile.observe(
        ['record:k1:h1', 'gateway:h2'],
        ['record', 'gateway'],
        at(0),
      );
      expect(seen.get('record:k1:h1')).toMatchObject({ runs: 1 });
      seen = await reconcile.observe(
        ['record:k1:h1'],
        ['record', 'gateway'],
        at(5),
      );
      expect(seen.get('record:k1:h1')).toMatchObject({ runs: 2 });
      expect(seen.get('record:k1:h1')!.firstSeenAt.toISOString()).toBe(
        at(0).toISOString(),
      );
      // gateway:h2 was not seen in the second run: it starts over.
      seen = await reconcile.observe(
        ['gateway:h2'],
        ['record', 'gateway'],
        at(9),
      );
      expect(seen.get('gateway:h2')).toMatchObject({ runs: 1 });
      expect(seen.has('record:k1:h1')).toBe(false);
    });

    it('holds each subject once, lets one admin take a hold, and closes what is no longer proposed', async () => {
      const { reconcile } = await setup();
      const action = (subject: string) => ({
        subject,
        action: 'mark-revoked' as const,
        keyId: subject,
        tokenHash: 'a'.repeat(64),
        reason: 'gone',
      });
      expect(await reconcile.hold([action('s1'), action('s2')])).toHaveLength(
        2,
      );
      expect(await reconcile.hold([action('s1'), action('s3')])).toHaveLength(
        1,
      );
      const [hold] = (await reconcile.listHolds()).filter(
        h => h.subject === 's1',
      );
      const claims = await Promise.all([
        reconcile.claimHold(hold.id, 'user:default/dana'),
        reconcile.claimHold(hold.id, 'user:default/erin'),
      ]);
      expect(claims.filter(Boolean)).toHaveLength(1);
      await reconcile.settleHold(hold.id, 'confirmed', 'Marked revoked');

      const s2 = (await reconcile.listHolds()).find(h => h.subject === 's2')!;
      expect(await reconcile.dismissHolds([s2.id], 'user:default/dana')).toBe(
        1,
      );
      expect(await reconcile.dismissedSubjects()).toEqual(new Set(['s2']));

      expect(
        await reconcile.closeHoldsExcept(new Set(), () => 'not needed'),
      ).toBe(1);
      expect(await reconcile.listHolds()).toEqual([]);
      expect(
        (await reconcile.listHolds(['obsolete'])).map(h => h.outcome),
      ).toEqual(['not needed']);
    });

    it('tells of a standing condition once per cooldown, and remembers keys left alone', async () => {
      const { reconcile } = await setup();
      expect(await reconcile.noticeDue('list', 10 * 60_000)).toBe(true);
      expect(await reconcile.noticeDue('list', 10 * 60_000)).toBe(false);
      expect(await reconcile.noticeDue('list', 0)).toBe(true);
      await reconcile.leaveAlone('f'.repeat(64), 'user:default/dana');
      await reconcile.leaveAlone('f'.repeat(64), 'user:default/dana');
      expect(await reconcile.leftAlone()).toEqual(new Set(['f'.repeat(64)]));
    });

    it("keeps each task's last report, error and request", async () => {
      const { reports } = await setup();
      expect(await reports.get('t')).toBeUndefined();
      await reports.requested('t', 'user:default/dana');
      expect(await reports.get('t')).toMatchObject({
        status: 'idle',
        requestedBy: 'user:default/dana',
      });
      await reports.started('t');
      await reports.succeeded('t', { days: ['2026-12-01'] });
      await reports.started('t');
      await reports.failed('t', 'LiteLLM did not answer');
      expect(await reports.get('t')).toMatchObject({
        status: 'failed',
        error: 'LiteLLM did not answer',
        // The last good report stays.
        report: { days: ['2026-12-01'] },
      });
    });

    it('agrees on one instance id when two replicas start at once', async () => {
      const { settings } = await setup();
      const ids = await Promise.all(
        ['first', 'second', 'third'].map(v =>
          settings.putIfAbsent('instanceId', v, 'system'),
        ),
      );
      expect(new Set(ids).size).toBe(1);
      expect(await settings.putIfAbsent('instanceId', 'later', 'system')).toBe(
        ids[0],
      );
    });
  },
);
