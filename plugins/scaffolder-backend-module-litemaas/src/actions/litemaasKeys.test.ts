import http from 'node:http';
import { AddressInfo } from 'node:net';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  createProvisionKeysAction,
  createRevokeKeysAction,
} from './litemaasKeys';

/** A stand-in LiteMaaS backend that records what it was asked. */
async function fakeLitemaas(reply: (path: string, body: any) => unknown) {
  const seen: Array<{ path: string; auth?: string; body: any }> = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', c => (raw += c));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : undefined;
      seen.push({ path: req.url!, auth: req.headers.authorization, body });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(reply(req.url!, body)));
    });
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise(r => server.close(r)) };
}

describe('LiteMaaS scaffolder actions', () => {
  it('provisions keys on behalf of the initiator, with their values in a download', async () => {
    const backend = await fakeLitemaas(() => ({
      created: [
        {
          participant: 'p1',
          alias: 'ws-p1',
          id: 'k1',
          prefix: 'sk-...ue-1',
        },
      ],
      existing: [{ participant: 'p2', alias: 'ws-p2', id: 'k2' }],
      failed: [],
      download: {
        id: 'd1',
        url: 'https://portal.example.com/litemaas/deliveries/d1?token=t',
        expiresAt: '2026-12-01T11:00:00.000Z',
      },
    }));
    const action = createProvisionKeysAction({
      discovery: mockServices.discovery.mock({
        getBaseUrl: async () => `${backend.url}/api/litemaas`,
      }),
      auth: mockServices.auth(),
    });
    const logs: string[] = [];
    const ctx = createMockActionContext({
      input: {
        aliasPrefix: 'ws-',
        participants: ['p1', 'p2'],
        models: ['gpt-4o-mini'],
        expiresInDays: 2,
        maxBudget: 5,
      },
      getInitiatorCredentials: async () =>
        mockCredentials.user('user:default/dana'),
    });
    ctx.logger.info = ((message: string) => logs.push(message)) as any;
    await action.handler(ctx);

    expect(backend.seen).toHaveLength(1);
    expect(backend.seen[0]).toMatchObject({
      path: '/api/litemaas/keys/provision',
      body: {
        aliasPrefix: 'ws-',
        participants: ['p1', 'p2'],
        models: ['gpt-4o-mini'],
        expiresInDays: 2,
        limits: { maxBudget: 5 },
        // The values must not land in the task: they wait for a download.
        delivery: 'download',
      },
    });
    // The call is made on behalf of the user who ran the template.
    expect(backend.seen[0].auth).toMatch(/"obo":"user:default\/\w+"/);
    expect(backend.seen[0].auth).toContain('"target":"litemaas"');
    expect(ctx.output).toHaveBeenCalledWith('created', [
      { participant: 'p1', alias: 'ws-p1', prefix: 'sk-...ue-1' },
    ]);
    expect(ctx.output).toHaveBeenCalledWith(
      'download',
      'https://portal.example.com/litemaas/deliveries/d1?token=t',
    );
    expect(ctx.output).toHaveBeenCalledWith('existing', [
      { participant: 'p2', alias: 'ws-p2' },
    ]);
    expect(logs.join('\n')).toContain('single-use download');
    await backend.close();
  });

  it('fails the step when some participants got no key', async () => {
    const backend = await fakeLitemaas(() => ({
      created: [],
      existing: [],
      failed: [{ participant: 'p1', error: 'LiteLLM did not answer' }],
    }));
    const action = createProvisionKeysAction({
      discovery: mockServices.discovery.mock({
        getBaseUrl: async () => `${backend.url}/api/litemaas`,
      }),
      auth: mockServices.auth(),
    });
    await expect(
      action.handler(
        createMockActionContext({
          input: {
            aliasPrefix: 'ws-',
            participants: ['p1'],
            models: ['m'],
            expiresInDays: 1,
          },
          getInitiatorCredentials: async () => mockCredentials.user(),
        }),
      ),
    ).rejects.toThrow(/p1 \(LiteLLM did not answer\)/);
    await backend.close();
  });

  it('revokes by prefix: a dry run first, then the count it saw', async () => {
    const backend = await fakeLitemaas((_path, body) =>
      body.confirmCount === undefined
        ? { matched: 12, revoked: 0, dryRun: true }
        : { matched: 12, revoked: body.confirmCount, dryRun: false },
    );
    const action = createRevokeKeysAction({
      discovery: mockServices.discovery.mock({
        getBaseUrl: async () => `${backend.url}/api/litemaas`,
      }),
      auth: mockServices.auth(),
    });
    const ctx = createMockActionContext({
      input: { aliasPrefix: 'ws-' },
      getInitiatorCredentials: async () => mockCredentials.user(),
    });
    await action.handler(ctx);
    expect(backend.seen.map(s => s.body)).toEqual([
      { aliasPrefix: 'ws-' },
      { aliasPrefix: 'ws-', confirmCount: 12 },
    ]);
    expect(backend.seen[0].path).toBe('/api/litemaas/keys/revoke-by-prefix');
    expect(ctx.output).toHaveBeenCalledWith('revoked', 12);
    await backend.close();
  });
});
