import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { BudgetTopUp } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../../api';
import {
  FakeApiOverrides,
  aTopUp,
  fakeApi,
  freezeDate,
  responseError,
} from '../../../__testUtils__/fixtures';
import { catalogRoutes } from '../../../testing/catalogRoutes';
import { ReviewQueuePage } from '../ReviewQueuePage';

const userEvent = userEventBase.setup({ delay: null });

// Today is 7 Dec 2026, 10:00 UTC.
const NOW = '2026-12-07T10:00:00Z';

const laptop = aTopUp({
  id: 'top-laptop',
  keyId: 'k-laptop',
  keyName: 'alice-laptop',
  amount: 15,
  days: 30,
  justification: 'Load tests before the release',
  createdAt: '2026-12-06T10:00:00Z',
});
const ci = aTopUp({
  id: 'top-ci',
  keyId: 'k-ci',
  keyName: 'payments-ci',
  subjectRef: 'group:default/payments',
  requestedBy: 'user:default/carol',
  amount: 40,
  days: 1,
  justification: undefined,
  baseBudget: 50,
  createdAt: '2026-12-01T10:00:00Z',
});

function render(overrides: FakeApiOverrides = {}, items = [laptop, ci]) {
  const alertApi = mockApis.alert();
  const listTopUps = jest.fn(async () => ({ items }));
  renderInTestApp(<ReviewQueuePage />, {
    mountedRoutes: catalogRoutes,
    apis: [[litemaasApiRef, fakeApi({ listTopUps, ...overrides })], alertApi],
    initialRouteEntries: ['/?tab=top-ups'],
  });
  return { alertApi, listTopUps };
}

const rowOf = async (name: string) =>
  (await screen.findByText(name)).closest('tr')!;

