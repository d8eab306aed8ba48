import { Fragment, ReactNode } from 'react';

/**
 * A translated message with React nodes in place of its placeholders: look
 * the message up with each placeholder as its own value (`{ actor:
 * '{{actor}}' }`), then hand the text and the nodes here. The words around
 * the nodes stay in the order the language puts them.
 */
export function withNodes(
  text: string,
  nodes: Record<string, ReactNode>,
): ReactNode {
  const parts = text.split(/\{\{\s*(\w+)\s*\}\}/);
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <Fragment key={index}>{nodes[part] ?? part}</Fragment>
    ) : (
      part
    ),
  );
}

/** The values that keep placeholders as they are, for {@link withNodes}. */
export function placeholders<K extends string>(
  ...names: K[]
): Record<K, string> {
  return Object.fromEntries(names.map(name => [name, `{{${name}}}`])) as Record<
    K,
    string
  >;
}
