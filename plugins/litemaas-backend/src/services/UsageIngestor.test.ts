import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from '../database/migrations';
import { KnexKeyStore } from '../database/KnexKeyStore';
import { KnexModelStore } from '../database/KnexModelStore';
import { UsageStore } from '../database/UsageStore';
import { UsageHoldStore } from '../database/UsageHoldStore';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';
import { UsageIngestor } from './UsageIngestor';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('UsageIngestor', () => {
  it('pulls the days not final yet and forgets those past the retention', async () => {
    const knex = await databases.init('SQLITE_3');
    await applyDatabaseMigrations(knex);
    const usage = new UsageStore(knex);
    const at = new Date('2026-11-20T12:00:00Z');
    for (const day of ['2026-11-01', '2026-11-15']) {
      await usage.replaceDay(day, [], true, at);
    }
    const asked: string[] = [];
    // LiteLLM with no activity: every day comes back empty.
    const litellm = {
      request: async (_method: string, _path: string, options: any) => {
        asked.push(options.query.start_date);
        return { results: [], metadata: { total_pages: 1, has_more: false } };
      },
    } as unknown as LiteLlmClient;
    const ingestor = new UsageIngestor({
      litellm,
      usage,
      keys: new KnexKeyStore(knex),
      models: new KnexModelStore(knex),
      logger: mockServices.logger.mock(),
      now: () => at,
      backfillDays: 30,
      retentionDays: 10,
      holds: new UsageHoldStore(knex),
    });

    const { days } = await ingestor.run();
    // Only days inside the retention are pulled (11-15 was final already)...
    expect(days[0]).toBe('2026-11-11');
    expect(days).not.toContain('2026-11-15');
    expect(asked).toEqual(days);
    // ...and the day before it is gone.
    const kept = await usage.completeDays('2026-10-01', '2026-11-30');
    expect(kept.has('2026-11-01')).toBe(false);
    expect(kept.has('2026-11-15')).toBe(true);
  });
});

const bothDatabases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_16'],
});

/** LiteLLM's daily activity for one day: requests per key hash. */
function activity(day: string, requestsByHash: Record<string, number>) {
  return {
    results: [
      {
        date: day,
        breakdown: {
          model_groups: {
            'gpt-4o-mini': {
              api_key_breakdown: Object.fromEntries(
                Object.entries(requestsByHash).map(([hash, requests]) => [
                  hash,
                  {
                    metrics: {
                      api_requests: requests,
                      successful_requests: requests,
                      spend: requests / 100,
                      total_tokens: requests * 10,
                    },
                  },
                ]),
              ),
            },
          },
        },
      },
    ],
    metadata: { total_pages: 1, has_more: false },
  };
}

/**
 * An ingestor over a migrated database and a LiteLLM whose daily activity
 * for `day` is what `answer()` says at the time of each pull.
 */
async function ingestorOver(
  knex: Knex,
  day: string,
  options: {
    answer: () => Record<string, number>;
    now: () => Date;
    onHeldBack?: (day: string) => Promise<void>;
  },
) {
  await applyDatabaseMigrations(knex);
  const usage = new UsageStore(knex);
  const holds = new UsageHoldStore(knex);
  const ingestor = new UsageIngestor({
    litellm: {
      request: async () => activity(day, options.answer()),
    } as unknown as LiteLlmClient,
    usage,
    keys: new KnexKeyStore(knex),
    models: new KnexModelStore(knex),
    logger: mockServices.logger.mock(),
    now: options.now,
    backfillDays: 0,
    holds,
    onHeldBack: options.onHeldBack,
  });
  return { ingestor, usage, holds };
}

