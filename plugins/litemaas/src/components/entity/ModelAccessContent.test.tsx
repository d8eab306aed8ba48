import { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { AccessRequestQuery } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aKey,
  aModel,
  aRequest,
  denyAll,
  FakeApiOverrides,
  fakeApi,
  responseError,
} from '../../__testUtils__/fixtures';
import { ModelAccessContent } from './ModelAccessContent';
import { aModelServer, MODEL_NAME } from './__testUtils__/entities';
import { catalogRoutes } from '../../testing/catalogRoutes';

// Users without the manage permission: usePermission caches decisions for
// the whole file (admins are in ModelServerCard.admin.test.tsx).

function render(overrides: FakeApiOverrides, entity?: Entity) {
  renderInTestApp(
    <EntityProvider entity={entity ?? aModelServer(MODEL_NAME)}>
      <ModelAccessContent />
    </EntityProvider>,
    {
      mountedRoutes: catalogRoutes,
      apis: [
        [litemaasApiRef, fakeApi(overrides)],
        denyAll(),
        mockApis.identity({
          userEntityRef: 'user:default/alice',
          ownershipEntityRefs: ['user:default/alice', 'group:default/search'],
        }),
      ],
    },
  );
}

const granite = aModel({
  name: 'granite-chat',
  providerModel: 'hosted_vllm/granite',
  accessPolicy: 'open',
  inputPricePer1M: 0.2,
  outputPricePer1M: 0.8,
  contextWindow: 131072,
  defaultLimits: { tpm: 10000, maxBudget: 20, budgetDuration: '30d' },
  ownerRef: 'group:default/ml-platform',
});

const mine = [
  aRequest({
    id: 'r-old',
    modelName: 'granite-chat',
    status: 'denied',
    createdAt: '2026-10-01T10:00:00Z',
    decidedAt: '2026-10-02T10:00:00Z',
    decidedBy: 'user:default/bob',
    decisionReason: 'Use the team grant',
  }),
  aRequest({
    id: 'r-team',
    modelName: 'granite-chat',
    status: 'granted',
    subjectRef: 'group:default/search',
    limits: { tpm: 5000 },
  }),
];

const keys = [
  aKey({ id: 'k1', name: 'granite-laptop', models: ['granite-chat'] }),
  aKey({
    id: 'k2',
    name: 'team-bot',
    models: ['gpt-4o-mini', 'granite-chat'],
    subjectRef: 'group:default/search',
    status: 'expiring-soon',
  }),
  aKey({ id: 'k3', name: 'other-model', models: ['gpt-4o-mini'] }),
];

