import { resolve } from 'node:path';
import { cliOptions, runCli } from './cli';
import { addDuration, nextBudgetReset, parseDuration } from './durations';
import { createEmulatorHandler } from './server';
import { isoUtc, maskUserId, pyDatetime, pyFloat, pyRepr } from './pyformat';
import { call, chatBody, GPT_4O_MINI, MASTER, start } from './testHarness';
import { countPromptTokens } from './completions';
import { loadSeedFile } from './seed';

describe('python formatting', () => {
  it('formats floats like repr()', () => {
    expect(pyFloat(5.55e-6)).toBe('5.55e-06');
    expect(pyFloat(10)).toBe('10.0');
    expect(pyFloat(10.0031)).toBe('10.0031');
    expect(pyFloat(0.0001)).toBe('0.0001');
    expect(pyFloat(1e16)).toBe('1e+16');
    expect(pyFloat(0)).toBe('0.0');
  });

  it('formats dict reprs with Python quoting', () => {
    expect(pyRepr({ error: 'No keys found' })).toBe(
      "{'error': 'No keys found'}",
    );
    expect(pyRepr({ error: "it's" })).toBe("{'error': \"it's\"}");
    expect(pyRepr({ a: [1, 2.5, null, true] })).toBe(
      "{'a': [1, 2.5, None, True]}",
    );
    expect(pyRepr(`both ' and "`)).toBe(`'both \\' and "'`);
  });

  it('formats datetimes and masks ids', () => {
    const d = new Date('2025-02-01T09:00:00.123Z');
    expect(pyDatetime(d)).toBe('2025-02-01 09:00:00.123000+00:00');
    expect(pyDatetime(new Date('2025-01-01T00:00:00Z'))).toBe(
      '2025-01-01 00:00:00+00:00',
    );
    expect(isoUtc(d)).toBe('2025-02-01T09:00:00.123000Z');
    expect(maskUserId('81ce69ab-0000-0000-0000-0000000000a8')).toBe(
      '81ce69****************************a8',
    );
    expect(maskUserId('abc')).toBe('***');
  });
});

describe('durations', () => {
  const now = new Date('2025-06-01T09:30:00Z'); // a Sunday

  it('parses units and aliases', () => {
    expect(parseDuration('30d')).toEqual({ value: 30, unit: 'd' });
    expect(parseDuration('2mo')).toEqual({ value: 2, unit: 'mo' });
    expect(parseDuration('daily')).toEqual({ value: 1, unit: 'd' });
    expect(() => parseDuration('abc')).toThrow('Invalid duration format');
  });

  it('adds durations exactly (calendar months for mo)', () => {
    expect(addDuration(now, '30d').toISOString()).toBe(
      '2025-07-01T09:30:00.000Z',
    );
    expect(
      addDuration(new Date('2025-01-31T00:00:00Z'), '1mo').toISOString(),
    ).toBe('2025-02-28T00:00:00.000Z');
    expect(addDuration(now, '90s').toISOString()).toBe(
      '2025-06-01T09:31:30.000Z',
    );
  });

  it('aligns budget resets to period boundaries', () => {
    const at = (d: string) => nextBudgetReset(now, d).toISOString();
    expect(at('1d')).toBe('2025-06-02T00:00:00.000Z');
    expect(at('7d')).toBe('2025-06-02T00:00:00.000Z');
    expect(at('1w')).toBe('2025-06-02T00:00:00.000Z');
    expect(at('30d')).toBe('2025-07-01T00:00:00.000Z');
    expect(at('1mo')).toBe('2025-07-01T00:00:00.000Z');
    expect(at('1h')).toBe('2025-06-01T10:00:00.000Z');
    expect(at('15m')).toBe('2025-06-01T09:45:00.000Z');
    expect(
      nextBudgetReset(new Date('2025-06-02T10:00:00Z'), '7d').toISOString(),
    ).toBe('2025-06-09T00:00:00.000Z');
  });
});

describe('token counting', () => {
  it('matches the documented rule', () => {
    expect(countPromptTokens([{ role: 'user', content: 'Say hi' }])).toBe(9);
    expect(
      countPromptTokens([
        { role: 'system', content: 'You are terse.' },
        {
          role: 'user',
          content: [{ type: 'text', text: 'abcdefgh' }],
          name: 'x',
        },
      ]),
    ).toBe(3 + (4 + 4) + (4 + 2 + 1));
  });
});

