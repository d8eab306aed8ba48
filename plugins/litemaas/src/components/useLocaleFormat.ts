import { useLitemaasText } from '../translationText';
import { useEffect, useMemo, useState } from 'react';
import {
  appLanguageApiRef,
  useApiHolder,
} from '@backstage/frontend-plugin-api';
import { FormatText, LocaleFormat, localeFormat } from './localeFormat';

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
 * Numbers, money, dates and limits in the reader's language: "131.1K" and
 * "$0.15" in English, "131.072" and "0,15 $" in German.
 */
export function useLocaleFormat(): LocaleFormat {
  const language = useLanguage();
  const t = useLitemaasText();
  return useMemo(
    () => localeFormat(language, t as unknown as FormatText),
    [language, t],
  );
}
