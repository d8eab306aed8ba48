import { eachDay, formatPeriod, presetRange, rangeProblem } from './range';

describe('usage ranges', () => {
  const now = Date.parse('2026-11-23T23:30:00Z');

  it('ends presets today (UTC) and counts today in', () => {
    expect(presetRange(1, now)).toEqual({
      from: '2026-11-23',
      to: '2026-11-23',
    });
    expect(presetRange(7, now)).toEqual({
      from: '2026-11-17',
      to: '2026-11-23',
    });
    expect(presetRange(30, now).from).toBe('2026-10-25');
    expect(presetRange(90, now).from).toBe('2026-08-26');
    // Across a year boundary.
    expect(presetRange(7, Date.parse('2027-01-02T00:00:00Z')).from).toBe(
      '2026-12-27',
    );
  });

  it('lists every day of a range', () => {
    expect(eachDay({ from: '2026-02-27', to: '2026-03-02' })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(eachDay(presetRange(90, now))).toHaveLength(90);
  });

  it('says what is wrong with a custom range', () => {
    expect(rangeProblem({ from: '2026-11-01', to: '2026-11-30' })).toBe(
      undefined,
    );
    expect(rangeProblem({ from: '2026-11-01', to: '' })).toBe('Pick both days');
    expect(rangeProblem({ from: '2026-11-02', to: '2026-11-01' })).toBe(
      'The last day comes before the first',
    );
    expect(rangeProblem({ from: '2025-01-01', to: '2026-01-02' })).toBe(
      'A range may span at most 366 days',
    );
    expect(rangeProblem({ from: '2025-01-01', to: '2026-01-01' })).toBe(
      undefined,
    );
  });

  it('captions a range with both days', () => {
    expect(formatPeriod({ from: '2026-11-17', to: '2026-11-23' })).toBe(
      'Nov 17, 2026 – Nov 23, 2026',
    );
  });
});
