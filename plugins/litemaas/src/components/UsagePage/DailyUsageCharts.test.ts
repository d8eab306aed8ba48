import { spendTick } from './DailyUsageCharts';

describe('spendTick', () => {
  it('keeps ticks of fractions of a cent apart', () => {
    const ticks = [0.0000012, 0.0000024, 0.0000036].map(spendTick);
    expect(ticks).toEqual(['$0.0000012', '$0.0000024', '$0.0000036']);
    expect(new Set(ticks).size).toBe(3);
  });

  it('shows whole dollars, cents and thousands as usual', () => {
    expect(spendTick(0)).toBe('$0');
    expect(spendTick(5)).toBe('$5');
    expect(spendTick(2.5)).toBe('$2.50');
    // Steps of 2.5 cents keep their half cents.
    expect([0.025, 0.05, 0.075].map(spendTick)).toEqual([
      '$0.025',
      '$0.05',
      '$0.075',
    ]);
    expect(spendTick(1500)).toMatch(/^\$1\.5K$/);
  });
});
