import fs from 'node:fs';
import path from 'node:path';

/**
 * Unknown fields, as a real API server's strict field validation (kubectl's
 * default) rejects them. kubernetes-models checks types and required fields
 * but lets any extra property through; the field lists here are those of
 * @kubernetes/client-node's generated models (the Kubernetes OpenAPI
 * document of its version), walked type by type.
 */

// The models are ES modules; Node's own require loads them outside Jest's
// registry (see validation.ts).
const nodeRequire = (
  process as unknown as {
    getBuiltinModule(id: 'node:module'): typeof import('node:module');
  }
)
  .getBuiltinModule('node:module')
  .createRequire(__filename);

interface Attribute {
  baseName: string;
  type: string;
}

let modelsDir: string | undefined;
function modelsDirectory(): string {
  if (!modelsDir) {
    for (const dir of nodeRequire.resolve.paths('@kubernetes/client-node') ??
      []) {
      const candidate = path.join(
        dir,
        '@kubernetes/client-node/dist/gen/models',
      );
      if (fs.existsSync(candidate)) {
        modelsDir = candidate;
        break;
      }
    }
    if (!modelsDir) throw new Error('@kubernetes/client-node is not installed');
  }
  return modelsDir;
}

const attributeCache = new Map<string, Attribute[] | undefined>();
function attributesOf(model: string): Attribute[] | undefined {
  if (!attributeCache.has(model)) {
    const file = path.join(modelsDirectory(), `${model}.js`);
    attributeCache.set(
      model,
      fs.existsSync(file)
        ? (nodeRequire(file)[model]?.attributeTypeMap as Attribute[])
        : undefined,
    );
  }
  return attributeCache.get(model);
}

const OPAQUE = new Set([
  'string',
  'number',
  'boolean',
  'Date',
  'any',
  'object',
  'IntOrString',
]);

/** client-node's class name of a built-in kind, e.g. apps/v1 Deployment -> V1Deployment. */
export function modelNameOf(apiVersion: string, kind: string): string {
  // Top-level kinds are named by version and kind alone, whatever the group.
  const version = apiVersion.split('/').pop()!;
  return `${version.charAt(0).toUpperCase()}${version.slice(1)}${kind}`;
}

function walk(value: unknown, type: string, at: string, out: string[]) {
  if (value === null || value === undefined || OPAQUE.has(type)) return;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, array[1], `${at}/${i}`, out));
    }
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        walk(item, map[1], `${at}/${key}`, out);
      }
    }
    return;
  }
  const attributes = attributesOf(type);
  if (!attributes || typeof value !== 'object' || Array.isArray(value)) {
    return;
  }
  const known = new Map(attributes.map(a => [a.baseName, a.type]));
  for (const [key, item] of Object.entries(value)) {
    const itemType = known.get(key);
    if (itemType === undefined) {
      out.push(`${at || '/'}: unknown field "${key}"`);
    } else {
      walk(item, itemType, `${at}/${key}`, out);
    }
  }
}

/**
 * The unknown fields of a built-in object; undefined when client-node has
 * no model of its kind (a custom resource).
 */
export function unknownFieldProblems(object: {
  apiVersion?: string;
  kind?: string;
}): string[] | undefined {
  if (!object.apiVersion || !object.kind) return undefined;
  // Built-in groups only: the core group, `apps`, `policy`, `*.k8s.io`.
  const group = object.apiVersion.includes('/')
    ? object.apiVersion.split('/')[0]
    : '';
  if (group.includes('.') && !group.endsWith('.k8s.io')) return undefined;
  const model = modelNameOf(object.apiVersion, object.kind);
  if (!attributesOf(model)) return undefined;
  const out: string[] = [];
  walk(object, model, '', out);
  return out;
}
