import { RunningEmulator } from './server';
import {
  call,
  chatBody,
  EMBEDDING,
  GPT_4O,
  GPT_4O_MINI,
  makeClock,
  MASTER,
  start,
} from './testHarness';
import { StartEmulatorOptions } from './types';
import { pyFloat } from './pyformat';

const clock = makeClock('2025-06-01T10:00:00Z');
const SEED = { models: [GPT_4O_MINI, GPT_4O, EMBEDDING] };

async function withEmu(
  options: Partial<StartEmulatorOptions>,
  fn: (emu: RunningEmulator) => Promise<void>,
): Promise<void> {
  const emu = await start({ now: clock.now, seed: SEED, ...options });
  try {
    await fn(emu);
  } finally {
    await emu.close();
  }
}

async function newKey(
  emu: RunningEmulator,
  body: Record<string, unknown> = {},
): Promise<string> {
  const res = await call(emu, 'POST', '/key/generate', { key: MASTER, body });
  expect(res.status).toBe(200);
  return res.body.key;
}

const chat = (
  emu: RunningEmulator,
  key: string,
  model = 'gpt-4o-mini',
  content = 'Say hi',
) =>
  call(emu, 'POST', '/v1/chat/completions', {
    key,
    body: chatBody(model, content),
  });

beforeEach(() => clock.set('2025-06-01T10:00:00Z'));

describe('chat completions', () => {
  it('returns an OpenAI ChatCompletion with deterministic content and usage', async () => {
    await withEmu({}, async emu => {
      const key = await newKey(emu);
      const a = await chat(emu, key);
      const b = await chat(emu, key);
      expect(a.status).toBe(200);
      expect(a.body).toMatchObject({
        object: 'chat.completion',
        model: 'gpt-4o-mini-2024-07-18',
        choices: [
          { index: 0, finish_reason: 'stop', message: { role: 'assistant' } },
        ],
        usage: { prompt_tokens: 9 },
      });
      expect(a.body.choices[0].message.content).toBe(
        b.body.choices[0].message.content,
      );
      expect(a.body.id).not.toBe(b.body.id);
      const { usage } = a.body;
      expect(usage.total_tokens).toBe(
        usage.prompt_tokens + usage.completion_tokens,
      );
      expect(usage.completion_tokens).toBe(
        Math.ceil(a.body.choices[0].message.content.length / 4),
      );
      const also = await call(emu, 'POST', '/chat/completions', {
        key,
        body: chatBody(),
      });
      expect(also.status).toBe(200);
    });
  });

  it('honours mock_response and max_tokens', async () => {
    await withEmu({}, async emu => {
      const key = await newKey(emu);
      const res = await call(emu, 'POST', '/v1/chat/completions', {
        key,
        body: {
          ...chatBody(),
          mock_response: 'Hi! How can I help?',
          max_tokens: 2,
        },
      });
      expect(res.body.choices[0]).toMatchObject({
        finish_reason: 'length',
        message: { content: 'Hi! How ' },
      });
      expect(res.body.usage.completion_tokens).toBe(2);
    });
  });

  it('streams SSE chunks and [DONE]', async () => {
    await withEmu({}, async emu => {
      const key = await newKey(emu);
      const res = await call(emu, 'POST', '/v1/chat/completions', {
        key,
        body: {
          ...chatBody(),
          stream: true,
          stream_options: { include_usage: true },
        },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/event-stream');
      const events = res.text
        .split('\n\n')
        .filter(Boolean)
        .map(e => e.replace(/^data: /, ''));
      expect(events[events.length - 1]).toBe('[DONE]');
      const chunks = events.slice(0, -1).map(e => JSON.parse(e));
      expect(chunks[0].object).toBe('chat.completion.chunk');
      expect(chunks[0].choices[0].delta.role).toBe('assistant');
      const text = chunks
        .flatMap(c => c.choices)
        .map((c: { delta: { content?: string } }) => c.delta.content ?? '')
        .join('');
      const plain = await chat(emu, key);
      expect(text).toBe(plain.body.choices[0].message.content);
      expect(chunks[chunks.length - 1].usage.prompt_tokens).toBe(9);
    });
  });

  it('rejects unknown models with the 400 repr message', async () => {
    await withEmu({}, async emu => {
      const key = await newKey(emu);
      const res = await chat(emu, key, 'gpt-5');
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: {
          message:
            "{'error': '/chat/completions: Invalid model name passed in model=gpt-5. Call `/v1/models` to view available models for your key.'}",
          type: 'None',
          param: 'None',
          code: '400',
        },
      });
      expect(res.headers.get('x-litellm-call-id')).toBeTruthy();
    });
  });

  it('returns the success headers', async () => {
    await withEmu({}, async emu => {
      const key = await newKey(emu, {
        rpm_limit: 10,
        tpm_limit: 1000,
        max_budget: 2,
      });
      const res = await chat(emu, key);
      expect(res.headers.get('x-litellm-model-id')).toBe('m-4o-mini-1');
      expect(res.headers.get('x-litellm-model-api-base')).toBe(
        'https://api.openai.com/v1',
      );
      expect(res.headers.get('x-litellm-version')).toBeTruthy();
      expect(res.headers.get('x-litellm-key-max-budget')).toBe('2.0');
      expect(res.headers.get('x-ratelimit-api_key-remaining-requests')).toBe(
        '9',
      );
      expect(res.headers.get('x-ratelimit-api_key-limit-tokens')).toBe('1000');
      expect(res.headers.get('llm_provider-x-ratelimit-limit-requests')).toBe(
        '500',
      );
      const second = await chat(emu, key);
      expect(second.headers.get('x-ratelimit-api_key-remaining-tokens')).toBe(
        String(1000 - res.body.usage.total_tokens),
      );
      expect(second.headers.get('x-litellm-key-spend')).toBe(
        pyFloat(9 * 1.5e-7 + res.body.usage.completion_tokens * 6e-7),
      );
    });
  });
});