describe('ModelAccessContent', () => {
  it('shows the model and my requests and keys for it', async () => {
    const listAccessRequests = jest.fn(async (query?: AccessRequestQuery) => {
      expect(query).toEqual({ scope: 'mine', model: 'granite-chat' });
      return { items: mine };
    });
    const listKeys = jest.fn().mockResolvedValue({ items: keys });
    render({
      getModel: async () => ({ model: granite }),
      listAccessRequests,
      listKeys,
    });

    const summary = await screen.findByLabelText('granite-chat in LiteMaaS');
    expect(within(summary).getByText('Open')).toBeInTheDocument();
    expect(within(summary).getByText('$0.20')).toBeInTheDocument();
    expect(within(summary).getByText('$0.80')).toBeInTheDocument();
    expect(within(summary).getByText('131.1K')).toBeInTheDocument();
    expect(
      within(summary).getByText('10K TPM · $20 per 30 days'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open in AI Models' }),
    ).toHaveAttribute('href', '/litemaas/models/granite-chat');

    const requests = await screen.findByRole('table', {
      name: 'My requests for granite-chat',
    });
    const rows = within(requests).getAllByRole('row').slice(1);
    // Newest first.
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Granted')).toBeInTheDocument();
    expect(within(rows[0]).getByText('search')).toBeInTheDocument();
    expect(within(rows[0]).getByText('5K TPM')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Denied')).toBeInTheDocument();
    expect(within(rows[1]).getByText('You')).toBeInTheDocument();
    expect(
      within(rows[1]).getByText(/bob, .*: Use the team grant/),
    ).toBeInTheDocument();

    const myKeys = await screen.findByRole('table', {
      name: 'My API keys for granite-chat',
    });
    expect(within(myKeys).getByText('granite-laptop')).toBeInTheDocument();
    expect(within(myKeys).getByText('team-bot')).toBeInTheDocument();
    expect(within(myKeys).getByText('Expiring soon')).toBeInTheDocument();
    expect(within(myKeys).queryByText('other-model')).not.toBeInTheDocument();
    expect(listKeys).toHaveBeenCalledTimes(1);

    // Not a reviewer: no review queue, and no call for it.
    expect(screen.queryByText(/Pending review/)).not.toBeInTheDocument();
    expect(listAccessRequests).toHaveBeenCalledTimes(1);
    expect(
      screen.getByRole('link', { name: 'Manage in My access' }),
    ).toHaveAttribute('href', '/litemaas/access');
  });

  it('says when there are no requests or keys, and reloads after a request', async () => {
    const listAccessRequests = jest
      .fn()
      .mockResolvedValueOnce({ items: [] })
      .mockResolvedValue({
        items: [aRequest({ modelName: 'granite-chat', status: 'granted' })],
      });
    const getModel = jest.fn().mockResolvedValue({ model: granite });
    const createAccessRequest = jest
      .fn()
      .mockResolvedValue(
        aRequest({ modelName: 'granite-chat', status: 'granted' }),
      );
    render({
      getModel,
      listAccessRequests,
      listKeys: async () => ({ items: [keys[2]] }),
      createAccessRequest,
    });

    expect(
      await screen.findByText(
        'Neither you nor your teams have asked for access to granite-chat.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('None of your API keys include granite-chat.'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Request access' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Submit request' }),
    );
    expect(createAccessRequest).toHaveBeenCalledWith({
      modelName: 'granite-chat',
    });
    expect(
      await screen.findByRole('table', {
        name: 'My requests for granite-chat',
      }),
    ).toBeInTheDocument();
    await waitFor(() => expect(getModel).toHaveBeenCalledTimes(2));
  });

  it('shows reviewers the requests waiting for them', async () => {
    const listAccessRequests = jest.fn(async (query?: AccessRequestQuery) =>
      query?.scope === 'review'
        ? {
            items: [
              aRequest({
                id: 'p1',
                modelName: 'granite-chat',
                requestedBy: 'user:default/carol',
                subjectRef: 'group:default/payments',
                justification: 'Fraud summaries',
              }),
            ],
          }
        : { items: [] },
    );
    render({
      getModel: async () => ({ model: { ...granite, canReview: true } }),
      listAccessRequests,
      listKeys: async () => ({ items: [] }),
    });

    const pending = await screen.findByRole('table', {
      name: 'Pending requests for granite-chat',
    });
    expect(listAccessRequests).toHaveBeenCalledWith({
      scope: 'review',
      model: 'granite-chat',
    });
    expect(
      within(pending).getByRole('link', { name: 'carol' }),
    ).toHaveAttribute('href', '/catalog/default/user/carol');
    expect(within(pending).getByText('payments')).toBeInTheDocument();
    expect(within(pending).getByText('Fraud summaries')).toBeInTheDocument();
    expect(screen.getByText('Pending review (1)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the review queue' }),
    ).toHaveAttribute('href', '/litemaas/review');
  });

  it('says a model unknown to LiteMaaS is not registered', async () => {
    render({
      getModel: () =>
        responseError(404, 'NotFoundError', 'No such model').then(e =>
          Promise.reject(e),
        ),
    });
    expect(
      await screen.findByText('Not registered in LiteLLM'),
    ).toBeInTheDocument();
    // Users cannot register models.
    expect(screen.queryByText('Register in LiteLLM')).not.toBeInTheDocument();
  });

  it('handles an entity without a model name', async () => {
    render({}, aModelServer());
    expect(
      await screen.findByText('Not registered in LiteLLM'),
    ).toBeInTheDocument();
    expect(screen.getByText(/No litemaas.io\/model-name/)).toBeInTheDocument();
  });

  it('shows why the model could not be loaded, and retries', async () => {
    const getModel = jest
      .fn()
      .mockImplementationOnce(() =>
        responseError(502, 'Error', 'LiteLLM unreachable').then(e =>
          Promise.reject(e),
        ),
      )
      .mockResolvedValue({ model: granite });
    render({
      getModel,
      listAccessRequests: async () => ({ items: [] }),
      listKeys: async () => ({ items: [] }),
    });
    expect(await screen.findByText(/LiteLLM unreachable/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByLabelText('granite-chat in LiteMaaS'),
    ).toBeInTheDocument();
  });

  it('shows a failed list inline, next to what did load', async () => {
    render({
      getModel: async () => ({ model: granite }),
      listAccessRequests: async () => ({ items: [] }),
      listKeys: () =>
        responseError(500, 'Error', 'Key store offline').then(e =>
          Promise.reject(e),
        ),
    });
    expect(
      await screen.findByText(
        /Could not load your API keys: Key store offline/,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Neither you nor your teams have asked for access to granite-chat.',
      ),
    ).toBeInTheDocument();
  });
});
