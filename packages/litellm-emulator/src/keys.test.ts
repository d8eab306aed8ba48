import { RunningEmulator } from './server';
import {
  call,
  chatBody,
  GPT_4O_MINI,
  makeClock,
  MASTER,
  start,
} from './testHarness';
import { hashToken } from './state';

describe('key management', () => {
  let emu: RunningEmulator;
  const clock = makeClock('2025-06-01T09:30:00Z');

  beforeEach(async () => {
    clock.set('2025-06-01T09:30:00Z');
    emu = await start({ now: clock.now, seed: { models: [GPT_4O_MINI] } });
  });
  afterEach(() => emu.close());

  const generate = (body: Record<string, unknown> = {}, key = MASTER) =>
    call(emu, 'POST', '/key/generate', { key, body });

  it('stores only the sha256 of a generated key and shows the raw key once', async () => {
    const res = await generate({ key_alias: 'a' });
    expect(res.status).toBe(200);
    expect(res.body.key).toMatch(/^sk-[A-Za-z0-9_-]{22}$/);
    expect(res.body.token).toBe(hashToken(res.body.key));
    expect(res.body.token_id).toBe(res.body.token);
    expect(res.body.key_name).toBe(`sk-...${res.body.key.slice(-4)}`);
    expect(res.body.created_by).toBe('default_user_id');
    expect([...emu.state.keys.keys()]).toEqual([res.body.token]);
    const info = await call(emu, 'GET', '/key/info', {
      key: MASTER,
      query: { key: res.body.key },
    });
    expect(info.body.key).toBe(res.body.key); // echoed as passed
    expect(info.body.info).not.toHaveProperty('token');
    expect(JSON.stringify(info.body.info)).not.toContain(res.body.key.slice(3));
  });

  it('rejects a duplicate key_alias with param key_alias and a string code', async () => {
    expect((await generate({ key_alias: 'dup' })).status).toBe(200);
    const res = await generate({ key_alias: 'dup' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: {
        message:
          "Key with alias 'dup' already exists. Unique key aliases across all keys are required.",
        type: 'bad_request_error',
        param: 'key_alias',
        code: '400',
      },
    });
  });

  it('re-checks alias uniqueness on update, excluding the key itself', async () => {
    const a = await generate({ key_alias: 'a' });
    await generate({ key_alias: 'b' });
    const same = await call(emu, 'POST', '/key/update', {
      key: MASTER,
      body: { key: a.body.key, key_alias: 'a' },
    });
    expect(same.status).toBe(200);
    const clash = await call(emu, 'POST', '/key/update', {
      key: MASTER,
      body: { key: a.body.token, key_alias: 'b' },
    });
    expect(clash.status).toBe(400);
    expect(clash.body.error.param).toBe('key_alias');
  });

  it('rejects a custom key that does not start with sk- (repr message)', async () => {
    const res = await generate({ key: 'abcdefghijklmnopwxyz' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: {
        message:
          "{'error': \"Invalid key format. LiteLLM Virtual Key must start with 'sk-'. Received: abcd****wxyz\"}",
        type: 'internal_server_error',
        param: 'None',
        code: '400',
      },
    });
  });

  it('rejects a negative max_budget with the repr message', async () => {
    const res = await generate({ max_budget: -1 });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      "{'error': 'max_budget cannot be negative. Received: -1'}",
    );
  });

  it('returns 404 with the repr message when deleting an unknown key', async () => {
    const res = await call(emu, 'POST', '/key/delete', {
      key: MASTER,
      body: { keys: ['sk-doesnotexist0000000000'] },
    });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      error: {
        message: "{'error': 'No keys found'}",
        type: 'internal_server_error',
        param: 'None',
        code: '404',
      },
    });
  });

  it('requires keys or key_aliases on delete (422)', async () => {
    const res = await call(emu, 'POST', '/key/delete', {
      key: MASTER,
      body: {},
    });
    expect(res.status).toBe(422);
    expect(res.body.detail[0]).toMatchObject({
      type: 'value_error',
      loc: ['body'],
      msg: "Value error, At least one of 'keys' or 'key_aliases' must be provided.",
      input: {},
    });
  });

  it('moves deleted keys to the deleted list and echoes what was sent', async () => {
    const a = await generate({ key_alias: 'a' });
    const res = await call(emu, 'POST', '/key/delete', {
      key: MASTER,
      body: { keys: [a.body.token, 'sk-nothere00000000000000'] },
    });
    expect(res.body).toEqual({
      deleted_keys: [a.body.token, 'sk-nothere00000000000000'],
    });
    const listed = await call(emu, 'GET', '/key/list', {
      key: MASTER,
      query: { status: 'deleted', return_full_object: 'true' },
    });
    expect(listed.body.keys).toHaveLength(1);
    expect(listed.body.keys[0]).toMatchObject({
      token: a.body.token,
      key_alias: 'a',
    });
    expect(listed.body.keys[0].deleted_at).toBeDefined();
    const live = await call(emu, 'POST', '/v1/chat/completions', {
      key: a.body.key,
      body: chatBody(),
    });
    expect(live.status).toBe(401);
    expect(live.body.error.type).toBe('token_not_found_in_db');
  });

  it('reports unknown keys on update with the legacy 404 text', async () => {
    const res = await call(emu, 'POST', '/key/update', {
      key: MASTER,
      body: { key: 'sk-unknown000000000000000', max_budget: 1 },
    });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      error: {
        message: "{'error': 'Team not found, passed team_id=None'}",
        type: 'auth_error',
        param: 'None',
        code: '404',
      },
    });
  });

  it('recomputes expires on update and clears it with duration -1', async () => {
    const a = await generate({});
    const up = await call(emu, 'POST', '/key/update', {
      key: MASTER,
      body: { key: a.body.key, duration: '1h' },
    });
    expect(up.body.expires).toBe('2025-06-01T10:30:00Z');
    const never = await call(emu, 'POST', '/key/update', {
      key: MASTER,
      body: { key: a.body.key, duration: '-1' },
    });
    expect(never.body.expires).toBeNull();
  });

  it('reports bad durations per endpoint style and changes nothing', async () => {
    const gen = await generate({ duration: '3x' });
    expect(gen.status).toBe(500);
    expect(gen.body.error).toMatchObject({
      message: 'Unsupported duration unit, passed duration: 3x',
      type: 'internal_server_error',
    });
    const a = await generate({ max_budget: 1 });
    const up = await call(emu, 'POST', '/key/update', {
      key: MASTER,
      body: { key: a.body.key, max_budget: 2, budget_duration: 'soon' },
    });
    expect(up.status).toBe(400);
    expect(up.body.error).toEqual({
      message: 'Authentication Error, Invalid duration format',
      type: 'auth_error',
      param: 'None',
      code: '400',
    });
    expect(emu.state.getKey(a.body.key)!.max_budget).toBe(1);
  });

  it('paginates, filters and sorts /key/list', async () => {
    const tokens: string[] = [];
    for (const [i, alias] of ['c', 'a', 'b'].entries()) {
      tokens.push(
        (await generate({ key_alias: alias, team_id: 't1', spend: i })).body
          .token,
      );
      clock.advance(1000);
    }
    await generate({ key_alias: 'z', team_id: 't2' });
    const page = await call(emu, 'GET', '/key/list', {
      key: MASTER,
      query: { team_id: 't1', size: '2', page: '2' },
    });
    expect(page.body).toMatchObject({
      total_count: 3,
      current_page: 2,
      total_pages: 2,
    });
    // Newest first: b, a | c
    expect(page.body.keys).toEqual([tokens[0]]);
    const sorted = await call(emu, 'GET', '/key/list', {
      key: MASTER,
      query: {
        team_id: 't1',
        sort_by: 'key_alias',
        sort_order: 'asc',
        return_full_object: 'true',
      },
    });
    expect(
      sorted.body.keys.map((k: { key_alias: string }) => k.key_alias),
    ).toEqual(['a', 'b', 'c']);
    const bad = await call(emu, 'GET', '/key/list', {
      key: MASTER,
      query: { size: '101' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0]).toMatchObject({
      type: 'less_than_equal',
      loc: ['query', 'size'],
      msg: 'Input should be less than or equal to 100',
    });
    const badSort = await call(emu, 'GET', '/key/list', {
      key: MASTER,
      query: { sort_by: 'x' },
    });
    expect(badSort.status).toBe(400);
    const aliases = await call(emu, 'GET', '/key/aliases', {
      key: MASTER,
      query: { search: 'b' },
    });
    expect(aliases.body).toEqual({
      aliases: ['b'],
      total_count: 1,
      current_page: 1,
      total_pages: 1,
      size: 50,
    });
  });

  it('blocks and unblocks keys (full row incl. token)', async () => {
    const a = await generate({});
    const blocked = await call(emu, 'POST', '/key/block', {
      key: MASTER,
      body: { key: a.body.key },
    });
    expect(blocked.body).toMatchObject({ token: a.body.token, blocked: true });
    const chat = await call(emu, 'POST', '/v1/chat/completions', {
      key: a.body.key,
      body: chatBody(),
    });
    expect(chat.status).toBe(401);
    expect(chat.body).toEqual({
      error: {
        message:
          "Authentication Error, Key is blocked. Update via `/key/unblock` if you're an admin.",
        type: 'auth_error',
        param: 'None',
        code: '401',
      },
    });
    const info = await call(emu, 'GET', '/key/info', { key: a.body.key });
    expect(info.status).toBe(401);
    await call(emu, 'POST', '/key/unblock', {
      key: MASTER,
      body: { key: a.body.token },
    });
    const ok = await call(emu, 'POST', '/v1/chat/completions', {
      key: a.body.key,
      body: chatBody(),
    });
    expect(ok.status).toBe(200);
    const bad = await call(emu, 'POST', '/key/block', {
      key: MASTER,
      body: { key: 'nope' },
    });
    expect(bad.body.error).toMatchObject({
      message: 'Invalid key format.',
      param: 'key',
    });
    const missing = await call(emu, 'POST', '/key/block', {
      key: MASTER,
      body: { key: 'sk-missing0000000000000000' },
    });
    expect(missing.status).toBe(401);
    expect(missing.body.error.type).toBe('token_not_found_in_db');
  });

  describe('regenerate', () => {
    it('is an Enterprise feature (500) without a license', async () => {
      const a = await generate({});
      const res = await call(emu, 'POST', `/key/${a.body.key}/regenerate`, {
        key: MASTER,
      });
      expect(res.status).toBe(500);
      expect(res.body.error).toMatchObject({
        type: 'internal_server_error',
        param: 'None',
        code: '500',
      });
      expect(res.body.error.message).toMatch(
        /^Regenerating Virtual Keys is an Enterprise feature, You must be a LiteLLM Enterprise user/,
      );
    });

    it('issues a new key and refuses the old one immediately', async () => {
      const ent = await start({
        now: clock.now,
        enterprise: true,
        seed: { models: [GPT_4O_MINI] },
      });
      try {
        const a = await call(ent, 'POST', '/key/generate', {
          key: MASTER,
          body: { key_alias: 'svc', max_budget: 5 },
        });
        const res = await call(ent, 'POST', '/key/regenerate', {
          key: MASTER,
          body: { key: a.body.key },
        });
        expect(res.status).toBe(200);
        expect(res.body.token).toBeNull();
        expect(res.body.token_id).toBe(hashToken(res.body.key));
        expect(res.body).toMatchObject({
          key_alias: 'svc',
          max_budget: 5,
          rotation_count: 0,
        });
        const oldCall = await call(ent, 'POST', '/v1/chat/completions', {
          key: a.body.key,
          body: chatBody(),
        });
        expect(oldCall.status).toBe(401);
        expect(oldCall.body.error.type).toBe('token_not_found_in_db');
        const newCall = await call(ent, 'POST', '/v1/chat/completions', {
          key: res.body.key,
          body: chatBody(),
        });
        expect(newCall.status).toBe(200);
        const missing = await call(
          ent,
          'POST',
          '/key/sk-gone00000000000000000/regenerate',
          {
            key: MASTER,
          },
        );
        expect(missing.status).toBe(404);
        expect(missing.body.error.message).toBe(
          "{'error': 'Key sk-gone00000000000000000 not found.'}",
        );
      } finally {
        await ent.close();
      }
    });

    it('keeps the old key valid during grace_period', async () => {
      const ent = await start({
        now: clock.now,
        enterprise: true,
        seed: { models: [GPT_4O_MINI] },
      });
      try {
        const a = await call(ent, 'POST', '/key/generate', {
          key: MASTER,
          body: {},
        });
        const res = await call(ent, 'POST', `/key/${a.body.token}/regenerate`, {
          key: MASTER,
          body: { grace_period: '24h' },
        });
        expect(res.status).toBe(200);
        const during = await call(ent, 'POST', '/v1/chat/completions', {
          key: a.body.key,
          body: chatBody(),
        });
        expect(during.status).toBe(200);
        clock.advance(24 * 3600 * 1000 + 1);
        const after = await call(ent, 'POST', '/v1/chat/completions', {
          key: a.body.key,
          body: chatBody(),
        });
        expect(after.status).toBe(401);
        const fresh = await call(ent, 'POST', '/v1/chat/completions', {
          key: res.body.key,
          body: chatBody(),
        });
        expect(fresh.status).toBe(200);
      } finally {
        await ent.close();
      }
    });
  });

  it('maps key_type to allowed_routes and enforces them (403)', async () => {
    const a = await generate({ key_type: 'llm_api' });
    expect(a.body.allowed_routes).toEqual(['llm_api_routes']);
    const chat = await call(emu, 'POST', '/v1/chat/completions', {
      key: a.body.key,
      body: chatBody(),
    });
    expect(chat.status).toBe(200);
    const info = await call(emu, 'GET', '/key/info', { key: a.body.key });
    expect(info.status).toBe(403);
    expect(info.body.error.message).toBe(
      "Virtual key is not allowed to call this route. Only allowed to call routes: ['llm_api_routes']. Tried to call route: /key/info",
    );
  });

  it('lets internal users manage their own keys but not admin routes', async () => {
    await call(emu, 'POST', '/user/new', {
      key: MASTER,
      body: {
        user_id: 'internal-user-1',
        user_role: 'internal_user',
        auto_create_key: false,
      },
    });
    const own = await generate({ user_id: 'internal-user-1' });
    const mine = await generate({}, own.body.key);
    expect(mine.status).toBe(200);
    expect(mine.body.user_id).toBe('internal-user-1');
    const other = await generate({ user_id: 'someone-else' }, own.body.key);
    expect(other.status).toBe(403);
    const denied = await call(emu, 'POST', '/user/new', {
      key: own.body.key,
      body: {},
    });
    expect(denied.status).toBe(401);
    expect(denied.body.error.message).toBe(
      'Authentication Error, Only proxy admin can be used to generate, delete, update info for new keys/users/teams. Route=/user/new. Your role=internal_user. Your user_id=intern*******-1',
    );
    const list = await call(emu, 'GET', '/key/list', { key: own.body.key });
    expect(list.body.total_count).toBe(2);
  });
});

