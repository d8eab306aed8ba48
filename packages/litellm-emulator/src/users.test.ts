import { RunningEmulator } from './server';
import { call, GPT_4O_MINI, makeClock, MASTER, start } from './testHarness';

describe('users and teams', () => {
  let emu: RunningEmulator;
  const clock = makeClock('2025-06-01T09:30:00Z');

  beforeEach(async () => {
    clock.set('2025-06-01T09:30:00Z');
    emu = await start({ now: clock.now, seed: { models: [GPT_4O_MINI] } });
  });
  afterEach(() => emu.close());

  const newUser = (body: Record<string, unknown>) =>
    call(emu, 'POST', '/user/new', { key: MASTER, body });

  it('creates a user with an auto key, or none when auto_create_key=false', async () => {
    const a = await newUser({
      user_id: 'u1',
      user_email: 'A@Example.com',
      models: ['gpt-4o-mini'],
    });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({
      user_id: 'u1',
      user_role: 'internal_user',
      teams: null,
    });
    expect(a.body.key).toMatch(/^sk-/);
    const b = await newUser({ user_id: 'u2', auto_create_key: false });
    expect(b.body.key).toBe('');
    const keys = await call(emu, 'GET', '/key/list', {
      key: MASTER,
      query: { user_id: 'u2' },
    });
    expect(keys.body.total_count).toBe(0);
  });

  it('returns 409 for duplicate ids and case-insensitive duplicate emails', async () => {
    await newUser({ user_id: 'u1', user_email: 'a@b.com' });
    const dupId = await newUser({ user_id: 'u1' });
    expect(dupId.status).toBe(409);
    expect(dupId.body.error).toEqual({
      message: "{'error': 'User with id u1 already exists'}",
      type: 'internal_server_error',
      param: 'None',
      code: '409',
    });
    const dupEmail = await newUser({ user_id: 'u3', user_email: 'A@B.com' });
    expect(dupEmail.status).toBe(409);
    expect(dupEmail.body.error.message).toBe(
      "{'error': 'User with email A@B.com already exists'}",
    );
  });

  it('validates passwords and never returns them', async () => {
    const short = await newUser({ user_id: 'u1', password: 'short' });
    expect(short.status).toBe(422);
    expect(short.body.detail[0]).toMatchObject({
      type: 'string_too_short',
      loc: ['body', 'password'],
    });
    await newUser({ user_id: 'u1', password: 'long-enough-password' });
    const info = await call(emu, 'GET', '/user/info', {
      key: MASTER,
      query: { user_id: 'u1' },
    });
    expect(JSON.stringify(info.body)).not.toContain('password');
  });

  it('serves /user/info (404 envelope, self-only for non-admins)', async () => {
    const missing = await call(emu, 'GET', '/user/info', {
      key: MASTER,
      query: { user_id: 'u9' },
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: {
        message: 'User u9 not found',
        type: 'internal_server_error',
        param: 'None',
        code: '404',
      },
    });
    const ana = await newUser({ user_id: 'u-ana' });
    await newUser({ user_id: 'u-bob' });
    const self = await call(emu, 'GET', '/user/info', { key: ana.body.key });
    expect(self.body.user_id).toBe('u-ana');
    expect(self.body.keys[0].token).toBeDefined();
    const other = await call(emu, 'GET', '/user/info', {
      key: ana.body.key,
      query: { user_id: 'u-bob' },
    });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toBe(
      "key not allowed to access this user's info. user_id=u-bob, key's user_id=u-ana",
    );
    const all = await call(emu, 'GET', '/user/info', { key: MASTER });
    expect(all.body.user_id).toBe('default_user_id');
    expect(all.body.keys).toHaveLength(2);
  });

  it('serves /v2/user/info with just the user row', async () => {
    await newUser({ user_id: 'u1', user_alias: 'One' });
    const res = await call(emu, 'GET', '/v2/user/info', {
      key: MASTER,
      query: { user_id: 'u1' },
    });
    expect(res.body).toMatchObject({
      user_id: 'u1',
      user_alias: 'One',
      teams: [],
    });
  });

  it('updates users (422 without id or email, explicit null clears max_budget)', async () => {
    const bad = await call(emu, 'POST', '/user/update', {
      key: MASTER,
      body: { user_alias: 'x' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].msg).toBe(
      'Value error, Either user id or user email must be provided',
    );
    await newUser({ user_id: 'u1', max_budget: 5, models: ['gpt-4o-mini'] });
    const res = await call(emu, 'POST', '/user/update', {
      key: MASTER,
      body: { user_id: 'u1', max_budget: null, models: [], user_alias: 'One' },
    });
    expect(res.body).toMatchObject({
      user_id: 'u1',
      data: { max_budget: null, models: ['gpt-4o-mini'], user_alias: 'One' },
    });
    const viaEmail = await call(emu, 'POST', '/user/update', {
      key: MASTER,
      body: { user_email: 'new@example.com', user_alias: 'New' },
    });
    expect(viaEmail.status).toBe(200);
    expect(viaEmail.body.data.user_email).toBe('new@example.com');
  });

  it('deletes users with a bare integer, and 404s in the raw FastAPI shape', async () => {
    const u = await newUser({ user_id: 'u1' });
    const res = await call(emu, 'POST', '/user/delete', {
      key: MASTER,
      body: { user_ids: ['u1'] },
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe(1);
    expect(res.text).toBe('1');
    expect(emu.state.getKey(u.body.key)).toBeUndefined();
    const again = await call(emu, 'POST', '/user/delete', {
      key: MASTER,
      body: { user_ids: ['u9'] },
    });
    expect(again.status).toBe(404);
    expect(again.body).toEqual({
      detail: { error: 'User not found, passed user_id=u9' },
    });
  });

  it('creates teams with the caller as admin and rejects duplicates', async () => {
    const t = await call(emu, 'POST', '/team/new', {
      key: MASTER,
      body: { team_id: 't1' },
    });
    expect(t.body.members_with_roles).toEqual([
      { user_id: 'default_user_id', user_email: null, role: 'admin' },
    ]);
    const dup = await call(emu, 'POST', '/team/new', {
      key: MASTER,
      body: { team_id: 't1' },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toBe(
      "{'error': 'Team id = t1 already exists. Please use a different team id.'}",
    );
  });

  it('adds members, auto-creating users, and reports duplicates per version', async () => {
    await call(emu, 'POST', '/team/new', {
      key: MASTER,
      body: { team_id: 't1' },
    });
    const res = await call(emu, 'POST', '/team/member_add', {
      key: MASTER,
      body: { team_id: 't1', member: { role: 'user', user_email: 'new@x.io' } },
    });
    expect(res.status).toBe(200);
    expect(res.body.updated_users[0]).toMatchObject({
      user_email: 'new@x.io',
      teams: ['t1'],
    });
    expect(res.body.updated_team_memberships).toEqual([]);
    const newId = res.body.updated_users[0].user_id;
    const dup = await call(emu, 'POST', '/team/member_add', {
      key: MASTER,
      body: { team_id: 't1', member: { role: 'user', user_id: newId } },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.detail.error).toBe(
      `User=${newId} already in team. Existing members=[Member(user_id='default_user_id', user_email=None, role='admin'), Member(user_id='${newId}', user_email='new@x.io', role='user')]`,
    );
    const admin = await call(emu, 'POST', '/team/member_add', {
      key: MASTER,
      body: { team_id: 't1', member: { role: 'admin', user_id: 'x' } },
    });
    expect(admin.status).toBe(400);
    expect(admin.body.detail.error).toMatch(
      /^Assigning team admins is a premium feature/,
    );
    const invalid = await call(emu, 'POST', '/team/member_add', {
      key: MASTER,
      body: { team_id: 't1', member: { role: 'user' } },
    });
    expect(invalid.status).toBe(422);
    const missingTeam = await call(emu, 'POST', '/team/member_add', {
      key: MASTER,
      body: { team_id: 'nope', member: { role: 'user', user_id: 'a' } },
    });
    expect(missingTeam.status).toBe(404);
  });

  it('uses the current envelope for duplicate members when configured', async () => {
    const current = await start({
      versionBehaviour: { memberAlreadyInTeam: 'current' },
    });
    try {
      await call(current, 'POST', '/team/new', {
        key: MASTER,
        body: { team_id: 't1' },
      });
      const dup = await call(current, 'POST', '/team/member_add', {
        key: MASTER,
        body: {
          team_id: 't1',
          member: { role: 'user', user_id: 'default_user_id' },
        },
      });
      expect(dup.status).toBe(400);
      expect(dup.body.error).toMatchObject({
        type: 'team_member_already_in_team',
        param: 'user_id',
        code: '400',
      });
      expect(dup.body.error.message).toMatch(
        /^User with user_id=default_user_id already in team\./,
      );
    } finally {
      await current.close();
    }
  });

  it('serves /team/info with its envelopes', async () => {
    const missing = await call(emu, 'GET', '/team/info', {
      key: MASTER,
      query: { team_id: 't9' },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({
      message: "{'message': 'Team not found, passed team id: t9.'}",
      type: 'auth_error',
      param: 'None',
      code: '404',
    });
    const none = await call(emu, 'GET', '/team/info', { key: MASTER });
    expect(none.status).toBe(422);
    await call(emu, 'POST', '/team/new', {
      key: MASTER,
      body: { team_id: 't1' },
    });
    await call(emu, 'POST', '/key/generate', {
      key: MASTER,
      body: { team_id: 't1' },
    });
    const info = await call(emu, 'GET', '/team/info', {
      key: MASTER,
      query: { team_id: 't1' },
    });
    expect(info.body.team_id).toBe('t1');
    expect(info.body.keys).toHaveLength(1);
    expect(info.body.team_info.team_member_budget_table).toBeNull();
  });

  it('updates a team: a budget is enforced, resets with its period, and null clears it', async () => {
    const missing = await call(emu, 'POST', '/team/update', {
      key: MASTER,
      body: { team_id: 't9', max_budget: 1 },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      "{'error': 'Team not found, passed team_id=t9'}",
    );
    await call(emu, 'POST', '/team/new', {
      key: MASTER,
      body: { team_id: 't1', team_alias: 'One' },
    });
    const negative = await call(emu, 'POST', '/team/update', {
      key: MASTER,
      body: { team_id: 't1', max_budget: -1 },
    });
    expect(negative.status).toBe(400);
    const updated = await call(emu, 'POST', '/team/update', {
      key: MASTER,
      body: { team_id: 't1', max_budget: 0.000001, budget_duration: '1d' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.team_id).toBe('t1');
    expect(updated.body.data).toMatchObject({
      team_alias: 'One',
      max_budget: 0.000001,
      budget_duration: '1d',
    });
    expect(updated.body.data.budget_reset_at).toMatch(/^2025-06-02T09:30/);

    const key = (
      await call(emu, 'POST', '/key/generate', {
        key: MASTER,
        body: { team_id: 't1' },
      })
    ).body.key;
    const chat = () =>
      call(emu, 'POST', '/v1/chat/completions', {
        key,
        body: {
          model: 'gpt-4o-mini',
          messages: [{ role: 'user', content: 'hello there' }],
        },
      });
    expect((await chat()).status).toBe(200);
    const over = await chat();
    expect(over.status).toBe(400);
    expect(over.body.error.type).toBe('budget_exceeded');
    expect(over.body.error.message).toContain('Team=t1');
    const info = await call(emu, 'GET', '/team/info', {
      key: MASTER,
      query: { team_id: 't1' },
    });
    expect(info.body.team_info.spend).toBeGreaterThan(0.000001);

    // The next period starts with nothing spent.
    clock.advance(24 * 3600 * 1000 + 1000);
    expect((await chat()).status).toBe(200);

    // An explicit null removes the budget; fields not sent stay.
    const cleared = await call(emu, 'POST', '/team/update', {
      key: MASTER,
      body: { team_id: 't1', max_budget: null },
    });
    expect(cleared.body.data.max_budget).toBeNull();
    expect(cleared.body.data.budget_duration).toBe('1d');
    expect((await chat()).status).toBe(200);
    expect((await chat()).status).toBe(200);
  });
});
