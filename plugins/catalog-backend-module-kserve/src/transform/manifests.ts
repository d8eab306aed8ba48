import { parseAllDocuments } from 'yaml';
import { describeObject, isKServeObject } from './inspect';

/** The KServe objects found in one manifest file. */
export interface ParsedManifest {
  objects: unknown[];
  /** Documents that could not be parsed, with the file and position. */
  errors: string[];
  /**
   * Documents of other kinds, passed over: the file, position, kind, name
   * and apiVersion, e.g. `a.yaml (document 2): ConfigMap team-a/c (v1)`.
   */
  ignored: string[];
}

function collect(
  value: unknown,
  where: string,
  into: { objects: unknown[]; ignored: string[] },
) {
  // Empty documents (`---` at the end of a file) are nothing to report.
  if (value === null || value === undefined) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    into.ignored.push(`${where}: not a Kubernetes object`);
    return;
  }
  const o = value as { kind?: unknown; items?: unknown; apiVersion?: unknown };
  // `kubectl get -o yaml` writes a List; its items are the objects.
  if (
    typeof o.kind === 'string' &&
    o.kind.endsWith('List') &&
    Array.isArray(o.items)
  ) {
    o.items.forEach((item, index) =>
      collect(item, `${where}, item ${index + 1}`, into),
    );
    return;
  }
  if (isKServeObject(value)) {
    into.objects.push(value);
  } else {
    const version = typeof o.apiVersion === 'string' ? o.apiVersion : '?';
    into.ignored.push(`${where}: ${describeObject(value)} (${version})`);
  }
}

/**
 * Parses a YAML (or JSON) manifest with any number of documents and keeps the
 * InferenceServices and LLMInferenceServices. Other kinds are ignored, so a
 * whole GitOps folder can be pointed at; broken documents are reported, not
 * thrown.
 */
export function parseManifest(text: string, file: string): ParsedManifest {
  const result: ParsedManifest = { objects: [], errors: [], ignored: [] };
  let documents;
  try {
    documents = parseAllDocuments(text);
  } catch (error) {
    result.errors.push(`${file}: ${(error as Error).message}`);
    return result;
  }
  // A file of only comments parses to an empty (non-iterable) result.
  if (!Array.isArray(documents)) return result;
  documents.forEach((document, index) => {
    const where = `${file} (document ${index + 1})`;
    if (document.errors.length > 0) {
      const first = document.errors[0].message.split('\n')[0];
      result.errors.push(`${where}: ${first}`);
      return;
    }
    collect(document.toJS({ maxAliasCount: 100 }), where, result);
  });
  return result;
}