describe('authentication', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await start({ seed: { models: [GPT_4O_MINI] } });
  });
  afterAll(() => emu.close());

  const err = (
    message: string,
    type = 'auth_error',
    param: string | null = 'None',
  ) => ({
    error: { message, type, param, code: '401' },
  });

  it('rejects a missing key', async () => {
    const res = await call(emu, 'GET', '/key/info');
    expect(res.body).toEqual(
      err('Authentication Error, No api key passed in.'),
    );
  });

  it('rejects an Authorization header without a scheme', async () => {
    const res = await call(emu, 'GET', '/key/info', {
      headers: { Authorization: MASTER },
    });
    expect(res.body).toEqual(
      err(
        'Authentication Error, Malformed API Key passed in. Ensure Key has `Bearer ` prefix.',
      ),
    );
  });

  it('rejects keys that do not start with sk-', async () => {
    const res = await call(emu, 'GET', '/key/info', {
      key: 'abcdefghijklwxyz',
    });
    expect(res.body).toEqual(
      err(
        "LiteLLM Virtual Key expected. Received=abcd****wxyz, expected to start with 'sk-'.",
      ),
    );
  });

  it('rejects unknown sk- keys with the hash in the message', async () => {
    const raw = 'sk-unknownkey000000000abcd';
    const res = await call(emu, 'GET', '/key/info', { key: raw });
    expect(res.body).toEqual(
      err(
        `Authentication Error, Invalid proxy server token passed. Received API Key = sk-...abcd, Key Hash (Token) =${hashToken(
          raw,
        )}. Unable to find token in cache or \`LiteLLM_VerificationTokenTable\``,
        'token_not_found_in_db',
        'key',
      ),
    );
  });

  it('prefers x-litellm-api-key over Authorization and accepts other headers', async () => {
    const a = await call(emu, 'GET', '/v1/models', {
      headers: {
        'x-litellm-api-key': MASTER,
        Authorization: 'Bearer sk-wrong',
      },
    });
    expect(a.status).toBe(200);
    const b = await call(emu, 'GET', '/v1/models', {
      headers: { 'x-api-key': MASTER },
    });
    expect(b.status).toBe(200);
    const c = await call(emu, 'GET', '/v1/models', {
      headers: { 'API-Key': MASTER },
    });
    expect(c.status).toBe(200);
  });

  it('serves the public health routes without a key', async () => {
    const live = await call(emu, 'GET', '/health/liveliness');
    expect(live.body).toBe("I'm alive!");
    const ready = await call(emu, 'GET', '/health/readiness');
    expect(ready.body).toMatchObject({ status: 'healthy', db: 'connected' });
    expect(typeof ready.body.litellm_version).toBe('string');
  });

  it('answers unknown routes like FastAPI', async () => {
    expect((await call(emu, 'GET', '/nope', { key: MASTER })).body).toEqual({
      detail: 'Not Found',
    });
    expect(
      (await call(emu, 'DELETE', '/key/info', { key: MASTER })).status,
    ).toBe(405);
  });
});