describe('access and budget checks', () => {
  it('refuses a model outside the key models with 401 (403 when configured)', async () => {
    for (const status of [401, 403] as const) {
      await withEmu(
        { versionBehaviour: { modelAccessDeniedStatus: status } },
        async emu => {
          const key = await newKey(emu, { models: ['gpt-4o-mini'] });
          const res = await chat(emu, key, 'gpt-4o');
          expect(res.status).toBe(status);
          expect(res.body).toEqual({
            error: {
              message:
                "key not allowed to access model. This key can only access models=['gpt-4o-mini']. Tried to access gpt-4o",
              type: 'key_model_access_denied',
              param: 'model',
              code: String(status),
            },
          });
        },
      );
    }
  });

  it('falls back to team models and supports all-team-models', async () => {
    await withEmu({}, async emu => {
      await call(emu, 'POST', '/team/new', {
        key: MASTER,
        body: { team_id: 't1', models: ['gpt-4o-mini'] },
      });
      const teamKey = await newKey(emu, { team_id: 't1' });
      const denied = await chat(emu, teamKey, 'gpt-4o');
      expect(denied.status).toBe(401);
      expect(denied.body.error).toMatchObject({
        type: 'team_model_access_denied',
        message:
          "team not allowed to access model. This team can only access models=['gpt-4o-mini']. Tried to access gpt-4o",
      });
      expect((await chat(emu, teamKey)).status).toBe(200);
      const allTeam = await newKey(emu, {
        team_id: 't1',
        models: ['all-team-models'],
      });
      expect((await chat(emu, allTeam)).status).toBe(200);
      expect((await chat(emu, allTeam, 'gpt-4o')).status).toBe(401);
      const models = await call(emu, 'GET', '/v1/models', { key: teamKey });
      expect(models.body.data.map((m: { id: string }) => m.id)).toEqual([
        'gpt-4o-mini',
      ]);
      const everything = await call(emu, 'GET', '/v1/models', {
        key: await newKey(emu),
      });
      expect(everything.body.data).toHaveLength(3);
    });
  });

  it('refuses an over-budget key with 400 (429 when configured) but still serves /key/info', async () => {
    for (const status of [400, 429] as const) {
      await withEmu(
        { versionBehaviour: { budgetExceededStatus: status } },
        async emu => {
          const key = await newKey(emu, { max_budget: 0.00001 });
          expect((await chat(emu, key)).status).toBe(200);
          let res = await chat(emu, key);
          for (let i = 0; i < 20 && res.status === 200; i += 1)
            res = await chat(emu, key);
          expect(res.status).toBe(status);
          expect(res.body.error).toMatchObject({
            type: 'budget_exceeded',
            param: null,
            code: String(status),
          });
          const spend = emu.state.getKey(key)!.spend;
          expect(res.body.error.message).toBe(
            `Budget has been exceeded! Current cost: ${pyFloat(
              spend,
            )}, Max budget: 1e-05`,
          );
          expect((await call(emu, 'GET', '/key/info', { key })).status).toBe(
            200,
          );
        },
      );
    }
  });

  it('refuses an expired key on every route (injectable clock)', async () => {
    await withEmu({}, async emu => {
      const key = await newKey(emu, { duration: '1h' });
      expect((await chat(emu, key)).status).toBe(200);
      clock.set('2025-06-01T11:00:00.123Z');
      const res = await chat(emu, key);
      expect(res.status).toBe(401);
      const hash = emu.state.getKey(key)!.token;
      expect(res.body).toEqual({
        error: {
          message:
            'Authentication Error - Expired Key. Key Expiry time 2025-06-01 11:00:00+00:00 and current time 2025-06-01 11:00:00.123000+00:00',
          type: 'expired_key',
          param: `sk-...${hash.slice(-4)}`,
          code: '401',
        },
      });
      expect((await call(emu, 'GET', '/key/info', { key })).status).toBe(401);
    });
  });

  it('resets spend lazily when budget_reset_at passes', async () => {
    await withEmu({}, async emu => {
      const key = await newKey(emu, {
        max_budget: 0.000001,
        budget_duration: '1d',
      });
      await chat(emu, key);
      expect((await chat(emu, key)).status).toBe(400);
      clock.set('2025-06-02T00:00:01Z');
      const info = await call(emu, 'GET', '/key/info', {
        key: MASTER,
        query: { key },
      });
      expect(info.body.info.spend).toBe(0);
      expect(info.body.info.budget_reset_at).toBe('2025-06-03T00:00:00Z');
      expect((await chat(emu, key)).status).toBe(200);
    });
  });

  it('enforces team and user budgets', async () => {
    await withEmu({}, async emu => {
      await call(emu, 'POST', '/team/new', {
        key: MASTER,
        body: { team_id: 't1', max_budget: 0.000001 },
      });
      const teamKey = await newKey(emu, { team_id: 't1' });
      await chat(emu, teamKey);
      const res = await chat(emu, teamKey);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /^Budget has been exceeded! Team=t1 Current cost: /,
      );
    });
  });
});

