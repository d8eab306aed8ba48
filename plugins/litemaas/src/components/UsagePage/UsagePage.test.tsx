import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  ApiKey,
  LiteMaasApi,
  UsageGroupBy,
  UsageMetrics,
  UsageQuery,
  UsageRow,
} from '@litemaas/backstage-plugin-litemaas-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aKey,
  aUsageRow,
  denyAll,
  fakeApi,
  freezeDate,
  readBlob,
  responseError,
  usageMetrics,
  usageResponse,
} from '../../__testUtils__/fixtures';
import { UsagePage } from './UsagePage';

// Users without the manage permission; admins are in UsagePage.admin.test.tsx,
// since usePermission caches decisions for the whole test file.

const userEvent = userEventBase.setup({ delay: null });

const totals = usageMetrics({
  requests: 1250,
  successfulRequests: 1200,
  failedRequests: 50,
  promptTokens: 800_000,
  completionTokens: 200_000,
  totalTokens: 1_000_000,
  spend: 12.5,
});
const previousTotals = usageMetrics({
  requests: 1000,
  successfulRequests: 990,
  failedRequests: 10,
  promptTokens: 0,
  completionTokens: 250_000,
  totalTokens: 1_000_000,
  spend: 10,
});

const byGroup: Partial<Record<UsageGroupBy, UsageRow[]>> = {
  day: [
    aUsageRow('2026-11-18', {
      requests: 10,
      promptTokens: 1000,
      completionTokens: 500,
      totalTokens: 1500,
      spend: 1.5,
    }),
    aUsageRow('2026-11-20', {
      requests: 5,
      promptTokens: 200,
      completionTokens: 100,
      totalTokens: 300,
      spend: 0.0042,
    }),
  ],
  // Deliberately not in spend order: the page sorts.
  key: [
    aUsageRow('aaaaaaaaaaaa…', {
      label: 'my-laptop',
      requests: 100,
      totalTokens: 5000,
      spend: 2,
    }),
    aUsageRow('bbbbbbbbbbbb…', {
      label: 'unknown (created outside the portal)',
      requests: 3,
      totalTokens: 90,
      spend: 0.5,
    }),
    aUsageRow('cccccccccccc…', {
      label: 'payments-ci',
      requests: 900,
      totalTokens: 990_000,
      spend: 10,
    }),
  ],
  model: [
    aUsageRow('gpt-4o-mini', { requests: 1000, spend: 2.5 }),
    aUsageRow('claude-sonnet', { requests: 250, spend: 10 }),
  ],
};

function usageFake(
  rows: Partial<Record<UsageGroupBy, UsageRow[]>> = byGroup,
  metrics: { totals: UsageMetrics; previousTotals: UsageMetrics } = {
    totals,
    previousTotals,
  },
) {
  return jest.fn(async (query: UsageQuery) =>
    usageResponse({
      from: query.from,
      to: query.to,
      groupBy: query.groupBy ?? 'day',
      rows: rows[query.groupBy ?? 'day'] ?? [],
      syncedAt: '2026-11-23T09:00:00Z',
      ...metrics,
    }),
  );
}

function render(
  overrides: Partial<LiteMaasApi> = {},
  options: { path?: string; keys?: ApiKey[] } = {},
) {
  const getUsage = usageFake();
  const listKeys = jest.fn().mockResolvedValue({ items: options.keys ?? [] });
  const api = fakeApi({ getUsage, listKeys, ...overrides });
  renderInTestApp(<UsagePage />, {
    mountPath: '/litemaas/usage',
    initialRouteEntries: [options.path ?? '/litemaas/usage'],
    apis: [[litemaasApiRef, api], denyAll(), mockApis.alert()],
  });
  return api;
}

const total = (name: string) => screen.findByRole('listitem', { name });

/** The groupBy values asked for with a range. */
function callsFor(getUsage: LiteMaasApi['getUsage'], from: string, to: string) {
  return (getUsage as jest.Mock).mock.calls
    .map(([q]: [UsageQuery]) => q)
    .filter(q => q.from === from && q.to === to);
}

beforeEach(() => freezeDate('2026-11-23T12:00:00Z'));
afterEach(() => jest.useRealTimers());

