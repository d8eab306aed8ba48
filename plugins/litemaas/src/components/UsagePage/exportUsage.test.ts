import { aUsageRow, usageMetrics } from '../../__testUtils__/fixtures';
import { exportFileName, usageCsv, usageJson } from './exportUsage';
import { UsageView } from './usageView';

const view: UsageView = {
  scope: 'mine',
  range: { from: '2026-11-22', to: '2026-11-23' },
  totals: usageMetrics({ requests: 3, spend: 0.25 }),
  previousTotals: usageMetrics({ requests: 1 }),
  days: [
    aUsageRow('2026-11-22', { requests: 1 }),
    aUsageRow('2026-11-23', { requests: 2, spend: 0.25 }),
  ],
  breakdowns: [
    {
      groupBy: 'key',
      rows: [
        aUsageRow('aaa…', { label: 'team "ml", prod', requests: 2 }),
        aUsageRow('bbb…', { label: '=HYPERLINK("http://x")', requests: 1 }),
      ],
    },
  ],
};

describe('usage exports', () => {
  it('writes CSV that spreadsheets read as data', () => {
    const lines = usageCsv(view).split('\r\n');
    expect(lines[1]).toBe('day,2026-11-22,,1,0,0,0,0,0,0');
    // Commas and quotes are quoted; formulas are defused.
    expect(lines[3]).toBe('key,aaa…,"team ""ml"", prod",2,0,0,0,0,0,0');
    expect(lines[4]).toBe(`key,bbb…,"'=HYPERLINK(""http://x"")",1,0,0,0,0,0,0`);
    expect(lines[5]).toBe('total,2026-11-22..2026-11-23,,3,0,0,0,0,0,0.25');
    expect(lines[6]).toBe(
      'previous_total,2026-11-20..2026-11-21,,1,0,0,0,0,0,0',
    );
    expect(lines[7]).toBe('');
  });

  it('writes JSON with a list per breakdown', () => {
    const json = JSON.parse(usageJson(view));
    expect(Object.keys(json)).toEqual([
      'from',
      'to',
      'scope',
      'totals',
      'previousTotals',
      'previousPeriod',
      'byDay',
      'byKey',
    ]);
    expect(json.byKey[1].label).toBe('=HYPERLINK("http://x")');
  });

  it('names files by range and scope', () => {
    expect(exportFileName(view, 'csv')).toBe(
      'litemaas-usage-2026-11-22-to-2026-11-23.csv',
    );
    expect(exportFileName({ ...view, scope: 'all' }, 'json')).toBe(
      'litemaas-usage-all-2026-11-22-to-2026-11-23.json',
    );
  });
});
