import { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { LiteMaasApi } from '@litemaas/backstage-plugin-litemaas-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  denyAll,
  fakeApi,
  freezeDate,
  modelUsageFake,
  responseError,
  spyOnDownloads,
  usageResponse,
} from '../../__testUtils__/fixtures';
import { ModelUsageContent } from './ModelUsageContent';
import { aModelServer, MODEL_NAME } from './__testUtils__/entities';
import { catalogRoutes } from '../../testing/catalogRoutes';

const userEvent = userEventBase.setup({ delay: null });

function render(
  overrides: Partial<LiteMaasApi> = {},
  options: { entity?: Entity; path?: string } = {},
) {
  const api = fakeApi({ getUsage: jest.fn(modelUsageFake), ...overrides });
  const alertApi = mockApis.alert();
  renderInTestApp(
    <EntityProvider entity={options.entity ?? aModelServer(MODEL_NAME)}>
      <ModelUsageContent />
    </EntityProvider>,
    {
      mountedRoutes: catalogRoutes,
      initialRouteEntries: [options.path ?? '/'],
      apis: [[litemaasApiRef, api], denyAll(), alertApi],
    },
  );
  return Object.assign(api, { alertApi });
}

const base = { scope: 'model', model: 'granite-chat' };

beforeEach(() => freezeDate('2026-11-23T12:00:00Z'));
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe('ModelUsageContent', () => {
  it("shows the model's usage over 30 days: totals, per day and by consumer", async () => {
    const { getUsage } = render();

    const table = await screen.findByRole('table', {
      name: 'Usage by consumer',
    });
    const range = { from: '2026-10-25', to: '2026-11-23' };
    expect(getUsage).toHaveBeenCalledWith({
      ...range,
      ...base,
      groupBy: 'day',
    });
    expect(getUsage).toHaveBeenCalledWith({
      ...range,
      ...base,
      groupBy: 'subject',
    });
    expect(getUsage).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: '30 days' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    const requests = screen.getByRole('listitem', { name: 'Requests' });
    expect(requests).toHaveTextContent('200');
    expect(within(requests).getByText('▲ 100%')).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Spend' })).toHaveTextContent(
      '$4.50',
    );

    const spend = screen.getByRole('group', { name: /^Spend per day/ });
    expect(within(spend).getAllByRole('listitem')).toHaveLength(30);
    expect(
      within(spend).getByRole('listitem', { name: 'Nov 20, 2026: $4.50' }),
    ).toBeInTheDocument();
    const tokens = screen.getByRole('group', { name: /^Tokens per day/ });
    expect(within(tokens).getAllByRole('listitem')).toHaveLength(30);
    expect(
      screen.getAllByText('Oct 25, 2026 – Nov 23, 2026').length,
    ).toBeGreaterThan(0);

    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent(
      'User or teamRequestsTokensSpendError rate',
    );
    // Costliest first; error rate = failed / requests.
    expect(rows[1]).toHaveTextContent('paymentsteam1501,200,000$4.000%');
    expect(rows[2]).toHaveTextContent('aliceuser50300,000$0.5020%');
    expect(
      within(rows[2]).getByRole('link', { name: 'alice' }),
    ).toHaveAttribute('href', '/catalog/default/user/alice');
  });

  it('changes the range with the presets and custom days', async () => {
    const { getUsage } = render({}, { path: '/?range=7' });
    await screen.findByRole('table', { name: 'Usage by consumer' });
    expect(getUsage).toHaveBeenCalledWith({
      from: '2026-11-17',
      to: '2026-11-23',
      ...base,
      groupBy: 'day',
    });

    await userEvent.click(screen.getByRole('button', { name: '90 days' }));
    await waitFor(() =>
      expect(getUsage).toHaveBeenCalledWith({
        from: '2026-08-26',
        to: '2026-11-23',
        ...base,
        groupBy: 'subject',
      }),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Custom' }));
    expect(screen.getByLabelText('From')).toHaveValue('2026-08-26');
    fireEvent.change(screen.getByLabelText('From'), {
      target: { value: '2026-11-01' },
    });
    await waitFor(() =>
      expect(getUsage).toHaveBeenCalledWith({
        from: '2026-11-01',
        to: '2026-11-23',
        ...base,
        groupBy: 'day',
      }),
    );

    const calls = (getUsage as jest.Mock).mock.calls.length;
    fireEvent.change(screen.getByLabelText('To'), {
      target: { value: '2026-10-01' },
    });
    expect(
      await screen.findByText('The last day comes before the first.'),
    ).toBeInTheDocument();
    expect(getUsage).toHaveBeenCalledTimes(calls);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('exports the view from the server', async () => {
    const click = spyOnDownloads();
    const getUsageExportUrl = jest
      .fn()
      .mockResolvedValue('/api/litemaas/usage/export?format=csv');
    render({ getUsageExportUrl }, { path: '/?range=7' });
    await screen.findByRole('table', { name: 'Usage by consumer' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(getUsageExportUrl).toHaveBeenCalledWith(
      { from: '2026-11-17', to: '2026-11-23', ...base },
      'csv',
    );
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(
      '/api/litemaas/usage/export?format=csv',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(getUsageExportUrl).toHaveBeenLastCalledWith(
      { from: '2026-11-17', to: '2026-11-23', ...base },
      'json',
    );
  });

  it('says an export failed', async () => {
    const getUsageExportUrl = jest
      .fn()
      .mockRejectedValue(new Error('Failed to fetch'));
    const { alertApi } = render({ getUsageExportUrl });
    await screen.findByRole('table', { name: 'Usage by consumer' });
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() =>
      expect(alertApi.getAlerts()[0]).toMatchObject({
        message: 'Could not export usage as JSON: Failed to fetch',
        severity: 'error',
      }),
    );
  });

  it('tells others that only owners and admins see the usage', async () => {
    const getUsage = jest.fn(async () => {
      throw await responseError(
        403,
        'NotAllowedError',
        'Only the owner of granite-chat or an admin can see its usage',
      );
    });
    render({ getUsage });
    expect(
      await screen.findByText(
        /Only the model's owners and admins can see its usage/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Export CSV' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Try again' }),
    ).not.toBeInTheDocument();
  });

  it('says when nobody used the model in the range', async () => {
    render({
      getUsage: async query =>
        usageResponse({ from: query.from, to: query.to }),
    });
    expect(
      await screen.findByText('No usage in this range'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Usage by consumer' }),
    ).not.toBeInTheDocument();
  });

  it('shows a failed load with a retry', async () => {
    const getUsage = jest
      .fn()
      .mockImplementationOnce(async () => {
        throw await responseError(500, 'Error', 'Usage store unavailable');
      })
      .mockImplementation(modelUsageFake);
    render({ getUsage });
    expect(
      await screen.findByText(/Usage store unavailable/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('table', { name: 'Usage by consumer' }),
    ).toBeInTheDocument();
  });

  it('says LiteMaaS does not know the model', async () => {
    render({
      getUsage: async () => {
        throw await responseError(404, 'NotFoundError', 'No such model');
      },
    });
    expect(
      await screen.findByText('Not registered in LiteLLM'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/knows no model named granite-chat/),
    ).toBeInTheDocument();
  });

  it('asks for nothing when the entity names no model', async () => {
    const { getUsage } = render({}, { entity: aModelServer() });
    expect(
      await screen.findByText('Not registered in LiteLLM'),
    ).toBeInTheDocument();
    expect(getUsage).not.toHaveBeenCalled();
  });
});