describe('Review: budget top-ups', () => {
  beforeEach(() => freezeDate(NOW));
  afterEach(() => jest.useRealTimers());

  it('lists the top-ups the caller may decide, oldest first', async () => {
    const { listTopUps } = render();
    expect(
      await screen.findByRole('tab', {
        name: 'Budget top-ups',
        selected: true,
      }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Budget top-ups' });
    expect(listTopUps).toHaveBeenCalledWith({
      scope: 'review',
      status: ['pending'],
    });
    expect(screen.getByText('Budget top-ups waiting (2)')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('payments-ci');
    expect(rows[1]).toHaveTextContent('alice-laptop');

    const laptopRow = await rowOf('alice-laptop');
    expect(within(laptopRow).getByText('+$15')).toBeInTheDocument();
    expect(within(laptopRow).getByText('for 30 days')).toBeInTheDocument();
    expect(
      within(laptopRow).getByText('Load tests before the release'),
    ).toBeInTheDocument();
    expect(within(laptopRow).getByText('by alice')).toBeInTheDocument();
    expect(
      within(laptopRow).getByRole('link', { name: 'alice' }),
    ).toBeInTheDocument();

    // Where the budget before is known, the change reads in full.
    const ciRow = await rowOf('payments-ci');
    expect(within(ciRow).getByText('$50 → $90')).toBeInTheDocument();
    expect(within(ciRow).getByText('for 1 day')).toBeInTheDocument();
    expect(within(ciRow).getByText('None given')).toBeInTheDocument();
    expect(within(ciRow).getByText('by carol')).toBeInTheDocument();
  });

  it('approves for another amount, with a note', async () => {
    const approveTopUp = jest.fn(
      async (): Promise<BudgetTopUp> => ({
        ...laptop,
        amount: 10,
        status: 'active',
        baseBudget: 50,
        appliedAt: NOW,
        endsAt: '2027-01-06T10:00:00Z',
      }),
    );
    const { alertApi, listTopUps } = render({ approveTopUp });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Approve the top-up of alice-laptop',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Approve the top-up of alice-laptop',
    });
    expect(
      within(dialog).getByText(
        'alice asks for $15 more for 30 days. Approve as asked, or for less or a shorter time.',
      ),
    ).toBeInTheDocument();
    const amount = within(dialog).getByRole('textbox', {
      name: 'Amount (USD)',
    });
    const days = within(dialog).getByRole('textbox', { name: 'Days' });
    expect(amount).toHaveValue('15');
    expect(days).toHaveValue('30');
    expect(
      within(dialog).getByText(
        "The key's budget rises by $15 until Jan 6, 2027; then it falls back by as much.",
      ),
    ).toBeInTheDocument();

    await userEvent.clear(amount);
    expect(within(dialog).getByText('Enter an amount')).toBeInTheDocument();
    const approve = within(dialog).getByRole('button', { name: 'Approve' });
    expect(approve).toBeDisabled();
    await userEvent.type(amount, '-3');
    expect(
      within(dialog).getByText('Enter an amount above 0'),
    ).toBeInTheDocument();
    await userEvent.clear(amount);
    await userEvent.type(amount, '10');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Note (optional)' }),
      'Half for now',
    );
    await userEvent.click(approve);

    await waitFor(() =>
      expect(approveTopUp).toHaveBeenCalledWith('top-laptop', {
        amount: 10,
        reason: 'Half for now',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(alertApi.getAlerts().map(a => a.message)).toContain(
      'Top-up of alice-laptop approved: +$10 until Jan 6, 2027.',
    );
    await waitFor(() => expect(listTopUps).toHaveBeenCalledTimes(2));
  });

  it('approves as asked, sending no changes', async () => {
    const approveTopUp = jest.fn(async () => ({
      ...ci,
      status: 'active' as const,
      endsAt: '2026-12-08T10:00:00Z',
    }));
    render({ approveTopUp });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Approve the top-up of payments-ci',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(
        "The key's budget goes from $50 to $90 until Dec 8, 2026; then it falls back.",
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );
    await waitFor(() =>
      expect(approveTopUp).toHaveBeenCalledWith('top-ci', {}),
    );
  });

  it('keeps the dialog open with the reason when approving fails', async () => {
    const approveTopUp = jest.fn(async () => {
      throw await responseError(
        409,
        'ConflictError',
        'Top-up top-ci was decided meanwhile',
      );
    });
    render({ approveTopUp });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Approve the top-up of payments-ci',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );
    expect(
      await within(dialog).findByText('Top-up top-ci was decided meanwhile'),
    ).toBeInTheDocument();
  });

  it('denies only with a reason', async () => {
    const denyTopUp = jest.fn(async () => ({
      ...laptop,
      status: 'denied' as const,
    }));
    const { alertApi } = render({ denyTopUp });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Deny the top-up of alice-laptop',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Deny the top-up of alice-laptop',
    });
    const deny = within(dialog).getByRole('button', { name: 'Deny' });
    expect(deny).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      '   ',
    );
    expect(deny).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      'Use the team key for load tests',
    );
    await userEvent.click(deny);
    await waitFor(() =>
      expect(denyTopUp).toHaveBeenCalledWith(
        'top-laptop',
        'Use the team key for load tests',
      ),
    );
    expect(alertApi.getAlerts().map(a => a.message)).toContain(
      'Top-up of alice-laptop denied.',
    );
  });

  it("decides a team's top-up like a key's, naming the team and its budget", async () => {
    const team = aTopUp({
      id: 'top-team',
      keyId: undefined,
      keyName: 'group:default/payments',
      teamRef: 'group:default/payments',
      subjectRef: 'group:default/payments',
      requestedBy: 'user:default/bob',
      amount: 20,
      days: 7,
      baseBudget: 25,
      createdAt: '2026-12-05T10:00:00Z',
    });
    const approveTopUp = jest.fn(async () => ({
      ...team,
      status: 'active' as const,
      endsAt: '2026-12-14T10:00:00Z',
    }));
    const denyTopUp = jest.fn(async () => ({
      ...team,
      status: 'denied' as const,
    }));
    render({ approveTopUp, denyTopUp }, [team]);
    const row = await rowOf('team payments');
    expect(within(row).getByText('$25 → $45')).toBeInTheDocument();
    await userEvent.click(
      within(row).getByRole('button', {
        name: 'Approve the top-up of team payments',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Approve the top-up of team payments',
    });
    expect(
      within(dialog).getByText(
        "The team's budget goes from $25 to $45 until Dec 14, 2026; then it falls back.",
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );
    await waitFor(() =>
      expect(approveTopUp).toHaveBeenCalledWith('top-team', {}),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(
      screen.getByRole('button', { name: 'Deny the top-up of team payments' }),
    );
    const deny = await screen.findByRole('dialog', {
      name: 'Deny the top-up of team payments',
    });
    expect(
      within(deny).getByText(
        'The team keeps its budget. Say why, so its members know.',
      ),
    ).toBeInTheDocument();
  });

  it('says when nothing waits', async () => {
    render({}, []);
    expect(
      await screen.findByText('No top-ups waiting for you.'),
    ).toBeInTheDocument();
  });

  it('offers to try again when the list cannot be loaded', async () => {
    const listTopUps = jest
      .fn()
      .mockRejectedValueOnce(new Error('Service unavailable'))
      .mockResolvedValue({ items: [laptop] });
    render({ listTopUps });
    expect(
      await screen.findByText('Error: Service unavailable'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('alice-laptop')).toBeInTheDocument();
  });

  it('opens the section from its tab', async () => {
    const alertApi = mockApis.alert();
    renderInTestApp(<ReviewQueuePage />, {
      mountedRoutes: catalogRoutes,
      apis: [
        [
          litemaasApiRef,
          fakeApi({
            listTopUps: async () => ({ items: [laptop] }),
            listAccessRequests: async () => ({ items: [] }),
            listModels: async () => ({ items: [] }),
          }),
        ],
        alertApi,
      ],
    });
    await userEvent.click(
      await screen.findByRole('tab', { name: 'Budget top-ups' }),
    );
    expect(await screen.findByText('alice-laptop')).toBeInTheDocument();
  });
});
