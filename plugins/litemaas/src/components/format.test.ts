import {
  entityPagePath,
  formatDuration,
  formatEntityRef,
  formatLimits,
  formatPricePer1M,
  formatRelativeTime,
  formatTokens,
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
    expect(entityPagePath('Group:default/ml-platform')).toBe(
      '/catalog/default/group/ml-platform',
    );
    expect(entityPagePath('not a ref')).toBeUndefined();
    expect(toEntityRef(' alice ', 'user')).toBe('user:default/alice');
    expect(toEntityRef('group:payments', 'user')).toBe(
      'group:default/payments',
    );
    expect(toEntityRef('', 'group')).toBe('');
  });
});
