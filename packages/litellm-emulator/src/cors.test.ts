import { RunningEmulator } from './server';
import { chatBody, GPT_4O_MINI, MASTER, start } from './testHarness';

async function withEmu(
  options: { streamChunkDelayMs?: number },
  fn: (emu: RunningEmulator) => Promise<void>,
) {
  const emu = await start({ seed: { models: [GPT_4O_MINI] }, ...options });
  try {
    await fn(emu);
  } finally {
    await emu.close();
  }
}

async function newKey(emu: RunningEmulator): Promise<string> {
  const res = await fetch(`${emu.url}/key/generate`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${MASTER}`,
      'Content-Type': 'application/json',
    },
    body: '{}',
  });
  return (await res.json()).key;
}

describe('browser calls (CORS) and streaming', () => {
  it('answers a preflight from any origin as LiteLLM does', async () => {
    await withEmu({}, async emu => {
      const res = await fetch(`${emu.url}/v1/chat/completions`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:3000',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(
        'http://localhost:3000',
      );
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
      expect(res.headers.get('access-control-allow-headers')).toBe(
        'authorization,content-type',
      );
      expect(await res.text()).toBe('OK');
    });
  });

  it('lets a page read the answer, and leaves requests without an origin alone', async () => {
    await withEmu({}, async emu => {
      const key = await newKey(emu);
      const ask = (origin?: string) =>
        fetch(`${emu.url}/v1/chat/completions`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${key}`,
            'Content-Type': 'application/json',
            ...(origin && { Origin: origin }),
          },
          body: JSON.stringify(chatBody()),
        });
      const fromPage = await ask('http://localhost:3000');
      expect(fromPage.status).toBe(200);
      expect(fromPage.headers.get('access-control-allow-origin')).toBe('*');
      const fromServer = await ask();
      expect(fromServer.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('spaces streamed chunks when asked to, so tokens arrive one by one', async () => {
    await withEmu({ streamChunkDelayMs: 40 }, async emu => {
      const key = await newKey(emu);
      const res = await fetch(`${emu.url}/v1/chat/completions`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${key}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ ...chatBody(), stream: true }),
      });
      const reader = res.body!.getReader();
      const arrivals: number[] = [];
      let text = '';
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        arrivals.push(Date.now());
        text += decoder.decode(value);
      }
      expect(text.trim().endsWith('data: [DONE]')).toBe(true);
      // Several reads, the first well before the last.
      expect(arrivals.length).toBeGreaterThan(3);
      expect(arrivals[arrivals.length - 1] - arrivals[0]).toBeGreaterThan(100);
    });
  });
});