describe('rate limits', () => {
  it('returns 429 with the limiter message and headers once rpm is used up', async () => {
    await withEmu({}, async emu => {
      const key = await newKey(emu, { rpm_limit: 2 });
      const hash = emu.state.getKey(key)!.token;
      expect(
        (await chat(emu, key)).headers.get(
          'x-ratelimit-api_key-remaining-requests',
        ),
      ).toBe('1');
      expect((await chat(emu, key)).status).toBe(200);
      clock.advance(30_000);
      const res = await chat(emu, key);
      expect(res.status).toBe(429);
      expect(res.body).toEqual({
        error: {
          message: `Rate limit exceeded for api_key: ${hash}. Limit type: requests. Current limit: 2, Remaining: 0. Limit resets at: 2025-06-01 10:01:00 UTC`,
          type: 'None',
          param: 'None',
          code: '429',
        },
      });
      expect(res.headers.get('retry-after')).toBe('60');
      expect(res.headers.get('rate_limit_type')).toBe('requests');
      expect(res.headers.get('reset_at')).toBe('2025-06-01 10:01:00 UTC');
      expect(res.headers.get('x-litellm-key-rpm-limit')).toBe('2');
      clock.advance(30_000);
      expect((await chat(emu, key)).status).toBe(200);
    });
  });

  it('compares TPM before the call: the crossing call succeeds, the next is refused', async () => {
    await withEmu({}, async emu => {
      const key = await newKey(emu, { tpm_limit: 20 });
      expect((await chat(emu, key)).status).toBe(200);
      const res = await chat(emu, key);
      expect(res.status).toBe(429);
      expect(res.body.error.message).toContain(
        'Limit type: tokens. Current limit: 20',
      );
      expect(res.headers.get('rate_limit_type')).toBe('tokens');
    });
  });

  it('limits concurrent requests with max_parallel_requests', async () => {
    await withEmu({ llmLatencyMs: 150 }, async emu => {
      const key = await newKey(emu, { max_parallel_requests: 1 });
      const [a, b] = await Promise.all([chat(emu, key), chat(emu, key)]);
      expect([a.status, b.status].sort()).toEqual([200, 429]);
      const refused = a.status === 429 ? a : b;
      expect(refused.body.error.message).toContain(
        'Limit type: max_parallel_requests',
      );
      expect((await chat(emu, key)).status).toBe(200);
    });
  });
});

