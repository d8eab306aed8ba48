import Ajv, { ValidateFunction } from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CRDS_DIR } from './paths';

const CRD_FILES = [
  'serving.kserve.io_inferenceservices.yaml',
  'serving.kserve.io_llminferenceservices.yaml',
];

type Schema = Record<string, unknown>;

// Descriptions make up most of the CRDs and do not affect validation.
function stripDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripDescriptions);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key !== 'description') out[key] = stripDescriptions(v);
    }
    return out;
  }
  return value;
}

let schemas: Map<string, Schema> | undefined;
const compiled = new Map<string, ValidateFunction>();
// Kubernetes extensions (x-kubernetes-*) are not JSON Schema keywords, and
// formats like int32 are hints; the structure is what is checked.
const ajv = new Ajv({
  strict: false,
  validateFormats: false,
  allErrors: true,
  // Compiling the optimised code for a 2 MB schema takes seconds per file.
  code: { optimize: false },
});

function loadSchemas(): Map<string, Schema> {
  if (!schemas) {
    schemas = new Map();
    for (const file of CRD_FILES) {
      const crd = parse(fs.readFileSync(path.join(CRDS_DIR, file), 'utf8'));
      for (const version of crd.spec.versions) {
        if (!version.served) continue;
        schemas.set(
          `${crd.spec.group}/${version.name}/${crd.spec.names.kind}`,
          version.schema.openAPIV3Schema,
        );
      }
    }
  }
  return schemas;
}

/** The served versions of a kind in the real CRDs, e.g. `['v1beta1']`. */
export function servedVersions(kind: string): string[] {
  return [...loadSchemas().keys()]
    .filter(k => k.endsWith(`/${kind}`))
    .map(k => k.split('/')[1]);
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Validates an object against the openAPIV3Schema of its apiVersion in the
 * real KServe CRDs (shared/crds). Returns the problems; empty when valid.
 */
export function validateAgainstCrd(object: unknown): string[] {
  const o = object as {
    apiVersion?: string;
    kind?: string;
    metadata?: { name?: string; namespace?: string };
  };
  const key = `${o?.apiVersion}/${o?.kind}`;
  const schema = loadSchemas().get(key);
  if (!schema) return [`no served CRD version for ${key}`];
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(stripDescriptions(schema) as Schema);
    compiled.set(key, validate);
  }
  const problems: string[] = [];
  // The API server checks metadata itself; the CRD schema leaves it open.
  for (const field of ['name', 'namespace'] as const) {
    const value = o.metadata?.[field];
    if (
      (field === 'name' || value !== undefined) &&
      !(
        typeof value === 'string' &&
        value.length <= 63 &&
        DNS_LABEL.test(value)
      )
    ) {
      problems.push(`metadata.${field} is not a DNS label: ${value}`);
    }
  }
  if (!validate(object)) {
    for (const error of validate.errors ?? []) {
      problems.push(`${error.instancePath || '/'} ${error.message}`);
    }
  }
  return problems;
}

/**
 * Compiles every served version's schema up front (a second or two each),
 * for a `beforeAll` with a generous timeout.
 */
export function compileCrdValidators(): void {
  for (const key of loadSchemas().keys()) {
    const [group, version, kind] = key.split('/');
    validateAgainstCrd({
      apiVersion: `${group}/${version}`,
      kind,
      metadata: { name: 'warm-up' },
    });
  }
}
