import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { litemaasApiRef } from '../../api';
import {
  FakeApiOverrides,
  aKey,
  aTopUp,
  fakeApi,
  freezeDate,
  keySettings,
  responseError,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { KeysPage } from './KeysPage';

const userEvent = userEventBase.setup({ delay: null });

// Today is 7 Dec 2026, 10:00 UTC.
const NOW = '2026-12-07T10:00:00Z';

const laptop = aKey({
  id: 'k-laptop',
  name: 'my-laptop',
  spend: 45,
  limits: { maxBudget: 50, budgetDuration: '30d' },
  expiresAt: '2027-03-01T10:00:00Z',
});
const ci = aKey({
  id: 'k-ci',
  name: 'payments-ci',
  subjectRef: 'group:default/payments',
  spend: 5,
  limits: { maxBudget: 20 },
  expiresAt: '2027-03-01T10:00:00Z',
});
const batch = aKey({
  id: 'k-batch',
  name: 'batch-jobs',
  spend: 80,
  limits: { maxBudget: 100 },
  expiresAt: '2027-03-01T10:00:00Z',
});
const unlimited = aKey({
  id: 'k-free',
  name: 'no-budget',
  expiresAt: '2027-03-01T10:00:00Z',
});
const blocked = aKey({
  id: 'k-b',
  name: 'blocked-key',
  status: 'blocked',
  limits: { maxBudget: 10 },
});

const waiting = aTopUp({
  id: 'top-ci',
  keyId: 'k-ci',
  keyName: 'payments-ci',
  subjectRef: 'group:default/payments',
  amount: 15,
  status: 'pending',
});
const running = aTopUp({
  id: 'top-batch',
  keyId: 'k-batch',
  keyName: 'batch-jobs',
  amount: 10,
  days: 7,
  status: 'active',
  decidedBy: 'user:default/carol',
  decidedAt: '2026-12-06T10:00:00Z',
  baseBudget: 90,
  appliedAt: '2026-12-06T10:00:00Z',
  endsAt: '2026-12-14T10:00:00Z',
});

/** Where the page is: the test reads the query it was left with. */
function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.search}</div>;
}

function render(overrides: FakeApiOverrides = {}, route?: string) {
  const alertApi = mockApis.alert();
  const listTopUps = jest.fn(async () => ({ items: [waiting, running] }));
  renderInTestApp(
    <>
      <KeysPage />
      <Location />
    </>,
    {
      mountedRoutes: catalogRoutes,
      apis: [
        [
          litemaasApiRef,
          fakeApi({
            listKeys: async () => ({
              items: [laptop, ci, batch, unlimited, blocked],
            }),
            listTopUps,
            getKeySettings: async () => keySettings(),
            ...overrides,
          }),
        ],
        alertApi,
        mockApis.identity({
          userEntityRef: 'user:default/alice',
          ownershipEntityRefs: ['user:default/alice', 'group:default/payments'],
        }),
      ],
      ...(route && { initialRouteEntries: [route] }),
    },
  );
  return { alertApi, listTopUps };
}

const rowOf = async (name: string) =>
  (await screen.findByText(name)).closest('tr')!;

