import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  RecertificationDecisionsBody,
  RecertificationDetail,
  RecertificationItem,
} from '@litemaas/backstage-plugin-litemaas-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../../api';
import {
  FakeApiOverrides,
  aCampaign,
  aModel,
  aRecertificationItem,
  fakeApi,
  freezeDate,
  responseError,
  spyOnDownloads,
} from '../../../__testUtils__/fixtures';
import { catalogRoutes } from '../../../testing/catalogRoutes';
import { endOfLocalDay } from '../../common';
import { ReviewQueuePage } from '../ReviewQueuePage';

// Today is 7 Dec 2026, 10:00 in the reader's time zone.
const NOW = new Date(2026, 11, 7, 10);

/** Alice never used gpt-4o; Bob did, last on Dec 5; Carol in the summer. */
const alice = aRecertificationItem({
  requestId: 'g1',
  limits: { tpm: 10000 },
  expiresAt: endOfLocalDay('2027-03-01'),
});
const bob = aRecertificationItem({
  requestId: 'g2',
  subjectRef: 'user:default/bob',
  lastUsedDay: '2026-12-05',
  spend90d: 12.5,
  requests90d: 340,
});
const carol = aRecertificationItem({
  requestId: 'g3',
  subjectRef: 'user:default/carol',
  modelName: 'o3',
  lastUsedDay: '2026-07-30',
});
const payments = aRecertificationItem({
  requestId: 'g4',
  subjectRef: 'group:default/payments',
  modelName: 'o3',
  lastUsedDay: '2026-11-30',
  spend90d: 3,
  requests90d: 1,
  decision: 'keep',
  decidedBy: 'user:default/olivia',
  decidedAt: '2026-12-06T10:00:00Z',
  reason: 'The checkout assistant',
});

const q4 = aCampaign({
  id: 'c1',
  name: 'Q4 models',
  modelNames: ['gpt-4o', 'o3'],
  deadline: endOfLocalDay('2026-12-21'),
  progress: {
    total: 4,
    pending: 3,
    keep: 1,
    end: 0,
    expired: 0,
    flagged: 0,
    gone: 0,
  },
});
const summer = aCampaign({
  id: 'c0',
  name: 'Summer o3',
  modelNames: ['o3'],
  deadline: endOfLocalDay('2026-08-31'),
  onDeadline: 'end',
  status: 'closed',
  closedAt: '2026-09-01T12:05:00Z',
  progress: {
    total: 30,
    pending: 0,
    keep: 12,
    end: 10,
    expired: 8,
    flagged: 0,
    gone: 0,
  },
});

/** A campaign with its items, its progress counted from them. */
function detailOf(
  items: RecertificationItem[],
  campaign = q4,
): RecertificationDetail {
  const progress = {
    total: items.length,
    pending: 0,
    keep: 0,
    end: 0,
    expired: 0,
    flagged: 0,
    gone: 0,
  };
  for (const item of items) progress[item.decision] += 1;
  return { campaign: { ...campaign, progress }, items };
}

const models = [
  aModel({ name: 'gpt-4o', canReview: true }),
  aModel({ name: 'o3', canReview: true }),
  aModel({ name: 'not-mine', canReview: false }),
];

function render(route: string, overrides: FakeApiOverrides = {}) {
  const alertApi = mockApis.alert();
  const api = fakeApi({
    listModels: async () => ({ items: models }),
    listRecertifications: async () => ({ items: [summer, q4] }),
    getRecertification: async () => detailOf([alice, bob, carol, payments]),
    ...overrides,
  });
  renderInTestApp(<ReviewQueuePage />, {
    mountedRoutes: catalogRoutes,
    initialRouteEntries: [route],
    apis: [[litemaasApiRef, api], alertApi],
  });
  return { alertApi, api };
}

const grantsTable = () =>
  screen.findByRole('table', { name: 'Grants under review' });
const rowOf = async (subject: string, model = 'gpt-4o') => {
  const table = await grantsTable();
  return within(table)
    .getAllByRole('row')
    .find(
      row =>
        within(row).queryByRole('link', { name: subject }) &&
        within(row).queryByRole('link', { name: model }),
    )!;
};

