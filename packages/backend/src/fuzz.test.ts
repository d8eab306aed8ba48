import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import {
  openApiOperations,
  PortalBackend,
  startPortalBackend,
} from './__testUtils__/portalBackend';

jest.setTimeout(300_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });
const { spec, operations } = openApiOperations();

/** Follows `$ref`s into the spec's components. */
function deref(node: any): any {
  if (node && typeof node === 'object' && typeof node.$ref === 'string') {
    const path = node.$ref.replace(/^#\//, '').split('/');
    return deref(path.reduce((at: any, part: string) => at[part], spec));
  }
  return node;
}

/** A schema's object shape, merging `allOf`. */
function shape(schema: any): { properties: any; required: string[] } {
  const s = deref(schema) ?? {};
  if (s.allOf) {
    const parts = s.allOf.map(shape);
    return {
      properties: Object.assign({}, ...parts.map((p: any) => p.properties)),
      required: parts.flatMap((p: any) => p.required),
    };
  }
  return { properties: s.properties ?? {}, required: s.required ?? [] };
}

const typesOf = (schema: any): string[] => {
  const s = deref(schema) ?? {};
  if (Array.isArray(s.type)) return s.type;
  if (s.type) return [s.type];
  if (s.enum) return [typeof s.enum[0]];
  return [];
};

/** The JSON schema type of a value. */
function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  return typeof value;
}

/** Values that fit no type the schema allows: each must be refused. */
function wrongValues(schema: any): unknown[] {
  const types = typesOf(schema);
  const s = deref(schema) ?? {};
  const candidates: unknown[] = [
    'not-a-value',
    12345,
    -1.5,
    true,
    [],
    { nested: 'object' },
    'x'.repeat(100_000),
    'nul\u0000byte',
  ];
  return candidates.filter(value => {
    const type = jsonType(value);
    if (types.includes(type)) {
      // The right type, wrong anyway: too long, or not in the enum.
      if (typeof value === 'string') {
        return (
          value.includes('\u0000') ||
          (s.maxLength !== undefined && value.length > s.maxLength) ||
          (s.enum !== undefined && !s.enum.includes(value)) ||
          (s.pattern !== undefined && !new RegExp(s.pattern).test(value))
        );
      }
      return false;
    }
    if (type === 'integer' && types.includes('number')) return false;
    return true;
  });
}

/** Plausible values by name, so the rest of a request gets far. */
const EXAMPLES: Record<string, unknown> = {
  name: 'fuzzed',
  modelName: 'gpt-4o-mini',
  providerModel: 'openai/fuzzed',
  models: ['gpt-4o-mini'],
  aliasPrefix: 'fuzz-',
  participants: ['p1'],
  expiresInDays: 1,
  decision: 'approve',
  ids: ['00000000-0000-0000-0000-000000000000'],
  reason: 'because',
  justification: 'because',
  token: 'a'.repeat(43),
  ownerRef: 'user:default/alice',
  teamRef: 'group:default/payments',
  maxBudget: 10,
  limits: {},
  apiBase: 'http://127.0.0.1:9',
  accessPolicy: 'open',
};

/** A minimal body the schema allows (as far as names tell). */
function validBody(schema: any): Record<string, unknown> {
  const { properties, required } = shape(schema);
  const body: Record<string, unknown> = {};
  for (const name of required) {
    if (name in EXAMPLES) body[name] = EXAMPLES[name];
    else {
      const types = typesOf(properties[name]);
      const sample: Record<string, unknown> = {
        string: 'x',
        array: [],
        object: {},
      };
      body[name] = sample[types.find(t => t in sample) ?? ''] ?? 1;
    }
  }
  return body;
}

/** Path parameters that must each be refused, or be found not to exist. */
const BAD_IDS = [
  'x'.repeat(3000),
  '%00',
  '%2e%2e%2fadmin',
  "'%20or%201=1--",
  '%F0%9F%98%80',
  '-1',
];

interface Case {
  op: string;
  method: string;
  path: string;
  body?: unknown;
  raw?: string;
}

