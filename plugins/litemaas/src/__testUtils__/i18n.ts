import {
  AppLanguageApi,
  TranslationApi,
  appLanguageApiRef,
  translationApiRef,
} from '@backstage/frontend-plugin-api';
import { englishMessages } from '../translation';
import de from '../translations/de';
import es from '../translations/es';
import ja from '../translations/ja';

/** Each language the plugin ships, with its messages. */
export const languages: Array<[string, Record<string, string>]> = [
  ['de', de],
  ['es', es],
  ['ja', ja],
];

/**
 * A translation API fixed on one language's messages, as the app's API
 * serves them once the reader picks that language in Settings.
 */
export function translationApiFor(
  messages: Record<string, string>,
): TranslationApi {
  const t = (key: string, options?: Record<string, unknown>) =>
    (messages[key] ?? `MISSING ${key}`).replace(
      /\{\{\s*(\w+)\s*\}\}/g,
      (_, name) => String(options?.[name] ?? ''),
    );
  return {
    getTranslation: () => ({ ready: true, t } as any),
    translation$: () =>
      ({
        subscribe: () => ({ unsubscribe() {}, closed: false }),
        [Symbol.observable ?? '@@observable']() {
          return this;
        },
      } as any),
  };
}

/** The language the reader picked in Settings. */
export function languageApiFor(language: string): AppLanguageApi {
  return {
    getAvailableLanguages: () => ({ languages: ['en', 'de', 'es', 'ja'] }),
    setLanguage: () => {},
    getLanguage: () => ({ language }),
    language$: () =>
      ({
        subscribe: () => ({ unsubscribe() {}, closed: false }),
      } as any),
  };
}

/** The APIs that put a test app in one language (for `apis: [...]`). */
export function languageApis(
  language: string,
  messages: Record<string, string>,
): Array<[any, any]> {
  return [
    [translationApiRef, translationApiFor(messages)],
    [appLanguageApiRef, languageApiFor(language)],
  ];
}

/**
 * The English messages still on the page in another language: every text
 * node of the document, checked for each English message the language
 * spells differently, as whole words ("Model" is not left in "Modelle").
 * Also any message the language lacks ("MISSING key"). Expect `[]`.
 */
export function englishLeft(
  messages: Record<string, string>,
  root: Node = document.body,
): string[] {
  const nodes: string[] = [];
  // Text node by text node: textContent would run one element's words
  // into the next one's.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node.textContent ?? '');
  }
  const text = nodes.join('\n');
  const missing = text.match(/MISSING \S+/g) ?? [];
  const left = Object.entries(englishMessages())
    .filter(([key, value]) => value !== messages[key])
    .map(([, value]) => value.replace(/\{\{\s*\w+\s*\}\}/g, '').trim())
    .filter(
      value =>
        value.length > 3 &&
        new RegExp(
          // A hyphen joins words too: "Prompt" is not left in "Prompt-Cache".
          `(?<![\\p{L}-])${value.replace(
            /[.*+?^${}()|[\]\\]/g,
            '\\$&',
          )}(?![\\p{L}-])`,
          'u',
        ).test(text),
    );
  return [...missing, ...left];
}
