import http from 'node:http';
import { AddressInfo } from 'node:net';
import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { LiteLlmClient } from './LiteLlmClient';
import { LiteLlmError, liteLlmErrorOf } from './errors';

type Handler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: string,
) => void;

/** A scripted HTTP server: each request is answered by the next handler. */
async function scriptedServer(handlers: Handler[]) {
  const seen: Array<{ method?: string; url?: string; auth?: string }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      seen.push({
        method: req.method,
        url: req.url,
        auth: req.headers.authorization,
      });
      const handler = handlers[Math.min(seen.length - 1, handlers.length - 1)];
      handler(req, res, body);
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const json =
  (status: number, body: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };

describe('LiteLlmClient', () => {
  let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends the master key and reads model info', async () => {
    server = await scriptedServer([
      json(200, {
        data: [
          {
            model_name: 'm',
            litellm_params: { model: 'openai/m' },
            model_info: {},
          },
        ],
      }),
    ]);
    const client = new LiteLlmClient({
      baseUrl: `${server.url}/`,
      masterKey: 'sk-master',
    });
    await expect(client.getModelInfo()).resolves.toHaveLength(1);
    expect(server.seen).toEqual([
      { method: 'GET', url: '/model/info', auth: 'Bearer sk-master' },
    ]);
  });

  it('retries reads after a 5xx and then succeeds', async () => {
    server = await scriptedServer([
      json(500, { error: { message: 'boom', type: 'None', code: '500' } }),
      json(200, { status: 'healthy', litellm_version: '1.74.0' }),
    ]);
    const client = new LiteLlmClient({ baseUrl: server.url, masterKey: 'k' });
    await expect(client.getReadiness()).resolves.toMatchObject({
      litellm_version: '1.74.0',
    });
    expect(server.seen).toHaveLength(2);
  });

  it('never retries writes', async () => {
    server = await scriptedServer([
      json(500, { error: { message: 'boom', type: 'None', code: '500' } }),
    ]);
    const client = new LiteLlmClient({ baseUrl: server.url, masterKey: 'k' });
    await expect(
      client.request('POST', '/key/generate', { body: {} }),
    ).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server.seen).toHaveLength(1);
  });

  it('maps 4xx envelopes to Backstage errors carrying the LiteLLM error', async () => {
    server = await scriptedServer([
      json(400, {
        error: {
          message: "Key with alias 'a' already exists.",
          type: 'bad_request_error',
          param: 'key_alias',
          code: '400',
        },
      }),
      json(404, {
        error: {
          message: "{'error': 'No keys found'}",
          type: 'internal_server_error',
          param: 'None',
          code: '404',
        },
      }),
    ]);
    const client = new LiteLlmClient({ baseUrl: server.url, masterKey: 'k' });
    const duplicate = await client
      .request<never>('POST', '/key/generate', { body: { key_alias: 'a' } })
      .catch((e: Error) => e);
    expect(duplicate).toBeInstanceOf(InputError);
    expect(duplicate.message).toBe(
      "Key with alias 'a' already exists. (LiteLLM field: key_alias)",
    );
    const origin = liteLlmErrorOf(duplicate);
    expect(origin).toBeInstanceOf(LiteLlmError);
    expect(origin).toMatchObject({ status: 400, param: 'key_alias' });

    const missing = await client
      .request<never>('POST', '/key/delete', { body: { keys: ['sk-x'] } })
      .catch((e: Error) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.message).toBe('No keys found');
  });

  it('takes an Enterprise-only refusal (a 500) as LiteLLM answering: no retry, no open breaker', async () => {
    const enterpriseOnly = json(500, {
      error: {
        message:
          'Regenerating Virtual Keys is an Enterprise feature, You must be a LiteLLM Enterprise user to use this feature. If you have a license please set `LITELLM_LICENSE` in your env.',
        type: 'auth_error',
        param: 'None',
        code: '500',
      },
    });
    server = await scriptedServer([
      enterpriseOnly,
      enterpriseOnly,
      enterpriseOnly,
      enterpriseOnly,
      json(200, { status: 'healthy', litellm_version: '1.74.0' }),
    ]);
    const client = new LiteLlmClient({
      baseUrl: server.url,
      masterKey: 'k',
      circuitBreaker: { failureThreshold: 2 },
    });
    for (let i = 0; i < 4; i++) {
      const error = await client.regenerateKey('hash').catch(e => e);
      expect(liteLlmErrorOf(error)?.needsEnterprise).toBe(true);
    }
    expect(client.circuit().state).toBe('closed');
    await expect(client.getReadiness()).resolves.toMatchObject({
      status: 'healthy',
    });
    expect(server.seen).toHaveLength(5);
  });

  it('opens the breaker after consecutive 5xx answers and refuses without sending', async () => {
    server = await scriptedServer([
      json(500, { error: { message: 'boom', type: 'None', code: '500' } }),
    ]);
    const client = new LiteLlmClient({
      baseUrl: server.url,
      masterKey: 'k',
      retries: 0,
      circuitBreaker: { failureThreshold: 2 },
    });
    await client.getReadiness().catch(() => undefined);
    await client.getReadiness().catch(() => undefined);
    expect(client.circuit().state).toBe('open');
    const refused = await client.getReadiness().catch(e => e);
    expect(refused).toBeInstanceOf(ServiceUnavailableError);
    expect(refused.message).toMatch(/nothing was sent/);
    expect(server.seen).toHaveLength(2);
  });

  it('gives up after the timeout with a clear message', async () => {
    server = await scriptedServer([
      () => {
        // Never answer.
      },
    ]);
    const client = new LiteLlmClient({
      baseUrl: server.url,
      masterKey: 'k',
      timeoutMs: 200,
      retries: 0,
    });
    const error = await client.getReadiness().catch(e => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toContain('did not answer within 200 ms');
  });

  it('reports an unreachable LiteLLM', async () => {
    const closed = await scriptedServer([json(200, {})]);
    await closed.close();
    const client = new LiteLlmClient({
      baseUrl: closed.url,
      masterKey: 'k',
      retries: 0,
    });
    const error = await client.getModelInfo().catch(e => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toMatch(/could not be reached \(ECONNREFUSED\)/);
  });
});