/** Malformed requests for one operation, from its OpenAPI description. */
function casesFor(
  op: (typeof operations)[number],
  ids: Record<string, string>,
): Case[] {
  const cases: Case[] = [];
  const params = [
    ...(op.pathItem.parameters ?? []),
    ...(op.operation.parameters ?? []),
  ].map(deref);
  const pathParams = params.filter((p: any) => p.in === 'path');
  const queryParams = params.filter((p: any) => p.in === 'query');
  const fill = (overrides: Record<string, string> = {}) =>
    op.path.replace(/\{(\w+)\}/g, (_, name) =>
      overrides[name] !== undefined
        ? overrides[name]
        : encodeURIComponent(ids[name] ?? 'unknown'),
    );
  const query = (q: Record<string, string>) => {
    const search = new URLSearchParams(q).toString();
    return search ? `?${search}` : '';
  };
  const goodQuery: Record<string, string> = {};
  for (const p of queryParams) {
    if (p.required) {
      goodQuery[p.name] = p.name === 'to' ? '2026-11-30' : '2026-11-01';
    }
  }
  const schema = deref(
    op.operation.requestBody?.content?.['application/json']?.schema,
  );
  const body = schema ? validBody(schema) : undefined;

  // Bad path parameters.
  for (const p of pathParams) {
    for (const bad of BAD_IDS) {
      cases.push({
        op: op.id,
        method: op.method,
        path: fill({ [p.name]: bad }) + query(goodQuery),
        body,
      });
    }
  }
  // Bad query parameters: wrong values, or required ones missing.
  for (const p of queryParams) {
    for (const bad of ['not-a-value', '-1', 'x'.repeat(5000), '', 'a\u0000b']) {
      const wrong = wrongValues(p.schema).length
        ? { ...goodQuery, [p.name]: bad }
        : undefined;
      if (!wrong) continue;
      if (
        deref(p.schema)?.type === 'string' &&
        !deref(p.schema).enum &&
        !deref(p.schema).pattern &&
        (deref(p.schema).maxLength ?? Infinity) >= bad.length &&
        bad !== '' &&
        !bad.includes('\u0000')
      ) {
        continue;
      }
      cases.push({ op: op.id, method: op.method, path: fill() + query(wrong) });
    }
    if (p.required) {
      const { [p.name]: _gone, ...rest } = goodQuery;
      cases.push({ op: op.id, method: op.method, path: fill() + query(rest) });
    }
  }
  // Bad bodies: not JSON, not an object, each field of a wrong type or too
  // long, each required field missing, a field nobody knows.
  if (op.method !== 'GET' && op.method !== 'DELETE') {
    const path = fill() + query(goodQuery);
    cases.push({ op: op.id, method: op.method, path, raw: '{"unfinished": ' });
    if (schema) {
      for (const raw of ['[]', '"text"', '42', 'null']) {
        cases.push({ op: op.id, method: op.method, path, raw });
      }
      const { properties, required } = shape(schema);
      for (const [name, propSchema] of Object.entries<any>(properties)) {
        for (const value of wrongValues(propSchema)) {
          cases.push({
            op: op.id,
            method: op.method,
            path,
            body: { ...body, [name]: value },
          });
        }
      }
      for (const name of required) {
        const { [name]: _gone, ...rest } = body!;
        cases.push({ op: op.id, method: op.method, path, body: rest });
      }
      cases.push({
        op: op.id,
        method: op.method,
        path,
        body: { ...body, fuzzedUnknownField: 1 },
      });
    }
  }
  return cases;
}

/** What the portal and LiteLLM hold: rows per table, objects per kind. */
async function census(knex: Knex, portal: PortalBackend) {
  const client = knex.client.config.client;
  const names: string[] =
    client === 'pg'
      ? (
          await knex.raw(
            "select tablename from pg_tables where schemaname = current_schema() and tablename like 'litemaas%'",
          )
        ).rows.map((r: any) => r.tablename)
      : (
          await knex.raw(
            "select name from sqlite_master where type = 'table' and name like 'litemaas%'",
          )
        ).map((r: any) => r.name);
  const counts: Record<string, number> = {};
  for (const name of names.sort()) {
    if (name.includes('knex_migrations')) continue;
    if (name === 'litemaas_audit_events') {
      // Refusals are kept in the audit trail by design; what succeeded
      // must not grow.
      counts['litemaas_audit_events succeeded'] = Number(
        (
          await knex(name)
            .where({ outcome: 'succeeded' })
            .count({ n: '*' })
            .first()
        )?.n ?? 0,
      );
      continue;
    }
    counts[name] = Number((await knex(name).count({ n: '*' }).first())?.n ?? 0);
  }
  const state = portal.emulator.state;
  counts['litellm keys'] = state.keys.size;
  counts['litellm teams'] = state.teams.size;
  counts['litellm users'] = state.users.size;
  counts['litellm models'] = [...(state as any).models.values()].length;
  return counts;
}

describe.each(databases.eachSupportedId())(
  'malformed requests on %p',
  databaseId => {
    it('never get a 5xx and create nothing, for every operation', async () => {
      const portal = await startPortalBackend(databases, databaseId);
      const { knex } = portal;
      // Something to aim at: a grant, a key, a pending request.
      await portal
        .as('owner')
        .post('/access-requests', { modelName: 'gpt-4o-mini' });
      const key = await portal
        .as('owner')
        .post('/keys', { name: 'target', models: ['gpt-4o-mini'] });
      const request = await portal
        .as('owner')
        .post('/access-requests', { modelName: 'granite-8b' });
      const ids: Record<string, string> = {
        id: key.body.key.id,
        name: 'gpt-4o-mini',
        tokenHash: 'a'.repeat(64),
      };
      const requestIds = { ...ids, id: request.body.id };

      const before = await census(knex, portal);
      const statuses: Record<number, number> = {};
      const serverErrors: string[] = [];
      const accepted: string[] = [];
      let total = 0;
      for (const op of operations) {
        const cases = casesFor(
          op,
          op.path.startsWith('/access-requests') ? requestIds : ids,
        );
        for (const c of cases) {
          for (const role of ['admin', 'owner'] as const) {
            const res = await portal.call(
              role,
              c.method,
              c.path,
              c.body,
              c.raw,
            );
            total++;
            statuses[res.status] = (statuses[res.status] ?? 0) + 1;
            const what = `${role} ${c.method} ${c.path.slice(0, 120)} ${(
              c.raw ?? JSON.stringify(c.body ?? '')
            ).slice(0, 160)}`;
            if (res.status >= 500) {
              serverErrors.push(
                `${res.status} ${what}: ${JSON.stringify(res.body).slice(
                  0,
                  300,
                )}`,
              );
            } else if (res.status < 400) {
              accepted.push(`${res.status} ${what}`);
            }
          }
        }
      }
      const after = await census(knex, portal);
      // eslint-disable-next-line no-console
      console.log(
        `${databaseId}: ${
          operations.length
        } operations, ${total} malformed requests; statuses ${JSON.stringify(
          statuses,
        )}`,
      );
      expect(serverErrors).toEqual([]);
      expect(accepted).toEqual([]);
      expect(after).toEqual(before);
      await portal.close();
    });
  },
);
