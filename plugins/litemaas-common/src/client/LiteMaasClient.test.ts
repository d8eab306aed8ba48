import { LiteMaasClient } from './LiteMaasClient';

function clientWith(responses: Record<string, { status: number; body?: any }>) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fetchApi = {
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      calls.push({ url, init });
      const path = url.replace('http://backstage/api/litemaas', '');
      const match = Object.entries(responses).find(([prefix]) =>
        path.startsWith(prefix),
      );
      const { status, body } = match?.[1] ?? { status: 404, body: {} };
      return new Response(JSON.stringify(body ?? {}), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  };
  const discoveryApi = {
    getBaseUrl: async () => 'http://backstage/api/litemaas',
  };
  return { client: new LiteMaasClient({ discoveryApi, fetchApi }), calls };
}

describe('LiteMaasClient.getUsageExportUrl', () => {
  const query = {
    from: '2026-11-01',
    to: '2026-11-07',
    scope: 'model' as const,
    model: 'granite',
  };

  it('checks the view, gets the auth cookie, then gives the download URL', async () => {
    const { client, calls } = clientWith({
      '/usage?': { status: 200, body: { rows: [] } },
      '/.backstage/auth/v1/cookie': { status: 200, body: {} },
    });
    const url = await client.getUsageExportUrl(query, 'csv');
    expect(url).toBe(
      'http://backstage/api/litemaas/usage/export?from=2026-11-01&to=2026-11-07&scope=model&model=granite&format=csv',
    );
    expect(
      calls.map(c => c.url.replace('http://backstage/api/litemaas', '')),
    ).toEqual([
      '/usage?from=2026-11-01&to=2026-11-07&scope=model&model=granite&groupBy=provider',
      '/.backstage/auth/v1/cookie',
    ]);
    expect(calls[1].init?.credentials).toBe('include');
  });

  it('fails with the backend message before any download starts', async () => {
    const { client, calls } = clientWith({
      '/usage?': {
        status: 403,
        body: {
          error: {
            name: 'NotAllowedError',
            message: 'Only the owner of granite or an admin can see its usage',
          },
          response: { statusCode: 403 },
        },
      },
    });
    const error = await client.getUsageExportUrl(query, 'json').catch(e => e);
    expect(error.name).toBe('ResponseError');
    expect(error.body.error.message).toMatch(/Only the owner of granite/);
    expect(calls).toHaveLength(1);
  });
});

describe('query strings', () => {
  // The backend's OpenAPI validation refuses '+' for a space.
  it('sends spaces as %20 and a plus as %2B', async () => {
    const page = { items: [], total: 0, offset: 0, limit: 20 };
    const { client, calls } = clientWith({
      '/keys?': { status: 200, body: page },
      '/audit?': { status: 200, body: page },
      '/.backstage/auth/v1/cookie': { status: 200, body: {} },
    });
    await client.listKeys({ scope: 'all', search: 'layout check+1' });
    await client.listAuditEvents({ search: 'audit check', limit: 20 });
    const url = await client.getAuditExportUrl(
      { search: 'a b', actorRef: 'user:default/dana' },
      'csv',
    );
    expect(calls[0].url).toContain('search=layout%20check%2B1');
    expect(calls[1].url).toContain('search=audit%20check');
    expect(url).toBe(
      'http://backstage/api/litemaas/audit/export?actorRef=user%3Adefault%2Fdana&search=a%20b&format=csv',
    );
  });
});

