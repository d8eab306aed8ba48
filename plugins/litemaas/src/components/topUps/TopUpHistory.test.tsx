import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { englishLeft, languageApis } from '../../__testUtils__/i18n';
import {
  FakeApiOverrides,
  aTopUp,
  fakeApi,
  freezeDate,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import de from '../../translations/de';
import { TopUpHistory } from './TopUpHistory';

const userEvent = userEventBase.setup({ delay: null });

const PAYMENTS = 'group:default/payments';
const teamRaise = aTopUp({
  id: 't-team',
  keyId: undefined,
  keyName: PAYMENTS,
  teamRef: PAYMENTS,
  subjectRef: PAYMENTS,
  requestedBy: 'user:default/bob',
  amount: 10,
  days: 7,
  status: 'active',
  decidedBy: 'user:default/dana',
  decidedAt: '2026-11-21T10:00:00Z',
  decisionReason: 'Fine for the release',
  baseBudget: 25,
  appliedAt: '2026-11-21T10:00:00Z',
  endsAt: '2026-11-28T10:00:00Z',
  createdAt: '2026-11-21T09:00:00Z',
});
const denied = aTopUp({
  id: 't-denied',
  keyName: 'batch-jobs',
  amount: 50,
  status: 'denied',
  decidedBy: 'user:default/carol',
  decidedAt: '2026-11-19T10:00:00Z',
  decisionReason: 'Q4 plan',
  createdAt: '2026-11-19T09:00:00Z',
});
const ended = aTopUp({
  id: 't-ended',
  keyName: 'my-laptop',
  amount: 5,
  status: 'ended',
  decidedBy: 'user:default/dana',
  decidedAt: '2026-11-01T10:00:00Z',
  baseBudget: 20,
  appliedAt: '2026-11-01T10:00:00Z',
  endsAt: '2026-11-08T10:00:00Z',
  endedAt: '2026-11-08T10:05:00Z',
  createdAt: '2026-11-01T09:00:00Z',
});
const waiting = aTopUp({
  id: 't-waiting',
  keyName: 'nightly',
  createdAt: '2026-11-22T09:00:00Z',
});

function render(
  overrides: FakeApiOverrides = {},
  scope: 'mine' | 'all' = 'mine',
  languages: Array<[any, any]> = [],
) {
  const listTopUps = jest.fn(async () => ({
    items: [ended, teamRaise, denied, waiting],
  }));
  renderInTestApp(<TopUpHistory scope={scope} />, {
    mountedRoutes: catalogRoutes,
    apis: [
      [litemaasApiRef, fakeApi({ listTopUps, ...overrides })],
      ...languages,
    ],
  });
  return { listTopUps };
}

const rowOf = async (text: string) =>
  (await screen.findByText(text)).closest('tr') as HTMLElement;

describe('TopUpHistory', () => {
  beforeEach(() => freezeDate('2026-11-23T12:00:00Z'));
  afterEach(() => jest.useRealTimers());

  it("lists the caller's top-ups of keys and teams, newest first, with who decided and when each ends", async () => {
    const { listTopUps } = render();
    expect(
      await screen.findByRole('table', { name: 'Budget top-ups' }),
    ).toBeInTheDocument();
    expect(listTopUps).toHaveBeenCalledWith({ scope: 'mine' });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map(r => r.textContent)).toEqual([
      expect.stringContaining('nightly'),
      expect.stringContaining('payments'),
      expect.stringContaining('batch-jobs'),
      expect.stringContaining('my-laptop'),
    ]);
    const team = await rowOf('Team budget');
    expect(within(team).getByText('$10 for 7 days')).toBeInTheDocument();
    expect(within(team).getByText('Budget $25 → $35')).toBeInTheDocument();
    expect(within(team).getByText('Running')).toBeInTheDocument();
    expect(
      within(team).getByText('Approved by dana, 2 days ago'),
    ).toBeInTheDocument();
    expect(
      within(team).getByText('Note: Fine for the release'),
    ).toBeInTheDocument();
    expect(within(team).getByText('Ends Nov 28, 2026')).toBeInTheDocument();
    const no = await rowOf('batch-jobs');
    expect(within(no).getByText('Reason: Q4 plan')).toBeInTheDocument();
    expect(
      within(await rowOf('my-laptop')).getByText('Ended Nov 8, 2026'),
    ).toBeInTheDocument();
    expect(
      within(await rowOf('nightly')).getByText('Not decided yet'),
    ).toBeInTheDocument();
  });

  it("shows everyone's for admins, and pages a long list", async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      aTopUp({
        id: `t-${i}`,
        keyName: `key-${String(i).padStart(2, '0')}`,
        createdAt: `2026-11-${String(i + 1).padStart(2, '0')}T09:00:00Z`,
      }),
    );
    const listTopUps = jest.fn(async () => ({ items: many }));
    render({ listTopUps }, 'all');
    expect(await screen.findByText('key-11')).toBeInTheDocument();
    expect(listTopUps).toHaveBeenCalledWith({ scope: 'all' });
    expect(screen.getByText('key-11')).toBeInTheDocument();
    expect(screen.queryByText('key-01')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next Page' }));
    expect(await screen.findByText('key-01')).toBeInTheDocument();
  });

  it('says when there is nothing yet', async () => {
    render({ listTopUps: async () => ({ items: [] }) });
    expect(
      await screen.findByText(/No budget top-ups asked yet/),
    ).toBeInTheDocument();
  });

  it('offers a retry when loading fails', async () => {
    const listTopUps = jest
      .fn()
      .mockRejectedValueOnce(new Error('backend down'))
      .mockResolvedValue({ items: [waiting] });
    render({ listTopUps });
    expect((await screen.findAllByText(/backend down/)).length).toBeGreaterThan(
      0,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('nightly')).toBeInTheDocument();
  });

  it('leaves no English in German', async () => {
    render({}, 'mine', languageApis('de', de as Record<string, string>));
    expect(
      await screen.findByRole('table', { name: 'Budgetaufstockungen' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/MISSING/)).toBeNull();
    expect(englishLeft(de as Record<string, string>)).toEqual([]);
  });
});