describe('fault injection', () => {
  it('fails, delays, drops and loses replies on demand', async () => {
    const emu = await start({ seed: { models: [GPT_4O_MINI] } });
    try {
      emu.faults.inject({ method: 'POST', path: '/key/generate', status: 503 });
      const failed = await call(emu, 'POST', '/key/generate', {
        key: MASTER,
        body: {},
      });
      expect(failed.status).toBe(503);
      expect(failed.body.error.code).toBe('503');
      expect(emu.state.keys.size).toBe(0);

      emu.faults.inject({
        path: '/key/generate',
        status: 500,
        body: { detail: 'lost' },
        afterHandler: true,
      });
      const lost = await call(emu, 'POST', '/key/generate', {
        key: MASTER,
        body: { key_alias: 'created-anyway' },
      });
      expect(lost.status).toBe(500);
      expect(lost.body).toEqual({ detail: 'lost' });
      expect([...emu.state.keys.values()].map(k => k.key_alias)).toEqual([
        'created-anyway',
      ]);

      emu.faults.inject({ path: /^\/key\//, dropConnection: true, times: 2 });
      await expect(
        call(emu, 'GET', '/key/list', { key: MASTER }),
      ).rejects.toThrow();
      await expect(
        call(emu, 'GET', '/key/info', { key: MASTER }),
      ).rejects.toThrow();
      expect(
        (await call(emu, 'GET', '/key/list', { key: MASTER })).status,
      ).toBe(200);

      const slow = emu.faults.inject({ path: '/v1/models', delayMs: 120 });
      const t0 = Date.now();
      expect(
        (await call(emu, 'GET', '/v1/models', { key: MASTER })).status,
      ).toBe(200);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(100);
      expect(slow.hits).toBe(1);

      const cancelled = emu.faults.inject({
        path: '/v1/models',
        status: 500,
        times: Infinity,
      });
      cancelled.cancel();
      emu.faults.inject({ path: '/v1/models', status: 500, times: Infinity });
      emu.faults.clear();
      expect(
        (await call(emu, 'GET', '/v1/models', { key: MASTER })).status,
      ).toBe(200);
      expect(
        (
          await call(emu, 'POST', '/v1/chat/completions', {
            key: MASTER,
            body: chatBody(),
          })
        ).status,
      ).toBe(200);
    } finally {
      await emu.close();
    }
  });
});

describe('programmatic use and CLI', () => {
  it('rejects master keys without sk-', () => {
    expect(() => createEmulatorHandler({ masterKey: '1234' })).toThrow(/sk-/);
  });

  it('loads the shipped dev seed', async () => {
    const seed = loadSeedFile(resolve(__dirname, '../seed/dev.json'));
    expect(seed.models).toHaveLength(5);
    const emu = await start({ seed });
    try {
      const info = await call(emu, 'GET', '/model/info', { key: MASTER });
      expect(info.body.data).toHaveLength(5);
      expect(JSON.stringify(info.body)).not.toContain('os.environ');
      const chat = await call(emu, 'POST', '/v1/chat/completions', {
        key: 'sk-dev-ana-analytics-0001',
        body: chatBody('gpt-4o-mini'),
      });
      expect(chat.status).toBe(200);
      const granite = await call(emu, 'POST', '/v1/chat/completions', {
        key: 'sk-dev-bob-platform-0001',
        body: chatBody('granite-3.1-2b-instruct'),
      });
      expect(granite.headers.get('x-litellm-response-cost')).toBe('0.0');
      const ana = await call(emu, 'GET', '/user/info', {
        key: MASTER,
        query: { user_id: 'u-ana' },
      });
      expect(ana.body.user_info.teams).toEqual(['team-analytics']);
    } finally {
      await emu.close();
    }
  });

  it('parses flags and env', () => {
    const opts = cliOptions(
      [
        '--port',
        '4555',
        '--enterprise',
        '--model-access-denied-status=403',
        '--budget-exceeded-status',
        '429',
      ],
      { LITELLM_MASTER_KEY: 'sk-from-env' },
    );
    expect(opts).toMatchObject({
      port: 4555,
      host: '127.0.0.1',
      masterKey: 'sk-from-env',
      enterprise: true,
      versionBehaviour: {
        modelAccessDeniedStatus: 403,
        budgetExceededStatus: 429,
      },
    });
    expect(cliOptions([], { PORT: '4001' })).toMatchObject({
      port: 4001,
      masterKey: 'sk-1234',
    });
    expect(cliOptions(['--stream-chunk-delay-ms', '40'], {})).toMatchObject({
      streamChunkDelayMs: 40,
    });
    expect(() => cliOptions(['--budget-exceeded-status', '500'], {})).toThrow();
    expect(() => cliOptions(['--bogus'], {})).toThrow('Unknown option --bogus');
    expect(cliOptions(['--help'], {})).toBe('help');
  });

  it('prints one line when listening', async () => {
    const lines: string[] = [];
    const emu = await runCli(['--port', '0', '--master-key', 'sk-cli'], {
      out: l => lines.push(l),
      err: l => lines.push(l),
      env: {},
      handleSignals: false,
    });
    try {
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^litellm-emulator listening on http:\/\/127\.0\.0\.1:\d+ /,
      );
      const res = await call(emu!, 'GET', '/model/info', { key: 'sk-cli' });
      expect(res.status).toBe(200);
    } finally {
      await emu!.close();
    }
  });
});
