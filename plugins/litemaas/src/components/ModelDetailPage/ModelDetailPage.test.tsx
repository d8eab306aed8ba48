import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { LiteMaasApi } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aModel,
  aRequest,
  fakeApi,
  freezeDate,
  modelUsageFake,
  usageResponse,
} from '../../__testUtils__/fixtures';
import { ModelDetailPage } from './ModelDetailPage';
import { catalogRoutes } from '../../testing/catalogRoutes';

const model = aModel({
  name: 'claude-sonnet',
  provider: 'anthropic',
  providerModel: 'anthropic/claude-sonnet-4',
  description: 'Careful writer with a long memory',
  contextWindow: 200000,
  maxOutputTokens: 64000,
  inputPricePer1M: 3,
  outputPricePer1M: 15,
  capabilities: ['vision', 'reasoning'],
  accessPolicy: 'restricted',
  ownerRef: 'group:default/ml-platform',
  defaultLimits: { tpm: 20000, rpm: 60, maxBudget: 50, budgetDuration: '30d' },
});

function render(overrides: Partial<LiteMaasApi>) {
  const alertApi = mockApis.alert();
  renderInTestApp(<ModelDetailPage />, {
    mountedRoutes: catalogRoutes,
    mountPath: '/litemaas/models/:name',
    initialRouteEntries: ['/litemaas/models/claude-sonnet'],
    apis: [
      [litemaasApiRef, fakeApi(overrides)],
      alertApi,
      mockApis.identity({
        userEntityRef: 'user:default/alice',
        ownershipEntityRefs: ['user:default/alice', 'group:default/payments'],
      }),
    ],
  });
  return { alertApi };
}

