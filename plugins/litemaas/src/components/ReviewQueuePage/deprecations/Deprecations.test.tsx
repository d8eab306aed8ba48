import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { freezeDate, responseError } from '../../../__testUtils__/fixtures';
import { englishLeft, languageApis } from '../../../__testUtils__/i18n';
import de from '../../../translations/de';
import {
  NOW,
  aCampaign,
  detail,
  render,
} from '../../../__testUtils__/deprecations';

const userEvent = userEventBase.setup({ delay: null });

describe('Review page: deprecations', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('lists the campaigns, the nearest retirement first, with who moved', async () => {
    render('/?tab=deprecations');
    expect(
      await screen.findByRole('tab', { name: 'Deprecations' }),
    ).toHaveAttribute('aria-selected', 'true');
    const table = await screen.findByRole('table', {
      name: 'Deprecated models (2)',
    });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first).getByRole('link', { name: 'gpt-4o' })).toHaveAttribute(
      'href',
      '/?tab=deprecations&model=gpt-4o',
    );
    expect(
      within(first).getByRole('link', { name: 'gpt-4.1' }),
    ).toHaveAttribute('href', '/litemaas/models/gpt-4.1');
    expect(within(first).getByText('Dec 21, 2026')).toBeInTheDocument();
    expect(within(first).getByText('in 14 days')).toBeInTheDocument();
    expect(within(first).getByText('Deprecated')).toBeInTheDocument();
    expect(within(first).getByText('1 of 4 moved')).toBeInTheDocument();
    expect(within(first).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
    expect(
      within(first).getByText('Idle: 1 · Still using: 2'),
    ).toBeInTheDocument();
    expect(within(first).getByText('30 days before')).toBeInTheDocument();

    expect(within(second).getByText('o1-preview')).toBeInTheDocument();
    expect(within(second).getByText('None')).toBeInTheDocument();
    expect(within(second).getByText('Retired')).toBeInTheDocument();
    expect(within(second).getByText('No holders')).toBeInTheDocument();
    expect(
      within(second).getByText('30, 7, 1 days before'),
    ).toBeInTheDocument();

    // Admins see the task's last run.
    const run = screen.getByRole('region', { name: 'Deprecation task' });
    expect(
      await within(run).findByText(/announced: 1 · reminded: 3/),
    ).toBeInTheDocument();
    expect(
      within(run).getByRole('button', { name: 'Run now' }),
    ).toBeInTheDocument();
  });
  it('opens a campaign: its holders, who moved, their keys and the Components told', async () => {
    const getDeprecation = jest.fn(async () => detail);
    render('/?tab=deprecations', { getDeprecation });
    const table = await screen.findByRole('table', {
      name: 'Deprecated models (2)',
    });
    await userEvent.click(within(table).getByRole('link', { name: 'gpt-4o' }));
    const holders = await screen.findByRole('table', {
      name: 'Holders of the model',
    });
    expect(getDeprecation).toHaveBeenCalledWith('gpt-4o');
    expect(
      screen.getByText('Retires on Dec 21, 2026 (in 14 days)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Note: Same prompts work.')).toBeInTheDocument();
    expect(
      screen.getByText('Reminders sent: 30 days before'),
    ).toBeInTheDocument();

    // Those still using it first, the biggest first.
    const rows = within(holders).getAllByRole('row').slice(1);
    expect(
      rows.map(row => within(row).getAllByRole('cell')[0].textContent),
    ).toEqual(['alice', 'carol', 'payments', 'bob']);
    const [alice, , , bob] = rows;
    expect(within(alice).getByText('Still using')).toBeInTheDocument();
    expect(within(alice).getByText('340')).toBeInTheDocument();
    expect(within(alice).getByText('$12.50')).toBeInTheDocument();
    expect(within(alice).getByText('checkout-bot')).toBeInTheDocument();
    expect(
      within(alice).getByRole('link', { name: 'checkout' }),
    ).toBeInTheDocument();
    expect(within(alice).getByText('No')).toBeInTheDocument();
    expect(within(bob).getByText('Moved')).toBeInTheDocument();
    expect(within(bob).getByText('120')).toBeInTheDocument();
    expect(within(bob).getByText('Yes')).toBeInTheDocument();
    expect(within(bob).getByText('No key')).toBeInTheDocument();

    const told = screen.getByRole('list', { name: 'Components told (1)' });
    expect(
      within(told).getByRole('link', { name: 'checkout' }),
    ).toBeInTheDocument();
    expect(
      within(told).getByRole('link', { name: 'payments' }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'All deprecations' }),
    );
    expect(
      await screen.findByRole('table', { name: 'Deprecated models (2)' }),
    ).toBeInTheDocument();
  });
  it('lets admins retire the model now from its campaign', async () => {
    const retireModelNow = jest.fn(async () => ({
      ...detail,
      campaign: aCampaign({
        state: 'retired',
        retiredAt: '2026-12-07T10:00:00Z',
        completedAt: '2026-12-07T10:00:00Z',
      }),
    }));
    render('/?tab=deprecations&model=gpt-4o', {
      retireModelNow,
      getDeprecation: jest
        .fn()
        .mockResolvedValueOnce(detail)
        .mockResolvedValue({
          ...detail,
          campaign: aCampaign({ state: 'retired', completedAt: 'x' }),
        }),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Retire now' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Retire gpt-4o now?',
    });
    await userEvent.type(
      within(dialog).getByLabelText('Type gpt-4o to confirm'),
      'gpt-4o',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Retire now' }),
    );
    await waitFor(() =>
      expect(retireModelNow).toHaveBeenCalledWith('gpt-4o', {
        confirm: 'gpt-4o',
      }),
    );
    expect(
      await screen.findByText('Retired on Dec 7, 2026'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remind now' })).toBeNull();
  });
  it('says so when the model has no campaign', async () => {
    render('/?tab=deprecations&model=gpt-4o', {
      getDeprecation: async () => {
        throw await responseError(404, 'NotFoundError', 'No campaign');
      },
    });
    expect(
      await screen.findByText('gpt-4o is not deprecated.'),
    ).toBeInTheDocument();
  });
  it('speaks German with no English left, in the list and a campaign', async () => {
    render('/?tab=deprecations', {}, { apis: languageApis('de', de) });
    await screen.findByRole('table', { name: 'Abgekündigte Modelle (2)' });
    await screen.findByText(/benachrichtigt: 1/);
    expect(englishLeft(de)).toEqual([]);

    await userEvent.click(screen.getAllByRole('link', { name: 'gpt-4o' })[0]);
    await screen.findByRole('table', { name: 'Betroffene des Modells' });
    expect(englishLeft(de)).toEqual([]);
  });
});
