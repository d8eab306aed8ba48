import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { UsageQuery } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  FakeApiOverrides,
  aKey,
  aTeamBudget,
  aTopUp,
  denyAll,
  fakeApi,
  freezeDate,
  usageResponse,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { UsagePage } from './UsagePage';

const userEvent = userEventBase.setup({ delay: null });

const keys = [
  aKey({ id: 'k-calm', name: 'calm', spend: 10, limits: { maxBudget: 50 } }),
  aKey({ id: 'k-close', name: 'close', spend: 40, limits: { maxBudget: 50 } }),
  aKey({
    id: 'k-spent',
    name: 'spent',
    spend: 12,
    limits: { maxBudget: 10 },
    status: 'over-budget',
  }),
  aKey({
    id: 'k-waiting',
    name: 'waiting',
    spend: 9,
    limits: { maxBudget: 10 },
  }),
  aKey({
    id: 'k-raised',
    name: 'raised',
    spend: 19,
    limits: { maxBudget: 20 },
  }),
];

function render(overrides: FakeApiOverrides = {}, entry = '/litemaas/usage') {
  const alertApi = mockApis.alert();
  const listTopUps = jest.fn(async () => ({
    items: [
      aTopUp({ id: 't-w', keyId: 'k-waiting', keyName: 'waiting', amount: 5 }),
      aTopUp({
        id: 't-r',
        keyId: 'k-raised',
        keyName: 'raised',
        amount: 10,
        status: 'active',
        baseBudget: 10,
        appliedAt: '2026-11-20T12:00:00Z',
        endsAt: '2026-11-27T12:00:00Z',
      }),
    ],
  }));
  const api = fakeApi({
    getUsage: async (query: UsageQuery) =>
      usageResponse({
        from: query.from,
        to: query.to,
        groupBy: query.groupBy ?? 'day',
        rows: [],
      }),
    listKeys: async () => ({ items: keys }),
    listTeamBudgets: async () => ({ items: [] }),
    listTopUps,
    ...overrides,
  });
  renderInTestApp(<UsagePage />, {
    mountedRoutes: catalogRoutes,
    mountPath: '/litemaas/usage',
    initialRouteEntries: [entry],
    apis: [[litemaasApiRef, api], denyAll(), alertApi],
  });
  return { alertApi, listTopUps };
}

const card = (name: string) =>
  screen.findByRole('listitem', { name: `Budget of ${name}` });