describe('spend tracking', () => {
  it('user daily activity totals equal the sum of the chat calls', async () => {
    await withEmu({}, async emu => {
      await call(emu, 'POST', '/user/new', {
        key: MASTER,
        body: { user_id: 'u1', auto_create_key: false },
      });
      const key = await newKey(emu, { user_id: 'u1', key_alias: 'k1' });
      let spend = 0;
      let prompt = 0;
      let completion = 0;
      const contents = [
        'Say hi',
        'Write a haiku about the sea',
        'What is 2+2?',
      ];
      for (const [i, content] of contents.entries()) {
        if (i === 2) clock.set('2025-06-02T09:00:00Z');
        const res = await chat(
          emu,
          key,
          i === 1 ? 'gpt-4o' : 'gpt-4o-mini',
          content,
        );
        spend += Number(res.headers.get('x-litellm-response-cost'));
        prompt += res.body.usage.prompt_tokens;
        completion += res.body.usage.completion_tokens;
      }
      const emb = await call(emu, 'POST', '/v1/embeddings', {
        key,
        body: { model: 'text-embedding-3-small', input: ['abc', 'defgh'] },
      });
      spend += Number(emb.headers.get('x-litellm-response-cost'));
      prompt += emb.body.usage.prompt_tokens;
      const res = await call(emu, 'GET', '/user/daily/activity', {
        key: MASTER,
        query: {
          start_date: '2025-06-01',
          end_date: '2025-06-02',
          user_id: 'u1',
        },
      });
      expect(res.status).toBe(200);
      const meta = res.body.metadata;
      expect(meta.total_spend).toBeCloseTo(spend, 12);
      expect(meta.total_prompt_tokens).toBe(prompt);
      expect(meta.total_completion_tokens).toBe(completion);
      expect(meta.total_tokens).toBe(prompt + completion);
      expect(meta.total_api_requests).toBe(4);
      expect(res.body.results.map((r: { date: string }) => r.date)).toEqual([
        '2025-06-02',
        '2025-06-01',
      ]);
      const day1 = res.body.results[1];
      expect(Object.keys(day1.breakdown.models).sort()).toEqual([
        'gpt-4o',
        'gpt-4o-mini',
      ]);
      expect(Object.keys(day1.breakdown.providers)).toEqual(['openai']);
      expect(Object.values(day1.breakdown.api_keys)[0]).toMatchObject({
        metadata: { key_alias: 'k1', team_id: null },
      });
      const info = await call(emu, 'GET', '/key/info', {
        key: MASTER,
        query: { key },
      });
      expect(info.body.info.spend).toBeCloseTo(spend, 12);
      const user = await call(emu, 'GET', '/user/info', {
        key: MASTER,
        query: { user_id: 'u1' },
      });
      expect(user.body.user_info.spend).toBeCloseTo(spend, 12);
      const logs = await call(emu, 'GET', '/spend/logs', {
        key: MASTER,
        query: { api_key: key },
      });
      expect(logs.body).toHaveLength(4);
      const summary = await call(emu, 'GET', '/spend/logs', {
        key: MASTER,
        query: { start_date: '2025-06-01', end_date: '2025-06-03' },
      });
      expect(
        summary.body.map((d: { startTime: string }) => d.startTime),
      ).toEqual(['2025-06-01', '2025-06-02', '2025-06-03']);
      const global = await call(emu, 'GET', '/global/spend', { key: MASTER });
      expect(global.body.spend).toBeCloseTo(spend, 12);
      expect(global.body.max_budget).toBe(0);
    });
  });

  it('serves the aggregated daily activity as one page and limits non-admins to themselves', async () => {
    await withEmu({}, async emu => {
      await call(emu, 'POST', '/user/new', {
        key: MASTER,
        body: {
          user_id: 'u1',
          user_role: 'internal_user',
          auto_create_key: false,
        },
      });
      const key = await newKey(emu, { user_id: 'u1' });
      for (const model of ['gpt-4o-mini', 'gpt-4o'])
        await chat(emu, key, model);
      const query = { start_date: '2025-06-01', end_date: '2025-06-01' };
      const agg = await call(emu, 'GET', '/user/daily/activity/aggregated', {
        key,
        query: { ...query, page_size: '1' },
      });
      expect(agg.body.metadata).toMatchObject({
        total_api_requests: 2,
        page: 1,
        total_pages: 1,
        has_more: false,
      });
      const paged = await call(emu, 'GET', '/user/daily/activity', {
        key,
        query: { ...query, page_size: '1' },
      });
      expect(paged.body.metadata).toMatchObject({
        total_api_requests: 1,
        has_more: true,
      });
      const other = await call(emu, 'GET', '/user/daily/activity', {
        key,
        query: { ...query, user_id: 'someone-else' },
      });
      expect(other.status).toBe(403);
      expect(other.body).toEqual({
        detail: {
          error: 'Non-admin users can only view their own spend data.',
        },
      });
    });
  });

  it('needs start_date and end_date for daily activity', async () => {
    await withEmu({}, async emu => {
      const res = await call(emu, 'GET', '/user/daily/activity', {
        key: MASTER,
      });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        detail: { error: 'Please provide start_date and end_date' },
      });
    });
  });

  it('counts failed calls and reports team activity by entity', async () => {
    await withEmu({}, async emu => {
      await call(emu, 'POST', '/team/new', {
        key: MASTER,
        body: { team_id: 't1', team_alias: 'Team One' },
      });
      const key = await newKey(emu, { team_id: 't1', models: ['gpt-4o-mini'] });
      await chat(emu, key);
      await chat(emu, key, 'gpt-4o');
      const res = await call(emu, 'GET', '/team/daily/activity', {
        key: MASTER,
        query: {
          team_ids: 't1',
          start_date: '2025-06-01',
          end_date: '2025-06-01',
        },
      });
      expect(res.body.metadata).toMatchObject({
        total_api_requests: 2,
        total_successful_requests: 1,
        total_failed_requests: 1,
      });
      expect(res.body.results[0].breakdown.entities.t1.metadata).toEqual({
        team_alias: 'Team One',
      });
    });
  });
});

