import { parseAllDocuments } from 'yaml';
import { isKServeObject } from './inspect';

/** The KServe objects found in one manifest file. */
export interface ParsedManifest {
  objects: unknown[];
  /** Documents that could not be parsed, with the file and position. */
  errors: string[];
}

function collect(value: unknown, into: unknown[]) {
  if (!value || typeof value !== 'object') return;
  const o = value as { kind?: unknown; items?: unknown };
  // `kubectl get -o yaml` writes a List; its items are the objects.
  if (
    typeof o.kind === 'string' &&
    o.kind.endsWith('List') &&
    Array.isArray(o.items)
  ) {
    for (const item of o.items) collect(item, into);
    return;
  }
  if (isKServeObject(value)) into.push(value);
}

/**
 * Parses a YAML (or JSON) manifest with any number of documents and keeps the
 * InferenceServices and LLMInferenceServices. Other kinds are ignored, so a
 * whole GitOps folder can be pointed at; broken documents are reported, not
 * thrown.
 */
export function parseManifest(text: string, file: string): ParsedManifest {
  const objects: unknown[] = [];
  const errors: string[] = [];
  let documents;
  try {
    documents = parseAllDocuments(text);
  } catch (error) {
    return { objects, errors: [`${file}: ${(error as Error).message}`] };
  }
  // A file of only comments parses to an empty (non-iterable) result.
  if (!Array.isArray(documents)) return { objects, errors };
  documents.forEach((document, index) => {
    if (document.errors.length > 0) {
      const first = document.errors[0].message.split('\n')[0];
      errors.push(`${file} (document ${index + 1}): ${first}`);
      return;
    }
    collect(document.toJS({ maxAliasCount: 100 }), objects);
  });
  return { objects, errors };
}