describe('offboarding', () => {
  it('lists, keeps, reads and runs through the admin routes', async () => {
    const departure = {
      subjectRef: 'user:default/erin',
      status: 'kept',
      firstMissingAt: '2026-12-01T10:00:00Z',
      keptBy: 'user:default/dana',
    };
    const { client, calls } = clientWith({
      '/admin/offboarding/keep': { status: 200, body: departure },
      '/admin/offboarding/run': { status: 200, body: { status: 'idle' } },
      '/admin/offboarding': { status: 200, body: { items: [departure] } },
    });
    expect(await client.listDepartures()).toEqual({ items: [departure] });
    expect(await client.keepDeparture('user:default/erin')).toEqual(departure);
    expect(await client.getOffboardingStatus()).toEqual({ status: 'idle' });
    await client.runOffboarding();
    expect(
      calls.map(c => [
        c.init?.method,
        c.url.replace('http://backstage/api/litemaas', ''),
        c.init?.body,
      ]),
    ).toEqual([
      ['GET', '/admin/offboarding', undefined],
      [
        'POST',
        '/admin/offboarding/keep',
        JSON.stringify({ subjectRef: 'user:default/erin' }),
      ],
      ['GET', '/admin/offboarding/run', undefined],
      ['POST', '/admin/offboarding/run', undefined],
    ]);
  });
});

describe('approval rules', () => {
  it('reads, saves and checks a model’s rules, and runs escalation', async () => {
    const rules = [
      {
        name: 'small',
        kind: 'autoApprove' as const,
        groups: ['group:default/ml-platform'],
        ceiling: { maxBudget: 20 },
      },
    ];
    const saved = {
      modelName: 'gpt 4',
      rules,
      source: 'portal',
      editable: true,
    };
    const { client, calls } = clientWith({
      '/models/gpt%204/approval-rules/check': {
        status: 200,
        body: { outcome: 'granted', rule: 'small', reason: 'r', limits: {} },
      },
      '/models/gpt%204/approval-rules': { status: 200, body: saved },
      '/admin/access-requests/escalation': {
        status: 200,
        body: { status: 'idle' },
      },
    });
    expect(await client.getApprovalRules('gpt 4')).toEqual(saved);
    await client.setApprovalRules('gpt 4', rules);
    expect(
      (
        await client.checkApprovalRules('gpt 4', {
          subjectRef: 'user:default/alice',
          limits: { maxBudget: 10 },
          rules,
        })
      ).rule,
    ).toBe('small');
    expect(await client.getEscalationStatus()).toEqual({ status: 'idle' });
    await client.runEscalation();
    expect(
      calls.map(c => [
        c.init?.method,
        c.url.replace('http://backstage/api/litemaas', ''),
        c.init?.body,
      ]),
    ).toEqual([
      ['GET', '/models/gpt%204/approval-rules', undefined],
      ['PUT', '/models/gpt%204/approval-rules', JSON.stringify({ rules })],
      [
        'POST',
        '/models/gpt%204/approval-rules/check',
        JSON.stringify({
          subjectRef: 'user:default/alice',
          limits: { maxBudget: 10 },
          rules,
        }),
      ],
      ['GET', '/admin/access-requests/escalation', undefined],
      ['POST', '/admin/access-requests/escalation', undefined],
    ]);
  });
});

describe('spend by catalog and the FOCUS export', () => {
  it('asks for the spend per group, and checks the export before giving its URL', async () => {
    const { client, calls } = clientWith({
      '/usage/catalog?': { status: 200, body: { items: [] } },
      '/usage/focus?': { status: 200, body: [] },
      '/.backstage/auth/v1/cookie': { status: 200, body: {} },
    });
    await client.getCatalogSpend({
      from: '2026-11-01',
      to: '2026-11-30',
      groupBy: 'system',
    });
    const url = await client.getFocusExportUrl(
      { from: '2026-11-01', to: '2026-11-30' },
      'csv',
    );
    expect(url).toBe(
      'http://backstage/api/litemaas/usage/focus?from=2026-11-01&to=2026-11-30&format=csv',
    );
    expect(
      calls.map(c => c.url.replace('http://backstage/api/litemaas', '')),
    ).toEqual([
      '/usage/catalog?from=2026-11-01&to=2026-11-30&groupBy=system',
      // A one-day check: a refusal fails here, not as a page in its place.
      '/usage/focus?from=2026-11-01&to=2026-11-01&format=json',
      '/.backstage/auth/v1/cookie',
    ]);
  });
});
