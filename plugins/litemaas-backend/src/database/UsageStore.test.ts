import { TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from './migrations';
import { UsageDailyRow, UsageStore } from './UsageStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

function row(
  day: string,
  keyHash: string,
  model: string,
  subjectRef: string | undefined,
  spend: number,
  tokens: number,
): UsageDailyRow {
  return {
    day,
    keyHash,
    model,
    provider: model.startsWith('gpt') ? 'openai' : 'hosted_vllm',
    keyId: subjectRef ? `id-${keyHash}` : undefined,
    subjectRef,
    spend,
    promptTokens: tokens / 2,
    completionTokens: tokens / 2,
    totalTokens: tokens,
    requests: 2,
    successfulRequests: 1,
    failedRequests: 1,
  };
}

describe.each(databases.eachSupportedId())('UsageStore on %p', databaseId => {
  async function store() {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    return new UsageStore(knex);
  }
  const at = new Date('2026-11-20T12:00:00Z');

  it('replaces a day as a whole, so re-running it counts nothing twice', async () => {
    const usage = await store();
    const rows = [
      row('2026-11-18', 'k1', 'gpt', 'user:default/alice', 0.25, 100),
      row('2026-11-18', 'k2', 'granite', 'group:default/payments', 0, 60),
    ];
    await usage.replaceDay('2026-11-18', rows, true, at);
    await usage.replaceDay('2026-11-18', rows, true, at);
    const totals = await usage.totals({ from: '2026-11-01', to: '2026-11-30' });
    expect(totals).toEqual({
      spend: 0.25,
      promptTokens: 80,
      completionTokens: 80,
      totalTokens: 160,
      requests: 4,
      successfulRequests: 2,
      failedRequests: 2,
    });
    expect(await usage.completeDays('2026-11-01', '2026-11-30')).toEqual(
      new Set(['2026-11-18']),
    );
    expect((await usage.lastSyncedAt())?.toISOString()).toBe(at.toISOString());
  });

  it('aggregates by day, model, subject, key and provider with filters', async () => {
    const usage = await store();
    await usage.replaceDay(
      '2026-11-18',
      [
        row('2026-11-18', 'k1', 'gpt', 'user:default/alice', 0.5, 100),
        row('2026-11-18', 'k3', 'gpt', undefined, 1, 10),
      ],
      true,
      at,
    );
    await usage.replaceDay(
      '2026-11-19',
      [
        row('2026-11-19', 'k1', 'granite', 'user:default/alice', 0, 40),
        row('2026-11-19', 'k2', 'gpt', 'group:default/payments', 0.25, 20),
      ],
      false,
      at,
    );
    const all = { from: '2026-11-18', to: '2026-11-19' };
    expect(
      (await usage.grouped(all, 'day')).map(r => [r.group, r.totalTokens]),
    ).toEqual([
      ['2026-11-18', 110],
      ['2026-11-19', 60],
    ]);
    expect(
      (await usage.grouped(all, 'subject')).map(r => [r.group, r.spend]),
    ).toEqual([
      ['unknown', 1],
      ['user:default/alice', 0.5],
      ['group:default/payments', 0.25],
    ]);
    expect(
      (await usage.grouped(all, 'provider')).map(r => r.group).sort(),
    ).toEqual(['hosted_vllm', 'openai']);
    const alice = await usage.totals({
      ...all,
      subjectRefs: ['user:default/alice'],
    });
    expect(alice.totalTokens).toBe(140);
    const gptOnly = await usage.grouped({ ...all, models: ['gpt'] }, 'key');
    expect(gptOnly.map(r => r.group).sort()).toEqual(['k1', 'k2', 'k3']);
    // Outside the range, nothing.
    expect(
      (await usage.totals({ from: '2026-10-01', to: '2026-10-31' })).requests,
    ).toBe(0);
  });
});
