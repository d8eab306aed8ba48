import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { GatewayStatus } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { aModel, allowAll, fakeApi } from '../../__testUtils__/fixtures';
import { ManageModelsPage } from './ManageModelsPage';
import { catalogRoutes } from '../../testing/catalogRoutes';

const userEvent = userEventBase.setup({ delay: null });

const condition = (type: string, status = 'True', message?: string) => ({
  type,
  status,
  ...(message && { message }),
});

const kuadrant: GatewayStatus = {
  id: 'kuadrant',
  description:
    'Kuadrant: API-key Secrets, AuthPolicies and (Token)RateLimitPolicies',
  publishes: true,
  models: [
    {
      model: 'gpt-4o-mini',
      route: { namespace: 'models', name: 'gpt' },
      source: 'config',
      objects: [
        {
          kind: 'AuthPolicy',
          namespace: 'models',
          name: 'litemaas-gpt-4o-mini',
          present: true,
          conditions: [condition('Accepted'), condition('Enforced')],
        },
        {
          kind: 'TokenRateLimitPolicy',
          namespace: 'models',
          name: 'litemaas-gpt-4o-mini',
          present: true,
          conditions: [
            condition('Accepted'),
            condition('Enforced', 'False', 'the route has no gateway'),
          ],
        },
        {
          kind: 'RateLimitPolicy',
          namespace: 'models',
          name: 'litemaas-gpt-4o-mini',
          present: false,
          conditions: [],
        },
      ],
    },
    {
      model: 'granite',
      route: { namespace: 'serving', name: 'shared', sectionName: 'granite' },
      source: 'portal',
      objects: [],
    },
  ],
};

function render() {
  const alertApi = mockApis.alert();
  const api = {
    listModels: jest.fn().mockResolvedValue({
      items: [
        aModel({ name: 'gpt-4o-mini' }),
        aModel({ name: 'granite' }),
        aModel({ name: 'mistral-small' }),
      ],
    }),
    getGateways: jest.fn().mockResolvedValue([kuadrant]),
    publishModelOnGateway: jest.fn().mockResolvedValue([kuadrant]),
    withdrawModelFromGateway: jest
      .fn()
      .mockResolvedValue([{ ...kuadrant, models: [kuadrant.models[0]] }]),
  };
  renderInTestApp(<ManageModelsPage />, {
    mountedRoutes: catalogRoutes,
    apis: [[litemaasApiRef, fakeApi(api)], alertApi, allowAll()],
  });
  return { api, alertApi };
}

describe('Gateways on the Manage models page', () => {
  it("shows each published model's policies and what the gateway says of them", async () => {
    render();
    const row = (await screen.findByText('models/gpt')).closest('tr')!;
    expect(within(row).getByText('AuthPolicy: enforced')).toBeInTheDocument();
    expect(
      within(row)
        .getByText('TokenRateLimitPolicy: not enforced')
        .closest('[title]'),
    ).toHaveAttribute('title', 'the route has no gateway');
    expect(within(row).getByText('RateLimitPolicy: none')).toBeInTheDocument();
    expect(within(row).getByText('Configuration')).toBeInTheDocument();
    // Configured models cannot be withdrawn here.
    expect(
      within(row).queryByRole('button', { name: 'Withdraw' }),
    ).not.toBeInTheDocument();
    const shared = screen
      .getByText('serving/shared · rule granite')
      .closest('tr')!;
    expect(within(shared).getByText('An admin')).toBeInTheDocument();
  });

  it('publishes a model on a route, and withdraws one an admin published', async () => {
    const { api, alertApi } = render();
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Publish a model through kuadrant',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Publish a model through kuadrant',
    });
    const publish = within(dialog).getByRole('button', { name: 'Publish' });
    expect(publish).toBeDisabled();
    const select = within(dialog).getByLabelText(/Model/);
    // Models already published are not offered.
    expect(
      within(select)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Choose a model', 'mistral-small']);
    await userEvent.selectOptions(select, 'mistral-small');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Route namespace/ }),
      'models',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /HTTPRoute name/ }),
      'mistral',
    );
    await userEvent.click(publish);
    await waitFor(() =>
      expect(api.publishModelOnGateway).toHaveBeenCalledWith(
        'kuadrant',
        'mistral-small',
        { namespace: 'models', name: 'mistral' },
      ),
    );
    await waitFor(() =>
      expect(alertApi.getAlerts().at(-1)?.message).toContain(
        'mistral-small is published through kuadrant',
      ),
    );

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    const shared = screen
      .getByText('serving/shared · rule granite')
      .closest('tr')!;
    await userEvent.click(
      within(shared).getByRole('button', { name: 'Withdraw' }),
    );
    const confirm = await screen.findByRole('dialog', {
      name: 'Withdraw granite?',
    });
    await userEvent.click(
      within(confirm).getByRole('button', { name: 'Withdraw' }),
    );
    await waitFor(() =>
      expect(api.withdrawModelFromGateway).toHaveBeenCalledWith(
        'kuadrant',
        'granite',
      ),
    );
    await waitFor(() =>
      expect(
        screen.queryByText('serving/shared · rule granite'),
      ).not.toBeInTheDocument(),
    );
  });

  it('shows nothing of gateways when none is installed', async () => {
    renderInTestApp(<ManageModelsPage />, {
      mountedRoutes: catalogRoutes,
      apis: [
        [
          litemaasApiRef,
          fakeApi({
            listModels: jest.fn().mockResolvedValue({ items: [aModel()] }),
          }),
        ],
        mockApis.alert(),
        allowAll(),
      ],
    });
    await screen.findByText(/All models/);
    expect(screen.queryByText(/Published through/)).not.toBeInTheDocument();
  });
});
