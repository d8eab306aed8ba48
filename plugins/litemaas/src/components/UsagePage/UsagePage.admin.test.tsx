import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  LiteMaasApi,
  UsageGroupBy,
  UsageHold,
  UsageQuery,
  UsageRow,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aKey,
  aUsageRow,
  allowAll,
  fakeApi,
  freezeDate,
  spyOnDownloads,
  usageMetrics,
  usageResponse,
} from '../../__testUtils__/fixtures';
import { UsagePage } from './UsagePage';
import { catalogRoutes } from '../../testing/catalogRoutes';

// An admin; other users are in UsagePage.test.tsx, since usePermission
// caches decisions for the whole test file.

const userEvent = userEventBase.setup({ delay: null });

const rows: Record<UsageGroupBy, UsageRow[]> = {
  day: [aUsageRow('2026-11-20', { requests: 40, spend: 4 })],
  key: [
    aUsageRow('aaaaaaaaaaaa…', { label: 'legacy-ci', requests: 10, spend: 1 }),
    aUsageRow('dddddddddddd…', {
      label: 'unknown (created outside the portal)',
      requests: 30,
      spend: 3,
    }),
  ],
  model: [aUsageRow('gpt-4o-mini', { requests: 40, spend: 4 })],
  subject: [
    aUsageRow('user:default/alice', { requests: 10, spend: 1 }),
    aUsageRow('group:default/payments', { requests: 25, spend: 2.5 }),
    aUsageRow('unknown', { requests: 5, spend: 0.5 }),
  ],
  provider: [
    aUsageRow('openai', { requests: 30, spend: 1 }),
    aUsageRow('anthropic', { requests: 10, spend: 3 }),
  ],
};

/** A day LiteLLM answered with less usage than the portal has. */
function aUsageHold(overrides: Partial<UsageHold> = {}): UsageHold {
  return {
    day: '2026-11-22',
    portal: { requests: 12, totalTokens: 1200, spend: 0.05 },
    litellm: { requests: 1, totalTokens: 100, spend: 0.004 },
    sightings: 1,
    firstSeenAt: '2026-11-23T10:00:00Z',
    lastSeenAt: '2026-11-23T10:05:00Z',
    ...overrides,
  };
}

function render(
  overrides: Partial<LiteMaasApi> = {},
  path = '/litemaas/usage',
) {
  const alertApi = mockApis.alert();
  const api = fakeApi({
    getUsage: jest.fn(async (query: UsageQuery) =>
      usageResponse({
        from: query.from,
        to: query.to,
        groupBy: query.groupBy ?? 'day',
        totals: usageMetrics({
          requests: 40,
          successfulRequests: 40,
          spend: 4,
        }),
        rows: rows[query.groupBy ?? 'day'],
        syncedAt: '2026-11-22T12:00:00Z',
      }),
    ),
    listKeys: jest.fn().mockResolvedValue({
      items: [aKey({ spend: 9, limits: { maxBudget: 10 } })],
    }),
    listTeamBudgets: jest.fn().mockResolvedValue({ items: [] }),
    getUsageSyncStatus: jest
      .fn()
      .mockResolvedValue({ status: 'idle', holds: [] }),
    ...overrides,
  });
  renderInTestApp(<UsagePage />, {
    mountedRoutes: catalogRoutes,
    mountPath: '/litemaas/usage',
    initialRouteEntries: [path],
    apis: [[litemaasApiRef, api], allowAll(), alertApi],
  });
  return { api, alertApi };
}

const scopes = (getUsage: LiteMaasApi['getUsage']) =>
  (getUsage as jest.Mock).mock.calls.map(([q]: [UsageQuery]) =>
    [q.scope, q.groupBy, q.outsidePortal && 'outside']
      .filter(Boolean)
      .join(':'),
  );