describe('ModelDetailPage', () => {
  it('shows what the model is, costs and how to call it', async () => {
    const getModel = jest.fn().mockResolvedValue({
      model,
      endpointBaseUrl: 'https://models.example.com/v1',
    });
    render({ getModel });

    expect(
      await screen.findByRole('heading', { name: 'claude-sonnet' }),
    ).toBeInTheDocument();
    expect(getModel).toHaveBeenCalledWith('claude-sonnet');
    expect(
      screen.getByText('Careful writer with a long memory'),
    ).toBeInTheDocument();
    expect(screen.getByText('anthropic')).toBeInTheDocument();
    expect(screen.getByText('200K')).toBeInTheDocument();
    expect(screen.getByText('64K')).toBeInTheDocument();
    expect(screen.getByText('$3.00')).toBeInTheDocument();
    expect(screen.getByText('$15.00')).toBeInTheDocument();
    expect(screen.getByText('Reasoning')).toBeInTheDocument();
    expect(screen.getByText('20K')).toBeInTheDocument();
    expect(screen.getByText('60')).toBeInTheDocument();
    expect(screen.getByText('$50 per 30 days')).toBeInTheDocument();
    expect(screen.getByTestId('endpoint-url')).toHaveTextContent(
      'https://models.example.com/v1',
    );
    expect(
      screen.getByRole('button', { name: 'Copy endpoint URL' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ml-platform' })).toHaveAttribute(
      'href',
      '/catalog/default/group/ml-platform',
    );
    expect(screen.getByText('None yet')).toBeInTheDocument();
    // No limit on how long grants last: nothing said about it.
    expect(screen.queryByText('Grant length')).not.toBeInTheDocument();
  });

  it('says how long grants of the model last at most', async () => {
    render({
      getModel: async () => ({ model: { ...model, maxGrantDays: 90 } }),
    });
    expect(
      await screen.findByText('Grants last at most 90 days'),
    ).toBeInTheDocument();
    expect(screen.getByText('Grant length')).toBeInTheDocument();
  });

  it('requests access and refreshes the model', async () => {
    const getModel = jest
      .fn()
      .mockResolvedValueOnce({ model })
      .mockResolvedValue({
        model: {
          ...model,
          myAccess: [
            {
              id: 'req-9',
              status: 'pending',
              subjectRef: 'user:default/alice',
            },
          ],
        },
      });
    const createAccessRequest = jest
      .fn()
      .mockResolvedValue(aRequest({ id: 'req-9', modelName: 'claude-sonnet' }));
    const { alertApi } = render({ getModel, createAccessRequest });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Request access' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Justification/ }),
      'Code review bot',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Submit request' }),
    );

    expect(createAccessRequest).toHaveBeenCalledWith({
      modelName: 'claude-sonnet',
      justification: 'Code review bot',
    });
    await waitFor(() => expect(getModel).toHaveBeenCalledTimes(2));
    expect(alertApi.getAlerts()[0].message).toMatch(/pending review/);
    // Now pending for the caller: the status replaces the button.
    expect(await screen.findByText('Your access:')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Request access' }),
    ).not.toBeInTheDocument();
  });

  it('shows the caller’s own access instead of the request button', async () => {
    render({
      getModel: async () => ({
        model: {
          ...model,
          myAccess: [
            { id: 'r1', status: 'granted', subjectRef: 'user:default/alice' },
          ],
        },
      }),
    });
    expect(await screen.findByText('Your access:')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Request access' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'View in My access' }),
    ).toHaveAttribute('href', '/litemaas/access');
    // Teams can still ask.
    expect(
      await screen.findByRole('button', { name: 'Request for a team' }),
    ).toBeInTheDocument();
  });

  it('says when the model does not exist', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotFoundError', message: "No model named 'x'" },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    render({ getModel: () => Promise.reject(error) });
    expect(await screen.findByText('Model not found')).toBeInTheDocument();
  });

  describe('usage for owners', () => {
    beforeEach(() => freezeDate('2026-11-23T12:00:00Z'));
    afterEach(() => jest.useRealTimers());

    const getUsage = modelUsageFake;

    it("shows the model's usage over 30 days to those who review it", async () => {
      const usage = jest.fn(getUsage);
      render({
        getModel: async () => ({ model: { ...model, canReview: true } }),
        getUsage: usage,
      });

      const table = await screen.findByRole('table', {
        name: 'Usage by consumer',
      });
      const base = {
        from: '2026-10-25',
        to: '2026-11-23',
        scope: 'model',
        model: 'claude-sonnet',
      };
      expect(usage).toHaveBeenCalledWith({ ...base, groupBy: 'day' });
      expect(usage).toHaveBeenCalledWith({ ...base, groupBy: 'subject' });
      expect(usage).toHaveBeenCalledTimes(2);

      expect(screen.getByText('Usage')).toBeInTheDocument();
      expect(screen.getByTestId('model-usage-summary')).toHaveTextContent(
        '200 requests · 1.5M tokens · $4.50 · 5% errors',
      );
      const chart = screen.getByRole('group', { name: /^Tokens per day/ });
      expect(within(chart).getAllByRole('listitem')).toHaveLength(30);
      expect(
        within(chart).getByRole('listitem', {
          name: 'Nov 20, 2026: 1,500,000 (1,000,000 prompt, 500,000 completion)',
        }),
      ).toBeInTheDocument();

      const rows = within(table).getAllByRole('row');
      expect(rows[0]).toHaveTextContent(
        'User or teamRequestsTokensSpendError rate',
      );
      // Costliest first; error rate = failed / requests.
      expect(rows[1]).toHaveTextContent('paymentsteam1501,200,000$4.000%');
      expect(rows[2]).toHaveTextContent('aliceuser50300,000$0.5020%');
    });

    it('keeps usage from those who do not review the model', async () => {
      const usage = jest.fn(getUsage);
      render({ getModel: async () => ({ model }), getUsage: usage });
      expect(
        await screen.findByRole('heading', { name: 'claude-sonnet' }),
      ).toBeInTheDocument();
      expect(screen.getByText('About this model')).toBeInTheDocument();
      expect(screen.queryByText('Usage')).not.toBeInTheDocument();
      expect(
        screen.queryByRole('table', { name: 'Usage by consumer' }),
      ).not.toBeInTheDocument();
      expect(usage).not.toHaveBeenCalled();
    });

    it('says when the model was not used', async () => {
      render({
        getModel: async () => ({ model: { ...model, canReview: true } }),
        getUsage: async query =>
          usageResponse({ from: query.from, to: query.to }),
      });
      expect(
        await screen.findByText('No usage in the last 30 days.'),
      ).toBeInTheDocument();
    });
  });
});
