import { ReactNode } from 'react';

/**
 * A name that is one word to people (a key name, an alias, a LiteLLM id):
 * kept on one line, cut with an ellipsis past `maxWidth` and shown whole on
 * hover. Browsers otherwise break such names at every hyphen.
 */
export function Identifier(props: {
  children: ReactNode;
  /** The whole name, for the tooltip; the text itself when a string. */
  title?: string;
  maxWidth?: number;
}) {
  return (
    <span
      title={
        props.title ??
        (typeof props.children === 'string' ? props.children : undefined)
      }
      style={{
        display: 'inline-block',
        maxWidth: props.maxWidth ?? 240,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        whiteSpace: 'nowrap',
        verticalAlign: 'bottom',
      }}
    >
      {props.children}
    </span>
  );
}
