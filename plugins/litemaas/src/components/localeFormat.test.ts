import { englishMessages } from '../translation';
import de from '../translations/de';
import {
  formatChange,
  formatDuration,
  formatLimits,
  formatPointChange,
  formatSpend,
  formatTokens,
  formatUsd,
} from './format';
import { FormatText, localeFormat } from './localeFormat';

const textFrom =
  (messages: Record<string, string>): FormatText =>
  (key, options) =>
    messages[key].replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) =>
      String(options?.[name] ?? ''),
    );

describe('localeFormat', () => {
  const en = localeFormat('en', textFrom(englishMessages()));
  const germanFormat = localeFormat('de', textFrom(de));
  // Intl separates figures and units with no-break spaces.
  const german = new Proxy(germanFormat, {
    get: (target, name) => {
      const value = (target as any)[name];
      return typeof value === 'function'
        ? (...args: unknown[]) => {
            const out = value(...args);
            return typeof out === 'string'
              ? out.replace(/[\u00a0\u202f]/g, ' ')
              : out;
          }
        : value;
    },
  });

  it('writes English as the plain formatters do', () => {
    for (const v of [0, 0.004, 0.5, 12.5, 1234.567]) {
      expect(en.spend(v)).toBe(formatSpend(v));
      expect(en.usd(v)).toBe(formatUsd(v));
    }
    for (const v of [999, 128000, 1500000]) {
      expect(en.tokens(v)).toBe(formatTokens(v));
    }
    for (const d of ['1mo', '30d', '2h', '1w']) {
      expect(en.duration(d)).toBe(formatDuration(d));
    }
    const limits = {
      tpm: 10000,
      rpm: 60,
      maxBudget: 50,
      budgetDuration: '30d',
    };
    expect(en.limits(limits)).toBe(formatLimits(limits));
    expect(en.limits({})).toBe('No limits');
    expect(en.change(125, 100)).toEqual(formatChange(125, 100));
    expect(en.change(0, 0)).toEqual(formatChange(0, 0));
    expect(en.pointChange(0.97, 0.95)).toEqual(formatPointChange(0.97, 0.95));
  });

  it("writes German the language's way", () => {
    expect(german.spend(1234.5)).toBe('1.234,50 $');
    expect(german.spend(0.001)).toBe('<0,01 $');
    expect(
      german.limits({ rpm: 60, maxBudget: 50, budgetDuration: '1mo' }),
    ).toBe('60 RPM · 50 $ pro Monat');
    expect(german.duration('30d')).toBe('30 Tage');
    expect(german.date('2026-12-01T10:00:00Z')).toBe('01.12.2026');
    expect(german.change(0, 0).label).toBe('keine Änderung');
    expect(
      german.relativeTime(
        '2026-12-01T00:00:00Z',
        Date.parse('2026-12-02T00:00:00Z'),
      ),
    ).toBe('gestern');
  });
});
