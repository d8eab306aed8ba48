import { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  LiteMaasApi,
  TeamBudget,
  TeamBudgetUpdate,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aTeamBudget,
  allowAll,
  fakeApi,
  responseError,
} from '../../__testUtils__/fixtures';
import { KeysAdminPage } from './KeysAdminPage';
import { catalogRoutes } from '../../testing/catalogRoutes';

const userEvent = userEventBase.setup({ delay: null });

function group(name: string, title?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', ...(title && { title }) },
    spec: { type: 'team', children: [] },
  };
}

const payments = aTeamBudget({
  teamRef: 'group:default/payments',
  spend: 45,
  maxBudget: 50,
  softBudget: 40,
  budgetDuration: '30d',
  budgetResetAt: '2026-12-01T12:00:00Z',
});
const search = aTeamBudget({
  teamRef: 'group:default/search',
  spend: 12,
});
const ops = aTeamBudget({
  teamRef: 'group:default/ops',
  exists: false,
  spend: 0,
});

function render(
  overrides: Partial<LiteMaasApi> = {},
  budgets: TeamBudget[] = [payments, search, ops],
  getEntities = jest.fn().mockResolvedValue({
    items: [
      group('search'),
      group('payments', 'Payments'),
      group('ml-platform'),
    ],
  }),
) {
  const alertApi = mockApis.alert();
  const listTeamBudgets = jest.fn().mockResolvedValue({ items: budgets });
  renderInTestApp(<KeysAdminPage />, {
    mountedRoutes: catalogRoutes,
    initialRouteEntries: ['/?section=teams'],
    apis: [
      [litemaasApiRef, fakeApi({ listTeamBudgets, ...overrides })],
      [catalogApiRef, catalogApiMock.mock({ getEntities })],
      alertApi,
      allowAll(),
    ],
  });
  return { alertApi, listTeamBudgets, getEntities };
}

const row = async (team: string) =>
  (await screen.findByRole('link', { name: team })).closest('tr')!;

/** What the dialog saves, echoed back as LiteLLM would. */
const echo = async (update: TeamBudgetUpdate) =>
  aTeamBudget({
    teamRef: update.teamRef,
    maxBudget: update.maxBudget ?? undefined,
    softBudget: update.softBudget ?? undefined,
    budgetDuration: update.budgetDuration ?? undefined,
  });

