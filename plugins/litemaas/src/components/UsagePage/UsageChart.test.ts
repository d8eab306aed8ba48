import { niceTicks } from './UsageChart';

describe('niceTicks', () => {
  it('reaches a round number at or above the highest value', () => {
    expect(niceTicks(0)).toEqual([0]);
    expect(niceTicks(10)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(13)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(1_234_567)).toEqual([0, 500000, 1000000, 1500000]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0.0042)).toEqual([0, 0.002, 0.004, 0.006]);
  });
});
