import { Fragment, ReactNode, useMemo } from 'react';
import { keysMessages } from '../../messages/keys';
import { MessagePaths, useLitemaasText } from '../../translationText';
import { LocaleFormat } from '../localeFormat';
import { useLocaleFormat } from '../useLocaleFormat';

/** Every message key of the keys area: 'keys.title', 'keys.table.name', ... */
export type KeysMessageKey = MessagePaths<typeof keysMessages>;

/**
 * Looks a message of the keys area up: the translation ref's `t`, narrowed
 * to this area's keys. Cheap for the compiler: the ref's own `t` type costs
 * several hundred thousand type instantiations per call with the plugin's
 * thousand-odd messages, which runs `tsc` out of memory.
 */
export type KeysText = (
  key: KeysMessageKey,
  options?: Record<string, string | number>,
) => string;

/**
 * What the key forms' plain functions (parsing, validation) need to speak
 * the reader's language: the messages and the figures.
 */
export interface KeysWords {
  t: KeysText;
  format: LocaleFormat;
}

/** The keys area's messages and figures in the reader's language. */
export function useKeysWords(): KeysWords {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return useMemo(() => ({ t: t as unknown as KeysText, format }), [t, format]);
}

const MARK = '\u2063';

/** A stand-in for a part of a message that {@link richText} fills in. */
export function slot(name: string): string {
  return `${MARK}${name}${MARK}`;
}

/**
 * A translated message with elements inside: its `{{name}}`s were given
 * `slot(name)`, and `parts` holds what each stands for. The words around
 * stay plain text beside the elements.
 */
export function richText(
  text: string,
  parts: Record<string, ReactNode>,
): ReactNode {
  const pieces = text.split(new RegExp(`${MARK}(\\w+)${MARK}`));
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 0 ? (
          piece
        ) : (
          <Fragment key={index}>{parts[piece]}</Fragment>
        ),
      )}
    </>
  );
}