describe('UsagePage', () => {
  it('shows the totals with their change from the previous period', async () => {
    render();

    const requests = await total('Requests');
    expect(within(requests).getByText('1,250')).toBeInTheDocument();
    expect(within(requests).getByText('▲ 25%')).toBeInTheDocument();
    expect(requests).toHaveTextContent('vs. 1,000');

    // Nothing before: no percentage, just "new".
    const prompt = await total('Prompt tokens');
    expect(within(prompt).getByText('800,000')).toBeInTheDocument();
    expect(within(prompt).getByText('new')).toBeInTheDocument();

    const completion = await total('Completion tokens');
    expect(within(completion).getByText('▼ 20%')).toBeInTheDocument();

    const tokens = await total('Total tokens');
    expect(within(tokens).getByText('1,000,000')).toBeInTheDocument();
    expect(within(tokens).getByText('0%')).toBeInTheDocument();

    const spend = await total('Spend');
    expect(within(spend).getByText('$12.50')).toBeInTheDocument();
    expect(within(spend).getByText('▲ 25%')).toBeInTheDocument();
    expect(spend).toHaveTextContent('vs. $10.00');

    // 96% now against 99% before: a rate moves in percentage points.
    const success = await total('Success rate');
    expect(within(success).getByText('96%')).toBeInTheDocument();
    expect(within(success).getByText('▼ 3 pts')).toBeInTheDocument();
    expect(success).toHaveTextContent('down 3 percentage points from 99%');

    expect(screen.getByText('Last synced')).toHaveTextContent(
      'Last synced 3 hours ago',
    );
    // Admin controls stay away.
    expect(
      screen.queryByRole('button', { name: 'Sync now' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Everyone' }),
    ).not.toBeInTheDocument();
  });

  it('asks for the preset ranges in UTC days, today included', async () => {
    const { getUsage } = render();
    await total('Requests');
    // 30 days by default.
    expect(
      callsFor(getUsage, '2026-10-25', '2026-11-23').map(q => q.groupBy),
    ).toEqual(['day', 'key', 'model']);
    expect(getUsage).toHaveBeenCalledWith({
      from: '2026-10-25',
      to: '2026-11-23',
      scope: 'mine',
      groupBy: 'day',
    });
    expect(screen.getByRole('button', { name: '30 days' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    const presets: Array<[string, string]> = [
      ['7 days', '2026-11-17'],
      ['1 day', '2026-11-23'],
      ['90 days', '2026-08-26'],
    ];
    for (const [name, from] of presets) {
      await userEvent.click(screen.getByRole('button', { name }));
      await waitFor(() =>
        expect(
          callsFor(getUsage, from, '2026-11-23').map(q => q.groupBy),
        ).toEqual(['day', 'key', 'model']),
      );
      expect(screen.getByRole('button', { name })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }
    expect(
      callsFor(getUsage, '2026-11-17', '2026-11-23').every(
        q => q.scope === 'mine',
      ),
    ).toBe(true);
  });

  it('takes a custom range and says what is wrong with one', async () => {
    const { getUsage } = render({}, { path: '/litemaas/usage?range=7' });
    await total('Requests');
    await userEvent.click(screen.getByRole('button', { name: 'Custom' }));
    // Starts from the days on screen.
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    expect(from).toHaveValue('2026-11-17');
    expect(to).toHaveValue('2026-11-23');

    fireEvent.change(from, { target: { value: '2026-11-01' } });
    fireEvent.change(to, { target: { value: '2026-11-10' } });
    await waitFor(() =>
      expect(getUsage).toHaveBeenCalledWith({
        from: '2026-11-01',
        to: '2026-11-10',
        scope: 'mine',
        groupBy: 'day',
      }),
    );

    const calls = (getUsage as jest.Mock).mock.calls.length;
    fireEvent.change(from, { target: { value: '2026-11-12' } });
    expect(
      await screen.findByText('The last day comes before the first.'),
    ).toBeInTheDocument();
    expect(getUsage).toHaveBeenCalledTimes(calls);
  });

  it('draws one labelled bar per day, with the figures as a table too', async () => {
    render({}, { path: '/litemaas/usage?range=7' });
    const spend = await screen.findByRole('group', { name: /^Spend per day/ });
    const bars = within(spend).getAllByRole('listitem');
    expect(bars).toHaveLength(7);
    expect(bars.map(b => b.getAttribute('data-day'))).toEqual([
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
    ]);
    expect(bars[1]).toHaveAccessibleName('Nov 18, 2026: $1.50');
    // Days without usage are there, at zero; small amounts keep 4 decimals.
    expect(bars[2]).toHaveAccessibleName('Nov 19, 2026: $0.00');
    expect(bars[3]).toHaveAccessibleName('Nov 20, 2026: $0.0042');
    expect(spend).toHaveAccessibleName(
      'Spend per day Nov 17, 2026 to Nov 23, 2026; highest $1.50 on Nov 18, 2026.',
    );
    expect(within(spend).getByText('Spend (USD)')).toBeInTheDocument();
    expect(within(spend).getByText('Day (UTC)')).toBeInTheDocument();

    const tokens = screen.getByRole('group', { name: /^Tokens per day/ });
    expect(within(tokens).getAllByRole('listitem')).toHaveLength(7);
    expect(
      within(tokens).getByRole('listitem', {
        name: 'Nov 18, 2026: 1,500 (1,000 prompt, 500 completion)',
      }),
    ).toBeInTheDocument();

    // The spend chart comes first.
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Show as table' })[0],
    );
    const table = await screen.findByRole('table', { name: 'Spend per day' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    expect(rows[1]).toHaveTextContent('Nov 18, 2026$1.50');
  });

  it('breaks usage down by key and model, costliest first', async () => {
    render();
    const keys = await screen.findByRole('table', { name: 'Usage by key' });
    const keyRows = within(keys).getAllByRole('row').slice(1);
    expect(keyRows.map(r => r.textContent)).toEqual([
      expect.stringMatching(/^payments-ci.*900990,000\$10\.0080%$/),
      expect.stringMatching(/^my-laptop.*1005,000\$2\.0016%$/),
      expect.stringMatching(/^Unknown key.*390\$0\.504%$/),
    ]);
    expect(
      within(keyRows[2]).getByText('Created outside the portal'),
    ).toBeInTheDocument();
    expect(within(keyRows[2]).getByText('bbbbbbbbbbbb…')).toBeInTheDocument();
    expect(
      within(keyRows[0]).queryByText('Created outside the portal'),
    ).not.toBeInTheDocument();

    const models = screen.getByRole('table', { name: 'Usage by model' });
    const modelRows = within(models).getAllByRole('row').slice(1);
    expect(within(modelRows[0]).getByRole('link')).toHaveTextContent(
      'claude-sonnet',
    );
    expect(within(modelRows[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/litemaas/models/claude-sonnet',
    );
    expect(modelRows[1]).toHaveTextContent('gpt-4o-mini');

    // Only admins looking at everyone see people and providers.
    expect(
      screen.queryByRole('table', { name: 'Usage by user / team' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Usage by provider' }),
    ).not.toBeInTheDocument();
  });

  it("shows each key's spend against its budget, warning from 80%", async () => {
    render(
      {},
      {
        keys: [
          aKey({
            id: 'k1',
            name: 'calm',
            spend: 10,
            limits: { maxBudget: 50, budgetDuration: '30d' },
          }),
          aKey({
            id: 'k2',
            name: 'close',
            spend: 40,
            limits: { maxBudget: 50, budgetDuration: '30d' },
          }),
          aKey({
            id: 'k3',
            name: 'spent',
            spend: 12,
            limits: { maxBudget: 10 },
            status: 'over-budget',
          }),
          aKey({ id: 'k4', name: 'free', spend: 3, limits: {} }),
          aKey({ id: 'k5', name: 'gone', status: 'revoked' }),
        ],
      },
    );
    const card = (name: string) =>
      screen.findByRole('listitem', { name: `Budget of ${name}` });

    const spent = await card('spent');
    expect(spent).toHaveAttribute('data-state', 'error');
    expect(within(spent).getByText('Budget used up')).toBeInTheDocument();
    expect(
      within(spent).getByText("for the key's lifetime"),
    ).toBeInTheDocument();
    expect(within(spent).getByRole('progressbar')).toHaveAttribute(
      'data-tone',
      'error',
    );

    // Exactly 80% already warns.
    const close = await card('close');
    expect(close).toHaveAttribute('data-state', 'warning');
    expect(within(close).getByText('80% used')).toBeInTheDocument();
    expect(within(close).getByText('$40 of $50')).toBeInTheDocument();
    expect(within(close).getByText('per 30 days')).toBeInTheDocument();
    expect(within(close).getByRole('progressbar')).toHaveAttribute(
      'data-tone',
      'warning',
    );

    const calm = await card('calm');
    expect(calm).toHaveAttribute('data-state', 'success');
    expect(within(calm).queryByText(/used/)).not.toBeInTheDocument();

    const free = await card('free');
    expect(free).toHaveAttribute('data-state', 'none');
    expect(within(free).getByText('No budget')).toBeInTheDocument();
    expect(within(free).queryByRole('progressbar')).not.toBeInTheDocument();

    // Closest to the budget first; revoked keys have no budget left to watch.
    const names = screen
      .getAllByRole('listitem', { name: /^Budget of / })
      .map(c => c.getAttribute('aria-label'));
    expect(names).toEqual([
      'Budget of spent',
      'Budget of close',
      'Budget of calm',
      'Budget of free',
    ]);
  });

  it('says when there was no usage', async () => {
    render({
      getUsage: usageFake(
        {},
        { totals: usageMetrics(), previousTotals: usageMetrics() },
      ),
    });
    expect(
      await screen.findByText('No usage in this period'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('listitem', { name: 'Requests' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('Key budgets')).toBeInTheDocument();
  });

  it('shows errors and tries again', async () => {
    const getUsage = jest
      .fn()
      .mockImplementationOnce(async () => {
        throw await responseError(500, 'Error', 'Usage store unavailable');
      })
      .mockImplementation(usageFake());
    render({ getUsage });
    expect(
      await screen.findByText(/Usage store unavailable/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await total('Requests')).toHaveTextContent('1,250');
  });

  describe('exports', () => {
    let createObjectURL: jest.Mock;
    let revokeObjectURL: jest.Mock;
    let click: jest.SpyInstance;
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

    beforeEach(() => {
      // jsdom has no object URLs and does not navigate.
      createObjectURL = jest.fn(() => 'blob:usage');
      URL.createObjectURL = createObjectURL;
      revokeObjectURL = jest.fn();
      URL.revokeObjectURL = revokeObjectURL;
      click = jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(() => {});
    });
    afterEach(() => {
      URL.createObjectURL = saved.create;
      URL.revokeObjectURL = saved.revoke;
      click.mockRestore();
    });

    it('downloads the current view as CSV', async () => {
      render({}, { path: '/litemaas/usage?range=7' });
      await total('Requests');
      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

      expect(createObjectURL).toHaveBeenCalledTimes(1);
      const blob: Blob = createObjectURL.mock.calls[0][0];
      expect(blob.type).toBe('text/csv;charset=utf-8');
      const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
      expect(link.download).toBe('litemaas-usage-2026-11-17-to-2026-11-23.csv');
      expect(link.href).toBe('blob:usage');
      // Freed once the download has started.
      await waitFor(() =>
        expect(revokeObjectURL).toHaveBeenCalledWith('blob:usage'),
      );

      const lines = (await readBlob(blob)).trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'breakdown,group,label,requests,successful_requests,failed_requests,prompt_tokens,completion_tokens,total_tokens,spend_usd',
      );
      // 7 days, 3 keys, 2 models, the totals and the previous totals.
      expect(lines).toHaveLength(1 + 7 + 3 + 2 + 2);
      expect(lines[1]).toBe('day,2026-11-17,,0,0,0,0,0,0,0');
      expect(lines[2]).toBe('day,2026-11-18,,10,0,0,1000,500,1500,1.5');
      expect(lines[8]).toBe(
        'key,cccccccccccc…,payments-ci,900,0,0,0,0,990000,10',
      );
      expect(lines[10]).toBe(
        'key,bbbbbbbbbbbb…,unknown (created outside the portal),3,0,0,0,0,90,0.5',
      );
      expect(lines[11]).toBe('model,claude-sonnet,,250,0,0,0,0,0,10');
      expect(lines[13]).toBe(
        'total,2026-11-17..2026-11-23,,1250,1200,50,800000,200000,1000000,12.5',
      );
      expect(lines[14]).toBe(
        'previous_total,2026-11-10..2026-11-16,,1000,990,10,0,250000,1000000,10',
      );
    });

    it('downloads the current view as JSON', async () => {
      render({}, { path: '/litemaas/usage?range=1' });
      await total('Requests');
      await userEvent.click(
        screen.getByRole('button', { name: 'Export JSON' }),
      );
      const blob: Blob = createObjectURL.mock.calls[0][0];
      expect(blob.type).toBe('application/json');
      const json = JSON.parse(await readBlob(blob));
      expect(json).toMatchObject({
        from: '2026-11-23',
        to: '2026-11-23',
        scope: 'mine',
        totals,
        previousTotals,
        previousPeriod: { from: '2026-11-22', to: '2026-11-22' },
      });
      expect(json.byDay).toHaveLength(1);
      expect(json.byKey.map((r: UsageRow) => r.label)).toEqual([
        'payments-ci',
        'my-laptop',
        'unknown (created outside the portal)',
      ]);
      expect(json.byModel).toHaveLength(2);
    });
  });
});
