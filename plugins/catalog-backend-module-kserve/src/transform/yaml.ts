/**
 * A small YAML writer for JSON data (objects, arrays, strings, numbers,
 * booleans, null), for the API entities' OpenAPI documents: thousands of
 * them are written on every full list, and the `yaml` package takes about
 * 60 times as long as this for the same output.
 *
 * Strings are plain where that cannot be misread (letters, digits and a few
 * punctuation marks, not a YAML keyword); anything else is written as a JSON
 * string, which is a valid YAML double-quoted scalar.
 */

const PLAIN = /^[A-Za-z/_][\w /.,()+-]*$/;
// Words that YAML 1.1 or 1.2 parsers read as booleans or null.
const KEYWORD = /^(true|false|null|yes|no|on|off|y|n)$/i;

function scalar(value: unknown): string {
  if (typeof value === 'string') {
    if (PLAIN.test(value) && !value.endsWith(' ') && !KEYWORD.test(value)) {
      return value;
    }
    // JSON leaves these line separators as they are; YAML may break on them.
    return JSON.stringify(value).replace(
      /[\u0085\u2028\u2029]/g,
      c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : 'null';
  }
  if (typeof value === 'boolean') return String(value);
  return 'null';
}

type Block = Record<string, unknown> | unknown[];

function isBlock(value: unknown): value is Block {
  if (Array.isArray(value)) return value.length > 0;
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).some(v => v !== undefined)
  );
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object' && value !== null) return '{}';
  return scalar(value);
}

function write(value: Block, indent: string, out: string[]) {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (!isBlock(item)) {
        out.push(`${indent}- ${inline(item)}`);
        continue;
      }
      // The item's first line goes on the dash's line.
      const lines: string[] = [];
      write(item, `${indent}  `, lines);
      out.push(`${indent}- ${lines[0].slice(indent.length + 2)}`);
      for (let i = 1; i < lines.length; i++) out.push(lines[i]);
    }
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (isBlock(item)) {
      out.push(`${indent}${scalar(key)}:`);
      // Sequences sit at their key's indentation, as kubectl writes them.
      write(item, Array.isArray(item) ? indent : `${indent}  `, out);
    } else {
      out.push(`${indent}${scalar(key)}: ${inline(item)}`);
    }
  }
}

/** YAML text of JSON data. */
export function toYaml(value: unknown): string {
  if (!isBlock(value)) return `${inline(value)}\n`;
  const out: string[] = [];
  write(value, '', out);
  return `${out.join('\n')}\n`;
}
