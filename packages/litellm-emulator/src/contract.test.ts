/*
 * Replays every request/response pair of the shared LiteLLM contract
 * examples against the emulator. Each example gets its own emulator and a
 * recipe that sets up the preconditions it refers to (keys, users, teams,
 * models, spend, clock). The reply must have the example's status, the same
 * keys (recursively; a subset where the example says it is abridged), the
 * same JSON types, and equal values except where a recipe lists a value as
 * non-deterministic.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RunningEmulator } from './server';
import {
  call,
  makeClock,
  Clock,
  start,
  GPT_4O_MINI,
  GPT_4O,
  chatBody,
} from './testHarness';
import { hashToken } from './state';
import { pyFloat } from './pyformat';

// The recorded LiteLLM answers, kept with the tests; the shared copy, where
// a checkout has one, must not have moved on without this one.
const EXAMPLES_PATH = resolve(__dirname, '__fixtures__/litellm-examples.json');
const SHARED_EXAMPLES_PATH = resolve(
  __dirname,
  '../../../../shared/contracts/litellm-examples.json',
);

interface Example {
  endpoint: string;
  method: string;
  request: {
    headers: Record<string, string>;
    body?: Record<string, unknown>;
    query?: Record<string, string>;
  };
  status: number;
  response: unknown;
  note?: string;
}

const MASTER = 'sk-master-1234';
const BILLING_KEY = 'sk-Vt3QmZ9xP1aL0bR7cD2eFg';
const BILLING_HASH =
  'b6efd2c1e77e665e6854d4c39a9201f60bc724639fefb9d019324f56753ff870';

/* -------------------------------------------------------- comparison */

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Same keys (subset when abridged) and JSON types; empty example containers are elisions. */
function compareShape(
  expected: unknown,
  actual: unknown,
  path: string,
  abridged: boolean,
  errors: string[],
): void {
  const te = jsonType(expected);
  const ta = jsonType(actual);
  if (te !== ta) {
    errors.push(`${path || '<root>'}: expected ${te}, got ${ta}`);
    return;
  }
  if (te === 'object') {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    if (Object.keys(e).length === 0) return;
    for (const k of Object.keys(e)) {
      if (!(k in a)) errors.push(`${path}.${k}: missing`);
      else compareShape(e[k], a[k], `${path}.${k}`, abridged, errors);
    }
    if (!abridged) {
      for (const k of Object.keys(a))
        if (!(k in e)) errors.push(`${path}.${k}: unexpected key`);
    }
  } else if (te === 'array') {
    const e = expected as unknown[];
    const a = actual as unknown[];
    const n = Math.min(e.length, a.length);
    for (let i = 0; i < n; i += 1)
      compareShape(e[i], a[i], `${path}.${i}`, abridged, errors);
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function matchesPattern(path: string[], pattern: string[]): boolean {
  if (pattern.length === 0) return path.length === 0;
  const [head, ...rest] = pattern;
  if (head === '**') {
    for (let i = 0; i <= path.length; i += 1) {
      if (matchesPattern(path.slice(i), rest)) return true;
    }
    return false;
  }
  if (path.length === 0) return false;
  return (
    (head === '*' || head === path[0]) && matchesPattern(path.slice(1), rest)
  );
}

/** Equal leaf values (datetimes compared as instants) except the ignored paths. */
function compareValues(
  expected: unknown,
  actual: unknown,
  path: string[],
  ignore: string[][],
  errors: string[],
): void {
  if (ignore.some(p => matchesPattern(path, p))) return;
  const label = path.join('.') || '<root>';
  if (jsonType(expected) !== jsonType(actual)) return; // reported by compareShape
  if (Array.isArray(expected)) {
    const a = actual as unknown[];
    if (expected.length > 0 && a.length !== expected.length) {
      errors.push(
        `${label}: expected ${expected.length} items, got ${a.length}`,
      );
    }
    expected.forEach((item, i) =>
      compareValues(item, a[i], [...path, String(i)], ignore, errors),
    );
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    const a = actual as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) {
      if (k in a) compareValues(v, a[k], [...path, k], ignore, errors);
    }
    return;
  }
  if (
    typeof expected === 'string' &&
    typeof actual === 'string' &&
    ISO.test(expected)
  ) {
    if (!ISO.test(actual) || Date.parse(expected) !== Date.parse(actual)) {
      errors.push(`${label}: expected ${expected}, got ${actual}`);
    }
    return;
  }
  if (expected !== actual) {
    errors.push(
      `${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(
        actual,
      )}`,
    );
  }
}

/* ----------------------------------------------------------- recipes */

interface Ctx {
  emulator: RunningEmulator;
  clock: Clock;
  example: Example;
}

interface Recipe {
  /** Emulator options beyond the master key and clock. */
  options?: Record<string, unknown>;
  /** Clock at emulator start. */
  startAt?: string;
  setup?: (ctx: Ctx) => Promise<void>;
  /** Clock when the example request is sent. */
  sendAt?: string;
  /** Body to send instead of the example's (documented precondition tweaks only). */
  body?: (example: Example) => Record<string, unknown>;
  /** Paths whose values are not deterministic ("**" / "*" globs). */
  ignore?: string[];
  abridged?: boolean;
  check?: (reply: { body: any; headers: Headers }, ctx: Ctx) => void;
}

const BILLING_BODY = {
  key: BILLING_KEY,
  key_alias: 'billing-svc',
  duration: '30d',
  models: ['gpt-4o-mini'],
  max_budget: 10.0,
  budget_duration: '30d',
  team_id: 'team-analytics',
  tpm_limit: 20000,
  rpm_limit: 60,
  max_parallel_requests: 5,
  metadata: { app: 'billing', env: 'staging' },
};

async function generateBilling(ctx: Ctx, extra: Record<string, unknown> = {}) {
  const res = await call(ctx.emulator, 'POST', '/key/generate', {
    key: MASTER,
    body: { ...BILLING_BODY, ...extra },
  });
  expect(res.status).toBe(200);
}

const SEED_CHAT = { models: [GPT_4O_MINI, GPT_4O] };

const recipes: Record<string, Recipe> = {
  'POST /key/generate 200': {
    startAt: '2025-06-01T09:30:00.533Z',
    // Pin the raw key with the documented `key` field so later examples can use it.
    body: e => ({ ...e.request.body, key: BILLING_KEY }),
    ignore: ['expires'],
    check: ({ body }) => {
      expect(body.token).toBe(hashToken(BILLING_KEY));
      expect(body.expires).toBe('2025-07-01T09:30:00.533000Z');
    },
  },
  'POST /key/generate 400': {
    setup: ctx => generateBilling(ctx),
  },
  'POST /key/update 200': {
    startAt: '2025-06-01T09:30:00.533Z',
    setup: ctx => generateBilling(ctx),
    // A Monday, so the weekly budget resets at the next Monday 00:00 UTC.
    sendAt: '2025-06-02T10:00:00Z',
  },
  'POST /key/delete 200': {
    setup: ctx => generateBilling(ctx),
  },
  'POST /key/sk-Ab1Cd2Ef3Gh4Ij5Kl6Mn7O/regenerate 200': {
    options: { enterprise: true },
    startAt: '2025-05-20T08:00:00.000Z',
    setup: async ctx => {
      const user = await call(ctx.emulator, 'POST', '/user/new', {
        key: MASTER,
        body: { user_id: 'u-ana', auto_create_key: false },
      });
      expect(user.status).toBe(200);
      const res = await call(ctx.emulator, 'POST', '/key/generate', {
        key: MASTER,
        body: {
          key: 'sk-Ab1Cd2Ef3Gh4Ij5Kl6Mn7O',
          key_alias: 'etl',
          user_id: 'u-ana',
          spend: 1.27,
        },
      });
      expect(res.status).toBe(200);
    },
    sendAt: '2025-06-01T10:00:00.000Z',
    abridged: true,
    ignore: ['key', 'key_name', 'token_id'],
    check: ({ body }) => {
      expect(body.key).toMatch(/^sk-[A-Za-z0-9_-]{22}$/);
      expect(body.key_name).toBe(`sk-...${body.key.slice(-4)}`);
      expect(body.token_id).toBe(hashToken(body.key));
    },
  },
  'GET /key/info 200': {
    startAt: '2025-06-01T09:30:00.533Z',
    setup: async ctx => {
      await generateBilling(ctx);
      ctx.emulator.state.setKeySpend(BILLING_KEY, 0.0183);
    },
    ignore: ['info.expires'],
  },
  'GET /key/list 200': {
    startAt: '2025-06-01T09:00:00Z',
    setup: async ctx => {
      for (const alias of ['analytics-etl', 'analytics-bi']) {
        const res = await call(ctx.emulator, 'POST', '/key/generate', {
          key: MASTER,
          body: { key_alias: alias, team_id: 'team-analytics' },
        });
        expect(res.status).toBe(200);
        ctx.clock.advance(60_000);
      }
      await call(ctx.emulator, 'POST', '/key/generate', {
        key: MASTER,
        body: { key_alias: 'other-team', team_id: 'team-other' },
      });
      ctx.clock.advance(60_000);
      await generateBilling(ctx);
    },
    ignore: ['keys.1'],
  },
  'POST /user/new 200': {
    startAt: '2025-06-01T09:30:10.204Z',
    abridged: true,
    ignore: ['key', 'key_name'],
    check: ({ body }, ctx) => {
      expect(body.key).toMatch(/^sk-[A-Za-z0-9_-]{22}$/);
      expect(body.key_name).toBe(`sk-...${body.key.slice(-4)}`);
      const key = ctx.emulator.state.getKey(body.key);
      expect(key?.user_id).toBe('u-ana');
      expect(key?.models).toEqual(['gpt-4o-mini']);
    },
  },
  'POST /team/new 200': {
    startAt: '2025-06-01T09:31:00.120Z',
    ignore: ['budget_reset_at'],
    check: ({ body }) => {
      // The team endpoint (older snapshot) resets at now + duration.
      expect(body.budget_reset_at).toBe('2025-07-01T09:31:00.120000Z');
    },
  },
  'POST /team/member_add 200': {
    startAt: '2025-06-01T09:30:10Z',
    setup: async ctx => {
      const user = await call(ctx.emulator, 'POST', '/user/new', {
        key: MASTER,
        body: {
          user_id: 'u-ana',
          user_email: 'ana@example.com',
          user_role: 'internal_user',
          max_budget: 50.0,
          budget_duration: '1mo',
          models: ['gpt-4o-mini'],
        },
      });
      expect(user.status).toBe(200);
      ctx.clock.set('2025-06-01T09:31:00.120Z');
      const team = await call(ctx.emulator, 'POST', '/team/new', {
        key: MASTER,
        body: {
          team_id: 'team-analytics',
          team_alias: 'Analytics',
          max_budget: 200.0,
          budget_duration: '30d',
          models: ['gpt-4o-mini', 'gpt-4o'],
          tpm_limit: 100000,
          rpm_limit: 600,
        },
      });
      expect(team.status).toBe(200);
    },
    sendAt: '2025-06-01T09:32:00Z',
    abridged: true,
    ignore: [
      'updated_team_memberships.*.budget_id',
      'updated_team_memberships.*.litellm_budget_table.budget_id',
    ],
    check: ({ body }) => {
      const m = body.updated_team_memberships[0];
      expect(m.budget_id).toBe(m.litellm_budget_table.budget_id);
    },
  },
  'POST /model/new 200': {
    startAt: '2025-06-01T09:33:00Z',
    ignore: ['litellm_params.model', 'litellm_params.api_key'],
    check: ({ body }) => {
      expect(body.litellm_params.api_key).not.toContain('sk-proj');
    },
  },
  'GET /v1/models 200': {
    options: { seed: SEED_CHAT },
    setup: ctx => generateBilling(ctx),
  },
  'GET /user/daily/activity 200': {
    options: { seed: SEED_CHAT },
    startAt: '2025-06-01T08:00:00Z',
    setup: async ctx => {
      await call(ctx.emulator, 'POST', '/user/new', {
        key: MASTER,
        body: {
          user_id: 'u-ana',
          user_email: 'ana@example.com',
          auto_create_key: false,
        },
      });
      await generateBilling(ctx, {
        user_id: 'u-ana',
        max_budget: 100,
        duration: null,
      });
      const chat = async () =>
        call(ctx.emulator, 'POST', '/v1/chat/completions', {
          key: BILLING_KEY,
          body: chatBody(),
        });
      for (let i = 0; i < 3; i += 1) expect((await chat()).status).toBe(200);
      ctx.clock.set('2025-06-02T08:00:00Z');
      for (let i = 0; i < 9; i += 1) expect((await chat()).status).toBe(200);
      ctx.emulator.state.setModelHealth('gpt-4o-mini', false);
      expect((await chat()).status).toBe(500);
      ctx.emulator.state.setModelHealth('gpt-4o-mini', true);
    },
    sendAt: '2025-06-02T12:00:00Z',
    ignore: [
      '**.spend',
      '**.prompt_tokens',
      '**.completion_tokens',
      '**.total_tokens',
      'metadata.total_spend',
      'metadata.total_prompt_tokens',
      'metadata.total_completion_tokens',
      'metadata.total_tokens',
    ],
  },
  'POST /v1/chat/completions 200': {
    options: { seed: SEED_CHAT },
    setup: ctx => generateBilling(ctx),
    ignore: [
      'id',
      'created',
      'system_fingerprint',
      'choices.0.message.content',
      'usage.completion_tokens',
      'usage.total_tokens',
    ],
    check: ({ body, headers }) => {
      expect(body.id).toMatch(/^chatcmpl-/);
      expect(headers.get('x-litellm-call-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(headers.get('x-litellm-model-id')).toBe('m-4o-mini-1');
      expect(headers.get('x-litellm-key-max-budget')).toBe('10.0');
      expect(headers.get('x-litellm-key-rpm-limit')).toBe('60');
      expect(headers.get('x-litellm-key-tpm-limit')).toBe('20000');
      expect(headers.get('x-litellm-key-spend')).toBe('0.0');
      expect(headers.get('x-ratelimit-api_key-remaining-requests')).toBe('59');
      expect(headers.get('x-ratelimit-api_key-limit-requests')).toBe('60');
      expect(headers.get('x-ratelimit-api_key-limit-tokens')).toBe('20000');
      expect(headers.get('x-ratelimit-api_key-remaining-tokens')).toBe('20000');
      const cost = 9 * 1.5e-7 + body.usage.completion_tokens * 6e-7;
      expect(headers.get('x-litellm-response-cost')).toBe(pyFloat(cost));
    },
  },
  'POST /v1/chat/completions 400': {
    options: { seed: SEED_CHAT },
    setup: async ctx => {
      await generateBilling(ctx);
      ctx.emulator.state.setKeySpend(BILLING_KEY, 10.0031);
    },
  },
  'POST /v1/chat/completions 429': {
    options: { seed: SEED_CHAT },
    startAt: '2025-06-01T10:15:00Z',
    setup: async ctx => {
      await generateBilling(ctx, { max_budget: null, tpm_limit: null });
      for (let i = 0; i < 60; i += 1) {
        const res = await call(ctx.emulator, 'POST', '/v1/chat/completions', {
          key: BILLING_KEY,
          body: chatBody(),
        });
        expect(res.status).toBe(200);
      }
    },
    sendAt: '2025-06-01T10:15:30Z',
    check: ({ headers }) => {
      expect(headers.get('retry-after')).toBe('60');
      expect(headers.get('rate_limit_type')).toBe('requests');
      expect(headers.get('reset_at')).toBe('2025-06-01 10:16:00 UTC');
    },
  },
};

/* -------------------------------------------------------------- run */

const examples = JSON.parse(readFileSync(EXAMPLES_PATH, 'utf8')) as Example[];

describe('the recorded examples', () => {
  it('are there, and the same as the shared contract where a checkout has it', () => {
    expect(examples.length).toBeGreaterThan(10);
    const shared = existsSync(SHARED_EXAMPLES_PATH)
      ? JSON.parse(readFileSync(SHARED_EXAMPLES_PATH, 'utf8'))
      : examples;
    expect(examples).toEqual(shared);
  });
});

describe('contract replay: litellm-examples.json', () => {
  const seen = new Map<string, number>();
  const cases = examples.map((example, index) => {
    const signature = `${example.method} ${example.endpoint} ${example.status}`;
    const n = (seen.get(signature) ?? 0) + 1;
    seen.set(signature, n);
    return {
      example,
      index,
      signature: n === 1 ? signature : `${signature} #${n}`,
    };
  });

  it('has a recipe for every example', () => {
    const missing = cases
      .filter(c => !recipes[c.signature])
      .map(c => c.signature);
    expect(missing).toEqual([]);
  });

  it.each(cases.map(c => [c.signature, c] as const))('%s', async (_name, c) => {
    const recipe = recipes[c.signature];
    if (!recipe) throw new Error(`no recipe for ${c.signature}`);
    const example = c.example;
    const clock = makeClock(recipe.startAt ?? '2025-06-01T09:30:00Z');
    const emulator = await start({ now: clock.now, ...(recipe.options ?? {}) });
    const ctx: Ctx = { emulator, clock, example };
    try {
      if (recipe.setup) await recipe.setup(ctx);
      if (recipe.sendAt) clock.set(recipe.sendAt);
      const body = recipe.body ? recipe.body(example) : example.request.body;
      const res = await call(emulator, example.method, example.endpoint, {
        headers: example.request.headers,
        query: example.request.query,
        body,
      });
      expect({ status: res.status, body: res.body }).toMatchObject({
        status: example.status,
      });

      const errors: string[] = [];
      const abridged = recipe.abridged ?? /abridged/i.test(example.note ?? '');
      compareShape(example.response, res.body, '', abridged, errors);
      compareValues(
        example.response,
        res.body,
        [],
        (recipe.ignore ?? []).map(p => p.split('.')),
        errors,
      );
      expect(errors).toEqual([]);
      if (recipe.check)
        recipe.check({ body: res.body, headers: res.headers }, ctx);
    } finally {
      await emulator.close();
    }
  });

  it('uses the example key hash', () => {
    expect(hashToken(BILLING_KEY)).toBe(BILLING_HASH);
  });
});