describe('Review page: recertification', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('lists the campaigns with their progress, open ones first, and opens one', async () => {
    const getRecertification = jest.fn(async () =>
      detailOf([alice, bob, carol, payments]),
    );
    render('/?tab=recertification', { getRecertification });

    expect(
      await screen.findByRole('tab', { name: 'Recertification' }),
    ).toHaveAttribute('aria-selected', 'true');
    const table = await screen.findByRole('table', {
      name: 'Recertification campaigns (2)',
    });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first).getByText('Q4 models')).toBeInTheDocument();
    expect(within(first).getByTitle('gpt-4o, o3')).toHaveTextContent(
      /^gpt-4o, o3$/,
    );
    expect(within(first).getByText('in 14 days')).toBeInTheDocument();
    expect(within(first).getByText('Flag them')).toBeInTheDocument();
    expect(within(first).getByText('Open')).toBeInTheDocument();
    expect(within(first).getByText('1 of 4 decided')).toBeInTheDocument();
    expect(within(first).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
    expect(within(first).getByText('olivia')).toBeInTheDocument();

    expect(within(second).getByText('Summer o3')).toBeInTheDocument();
    expect(within(second).getByText('End them')).toBeInTheDocument();
    expect(within(second).getByText('Closed')).toBeInTheDocument();
    expect(within(second).getByText('Closed Sep 1, 2026')).toBeInTheDocument();
    expect(within(second).getByText('30 of 30 decided')).toBeInTheDocument();

    await userEvent.click(
      within(first).getByRole('link', { name: 'Q4 models' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Q4 models' }),
    ).toBeInTheDocument();
    expect(getRecertification).toHaveBeenCalledWith('c1');
    expect(await grantsTable()).toBeInTheDocument();

    // Back to the list.
    await userEvent.click(
      screen.getByRole('button', { name: 'All campaigns' }),
    );
    expect(
      await screen.findByRole('table', {
        name: 'Recertification campaigns (2)',
      }),
    ).toBeInTheDocument();
  });

  it('opens the campaign a notification links to', async () => {
    const getRecertification = jest.fn(async () =>
      detailOf([alice, bob, carol, payments]),
    );
    const listRecertifications = jest.fn();
    render('/?tab=recertification&campaign=c1', {
      getRecertification,
      listRecertifications,
    });

    expect(
      await screen.findByRole('heading', { name: 'Q4 models' }),
    ).toBeInTheDocument();
    expect(getRecertification).toHaveBeenCalledWith('c1');
    expect(listRecertifications).not.toHaveBeenCalled();
    expect(screen.getByText('Deadline: Dec 21, 2026')).toBeInTheDocument();
    expect(screen.getByText('(in 14 days)')).toBeInTheDocument();
    expect(
      screen.getByText('Grants nobody confirmed are flagged then.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Models: gpt-4o, o3')).toBeInTheDocument();
    expect(screen.getByText('1 of 4 decided')).toBeInTheDocument();
    expect(screen.getByText('Pending: 3')).toBeInTheDocument();
    expect(screen.getByText('Kept: 1')).toBeInTheDocument();

    // Unused grants first: never used, then used longest ago.
    const table = await grantsTable();
    const subjects = within(table)
      .getAllByRole('row')
      .slice(1)
      .map(row => within(row).getAllByRole('link')[0].textContent);
    expect(subjects).toEqual(['alice', 'carol', 'payments', 'bob']);

    const aliceRow = await rowOf('alice');
    expect(within(aliceRow).getByText('Never')).toBeInTheDocument();
    expect(within(aliceRow).getByText('10K TPM')).toBeInTheDocument();
    expect(within(aliceRow).getByText('Jun 1, 2026')).toBeInTheDocument();
    expect(within(aliceRow).getByText('Ends Mar 1, 2027')).toBeInTheDocument();
    expect(within(aliceRow).getByText('Pending')).toBeInTheDocument();

    const carolRow = await rowOf('carol', 'o3');
    expect(within(carolRow).getByText('Jul 30, 2026')).toBeInTheDocument();
    expect(
      within(carolRow).getByText('Not in the last 90 days'),
    ).toBeInTheDocument();

    const bobRow = await rowOf('bob');
    expect(within(bobRow).getByText('$12.50')).toBeInTheDocument();
    expect(within(bobRow).getByText('340 requests')).toBeInTheDocument();

    const paymentsRow = await rowOf('payments', 'o3');
    expect(within(paymentsRow).getByText('Kept')).toBeInTheDocument();
    expect(within(paymentsRow).getByText('one request')).toBeInTheDocument();
    expect(
      within(paymentsRow).getByText('“The checkout assistant”'),
    ).toBeInTheDocument();
    expect(within(paymentsRow).getByText(/^by olivia, /)).toBeInTheDocument();
    // A kept grant may still be ended, not kept again.
    expect(
      within(paymentsRow).queryByRole('button', {
        name: 'Keep o3 for payments',
      }),
    ).toBeNull();
    expect(
      within(paymentsRow).getByRole('button', { name: 'End o3 for payments' }),
    ).toBeInTheDocument();

    // Undecided only.
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Undecided only' }),
    );
    expect(within(table).queryByRole('link', { name: 'payments' })).toBeNull();
    expect(screen.getByText('Grants (3)')).toBeInTheDocument();
  });

  it('starts a campaign over the chosen models, to the end of the chosen day, and opens it', async () => {
    const started = aCampaign({ id: 'c9', name: 'Year end' });
    const startRecertification = jest.fn(async () => detailOf([], started));
    const getRecertification = jest.fn(async () => detailOf([], started));
    const { alertApi } = render('/?tab=recertification', {
      listRecertifications: async () => ({ items: [] }),
      startRecertification,
      getRecertification,
    });

    // No campaign yet: the empty state offers to start one.
    expect(
      await screen.findByText('No recertification campaigns yet'),
    ).toBeInTheDocument();
    const start = screen.getByRole('button', {
      name: 'Start a recertification',
    });
    await waitFor(() => expect(start).toBeEnabled());
    await userEvent.click(start);
    const dialog = await screen.findByRole('dialog', {
      name: 'Start a recertification',
    });

    // Every model the caller reviews, chosen by default.
    expect(
      within(dialog).getByRole('checkbox', { name: 'gpt-4o' }),
    ).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'o3' })).toBeChecked();
    expect(
      within(dialog).queryByRole('checkbox', { name: 'not-mine' }),
    ).toBeNull();
    // Flagging by default.
    expect(
      within(dialog).getByRole('radio', { name: 'Only flag them' }),
    ).toBeChecked();

    // Not today: tomorrow at the earliest.
    const deadline = within(dialog).getByLabelText(/^Deadline/);
    expect(deadline).toHaveAttribute('min', '2026-12-08');
    fireEvent.change(deadline, { target: { value: '2026-12-07' } });
    expect(
      within(dialog).getByText('Choose Dec 8, 2026 or later'),
    ).toBeInTheDocument();
    const submit = within(dialog).getByRole('button', { name: 'Start' });
    expect(submit).toBeDisabled();
    fireEvent.change(deadline, { target: { value: '2027-01-15' } });

    // Nothing chosen is no campaign.
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: 'All the models I review' }),
    );
    expect(
      within(dialog).getByText('Choose at least one model'),
    ).toBeInTheDocument();
    expect(submit).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'o3' }));

    await userEvent.type(within(dialog).getByLabelText('Name'), 'Year end');
    await userEvent.click(
      within(dialog).getByRole('radio', {
        name: 'End the grants nobody confirmed',
      }),
    );
    await userEvent.click(submit);

    await waitFor(() =>
      expect(startRecertification).toHaveBeenCalledWith({
        name: 'Year end',
        modelNames: ['o3'],
        deadline: endOfLocalDay('2027-01-15'),
        onDeadline: 'end',
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Year end' }),
    ).toBeInTheDocument();
    expect(getRecertification).toHaveBeenCalledWith('c9');
    expect(alertApi.getAlerts()[0]).toMatchObject({
      message: 'Recertification started: 0 grants to review.',
      severity: 'success',
    });
  });

  it('names a campaign left without a name, and shows why a start was refused', async () => {
    const startRecertification = jest
      .fn()
      .mockReturnValueOnce(
        responseError(
          403,
          'NotAllowedError',
          'You do not review o3: only their owners and admins can recertify their grants',
        ).then(e => Promise.reject(e)),
      );
    render('/?tab=recertification', { startRecertification });

    const start = await screen.findByRole('button', {
      name: 'Start a recertification',
    });
    await waitFor(() => expect(start).toBeEnabled());
    await userEvent.click(start);
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(
        'Optional. Blank: “Review of 2 models on Dec 7, 2026”.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Start' }),
    );

    expect(
      await within(dialog).findByText(/You do not review o3/),
    ).toBeInTheDocument();
    expect(startRecertification).toHaveBeenCalledWith({
      name: 'Review of 2 models on Dec 7, 2026',
      modelNames: ['gpt-4o', 'o3'],
      deadline: endOfLocalDay('2026-12-21'),
      onDeadline: 'flag',
    });
  });

  it('keeps a grant, and ends one with a reason', async () => {
    const decideRecertification = jest.fn(
      async (_id: string, body: RecertificationDecisionsBody) => {
        const [decision] = body.decisions;
        const decided = (item: RecertificationItem) =>
          item.requestId === decision.requestId
            ? {
                ...item,
                decision: decision.decision,
                decidedBy: 'user:default/olivia',
                decidedAt: NOW.toISOString(),
                reason: decision.reason,
              }
            : item;
        return {
          results: [{ requestId: decision.requestId, ok: true }],
          detail: detailOf([alice, bob, carol, payments].map(decided)),
        };
      },
    );
    const { alertApi } = render('/?tab=recertification&campaign=c1', {
      decideRecertification,
    });

    const aliceRow = await rowOf('alice');
    await userEvent.click(
      within(aliceRow).getByRole('button', { name: 'Keep gpt-4o for alice' }),
    );
    await waitFor(() =>
      expect(decideRecertification).toHaveBeenCalledWith('c1', {
        decisions: [{ requestId: 'g1', decision: 'keep' }],
      }),
    );
    expect(
      await within(await rowOf('alice')).findByText('Kept'),
    ).toBeInTheDocument();
    expect(alertApi.getAlerts()[0].message).toBe('Kept gpt-4o for alice.');

    const bobRow = await rowOf('bob');
    await userEvent.click(
      within(bobRow).getByRole('button', { name: 'End gpt-4o for bob' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'End gpt-4o for bob?',
    });
    expect(
      within(dialog).getByText(
        'gpt-4o leaves the keys of bob; a key left with no model is revoked.',
      ),
    ).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByLabelText('Reason (optional)'),
      'Moved to another team',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'End grant' }),
    );
    await waitFor(() =>
      expect(decideRecertification).toHaveBeenLastCalledWith('c1', {
        decisions: [
          { requestId: 'g2', decision: 'end', reason: 'Moved to another team' },
        ],
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const ended = await rowOf('bob');
    expect(within(ended).getByText('Ended')).toBeInTheDocument();
    expect(
      within(ended).getByText('“Moved to another team”'),
    ).toBeInTheDocument();
    expect(within(ended).queryByRole('button')).toBeNull();
    expect(alertApi.getAlerts()[1].message).toBe(
      'bob no longer has gpt-4o; its keys lost the model.',
    );
  });

  it('ends selected grants together and lists those that failed', async () => {
    const decideRecertification = jest.fn(async () => ({
      results: [
        { requestId: 'g1', ok: true },
        {
          requestId: 'g3',
          ok: false,
          error: {
            name: 'ConflictError',
            message: 'The grant g3 was decided meanwhile',
          },
        },
      ],
      detail: detailOf([{ ...alice, decision: 'end' }, bob, carol, payments]),
    }));
    const { alertApi } = render('/?tab=recertification&campaign=c1', {
      decideRecertification,
    });

    const endSelected = await screen.findByRole('button', {
      name: 'End selected…',
    });
    expect(endSelected).toBeDisabled();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select gpt-4o for alice' }),
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select o3 for carol' }),
    );
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await userEvent.click(endSelected);
    const dialog = await screen.findByRole('dialog', {
      name: 'End 2 selected grants?',
    });
    await userEvent.type(
      within(dialog).getByLabelText('Reason (optional)'),
      'Not used',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'End grants' }),
    );

    await waitFor(() =>
      expect(decideRecertification).toHaveBeenCalledWith('c1', {
        decisions: [
          { requestId: 'g1', decision: 'end', reason: 'Not used' },
          { requestId: 'g3', decision: 'end', reason: 'Not used' },
        ],
      }),
    );
    const outcome = await screen.findByText('Ended 1; 1 failed');
    const alert = outcome.closest('[role="alert"]') as HTMLElement;
    expect(
      within(alert).getByText('The grant g3 was decided meanwhile', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(within(alert).getByText('o3 for carol')).toBeInTheDocument();
    expect(alertApi.getAlerts()[0]).toMatchObject({
      message: 'Grants ended: 1 of 2; failed: 1.',
      severity: 'warning',
    });
    // The failed one stays selected.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      screen.getByRole('checkbox', { name: 'Select o3 for carol' }),
    ).toBeChecked();
    expect(screen.getByText('1 selected')).toBeInTheDocument();
  });

  it('keeps selected undecided grants together', async () => {
    const decideRecertification = jest.fn(async () => ({
      results: [
        { requestId: 'g1', ok: true },
        { requestId: 'g2', ok: true },
      ],
      detail: detailOf([
        { ...alice, decision: 'keep' },
        { ...bob, decision: 'keep' },
        carol,
        payments,
      ]),
    }));
    const { alertApi } = render('/?tab=recertification&campaign=c1', {
      decideRecertification,
    });
    await grantsTable();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select all grants' }),
    );
    // Everything decidable is selected: the kept one may still be ended.
    expect(screen.getByText('4 selected')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select o3 for carol' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Keep selected' }),
    );
    // The kept one is not kept again.
    await waitFor(() =>
      expect(decideRecertification).toHaveBeenCalledWith('c1', {
        decisions: [
          { requestId: 'g1', decision: 'keep' },
          { requestId: 'g2', decision: 'keep' },
        ],
      }),
    );
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toBe('Grants kept: 2.'),
    );
  });

  it('reports a campaign closed meanwhile and shows it closed', async () => {
    const closed = detailOf(
      [alice, bob, carol, payments].map(item => ({
        ...item,
        decision: item.decision === 'pending' ? 'flagged' : item.decision,
      })),
      { ...q4, status: 'closed', closedAt: '2026-12-07T09:00:00Z' },
    );
    const getRecertification = jest
      .fn()
      .mockResolvedValueOnce(detailOf([alice, bob, carol, payments]))
      .mockResolvedValue(closed);
    const decideRecertification = jest.fn(() =>
      responseError(
        409,
        'ConflictError',
        'The campaign Q4 models is closed',
      ).then(e => Promise.reject(e)),
    );
    const { alertApi } = render('/?tab=recertification&campaign=c1', {
      getRecertification,
      decideRecertification,
    });
    await userEvent.click(
      within(await rowOf('alice')).getByRole('button', {
        name: 'Keep gpt-4o for alice',
      }),
    );
    await waitFor(() =>
      expect(alertApi.getAlerts()[0]).toMatchObject({
        message: 'Could not keep the grants: The campaign Q4 models is closed',
        severity: 'error',
      }),
    );
    expect(
      await screen.findByText(/This campaign closed on/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Keep / })).toBeNull();
  });

  it('shows a closed campaign read-only, with when it closed', async () => {
    render('/?tab=recertification&campaign=c0', {
      getRecertification: async () =>
        detailOf(
          [
            { ...alice, decision: 'expired', decidedBy: 'system:litemaas' },
            {
              ...bob,
              decision: 'keep',
              decidedBy: 'user:default/olivia',
              decidedAt: '2026-08-20T10:00:00Z',
            },
            {
              ...carol,
              decision: 'gone',
              decidedBy: 'system:litemaas',
              reason: 'The grant had already ended',
            },
          ],
          summer,
        ),
    });

    expect(
      await screen.findByRole('heading', { name: 'Summer o3' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^This campaign closed on Sep 1, 2026, .*\. Its decisions are final and can only be read and exported\.$/,
      ),
    ).toBeInTheDocument();
    const table = await grantsTable();
    expect(within(table).queryAllByRole('checkbox')).toHaveLength(0);
    expect(
      within(table).queryByRole('button', { name: /^(Keep|End) / }),
    ).toBeNull();
    expect(screen.queryByRole('button', { name: 'Keep selected' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'End selected…' })).toBeNull();
    expect(within(table).getByText('Ended at deadline')).toBeInTheDocument();
    expect(within(table).getByText('Gone')).toBeInTheDocument();
    // The portal's own reasons, in the reader's words.
    expect(
      within(table).getByText('Not confirmed by the deadline'),
    ).toBeInTheDocument();
    expect(
      within(table).getByText('The grant ended some other way'),
    ).toBeInTheDocument();
    expect(within(table).queryByText(/already ended/)).toBeNull();
    // Still exported.
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });

  it('exports the decisions as CSV and JSON', async () => {
    const downloads = spyOnDownloads();
    const getRecertificationExportUrl = jest.fn(
      async (id: string, format: string) =>
        `http://localhost:7007/api/litemaas/recertifications/${id}/export?format=${format}`,
    );
    render('/?tab=recertification&campaign=c1', {
      getRecertificationExportUrl,
    });
    await grantsTable();

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() =>
      expect(getRecertificationExportUrl).toHaveBeenCalledWith('c1', 'csv'),
    );
    await waitFor(() => expect(downloads).toHaveBeenCalledTimes(1));
    expect((downloads.mock.contexts[0] as HTMLAnchorElement).href).toBe(
      'http://localhost:7007/api/litemaas/recertifications/c1/export?format=csv',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() =>
      expect(getRecertificationExportUrl).toHaveBeenCalledWith('c1', 'json'),
    );
  });

  it('shows a campaign that failed to load, with a way back', async () => {
    const getRecertification = jest
      .fn()
      .mockImplementation(() =>
        responseError(
          404,
          'NotFoundError',
          'No recertification campaign with id c7',
        ).then(e => Promise.reject(e)),
      );
    render('/?tab=recertification&campaign=c7', { getRecertification });

    expect(
      await screen.findByText(/No recertification campaign with id c7/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(getRecertification).toHaveBeenCalledTimes(2));
    await userEvent.click(
      screen.getByRole('button', { name: 'All campaigns' }),
    );
    expect(
      await screen.findByRole('table', {
        name: 'Recertification campaigns (2)',
      }),
    ).toBeInTheDocument();
  });

  it('moves between the sections', async () => {
    const listRecertifications = jest.fn(async () => ({ items: [q4] }));
    render('/', {
      listRecertifications,
      listAccessRequests: async () => ({ items: [] }),
    });

    expect(
      await screen.findByRole('tab', { name: 'Requests and grants' }),
    ).toHaveAttribute('aria-selected', 'true');
    expect(
      await screen.findByText('No requests waiting for you'),
    ).toBeInTheDocument();
    expect(listRecertifications).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('tab', { name: 'Recertification' }));
    expect(
      await screen.findByRole('table', {
        name: 'Recertification campaigns (1)',
      }),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('tab', { name: 'Requests and grants' }),
    );
    expect(
      await screen.findByText('No requests waiting for you'),
    ).toBeInTheDocument();
  });
});
