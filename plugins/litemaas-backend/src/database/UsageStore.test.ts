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
    // A portal key by its id; a key made outside the portal by its hash.
    expect(gptOnly.map(r => r.group).sort()).toEqual(['id-k1', 'id-k2', 'k3']);
    // Outside the range, nothing.
    expect(
      (await usage.totals({ from: '2026-10-01', to: '2026-10-31' })).requests,
    ).toBe(0);
  });

  it('answers top consumers over any range from running totals, also after a late day', async () => {
    const usage = await store();
    const subjects = [
      'user:default/alice',
      'user:default/bob',
      'group:default/payments',
      undefined,
    ];
    const days = ['2026-11-10', '2026-11-11', '2026-11-13', '2026-11-14'];
    // Deterministic, uneven traffic: not every owner on every day.
    const rowsOf = (day: string, salt: number) =>
      subjects.flatMap((subject, i) =>
        (i + salt + day.charCodeAt(9)) % 3 === 0
          ? []
          : [
              row(
                day,
                `k${i}`,
                i % 2 ? 'gpt' : 'granite',
                subject,
                (i + 1) * 0.1 + salt * 0.01,
                (i + 1) * 10 + salt * 2,
              ),
            ],
      );
    const current = new Map<string, UsageDailyRow[]>();
    for (const day of days) {
      current.set(day, rowsOf(day, 1));
      await usage.replaceDay(day, current.get(day)!, true, at);
    }
    // A late correction of an earlier day moves the days after it.
    current.set('2026-11-11', rowsOf('2026-11-11', 7));
    await usage.replaceDay('2026-11-11', current.get('2026-11-11')!, true, at);
    // A day whose usage vanished entirely.
    current.set('2026-11-13', []);
    await usage.replaceDay('2026-11-13', [], true, at);

    const expected = (from: string, to: string) => {
      const sums = new Map<string, { spend: number; totalTokens: number }>();
      for (const [day, rows] of current) {
        if (day < from || day > to) continue;
        for (const r of rows) {
          const group = r.subjectRef ?? 'unknown';
          const s = sums.get(group) ?? { spend: 0, totalTokens: 0 };
          s.spend += r.spend;
          s.totalTokens += r.totalTokens;
          sums.set(group, s);
        }
      }
      return [...sums.entries()].sort(
        (a, b) => b[1].spend - a[1].spend || a[0].localeCompare(b[0]),
      );
    };
    const ranges = [
      ['2026-11-01', '2026-11-30'],
      ['2026-11-11', '2026-11-11'],
      ['2026-11-12', '2026-11-13'],
      ['2026-11-11', '2026-11-14'],
      ['2026-11-14', '2026-11-20'],
      ['2026-11-15', '2026-11-20'],
    ];
    for (const [from, to] of ranges) {
      const rows = await usage.grouped({ from, to }, 'subject');
      const want = expected(from, to);
      expect(rows.map(r => r.group)).toEqual(want.map(([group]) => group));
      rows.forEach((r, i) => {
        expect(r.spend).toBeCloseTo(want[i][1].spend, 10);
        expect(r.totalTokens).toBe(want[i][1].totalTokens);
      });
    }
  });

  it('narrows to keys created outside the portal', async () => {
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
    const outside = {
      from: '2026-11-18',
      to: '2026-11-18',
      outsidePortal: true,
    };
    expect((await usage.totals(outside)).totalTokens).toBe(10);
    expect((await usage.grouped(outside, 'key')).map(r => r.group)).toEqual([
      'k3',
    ]);
    const exported = [];
    for await (const r of usage.streamRows(outside)) exported.push(r.keyHash);
    expect(exported).toEqual(['k3']);
  });

  it('keeps totals right when pulls of the same and other days overlap', async () => {
    const usage = await store();
    const dayRows = (day: string) => [
      row(day, 'k1', 'gpt', 'user:default/alice', 0.5, 100),
      row(day, 'k2', 'gpt', 'group:default/payments', 0.25, 20),
    ];
    const days = ['2026-11-16', '2026-11-17', '2026-11-18'];
    // Two replicas pulling the same days at once.
    await Promise.all(
      [...days, ...days].map(day =>
        usage.replaceDay(day, dayRows(day), true, at),
      ),
    );
    const range = { from: '2026-11-16', to: '2026-11-18' };
    expect((await usage.totals(range)).totalTokens).toBe(360);
    expect(
      (await usage.grouped(range, 'subject')).map(r => [r.group, r.spend]),
    ).toEqual([
      ['user:default/alice', 1.5],
      ['group:default/payments', 0.75],
    ]);
  });

  it('forgets usage before a cutoff, and ranges reaching back still add up', async () => {
    const usage = await store();
    const days = ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'];
    for (const [i, day] of days.entries()) {
      await usage.replaceDay(
        day,
        [
          row(day, 'k1', 'gpt', 'user:default/alice', 0.5 * (i + 1), 10),
          row(day, 'k2', 'gpt', 'group:default/payments', 0.25, 20),
        ],
        true,
        at,
      );
    }
    await usage.prune('2026-11-12');

    expect(await usage.completeDays('2026-11-01', '2026-11-30')).toEqual(
      new Set(['2026-11-12', '2026-11-13']),
    );
    // Whatever the range asks, only the days kept count, in every view.
    for (const from of ['2026-11-01', '2026-11-11', '2026-11-12']) {
      const range = { from, to: '2026-11-13' };
      expect((await usage.totals(range)).totalTokens).toBe(60);
      expect(
        (await usage.grouped(range, 'subject')).map(r => [r.group, r.spend]),
      ).toEqual([
        ['user:default/alice', 1.5 + 2],
        ['group:default/payments', 0.5],
      ]);
    }
    expect(
      (
        await usage.grouped({ from: '2026-11-13', to: '2026-11-13' }, 'subject')
      ).map(r => [r.group, r.spend]),
    ).toEqual([
      ['user:default/alice', 2],
      ['group:default/payments', 0.25],
    ]);
    // A day pulled after the prune builds on the running totals kept.
    await usage.replaceDay(
      '2026-11-14',
      [row('2026-11-14', 'k1', 'gpt', 'user:default/alice', 1, 10)],
      false,
      at,
    );
    expect(
      (
        await usage.grouped({ from: '2026-11-12', to: '2026-11-14' }, 'subject')
      ).map(r => [r.group, r.spend]),
    ).toEqual([
      ['user:default/alice', 4.5],
      ['group:default/payments', 0.5],
    ]);
  });
});