describe('Team budgets', () => {
  it("lists every team's budget, closest to it first", async () => {
    const { listTeamBudgets } = render();
    const table = await screen.findByRole('table', { name: 'Team budgets' });
    expect(screen.getByRole('tab', { name: 'Team budgets' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(listTeamBudgets).toHaveBeenCalledWith({ scope: 'all' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent(
      'TeamSpendBudgetPeriodNext resetStatusActions',
    );
    expect(
      rows.slice(1).map(r => within(r).getAllByRole('link')[0].textContent),
    ).toEqual(['payments', 'search', 'ops']);

    const first = rows[1];
    expect(
      within(first).getByRole('link', { name: 'payments' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments');
    expect(first).toHaveTextContent('$45.00');
    expect(first).toHaveTextContent('$50alert at $40');
    expect(first).toHaveTextContent('30 days');
    expect(first).toHaveTextContent('Dec 1, 2026');
    expect(within(first).getByText('90% used')).toBeInTheDocument();

    const second = rows[2];
    expect(second).toHaveTextContent('$12.00');
    expect(within(second).getByText('No budget')).toBeInTheDocument();
    expect(
      within(second).queryByRole('button', { name: /Remove/ }),
    ).not.toBeInTheDocument();
    expect(within(rows[3]).getByText('Not in LiteLLM yet')).toBeInTheDocument();
  });

  it('sets a budget for a team picked from the catalog', async () => {
    const setTeamBudget = jest.fn(echo);
    const { alertApi, listTeamBudgets, getEntities } = render({
      setTeamBudget,
    });
    await screen.findByRole('table', { name: 'Team budgets' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Set team budget' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Set team budget',
    });
    expect(getEntities).toHaveBeenCalledWith(
      expect.objectContaining({ filter: { kind: 'Group' } }),
    );

    // Nothing filled in: says what is missing, saves nothing.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Pick a team')).toBeInTheDocument();
    expect(within(dialog).getByText('Set a budget in USD')).toBeInTheDocument();
    expect(setTeamBudget).not.toHaveBeenCalled();

    await userEvent.type(within(dialog).getByLabelText('Team'), 'ml');
    await userEvent.click(
      await screen.findByRole('option', { name: 'ml-platform' }),
    );
    expect(within(dialog).getByLabelText('Team')).toHaveValue('ml-platform');

    const max = within(dialog).getByLabelText('Max budget (USD)');
    const soft = within(dialog).getByLabelText('Soft budget (USD)');
    const period = within(dialog).getByLabelText('Budget period');
    // Only the budget's fields: no rate limits for a team here.
    expect(
      within(dialog).queryByLabelText('Tokens per minute (TPM)'),
    ).not.toBeInTheDocument();

    await userEvent.type(max, '0');
    expect(
      within(dialog).getByText('Set a budget above $0'),
    ).toBeInTheDocument();
    await userEvent.clear(max);
    await userEvent.type(max, '200');
    await userEvent.type(soft, '250');
    await userEvent.type(period, 'monthly');
    expect(
      within(dialog).getByText(
        'Set it below the max budget, or the alert never fires',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Use a duration such as 7d, 30d or 1mo'),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(setTeamBudget).not.toHaveBeenCalled();

    await userEvent.clear(soft);
    await userEvent.type(soft, '150');
    await userEvent.clear(period);
    await userEvent.type(period, '1mo');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(setTeamBudget).toHaveBeenCalledWith({
      teamRef: 'group:default/ml-platform',
      maxBudget: 200,
      softBudget: 150,
      budgetDuration: '1mo',
    });
    await waitFor(() =>
      expect(alertApi.getAlerts()[0]).toMatchObject({
        message: 'Budget of ml-platform set to $200 per month.',
        severity: 'success',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(listTeamBudgets).toHaveBeenCalledTimes(2);
  });

  it('says when the catalog cannot list the teams', async () => {
    render(
      {},
      undefined,
      jest.fn().mockRejectedValue(new Error('Catalog unavailable')),
    );
    await screen.findByRole('table', { name: 'Team budgets' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Set team budget' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Set team budget',
    });
    expect(
      await within(dialog).findByText(
        'Could not load the teams from the catalog: Catalog unavailable',
      ),
    ).toBeInTheDocument();
  });

  it("starts from a picked team's budget", async () => {
    render();
    await screen.findByRole('table', { name: 'Team budgets' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Set team budget' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Set team budget',
    });
    await userEvent.type(within(dialog).getByLabelText('Team'), 'pay');
    await userEvent.click(
      await screen.findByRole('option', { name: 'Payments (payments)' }),
    );
    expect(within(dialog).getByLabelText('Max budget (USD)')).toHaveValue('50');
    expect(within(dialog).getByLabelText('Soft budget (USD)')).toHaveValue(
      '40',
    );
    expect(within(dialog).getByLabelText('Budget period')).toHaveValue('30d');
  });

  it("edits a team's budget with the team fixed, and shows what the server refuses", async () => {
    const setTeamBudget = jest
      .fn()
      .mockImplementationOnce(async () => {
        throw await responseError(
          400,
          'InputError',
          'softBudget must be below maxBudget',
        );
      })
      .mockImplementation(echo);
    const { alertApi, getEntities } = render({ setTeamBudget });
    await userEvent.click(
      within(await row('payments')).getByRole('button', {
        name: 'Edit the budget of payments',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Budget of payments',
    });
    const team = within(dialog).getByLabelText('Team');
    expect(team).toHaveValue('payments');
    expect(team).toBeDisabled();
    expect(getEntities).not.toHaveBeenCalled();

    const max = within(dialog).getByLabelText('Max budget (USD)');
    expect(max).toHaveValue('50');
    const soft = within(dialog).getByLabelText('Soft budget (USD)');
    expect(soft).toHaveValue('40');
    await userEvent.clear(max);
    await userEvent.type(max, '80');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('softBudget must be below maxBudget'),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    // A blank field clears what the team had.
    await userEvent.clear(soft);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(setTeamBudget).toHaveBeenLastCalledWith({
      teamRef: 'group:default/payments',
      maxBudget: 80,
      softBudget: null,
      budgetDuration: '30d',
    });
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toBe(
        'Budget of payments set to $80 per 30 days.',
      ),
    );
  });

  it("removes a team's budget after confirming", async () => {
    const setTeamBudget = jest.fn(echo);
    const { alertApi, listTeamBudgets } = render({ setTeamBudget });
    await userEvent.click(
      within(await row('payments')).getByRole('button', {
        name: 'Remove the budget of payments',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Remove the budget of payments?',
    });
    expect(setTeamBudget).not.toHaveBeenCalled();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Remove budget' }),
    );
    expect(setTeamBudget).toHaveBeenCalledWith({
      teamRef: 'group:default/payments',
      maxBudget: null,
    });
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toBe(
        'Budget of payments removed.',
      ),
    );
    expect(listTeamBudgets).toHaveBeenCalledTimes(2);
  });

  it('says when the portal knows no teams', async () => {
    render({}, []);
    expect(
      await screen.findByText(/The portal knows no teams yet/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Set team budget' }),
    ).toBeEnabled();
  });

  it('shows a failed load with a retry', async () => {
    const listTeamBudgets = jest
      .fn()
      .mockImplementationOnce(async () => {
        throw await responseError(502, 'Error', 'LiteLLM is down');
      })
      .mockResolvedValue({ items: [payments] });
    render({ listTeamBudgets });
    expect(await screen.findByText(/LiteLLM is down/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await row('payments')).toBeInTheDocument();
  });
});
