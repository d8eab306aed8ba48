import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { litemaasMessages, litemaasTranslationRef } from './translation';

/** The dotted paths of the string leaves of a nested message object. */
export type MessagePaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : MessagePaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key of the plugin: 'page.title', 'keys.table.name', ... */
export type LitemaasMessageKey = MessagePaths<
  ReturnType<typeof litemaasMessages>
>;

/**
 * Looks a message up: the translation ref's `t`, with a plain type. The
 * ref's own `t` type costs several hundred thousand type instantiations
 * per call with the plugin's thousand-odd messages, which runs `tsc` out
 * of memory; this one checks the key against a union, once computed.
 */
export type LitemaasText = (
  key: LitemaasMessageKey,
  options?: Record<string, string | number>,
) => string;

/** The plugin's messages in the reader's language. */
export function useLitemaasText(): LitemaasText {
  const { t } = useTranslationRef(litemaasTranslationRef);
  return t as unknown as LitemaasText;
}
