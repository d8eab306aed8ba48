import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  ApiKey,
  LiteMaasApi,
  TeamBudget,
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
  aTeamBudget,
  freezeDate,
  responseError,
  spyOnDownloads,
  usageMetrics,
  usageResponse,
} from '../../__testUtils__/fixtures';
import { UsagePage } from './UsagePage';
import { catalogRoutes } from '../../testing/catalogRoutes';

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
  options: { path?: string; keys?: ApiKey[]; teams?: TeamBudget[] } = {},
) {
  const getUsage = usageFake();
  const listKeys = jest.fn().mockResolvedValue({ items: options.keys ?? [] });
  const listTeamBudgets = jest
    .fn()
    .mockResolvedValue({ items: options.teams ?? [] });
  const api = fakeApi({ getUsage, listKeys, listTeamBudgets, ...overrides });
  const alertApi = mockApis.alert();
  renderInTestApp(<UsagePage />, {
    mountedRoutes: catalogRoutes,
    mountPath: '/litemaas/usage',
    initialRouteEntries: [options.path ?? '/litemaas/usage'],
    apis: [[litemaasApiRef, api], denyAll(), alertApi],
  });
  return Object.assign(api, { alertApi });
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

  it('charts each day, labelled for screen readers, with the figures as a table too', async () => {
    render({}, { path: '/litemaas/usage?range=7' });
    const spend = await screen.findByRole('group', { name: /^Spend per day/ });
    const days = within(spend).getAllByRole('listitem');
    expect(days).toHaveLength(7);
    expect(days.map(b => b.getAttribute('data-day'))).toEqual([
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
    ]);
    expect(days[1]).toHaveAccessibleName('Nov 18, 2026: $1.50');
    // Days without usage are there, at zero; spend under a cent is not zero.
    expect(days[2]).toHaveAccessibleName('Nov 19, 2026: $0.00');
    expect(days[3]).toHaveAccessibleName('Nov 20, 2026: <$0.01');
    expect(spend).toHaveAccessibleName(
      'Spend per day: Nov 17, 2026 to Nov 23, 2026; highest $1.50 on Nov 18, 2026.',
    );
    // The chart itself, with its axis titles.
    expect(
      within(spend).getByRole('application', { name: 'Spend per day' }),
    ).toBeInTheDocument();
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
            budgetResetAt: '2026-12-01T00:00:00.000Z',
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

    expect(
      within(await card('calm')).getByText(/resets Dec 1, 2026/),
    ).toBeInTheDocument();

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
    expect(within(close).getByText('$40.00 of $50')).toBeInTheDocument();
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

  it("shows each of the caller's teams against its budget", async () => {
    const { listTeamBudgets } = render(
      {},
      {
        teams: [
          aTeamBudget({
            teamRef: 'group:default/payments',
            spend: 45,
            maxBudget: 50,
            budgetDuration: '30d',
            budgetResetAt: '2026-12-01T12:00:00Z',
          }),
          aTeamBudget({
            teamRef: 'group:default/search',
            spend: 3,
            maxBudget: 100,
            budgetDuration: '1mo',
            budgetResetAt: '2026-12-15T12:00:00Z',
          }),
          aTeamBudget({
            teamRef: 'group:default/ops',
            spend: 20,
            maxBudget: 20,
          }),
          // No budget, or no such team in LiteLLM: nothing to show.
          aTeamBudget({ teamRef: 'group:default/free', spend: 7 }),
          aTeamBudget({
            teamRef: 'group:default/new',
            exists: false,
            maxBudget: 10,
          }),
        ],
      },
    );
    const card = (name: string) =>
      screen.findByRole('listitem', { name: `Budget of team ${name}` });

    const payments = await card('payments');
    expect(listTeamBudgets).toHaveBeenCalledWith({ scope: 'mine' });
    expect(payments).toHaveAttribute('data-state', 'warning');
    expect(within(payments).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/group/payments',
    );
    expect(within(payments).getByText('90% used')).toBeInTheDocument();
    expect(within(payments).getByText('$45.00 of $50')).toBeInTheDocument();
    expect(within(payments).getByText('per 30 days')).toBeInTheDocument();
    expect(
      within(payments).getByText('resets Dec 1, 2026'),
    ).toBeInTheDocument();
    expect(within(payments).getByRole('progressbar')).toHaveAttribute(
      'data-tone',
      'warning',
    );

    const search = await card('search');
    expect(search).toHaveAttribute('data-state', 'success');
    expect(within(search).getByText('per month')).toBeInTheDocument();
    expect(within(search).getByText('resets Dec 15, 2026')).toBeInTheDocument();

    const ops = await card('ops');
    expect(ops).toHaveAttribute('data-state', 'error');
    expect(within(ops).getByText('Budget used up')).toBeInTheDocument();
    expect(
      within(ops).getByText("for the team's lifetime"),
    ).toBeInTheDocument();

    const section = screen.getByRole('region', { name: 'Team budgets' });
    expect(
      within(section)
        .getAllByRole('listitem')
        .map(c => c.getAttribute('aria-label')),
    ).toEqual([
      'Budget of team ops',
      'Budget of team payments',
      'Budget of team search',
    ]);
  });

  it('says when no team has a budget', async () => {
    render({}, { teams: [aTeamBudget({ spend: 4 })] });
    expect(
      await screen.findByText('None of your teams has a budget.'),
    ).toBeInTheDocument();
  });

  it('keeps the page when team budgets fail to load', async () => {
    const listTeamBudgets = jest
      .fn()
      .mockRejectedValueOnce(new Error('LiteLLM is down'))
      .mockResolvedValue({
        items: [aTeamBudget({ spend: 1, maxBudget: 10 })],
      });
    render({ listTeamBudgets });
    expect(
      await screen.findByText(
        "Could not load your teams' budgets: LiteLLM is down",
      ),
    ).toBeInTheDocument();
    // The rest of the page is there.
    expect(await total('Requests')).toHaveTextContent('1,250');
    expect(screen.getByText('Key budgets')).toBeInTheDocument();

    const section = screen.getByRole('region', { name: 'Team budgets' });
    await userEvent.click(
      within(section).getByRole('button', { name: 'Try again' }),
    );
    expect(
      await screen.findByRole('listitem', { name: 'Budget of team payments' }),
    ).toBeInTheDocument();
  });

  describe('exports', () => {
    let click: jest.SpyInstance;

    beforeEach(() => {
      // jsdom does not download.
      click = spyOnDownloads();
    });
    afterEach(() => click.mockRestore());

    it('downloads the current view from the server as CSV and JSON', async () => {
      const getUsageExportUrl = jest.fn(
        async (_query: UsageQuery, format: string) =>
          `http://localhost:7007/api/litemaas/usage/export?format=${format}`,
      );
      render({ getUsageExportUrl }, { path: '/litemaas/usage?range=7' });
      await total('Requests');

      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      expect(getUsageExportUrl).toHaveBeenCalledWith(
        { from: '2026-11-17', to: '2026-11-23', scope: 'mine' },
        'csv',
      );
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
      expect(link.href).toBe(
        'http://localhost:7007/api/litemaas/usage/export?format=csv',
      );
      expect(link.hasAttribute('download')).toBe(true);
      // Gone from the page once the download has started.
      expect(link.isConnected).toBe(false);

      await userEvent.click(screen.getByRole('button', { name: 'Custom' }));
      fireEvent.change(screen.getByLabelText('From'), {
        target: { value: '2026-11-01' },
      });
      await userEvent.click(
        screen.getByRole('button', { name: 'Export JSON' }),
      );
      expect(getUsageExportUrl).toHaveBeenLastCalledWith(
        { from: '2026-11-01', to: '2026-11-23', scope: 'mine' },
        'json',
      );
      await waitFor(() => expect(click).toHaveBeenCalledTimes(2));
    });

    it('says when an export cannot start', async () => {
      const getUsageExportUrl = jest.fn(async () => {
        throw await responseError(401, 'AuthenticationError', 'Sign in again');
      });
      const { alertApi } = render({ getUsageExportUrl });
      await total('Requests');
      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      await waitFor(() =>
        expect(alertApi.getAlerts()[0]).toMatchObject({
          message: 'Could not export usage as CSV: Sign in again',
          severity: 'error',
        }),
      );
      expect(click).not.toHaveBeenCalled();
      expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    });

    it('cannot export a range that is not one', async () => {
      const getUsageExportUrl = jest.fn();
      render(
        { getUsageExportUrl },
        { path: '/litemaas/usage?range=custom&from=2026-11-10&to=2026-11-01' },
      );
      expect(
        await screen.findByText('The last day comes before the first.'),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
      expect(
        screen.getByRole('button', { name: 'Export JSON' }),
      ).toBeDisabled();
    });
  });
});