beforeEach(() => freezeDate('2026-11-23T12:00:00Z'));
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe('UsagePage for admins', () => {
  it("opens on everyone's usage", async () => {
    const { api } = render();
    expect(
      await screen.findByRole('button', { name: 'Everyone' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await screen.findByRole('table', { name: 'Usage by user / team' });
    expect(scopes(api.getUsage)).toEqual([
      'all:day',
      'all:model',
      'all:subject',
      'all:provider',
      'all:key:outside',
    ]);
  });

  it("switches between the admin's own usage and everyone's", async () => {
    const { api } = render({}, '/litemaas/usage?scope=mine');
    const mine = await screen.findByRole('button', { name: 'Mine' });
    expect(mine).toHaveAttribute('aria-pressed', 'true');
    await screen.findByRole('table', { name: 'Usage by key' });
    expect(scopes(api.getUsage)).toEqual([
      'mine:day',
      'mine:key',
      'mine:model',
    ]);
    expect(
      await screen.findByRole('listitem', { name: 'Budget of my-laptop' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Everyone' }));
    // Every key in the installation would be too many: only those made
    // outside the portal.
    await waitFor(() =>
      expect(scopes(api.getUsage).slice(3)).toEqual([
        'all:day',
        'all:model',
        'all:subject',
        'all:provider',
        'all:key:outside',
      ]),
    );
    expect(api.getUsage).toHaveBeenLastCalledWith({
      from: '2026-10-25',
      to: '2026-11-23',
      scope: 'all',
      groupBy: 'key',
      outsidePortal: true,
    });

    const people = await screen.findByRole('table', {
      name: 'Usage by user / team',
    });
    const peopleRows = within(people).getAllByRole('row').slice(1);
    expect(within(peopleRows[0]).getByRole('link')).toHaveTextContent(
      'payments',
    );
    expect(peopleRows[0]).toHaveTextContent('team');
    expect(within(peopleRows[1]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/user/alice',
    );
    expect(peopleRows[2]).toHaveTextContent(
      'Unknown (keys made outside the portal)',
    );

    const providers = screen.getByRole('table', { name: 'Usage by provider' });
    expect(
      within(providers)
        .getAllByRole('row')
        .slice(1)
        .map(r => (r as HTMLTableRowElement).cells[0].textContent),
    ).toEqual(['anthropic', 'openai']);

    expect(screen.getByText('Top consumers')).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Usage by key' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText('Keys created outside the portal'),
    ).toBeInTheDocument();
    const outside = screen.getByRole('table', {
      name: 'Usage of keys created outside the portal',
    });
    const outsideRows = within(outside).getAllByRole('row').slice(1);
    // Costliest first, by their label or, without one, their hash.
    expect(outsideRows.map(r => r.textContent)).toEqual([
      expect.stringMatching(/^Unknown keydddddddddddd…30/),
      // A portal key by its short id.
      expect.stringMatching(/^legacy-ciid aaaaaaaa10/),
    ]);
    // The table says where they come from: no chip on every row.
    expect(
      within(outside).queryByText('Created outside the portal'),
    ).not.toBeInTheDocument();

    // Budgets are about the admin's own keys, not everyone's.
    expect(screen.queryByText('Key budgets')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Everyone' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('syncs usage from LiteLLM and reloads', async () => {
    const at = new Date().toISOString();
    const syncUsage = jest.fn().mockResolvedValue({
      status: 'ok',
      requestedAt: at,
      startedAt: at,
      finishedAt: at,
      report: { days: ['2026-11-22', '2026-11-23'] },
    });
    const { api, alertApi } = render(
      { syncUsage },
      '/litemaas/usage?scope=mine&range=7',
    );
    expect(await screen.findByText('Last synced')).toHaveTextContent(
      'Last synced yesterday',
    );
    await screen.findByRole('table', { name: 'Usage by key' });
    expect(api.getUsage).toHaveBeenCalledTimes(3);

    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(syncUsage).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(api.getUsage).toHaveBeenCalledTimes(6));
    expect(alertApi.getAlerts()[0].message).toBe(
      'Usage synced from LiteLLM: 2 days updated.',
    );
  });

  it('says when a sync fails', async () => {
    const syncUsage = jest.fn().mockRejectedValue(new Error('LiteLLM is down'));
    const { alertApi } = render({ syncUsage });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Sync now' }),
    );
    await waitFor(() =>
      expect(alertApi.getAlerts()[0]).toMatchObject({
        message: 'Usage sync from LiteLLM failed: LiteLLM is down',
        severity: 'error',
      }),
    );
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  });

  it('exports everyone\u2019s view', async () => {
    const click = spyOnDownloads();
    const getUsageExportUrl = jest
      .fn()
      .mockResolvedValue('/api/litemaas/usage/export?scope=all&format=json');
    render({ getUsageExportUrl }, '/litemaas/usage?scope=all&range=7');
    await screen.findByRole('table', { name: 'Usage by provider' });
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(getUsageExportUrl).toHaveBeenCalledWith(
      { from: '2026-11-17', to: '2026-11-23', scope: 'all' },
      'json',
    );
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
  });

  it('says when no key made outside the portal was used', async () => {
    render(
      {
        getUsage: jest.fn(async (query: UsageQuery) =>
          usageResponse({
            from: query.from,
            to: query.to,
            groupBy: query.groupBy ?? 'day',
            totals: usageMetrics({ requests: 40, spend: 4 }),
            rows: query.outsidePortal ? [] : rows[query.groupBy ?? 'day'],
          }),
        ),
      },
      '/litemaas/usage?scope=all',
    );
    expect(
      await screen.findByText(
        'No key created outside the portal was used in this period.',
      ),
    ).toBeInTheDocument();
  });

  it('shows usage held back because LiteLLM answered less, and accepts LiteLLM\u2019s figures on confirmation', async () => {
    const hold = aUsageHold({ sightings: 2 });
    let holds: UsageHold[] = [hold];
    const acceptUsageHold = jest.fn(async () => {
      holds = [
        {
          ...hold,
          acceptedBy: 'user:default/dana',
          acceptedAt: hold.lastSeenAt,
        },
      ];
      return { status: 'ok', holds };
    });
    const { alertApi } = render(
      {
        acceptUsageHold,
        getUsageSyncStatus: jest.fn(async () => ({ status: 'ok', holds })),
      } as Partial<LiteMaasApi>,
      '/litemaas/usage?scope=all',
    );
    const banner = await screen.findByRole('region', {
      name: 'Usage held back for 2026-11-22',
    });
    expect(banner).toHaveTextContent('Usage of Nov 22, 2026 held back');
    expect(banner).toHaveTextContent(
      'LiteLLM now reports 1 request, <$0.01; the portal has 12 requests, $0.05.',
    );
    expect(banner).toHaveTextContent('in 2 pulls in a row');
    await userEvent.click(
      within(banner).getByRole('button', { name: 'Accept LiteLLM\u2019s' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('replaced with LiteLLM\u2019s answer');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Accept' }),
    );
    expect(acceptUsageHold).toHaveBeenCalledWith('2026-11-22');
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toMatch(
        /figures for Nov 22, 2026 are accepted/,
      ),
    );
    const accepted = await screen.findByRole('region', {
      name: 'Usage held back for 2026-11-22',
    });
    await waitFor(() =>
      expect(accepted).toHaveTextContent('applied at the next usage pull'),
    );
    expect(
      within(accepted).queryByRole('button', { name: 'Accept LiteLLM\u2019s' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the portal\u2019s figures when the admin says so', async () => {
    const hold = aUsageHold({ sightings: 1 });
    let holds: UsageHold[] = [hold];
    const dismissUsageHold = jest.fn(async () => {
      holds = [];
      return { status: 'ok', holds };
    });
    render({
      dismissUsageHold,
      getUsageSyncStatus: jest.fn(async () => ({ status: 'ok', holds })),
    } as Partial<LiteMaasApi>);
    const banner = await screen.findByRole('region', {
      name: 'Usage held back for 2026-11-22',
    });
    expect(banner).toHaveTextContent('Seen once');
    await userEvent.click(
      within(banner).getByRole('button', { name: 'Keep the portal\u2019s' }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Keep',
      }),
    );
    expect(dismissUsageHold).toHaveBeenCalledWith('2026-11-22');
    await waitFor(() =>
      expect(
        screen.queryByRole('region', {
          name: 'Usage held back for 2026-11-22',
        }),
      ).not.toBeInTheDocument(),
    );
  });

  it('says when a breakdown lists only the costliest', async () => {
    render(
      {
        getUsage: jest.fn(async (query: UsageQuery) =>
          usageResponse({
            from: query.from,
            to: query.to,
            groupBy: query.groupBy ?? 'day',
            totals: usageMetrics({ requests: 40, spend: 4 }),
            rows: rows[query.groupBy ?? 'day'],
            ...(query.groupBy === 'subject' && { rowLimit: 500 }),
          }),
        ),
      },
      '/litemaas/usage?scope=all',
    );
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent(
      'Only the 500 costliest are listed; the totals count everyone.',
    );
    expect(screen.getAllByRole('note')).toHaveLength(1);
  });
});
