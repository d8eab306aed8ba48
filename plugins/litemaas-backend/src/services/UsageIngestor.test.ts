import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from '../database/migrations';
import { KnexKeyStore } from '../database/KnexKeyStore';
import { KnexModelStore } from '../database/KnexModelStore';
import { UsageStore } from '../database/UsageStore';
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