describe('embeddings', () => {
  it('returns deterministic vectors, float or base64', async () => {
    await withEmu({}, async emu => {
      const key = await newKey(emu);
      const floats = await call(emu, 'POST', '/v1/embeddings', {
        key,
        body: { model: 'text-embedding-3-small', input: 'hello world' },
      });
      expect(floats.status).toBe(200);
      expect(floats.body).toMatchObject({
        object: 'list',
        model: 'text-embedding-3-small',
        usage: { prompt_tokens: 3, total_tokens: 3 },
      });
      const vector: number[] = floats.body.data[0].embedding;
      expect(vector).toHaveLength(1536);
      const b64 = await call(emu, 'POST', '/embeddings', {
        key,
        body: {
          model: 'text-embedding-3-small',
          input: ['hello world'],
          encoding_format: 'base64',
        },
      });
      const decoded = Array.from(
        new Float32Array(
          new Uint8Array(
            Buffer.from(b64.body.data[0].embedding, 'base64'),
          ).buffer,
        ),
      );
      expect(decoded).toEqual(vector);
    });
  });
});

describe('models', () => {
  it('strips credentials and merges cost-map fields in /model/info', async () => {
    await withEmu({}, async emu => {
      const res = await call(emu, 'GET', '/model/info', { key: MASTER });
      const mini = res.body.data.find(
        (d: { model_name: string }) => d.model_name === 'gpt-4o-mini',
      );
      expect(mini.litellm_params).toEqual({
        model: 'openai/gpt-4o-mini',
        rpm: 500,
      });
      expect(mini.model_info).toMatchObject({
        id: 'm-4o-mini-1',
        db_model: true,
        max_input_tokens: 128000,
        input_cost_per_token: 1.5e-7,
        litellm_provider: 'openai',
        mode: 'chat',
      });
      const v1 = await call(emu, 'GET', '/v1/model/info', {
        key: MASTER,
        query: { litellm_model_id: 'nope' },
      });
      expect(v1.status).toBe(400);
      const v2 = await call(emu, 'GET', '/v2/model/info', { key: MASTER });
      expect(v2.body.data).toHaveLength(3);
    });
  });

  it('creates, patches and deletes DB models', async () => {
    await withEmu({}, async emu => {
      const created = await call(emu, 'POST', '/model/new', {
        key: MASTER,
        body: {
          model_name: 'granite',
          litellm_params: {
            model: 'hosted_vllm/granite',
            api_base: 'http://vllm:8000/v1',
          },
        },
      });
      expect(created.status).toBe(200);
      const id = created.body.model_id;
      const patched = await call(emu, 'PATCH', `/model/${id}/update`, {
        key: MASTER,
        body: { model_info: { max_input_tokens: 4096 } },
      });
      expect(patched.body.model_info.max_input_tokens).toBe(4096);
      const key = await newKey(emu);
      expect((await chat(emu, key, 'granite')).status).toBe(200);
      const del = await call(emu, 'POST', '/model/delete', {
        key: MASTER,
        body: { id },
      });
      expect(del.body).toEqual({
        message: `Model: ${id} deleted successfully`,
      });
      const again = await call(emu, 'POST', '/model/delete', {
        key: MASTER,
        body: { id },
      });
      expect(again.status).toBe(400);
      expect(again.body.error).toEqual({
        message: `{'error': 'Model with id=${id} not found in db'}`,
        type: 'auth_error',
        param: 'None',
        code: '400',
      });
      const missing = await call(emu, 'PATCH', '/model/nope/update', {
        key: MASTER,
        body: {},
      });
      expect(missing.body).toEqual({
        error: {
          message: 'Model nope not found on proxy.',
          type: 'not_found_error',
          param: null,
          code: '404',
        },
      });
    });
  });

  it('needs STORE_MODEL_IN_DB for writes and admin rights', async () => {
    await withEmu({ storeModelInDb: false }, async emu => {
      const res = await call(emu, 'POST', '/model/new', {
        key: MASTER,
        body: { model_name: 'x', litellm_params: { model: 'openai/x' } },
      });
      expect(res.status).toBe(500);
      expect(res.body.error.message).toBe(
        "{'error': \"Set `'STORE_MODEL_IN_DB='True'` in your env to enable this feature.\"}",
      );
    });
    await withEmu({}, async emu => {
      await call(emu, 'POST', '/user/new', {
        key: MASTER,
        body: {
          user_id: 'u1',
          user_role: 'internal_user',
          auto_create_key: false,
        },
      });
      const key = await newKey(emu, { user_id: 'u1' });
      const res = await call(emu, 'POST', '/model/new', {
        key,
        body: { model_name: 'x', litellm_params: { model: 'openai/x' } },
      });
      expect(res.status).toBe(403);
      expect(res.body.error.type).toBe('auth_error');
      expect(res.body.error.message).toContain('Your role=internal_user');
    });
  });

  it('reports unhealthy deployments in /health', async () => {
    await withEmu({}, async emu => {
      emu.state.setModelHealth('m-4o-1', false, 'boom');
      const res = await call(emu, 'GET', '/health', { key: MASTER });
      expect(res.body.healthy_count).toBe(2);
      expect(res.body.unhealthy_endpoints).toEqual([
        { model: 'openai/gpt-4o', error: 'boom' },
      ]);
    });
  });
});
