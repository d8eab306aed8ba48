import { isCelError, run } from '@bufbuild/cel';
import Ajv, { ValidateFunction } from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { unknownFieldProblems } from './knownFields';
import { openshiftRouteSchema } from './openshiftRoute';
import { CRDS_DIR } from './paths';

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

/** Every served version of every CRD in shared/crds, by `group/version/Kind`. */
function loadSchemas(): Map<string, Schema> {
  if (!schemas) {
    schemas = new Map();
    const files = fs.readdirSync(CRDS_DIR).filter(f => /\.ya?ml$/.test(f));
    for (const file of files.sort()) {
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

type CoreModel = new (data: any) => { validate(): void };

// kubernetes-models ships only ES modules, which Jest's module system cannot
// resolve (its exports have no `require` condition); Node's own require
// loads them (require of ES modules, Node 22), outside Jest's registry,
// which also replaces `module.createRequire`.
const nodeRequire = (
  process as unknown as {
    getBuiltinModule(id: 'node:module'): typeof import('node:module');
  }
)
  .getBuiltinModule('node:module')
  .createRequire(__filename);
const coreModels: Record<string, CoreModel | undefined> = {};

/**
 * A file of the installed kubernetes-models, by path: its `exports` offer
 * only the `import` condition, which `require` does not match.
 */
function modelFile(file: string, pkg = 'kubernetes-models'): string {
  for (const dir of nodeRequire.resolve.paths(pkg) ?? []) {
    const candidate = path.join(dir, pkg, file);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${pkg}/${file} is not installed`);
}

/** Where kubernetes-models keeps the models of an API group. */
function modelPackageOf(apiVersion: string): string {
  // The Prometheus Operator's kinds (ServiceMonitor, PodMonitor...).
  return apiVersion.startsWith('monitoring.coreos.com/')
    ? '@kubernetes-models/prometheus-operator'
    : 'kubernetes-models';
}

/**
 * Kinds kubernetes-models has a model of: the built-in ones (apps/v1
 * Deployment, policy/v1 PodDisruptionBudget, v1 Secret...) and the
 * Prometheus Operator's (monitoring.coreos.com/v1 ServiceMonitor).
 */
function coreModel(apiVersion: string, kind: string): CoreModel | undefined {
  const key = `${apiVersion}/${kind}`;
  if (!(key in coreModels)) {
    let file: string | undefined;
    try {
      file = /^[A-Z][A-Za-z0-9]*$/.test(kind)
        ? modelFile(`${apiVersion}/${kind}.js`, modelPackageOf(apiVersion))
        : undefined;
    } catch {
      file = undefined;
    }
    coreModels[key] = file
      ? (nodeRequire(file) as Record<string, CoreModel>)[kind]
      : undefined;
  }
  return coreModels[key];
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
/** Kinds whose names must be DNS labels (63), not subdomains (253). */
const LABEL_NAMED = new Set(['InferenceService', 'LLMInferenceService']);

function isSubdomain(value: string) {
  return value.length <= 253 && DNS_SUBDOMAIN.test(value);
}

/** A label or annotation key: an optional DNS prefix, a name of 63 at most. */
function keyProblems(key: string): string[] {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const problems: string[] = [];
  if (prefix !== undefined && !isSubdomain(prefix)) {
    problems.push(`the prefix of '${key}' is not a DNS subdomain`);
  }
  if (name.length > 63 || !QUALIFIED_NAME.test(name)) {
    problems.push(`'${key}' is not a qualified name`);
  }
  return problems;
}

/** What the API server checks of metadata itself, whatever the kind. */
function metadataProblems(o: {
  kind?: string;
  metadata?: {
    name?: unknown;
    namespace?: unknown;
    labels?: Record<string, unknown>;
    annotations?: Record<string, unknown>;
  };
}): string[] {
  const problems: string[] = [];
  const name = o.metadata?.name;
  const labelNamed = LABEL_NAMED.has(String(o.kind));
  if (
    typeof name !== 'string' ||
    !(labelNamed
      ? name.length <= 63 && DNS_LABEL.test(name)
      : isSubdomain(name))
  ) {
    problems.push(
      `metadata.name is not a DNS ${
        labelNamed ? 'label' : 'subdomain'
      }: ${name}`,
    );
  }
  const namespace = o.metadata?.namespace;
  if (
    namespace !== undefined &&
    !(
      typeof namespace === 'string' &&
      namespace.length <= 63 &&
      DNS_LABEL.test(namespace)
    )
  ) {
    problems.push(`metadata.namespace is not a DNS label: ${namespace}`);
  }
  for (const [key, value] of Object.entries(o.metadata?.labels ?? {})) {
    problems.push(...keyProblems(key).map(p => `metadata.labels: ${p}`));
    if (
      typeof value !== 'string' ||
      value.length > 63 ||
      !LABEL_VALUE.test(value)
    ) {
      problems.push(`metadata.labels['${key}'] is not a label value: ${value}`);
    }
  }
  let annotationBytes = 0;
  for (const [key, value] of Object.entries(o.metadata?.annotations ?? {})) {
    problems.push(...keyProblems(key).map(p => `metadata.annotations: ${p}`));
    if (typeof value !== 'string') {
      problems.push(`metadata.annotations['${key}'] is not a string`);
    }
    annotationBytes +=
      Buffer.byteLength(key) + Buffer.byteLength(String(value));
  }
  if (annotationBytes > 256 * 1024) {
    problems.push('metadata.annotations: must have at most 262144 bytes');
  }
  return problems;
}

function secretProblems(o: Record<string, any>): string[] {
  const problems: string[] = [];
  let bytes = 0;
  for (const field of ['data', 'stringData'] as const) {
    for (const [key, value] of Object.entries(o[field] ?? {})) {
      if (!/^[-._a-zA-Z0-9]+$/.test(key)) {
        problems.push(`${field}['${key}'] is not a valid Secret key`);
      }
      if (field === 'data' && !/^[A-Za-z0-9+/]*={0,2}$/.test(String(value))) {
        problems.push(`data['${key}'] is not base64`);
      }
      bytes += String(value).length;
    }
  }
  if (bytes > 1024 * 1024)
    problems.push('data: must have at most 1048576 bytes');
  return problems;
}

/** JSON as CEL sees it: objects as maps, whole numbers as ints. */
function toCel(value: unknown): any {
  if (Array.isArray(value)) return value.map(toCel);
  if (value && typeof value === 'object') {
    return new Map(Object.entries(value).map(([k, v]) => [k, toCel(v)]));
  }
  if (typeof value === 'number' && Number.isInteger(value)) {
    return BigInt(value);
  }
  return value;
}

interface CelRule {
  rule: string;
  message?: string;
}

/**
 * The CRD's CEL rules (`x-kubernetes-validations`), evaluated where the
 * object has a value, as the API server evaluates them on create. Rules
 * on transitions (`oldSelf`) need the stored object and are left out.
 */
function celRuleProblems(
  schema: Record<string, any> | undefined,
  value: unknown,
  at: string,
): string[] {
  if (!schema || value === undefined || value === null) return [];
  const problems: string[] = [];
  for (const rule of (schema['x-kubernetes-validations'] ?? []) as CelRule[]) {
    if (rule.rule.includes('oldSelf')) continue;
    const result = run(rule.rule, { self: toCel(value) });
    if (result !== true) {
      const why = isCelError(result) ? ` (${result.message})` : '';
      problems.push(`${at || '/'}: ${rule.message ?? rule.rule}${why}`);
    }
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) =>
      problems.push(...celRuleProblems(schema.items, item, `${at}/${i}`)),
    );
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value as object)) {
      const child =
        schema.properties?.[key] ??
        (typeof schema.additionalProperties === 'object'
          ? schema.additionalProperties
          : undefined);
      problems.push(...celRuleProblems(child, item, `${at}/${key}`));
    }
  }
  return problems;
}

/**
 * Checks an object as a real API server would before storing it: core
 * kinds against kubernetes-models' schemas, custom resources against the
 * openAPIV3Schema of their apiVersion in the real CRDs (shared/crds) and
 * its CEL rules (evaluated with a real CEL evaluator), and
 * metadata (names, label and annotation keys and values) as the API server
 * checks it for every kind. Returns the problems; empty when valid.
 */
export function validateObject(object: unknown): string[] {
  const o = object as Record<string, any>;
  const key = `${o?.apiVersion}/${o?.kind}`;
  const problems = metadataProblems(o ?? {});
  const Model =
    typeof o?.apiVersion === 'string' && typeof o?.kind === 'string'
      ? coreModel(o.apiVersion, o.kind)
      : undefined;
  if (Model) {
    try {
      new Model(o).validate();
    } catch (error) {
      problems.push(String((error as Error).message ?? error));
    }
    problems.push(...(unknownFieldProblems(o) ?? []));
    if (o.kind === 'Secret') problems.push(...secretProblems(o));
    return problems;
  }
  const schema =
    loadSchemas().get(key) ??
    (key === 'route.openshift.io/v1/Route' ? openshiftRouteSchema : undefined);
  if (!schema) return [...problems, `no served CRD version for ${key}`];
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(stripDescriptions(schema) as Schema);
    compiled.set(key, validate);
  }
  if (!validate(object)) {
    for (const error of validate.errors ?? []) {
      problems.push(`${error.instancePath || '/'} ${error.message}`);
    }
    return problems;
  }
  return [...problems, ...celRuleProblems(schema, object, '')];
}

/**
 * Compiles the schemas of the given kinds (all when none are given) up
 * front, a second or two each for KServe's, for a `beforeAll` with a
 * generous timeout.
 */
export function compileCrdValidators(kinds?: string[]): void {
  for (const key of loadSchemas().keys()) {
    const [group, version, kind] = key.split('/');
    if (kinds && !kinds.includes(kind)) continue;
    validateObject({
      apiVersion: `${group}/${version}`,
      kind,
      metadata: { name: 'warm-up' },
    });
  }
}