describe('KeysPage: budget top-ups', () => {
  beforeEach(() => freezeDate(NOW));
  afterEach(() => jest.useRealTimers());

  it('shows the top-ups waiting or running beside the budgets, and offers more to the others', async () => {
    const { listTopUps } = render();
    const ciRow = await rowOf('payments-ci');
    expect(
      await within(ciRow).findByText('Top-up of $15 waiting'),
    ).toBeInTheDocument();
    expect(listTopUps).toHaveBeenCalledWith({
      scope: 'mine',
      status: ['pending', 'applying', 'active', 'ending'],
    });
    const batchRow = await rowOf('batch-jobs');
    expect(within(batchRow).getByText('+$10 until Dec 14, 2026')).toBeVisible();
    // One at a time: neither asks again while theirs waits or runs.
    expect(
      within(ciRow).queryByRole('button', { name: /^Ask for more budget/ }),
    ).not.toBeInTheDocument();
    expect(
      within(batchRow).queryByRole('button', { name: /^Ask for more budget/ }),
    ).not.toBeInTheDocument();
    expect(
      within(await rowOf('my-laptop')).getByRole('button', {
        name: 'Ask for more budget for my-laptop',
      }),
    ).toHaveTextContent('Ask for more budget');
    // Nothing to top up without a budget, nor on a blocked key.
    expect(
      within(await rowOf('no-budget')).queryByRole('button', {
        name: /^Ask for more budget/,
      }),
    ).not.toBeInTheDocument();
    expect(
      within(await rowOf('blocked-key')).queryByRole('button', {
        name: /^Ask for more budget/,
      }),
    ).not.toBeInTheDocument();
  });

  it('asks for more budget: amount, days and justification, validated', async () => {
    const requestKeyTopUp = jest.fn(async () =>
      aTopUp({ keyId: 'k-laptop', keyName: 'my-laptop', amount: 25 }),
    );
    const { alertApi, listTopUps } = render({ requestKeyTopUp });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Ask for more budget for my-laptop',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'More budget for my-laptop',
    });
    const amount = within(dialog).getByRole('textbox', {
      name: 'Amount (USD)',
    });
    const days = within(dialog).getByRole('textbox', { name: 'Days' });
    // By default the budget doubles, for 30 days.
    expect(amount).toHaveValue('50');
    expect(days).toHaveValue('30');
    expect(
      within(dialog).getByText(
        "The key's budget goes from $50 to $100 until Jan 6, 2027 once approved; then it falls back.",
      ),
    ).toBeInTheDocument();

    await userEvent.clear(amount);
    await userEvent.type(amount, '0');
    expect(
      within(dialog).getByText('Enter an amount above 0'),
    ).toBeInTheDocument();
    await userEvent.clear(days);
    await userEvent.type(days, '91');
    expect(
      within(dialog).getByText('Enter a whole number from 1 to 90'),
    ).toBeInTheDocument();
    // The justification is required: asking shows what is missing.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ask' }));
    expect(
      within(dialog).getByText('Say why the key needs more'),
    ).toBeInTheDocument();
    expect(requestKeyTopUp).not.toHaveBeenCalled();

    await userEvent.clear(amount);
    await userEvent.type(amount, '25');
    await userEvent.clear(days);
    await userEvent.type(days, '14');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Justification' }),
      'Load tests before the release',
    );
    expect(
      within(dialog).getByText(
        "The key's budget goes from $50 to $75 until Dec 21, 2026 once approved; then it falls back.",
      ),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ask' }));

    await waitFor(() =>
      expect(requestKeyTopUp).toHaveBeenCalledWith('k-laptop', {
        amount: 25,
        days: 14,
        justification: 'Load tests before the release',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(alertApi.getAlerts().map(a => a.message)).toContain(
      'More budget for my-laptop asked. You will be notified of the decision.',
    );
    // The top-ups load again, to show the new one.
    await waitFor(() => expect(listTopUps).toHaveBeenCalledTimes(2));
  });

  it("keeps the dialog open with the server's reason when asking fails", async () => {
    const requestKeyTopUp = jest.fn(async () => {
      throw await responseError(
        409,
        'ConflictError',
        'This key already has a top-up waiting or running',
      );
    });
    render({ requestKeyTopUp });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Ask for more budget for my-laptop',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Justification' }),
      'More tests',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ask' }));
    expect(
      await within(dialog).findByText(
        'This key already has a top-up waiting or running',
      ),
    ).toBeInTheDocument();
  });

  it('opens the dialog from the link of a budget alert, once', async () => {
    render({}, '/?topUp=k-laptop&x=1');
    expect(
      await screen.findByRole('dialog', { name: 'More budget for my-laptop' }),
    ).toBeInTheDocument();
    // The parameter is dropped, so a reload does not open it again.
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(/^\?x=1$/),
    );
  });

  it('says why a link cannot open the dialog', async () => {
    render({}, '/?topUp=k-ci');
    expect(
      await screen.findByText(
        'payments-ci already has a top-up waiting for a decision.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it.each([
    ['k-free', 'no-budget has no budget, so there is nothing to top up.'],
    ['k-b', 'blocked-key is blocked: only a working key can get more budget.'],
    [
      'k-gone',
      'The key of the link is not among your keys (it may have been revoked), so there is nothing to top up.',
    ],
    [
      'k-batch',
      'batch-jobs already has a top-up running: ask again once it has ended.',
    ],
  ])('explains a link to %s', async (keyId, notice) => {
    render({}, `/?topUp=${keyId}`);
    expect(await screen.findByText(notice)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('cancels a top-up that waits', async () => {
    const cancelTopUp = jest.fn(async () => ({
      ...waiting,
      status: 'cancelled' as const,
    }));
    const { alertApi, listTopUps } = render({ cancelTopUp });
    const ciRow = await rowOf('payments-ci');
    await userEvent.click(
      await within(ciRow).findByRole('button', {
        name: 'Cancel the top-up of payments-ci',
      }),
    );
    await waitFor(() => expect(cancelTopUp).toHaveBeenCalledWith('top-ci'));
    expect(alertApi.getAlerts().map(a => a.message)).toContain(
      'Top-up of payments-ci cancelled.',
    );
    await waitFor(() => expect(listTopUps).toHaveBeenCalledTimes(2));
  });

  it("shows a key's top-ups in its details", async () => {
    const listKeyTopUps = jest.fn(async () => ({
      items: [
        aTopUp({
          id: 'old',
          keyId: 'k-batch',
          amount: 20,
          days: 1,
          status: 'denied',
          createdAt: '2026-11-01T10:00:00Z',
          decidedBy: 'user:default/carol',
          decidedAt: '2026-11-02T10:00:00Z',
          decisionReason: 'Use the team key for batch work',
        }),
        aTopUp({
          id: 'older',
          keyId: 'k-batch',
          amount: 5,
          days: 10,
          status: 'ended',
          createdAt: '2026-10-01T10:00:00Z',
          decidedBy: 'user:default/dana',
          decidedAt: '2026-10-01T12:00:00Z',
          baseBudget: 100,
          appliedAt: '2026-10-01T12:00:00Z',
          endsAt: '2026-10-11T12:00:00Z',
          endedAt: '2026-10-11T12:05:00Z',
        }),
        running,
      ],
    }));
    render({ listKeyTopUps });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Show details of batch-jobs' }),
    );
    const list = await screen.findByRole('list', {
      name: 'Budget top-ups of batch-jobs',
    });
    expect(listKeyTopUps).toHaveBeenCalledWith('k-batch');
    const items = within(list).getAllByRole('listitem');
    // Newest first.
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByText('Running')).toBeInTheDocument();
    expect(within(items[0]).getByText('$10 for 7 days')).toBeInTheDocument();
    expect(within(items[0]).getByText('Budget $90 → $100')).toBeInTheDocument();
    expect(
      within(items[0]).getByText('From Dec 6, 2026, until Dec 14, 2026'),
    ).toBeInTheDocument();
    expect(within(items[0]).getByText(/^Approved by carol/)).toBeVisible();

    expect(within(items[1]).getByText('Denied')).toBeInTheDocument();
    expect(within(items[1]).getByText('$20 for 1 day')).toBeInTheDocument();
    expect(
      within(items[1]).getByText(
        /^Denied by carol, .* · Reason: Use the team key for batch work$/,
      ),
    ).toBeInTheDocument();
    expect(
      within(items[1]).getByText(/Justification: Nightly evaluation jobs$/),
    ).toBeInTheDocument();

    expect(within(items[2]).getByText('Ended')).toBeInTheDocument();
    expect(
      within(items[2]).getByText('From Oct 1, 2026 until Oct 11, 2026'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Hide details of batch-jobs' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('list', { name: 'Budget top-ups of batch-jobs' }),
      ).not.toBeInTheDocument(),
    );
  });

  it('says when a key has no top-ups, and when they cannot be loaded', async () => {
    const listKeyTopUps = jest
      .fn()
      .mockResolvedValueOnce({ items: [] })
      .mockRejectedValueOnce(new Error('Service unavailable'));
    render({ listKeyTopUps });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Show details of my-laptop' }),
    );
    expect(
      await screen.findByText('No top-ups asked for this key yet.'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Show details of no-budget' }),
    );
    expect(
      await screen.findByText(
        'Could not load the budget top-ups: Service unavailable',
      ),
    ).toBeInTheDocument();
  });

  it('lists the keys when the top-ups cannot be loaded, and says so', async () => {
    const listTopUps = jest
      .fn()
      .mockRejectedValueOnce(new Error('Service unavailable'))
      .mockResolvedValue({ items: [waiting] });
    render({ listTopUps });
    expect(await screen.findByText('my-laptop')).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Could not load the budget top-ups: Service unavailable',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText('Top-up of $15 waiting'),
    ).toBeInTheDocument();
  });
});
