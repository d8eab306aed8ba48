import { formatPricePer1M, formatTokens } from './format';

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
});
