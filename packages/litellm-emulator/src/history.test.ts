import { RunningEmulator } from './server';
import { call, GPT_4O_MINI, makeClock, MASTER, start } from './testHarness';

describe('POST /emulator/usage (past usage, not a LiteLLM route)', () => {
  let emu: RunningEmulator;
  const clock = makeClock('2025-06-10T09:30:00Z');

  beforeEach(async () => {
    emu = await start({ now: clock.now, seed: { models: [GPT_4O_MINI] } });
  });
  afterEach(() => emu.close());

  it('records calls on a past day, seen in daily activity and the key spend', async () => {
    const made = await call(emu, 'POST', '/key/generate', {
      key: MASTER,
      body: { models: ['gpt-4o-mini'], key_alias: 'k1' },
    });
    const key = made.body.key as string;
    const res = await call(emu, 'POST', '/emulator/usage', {
      key: MASTER,
      body: {
        key,
        model: 'gpt-4o-mini',
        date: '2025-06-01',
        requests: 3,
        prompt_tokens: 100,
        completion_tokens: 50,
      },
    });
    expect(res.status).toBe(200);
    const activity = await call(emu, 'GET', '/user/daily/activity', {
      key: MASTER,
      query: { start_date: '2025-06-01', end_date: '2025-06-10' },
    });
    expect(activity.body.results.map((r: { date: string }) => r.date)).toEqual([
      '2025-06-01',
    ]);
    expect(activity.body.metadata).toMatchObject({
      total_api_requests: 3,
      total_prompt_tokens: 300,
      total_completion_tokens: 150,
    });
    const info = await call(emu, 'GET', '/key/info', {
      key: MASTER,
      query: { key },
    });
    expect(info.body.info.spend).toBeGreaterThan(0);
  });

  it('is for the master key only, and refuses unknown keys and bad dates', async () => {
    const made = await call(emu, 'POST', '/key/generate', {
      key: MASTER,
      body: { models: ['gpt-4o-mini'] },
    });
    const key = made.body.key as string;
    const body = {
      key,
      model: 'gpt-4o-mini',
      date: '2025-06-01',
      requests: 1,
      prompt_tokens: 1,
      completion_tokens: 1,
    };
    const asKey = await call(emu, 'POST', '/emulator/usage', { key, body });
    expect(asKey.status).toBe(401);
    const unknown = await call(emu, 'POST', '/emulator/usage', {
      key: MASTER,
      body: { ...body, key: 'sk-nope' },
    });
    expect(unknown.status).toBe(404);
    const badDate = await call(emu, 'POST', '/emulator/usage', {
      key: MASTER,
      body: { ...body, date: 'June' },
    });
    expect(badDate.status).toBe(400);
  });
});