describe.each(bothDatabases.eachSupportedId())(
  'UsageIngestor on %p',
  databaseId => {
    it("keeps a rotated key's usage under its old values the key's, after their grace period ends", async () => {
      const knex = await bothDatabases.init(databaseId);
      await applyDatabaseMigrations(knex);
      const usage = new UsageStore(knex);
      const keys = new KnexKeyStore(knex);
      const [first, second, third] = ['a', 'b', 'c'].map(c => c.repeat(64));
      await keys.insert({
        id: '00000000-0000-4000-8000-000000000001',
        alias: 'litemaas-1',
        name: 'laptop',
        subjectRef: 'user:default/alice',
        createdBy: 'user:default/alice',
        origin: 'portal',
        status: 'active',
        models: ['gpt-4o-mini'],
        limits: {},
      });
      const id = '00000000-0000-4000-8000-000000000001';
      await keys.update(id, { tokenHash: first });
      // Two rotations; each old value's grace period has ended.
      await keys.update(id, { tokenHash: second, retiringTokenHash: first });
      await keys.update(id, { retiringTokenHash: undefined });
      await keys.update(id, { tokenHash: third, retiringTokenHash: second });
      await keys.update(id, { retiringTokenHash: undefined });

      const day = '2026-11-20';
      const litellm = {
        request: async () =>
          activity(day, {
            [first]: 5,
            [second]: 3,
            [third]: 2,
            ['f'.repeat(64)]: 1,
          }),
      } as unknown as LiteLlmClient;
      const ingestor = new UsageIngestor({
        litellm,
        usage,
        keys,
        models: new KnexModelStore(knex),
        logger: mockServices.logger.mock(),
        now: () => new Date('2026-11-20T12:00:00Z'),
        holds: new UsageHoldStore(knex),
      });
      await ingestor.pullDay(day);

      const range = { from: day, to: day };
      const alices = await usage.totals({
        ...range,
        subjectRefs: ['user:default/alice'],
      });
      expect(alices.requests).toBe(10);
      // One row for the key, whatever values it had; the stranger apart.
      const byKey = await usage.grouped(range, 'key');
      expect(byKey.map(r => [r.group, r.requests])).toEqual([
        [id, 10],
        ['f'.repeat(64), 1],
      ]);
      expect(await keys.keyIdsByHash([first, second, third])).toEqual(
        new Map([
          [first, id],
          [second, id],
          [third, id],
        ]),
      );
    });

    it('never replaces a day with less: keeps the larger figures, takes in what is new, and waits for an admin', async () => {
      const [a, b, c] = ['a', 'b', 'c'].map(x => x.repeat(64));
      const day = '2026-11-20';
      let answer: Record<string, number> = { [a]: 5, [b]: 3 };
      let now = new Date('2026-11-20T12:00:00Z');
      const told: string[] = [];
      const { ingestor, usage, holds } = await ingestorOver(
        await bothDatabases.init(databaseId),
        day,
        {
          answer: () => answer,
          now: () => now,
          onHeldBack: async heldDay => void told.push(heldDay),
        },
      );
      const range = { from: day, to: day };
      const requestsByKey = async () =>
        Object.fromEntries(
          (await usage.grouped(range, 'key')).map(r => [r.group, r.requests]),
        );

      await ingestor.pullDay(day);
      expect((await usage.totals(range)).requests).toBe(8);

      // LiteLLM lost its data: a's usage is gone, b's shrank, c is new.
      answer = { [b]: 1, [c]: 2 };
      expect(await ingestor.pullDay(day)).toEqual({ rows: 3, heldBack: true });
      expect(await requestsByKey()).toEqual({ [a]: 5, [b]: 3, [c]: 2 });
      const [hold] = await holds.list();
      expect(hold).toMatchObject({
        day,
        portal: { requests: 8 },
        litellm: { requests: 3 },
        sightings: 1,
      });
      expect(told).toEqual([day]);

      // The same answer again: one more sighting, nothing replaced, no
      // second notice.
      await ingestor.pullDay(day);
      expect((await holds.get(day))?.sightings).toBe(2);
      expect((await usage.totals(range)).requests).toBe(10);
      expect(told).toEqual([day]);

      // An admin accepts; the day is final by now and still pulled again.
      now = new Date('2026-11-23T12:00:00Z');
      await holds.accept(day, 'user:default/dana', now);
      const { days } = await ingestor.run();
      expect(days).toContain(day);
      expect(await requestsByKey()).toEqual({ [b]: 1, [c]: 2 });
      expect(await holds.list()).toEqual([]);
    });

    it('keeps a hold until an admin decides, and applies an acceptance only to an answer with at least what was accepted', async () => {
      const [a, b] = ['a', 'b'].map(x => x.repeat(64));
      const day = '2026-11-20';
      let answer: Record<string, number> = { [a]: 5 };
      const { ingestor, usage, holds } = await ingestorOver(
        await bothDatabases.init(databaseId),
        day,
        { answer: () => answer, now: () => new Date('2026-11-20T12:00:00Z') },
      );
      const requests = async () =>
        (await usage.totals({ from: day, to: day })).requests;
      await ingestor.pullDay(day);
      answer = { [a]: 1 };
      await ingestor.pullDay(day);
      await holds.accept(day, 'user:default/dana', new Date());
      // LiteLLM answers less than what the admin accepted: not applied, and
      // the acceptance is gone.
      answer = {};
      expect((await ingestor.pullDay(day)).heldBack).toBe(true);
      expect(await holds.get(day)).toMatchObject({
        litellm: { requests: 0 },
        sightings: 1,
        acceptedAt: undefined,
      });
      expect(await requests()).toBe(5);
      // LiteLLM catching up proves nothing (after a restart it counts from
      // zero): still held, each key at its larger figures.
      answer = { [a]: 6, [b]: 1 };
      expect((await ingestor.pullDay(day)).heldBack).toBe(true);
      expect(await requests()).toBe(7);
      // Accepted, then traffic goes on: the larger answer is applied.
      await holds.accept(day, 'user:default/dana', new Date());
      answer = { [a]: 6, [b]: 2 };
      expect((await ingestor.pullDay(day)).heldBack).toBe(false);
      expect(await requests()).toBe(8);
      expect(await holds.list()).toEqual([]);
    });

    it('a dismissed hold keeps the larger figures without asking again', async () => {
      const [a] = ['a'].map(x => x.repeat(64));
      const day = '2026-11-20';
      let answer: Record<string, number> = { [a]: 5 };
      const told: string[] = [];
      const { ingestor, usage, holds } = await ingestorOver(
        await bothDatabases.init(databaseId),
        day,
        {
          answer: () => answer,
          now: () => new Date('2026-11-20T12:00:00Z'),
          onHeldBack: async heldDay => void told.push(heldDay),
        },
      );
      await ingestor.pullDay(day);
      answer = { [a]: 1 };
      await ingestor.pullDay(day);
      await holds.dismiss(day, 'user:default/dana', new Date());
      expect(await holds.list()).toEqual([]);
      answer = { [a]: 2 };
      expect((await ingestor.pullDay(day)).heldBack).toBe(false);
      expect((await usage.totals({ from: day, to: day })).requests).toBe(5);
      answer = { [a]: 9 };
      await ingestor.pullDay(day);
      expect((await usage.totals({ from: day, to: day })).requests).toBe(9);
      expect(told).toEqual([day]);
      expect(await holds.list()).toEqual([]);
    });

    it("does not hold a day whose key's usage only moved to another model name", async () => {
      const knex = await bothDatabases.init(databaseId);
      await applyDatabaseMigrations(knex);
      const usage = new UsageStore(knex);
      const holds = new UsageHoldStore(knex);
      const day = '2026-11-20';
      const a = 'a'.repeat(64);
      let model = 'gpt-4o-mini-2024-07-18';
      const ingestor = new UsageIngestor({
        litellm: {
          request: async () => ({
            results: [
              {
                date: day,
                breakdown: {
                  model_groups: {
                    [model]: {
                      api_key_breakdown: {
                        [a]: { metrics: { api_requests: 4, total_tokens: 40 } },
                      },
                    },
                  },
                },
              },
            ],
            metadata: { total_pages: 1, has_more: false },
          }),
        } as unknown as LiteLlmClient,
        usage,
        keys: new KnexKeyStore(knex),
        models: new KnexModelStore(knex),
        logger: mockServices.logger.mock(),
        now: () => new Date('2026-11-20T12:00:00Z'),
        holds,
      });
      await ingestor.pullDay(day);
      model = 'gpt-4o-mini';
      expect((await ingestor.pullDay(day)).heldBack).toBe(false);
      const byModel = await usage.grouped({ from: day, to: day }, 'model');
      expect(byModel.map(r => [r.group, r.requests])).toEqual([
        ['gpt-4o-mini', 4],
      ]);
    });

    it("holds a day whose total grew while a key's usage vanished", async () => {
      const [a, b] = ['a', 'b'].map(x => x.repeat(64));
      const day = '2026-11-20';
      let answer: Record<string, number> = { [a]: 5 };
      const { ingestor, usage, holds } = await ingestorOver(
        await bothDatabases.init(databaseId),
        day,
        { answer: () => answer, now: () => new Date('2026-11-20T12:00:00Z') },
      );
      await ingestor.pullDay(day);
      // LiteLLM lost a's usage; b's new traffic is larger than it was.
      answer = { [b]: 9 };
      expect((await ingestor.pullDay(day)).heldBack).toBe(true);
      expect((await usage.totals({ from: day, to: day })).requests).toBe(14);
      expect(await holds.get(day)).toMatchObject({
        portal: { requests: 5 },
        litellm: { requests: 9 },
      });
    });
  },
);