describe('UsagePage: budget top-ups', () => {
  beforeEach(() => freezeDate('2026-11-23T12:00:00Z'));
  afterEach(() => jest.useRealTimers());

  it('offers more budget on the cards from 80%, and shows what waits or runs', async () => {
    render();
    const close = await card('close');
    expect(
      await within(close).findByRole('button', {
        name: 'Ask for more budget for close',
      }),
    ).toBeInTheDocument();
    expect(
      within(await card('spent')).getByRole('button', {
        name: 'Ask for more budget for spent',
      }),
    ).toBeInTheDocument();
    // Well within its budget: nothing to ask for yet.
    expect(
      within(await card('calm')).queryByRole('button', {
        name: /^Ask for more budget/,
      }),
    ).not.toBeInTheDocument();
    expect(
      within(await card('waiting')).getByText('Top-up of $5 waiting'),
    ).toBeInTheDocument();
    expect(
      within(await card('waiting')).queryByRole('button', {
        name: /^Ask for more budget/,
      }),
    ).not.toBeInTheDocument();
    expect(
      within(await card('raised')).getByText('+$10 until Nov 27, 2026'),
    ).toBeInTheDocument();
  });

  it('asks for more budget from a card', async () => {
    const requestKeyTopUp = jest.fn(async () =>
      aTopUp({ keyId: 'k-spent', keyName: 'spent', amount: 10 }),
    );
    const { alertApi, listTopUps } = render({ requestKeyTopUp });
    await userEvent.click(
      await within(await card('spent')).findByRole('button', {
        name: 'Ask for more budget for spent',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'More budget for spent',
    });
    expect(
      within(dialog).getByText(
        "The key's budget goes from $10 to $20 until Dec 23, 2026 once approved; then it falls back.",
      ),
    ).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Justification' }),
      'Month-end reports',
    );
    const loads = listTopUps.mock.calls.length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ask' }));
    await waitFor(() =>
      expect(requestKeyTopUp).toHaveBeenCalledWith('k-spent', {
        amount: 10,
        days: 30,
        justification: 'Month-end reports',
      }),
    );
    expect(alertApi.getAlerts().map(a => a.message)).toContain(
      'More budget for spent asked. You will be notified of the decision.',
    );
    // The cards' top-ups and the history load again.
    await waitFor(() =>
      expect(listTopUps.mock.calls.length).toBeGreaterThanOrEqual(loads + 2),
    );
  });

  it("opens the team's ask from its budget alert's link", async () => {
    const teams = async () => ({
      items: [
        aTeamBudget({
          teamRef: 'group:default/payments',
          spend: 21.4,
          maxBudget: 25,
        }),
      ],
    });
    render(
      { listTeamBudgets: teams },
      '/litemaas/usage?teamTopUp=group%3Adefault%2Fpayments',
    );
    expect(
      await screen.findByRole('dialog', {
        name: 'More budget for team payments',
      }),
    ).toBeInTheDocument();
  });

  it('says why a team budget link opens nothing', async () => {
    render(
      { listTeamBudgets: async () => ({ items: [] }) },
      '/litemaas/usage?teamTopUp=group%3Adefault%2Fsearch',
    );
    expect(
      await screen.findByText(
        'The team of the link is not one of your teams with a budget, so there is nothing to top up.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("asks for more of a team's budget from its card, and shows it running", async () => {
    const requestTeamTopUp = jest.fn(async () =>
      aTopUp({
        id: 't-team',
        keyId: undefined,
        keyName: 'group:default/payments',
        teamRef: 'group:default/payments',
        subjectRef: 'group:default/payments',
        amount: 25,
      }),
    );
    const { alertApi } = render({
      requestTeamTopUp,
      listTeamBudgets: async () => ({
        items: [
          aTeamBudget({
            teamRef: 'group:default/payments',
            spend: 21.4,
            maxBudget: 25,
          }),
          aTeamBudget({
            teamRef: 'group:default/ml-platform',
            spend: 3,
            maxBudget: 50,
          }),
        ],
      }),
      listTopUps: async () => ({
        items: [
          aTopUp({
            id: 't-ml',
            keyId: undefined,
            keyName: 'group:default/ml-platform',
            teamRef: 'group:default/ml-platform',
            subjectRef: 'group:default/ml-platform',
            amount: 10,
            status: 'active',
            baseBudget: 40,
            decidedBy: 'user:default/dana',
            decidedAt: '2026-11-20T12:00:00Z',
            appliedAt: '2026-11-20T12:00:00Z',
            endsAt: '2026-11-27T12:00:00Z',
          }),
        ],
      }),
    });
    const ml = await card('team ml-platform');
    expect(
      await within(ml).findByText('+$10 until Nov 27, 2026'),
    ).toBeInTheDocument();
    expect(
      within(ml).queryByRole('button', { name: /^Ask for more budget/ }),
    ).not.toBeInTheDocument();

    await userEvent.click(
      await within(await card('team payments')).findByRole('button', {
        name: 'Ask for more budget for team payments',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'More budget for team payments',
    });
    expect(within(dialog).getByText(/An admin decides/)).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        "The team's budget goes from $25 to $50 until Dec 23, 2026 once approved; then it falls back.",
      ),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ask' }));
    expect(
      within(dialog).getByText('Say why the team needs more'),
    ).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Justification' }),
      'Quarter-end load tests',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ask' }));
    await waitFor(() =>
      expect(requestTeamTopUp).toHaveBeenCalledWith({
        teamRef: 'group:default/payments',
        amount: 25,
        days: 30,
        justification: 'Quarter-end load tests',
      }),
    );
    expect(alertApi.getAlerts().map(a => a.message)).toContain(
      'More budget for team payments asked. You will be notified of the decision.',
    );
  });
});
