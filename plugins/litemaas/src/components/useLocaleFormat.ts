import { useEffect, useMemo, useState } from 'react';
import {
  appLanguageApiRef,
  useApiHolder,
} from '@backstage/frontend-plugin-api';

/** The language the reader chose in Settings ('en' when the app has none). */
export function useLanguage(): string {
  // Looked up softly: legacy apps may have no language API.
  const api = useApiHolder().get(appLanguageApiRef);
  const [language, setLanguage] = useState(
    () => api?.getLanguage().language ?? 'en',
  );
  useEffect(() => {
    if (!api) return undefined;
    const subscription = api
      .language$()
      .subscribe(next => setLanguage(next.language));
    return () => subscription.unsubscribe();
  }, [api]);
  return language;
}

/**
 * Numbers and money in the reader's language: "131.1K" and "$0.15" in
 * English, "131.072" and "0,15 $" in German.
 */
export function useLocaleFormat() {
  const language = useLanguage();
  return useMemo(() => {
    const compact = new Intl.NumberFormat(language, {
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    const usd = (digits: number) =>
      new Intl.NumberFormat(language, {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    const cents = usd(2);
    const fractions = usd(4);
    return {
      language,
      /** Token counts, compact: 128000 -> "128K". */
      tokens: (count?: number) =>
        count === undefined ? '—' : compact.format(count),
      /** A price per 1M tokens; tiny ones keep four decimals. */
      price: (dollars?: number) => {
        if (dollars === undefined) return '—';
        return (dollars < 0.01 ? fractions : cents).format(dollars);
      },
    };
  }, [language]);
}
