import {
  formatChange,
  formatCount,
  formatDate,
  formatDay,
  formatPercent,
  formatPointChange,
  formatSpend,
  formatDuration,
  formatEntityRef,
  formatLimits,
  formatPricePer1M,
  formatRelativeTime,
  formatTokens,
  formatUsd,
  toEntityRef,
} from './format';

describe('format', () => {
  it('formats token counts', () => {
    expect(formatTokens(undefined)).toBe('—');
    expect(formatTokens(512)).toBe('512');
    expect(formatTokens(8192)).toBe('8.2K');
    expect(formatTokens(128000)).toBe('128K');
    expect(formatTokens(1_048_576)).toBe('1.0M');
    expect(formatTokens(2_000_000)).toBe('2M');
  });

  it('formats prices per million tokens', () => {
    expect(formatPricePer1M(undefined)).toBe('—');
    expect(formatPricePer1M(0)).toBe('Free');
    expect(formatPricePer1M(0.15)).toBe('$0.15');
    expect(formatPricePer1M(15)).toBe('$15.00');
    expect(formatPricePer1M(0.002)).toBe('$0.0020');
  });

  it('formats dates', () => {
    expect(formatDate(undefined)).toBe('—');
    expect(formatDate('2026-12-01T12:00:00Z')).toBe('Dec 1, 2026');
    expect(formatDate('soon')).toBe('soon');
  });

  it('formats times relative to now', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(formatRelativeTime(undefined, now)).toBe('—');
    expect(formatRelativeTime('2026-11-23T11:59:50Z', now)).toBe('just now');
    expect(formatRelativeTime('2026-11-23T11:55:00Z', now)).toBe(
      '5 minutes ago',
    );
    expect(formatRelativeTime('2026-11-23T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelativeTime('2026-11-22T12:00:00Z', now)).toBe('yesterday');
    expect(formatRelativeTime('2026-11-20T12:00:00Z', now)).toBe('3 days ago');
  });

  it('formats limits and durations', () => {
    expect(formatDuration('30d')).toBe('30 days');
    expect(formatDuration('1mo')).toBe('month');
    expect(formatLimits({})).toBe('No limits');
    expect(
      formatLimits({
        tpm: 10000,
        rpm: 60,
        maxBudget: 12.5,
        budgetDuration: '7d',
      }),
    ).toBe('10K TPM · 60 RPM · $12.50 per 7 days');
    expect(formatLimits({ maxBudget: 100 })).toBe('$100 budget');
  });

  it('reads and writes entity refs', () => {
    expect(formatEntityRef('group:default/payments')).toBe('payments');
    expect(formatEntityRef('group:finance/payments')).toBe('finance/payments');
    expect(toEntityRef(' alice ', 'user')).toBe('user:default/alice');
    expect(toEntityRef('group:payments', 'user')).toBe(
      'group:default/payments',
    );
    expect(toEntityRef('', 'group')).toBe('');
  });

  it('formats spend one way: cents with separators, and under a cent', () => {
    expect(formatSpend(undefined)).toBe('—');
    expect(formatSpend(Number.NaN)).toBe('—');
    expect(formatSpend(0)).toBe('$0.00');
    expect(formatSpend(2)).toBe('$2.00');
    expect(formatSpend(12.5)).toBe('$12.50');
    expect(formatSpend(0.01)).toBe('$0.01');
    expect(formatSpend(1234.567)).toBe('$1,234.57');
    expect(formatSpend(1_000_000)).toBe('$1,000,000.00');
    // Spent, but less than a cent: never "$0.00", never "$0.0000".
    expect(formatSpend(0.0042)).toBe('<$0.01');
    expect(formatSpend(0.00001)).toBe('<$0.01');
    expect(formatSpend(0.009999)).toBe('<$0.01');
  });

  it('formats counts, percentages and days', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatPercent(0.96)).toBe('96%');
    expect(formatPercent(0.07)).toBe('7%');
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatDay('2026-11-20')).toBe('Nov 20');
    expect(formatDay('2026-11-20', true)).toBe('Nov 20, 2026');
  });

  it('describes changes from the previous period', () => {
    expect(formatChange(125, 100)).toMatchObject({
      direction: 'up',
      text: '▲ 25%',
    });
    expect(formatChange(80, 100)).toMatchObject({
      direction: 'down',
      text: '▼ 20%',
      label: 'down 20%',
    });
    expect(formatChange(100.4, 100).text).toBe('▲ 0.4%');
    expect(formatChange(100, 100).text).toBe('0%');
    // From zero there is no percentage.
    expect(formatChange(5, 0)).toMatchObject({ direction: 'new', text: 'new' });
    expect(formatChange(0, 0)).toMatchObject({ direction: 'flat', text: '0%' });
    expect(formatChange(0, 10).text).toBe('▼ 100%');
  });

  it('describes changes of rates in percentage points', () => {
    expect(formatPointChange(0.96, 0.99)).toMatchObject({
      direction: 'down',
      text: '▼ 3 pts',
    });
    expect(formatPointChange(0.98, 0.97).text).toBe('▲ 1 pt');
    expect(formatPointChange(0.9, undefined).text).toBe('new');
    expect(formatPointChange(undefined, 0.9).text).toBe('—');
  });
});

describe('formatUsd', () => {
  it('shows budgets in whole dollars or cents, and fractions of a cent', () => {
    expect(formatUsd(25)).toBe('$25');
    expect(formatUsd(21.4)).toBe('$21.40');
    expect(formatUsd(9.999)).toBe('$10');
    expect(formatUsd(1500)).toBe('$1,500');
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(0.0005)).toBe('$0.0005');
    expect(formatUsd(0.00001)).toBe('$0.00001');
    expect(formatUsd(undefined)).toBe('—');
  });
});
