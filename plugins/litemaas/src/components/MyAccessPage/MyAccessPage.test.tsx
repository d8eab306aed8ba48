import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { LiteMaasApi } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { aRequest, fakeApi } from '../../__testUtils__/fixtures';
import { MyAccessPage } from './MyAccessPage';
import { catalogRoutes } from '../../testing/catalogRoutes';

const pending = aRequest({ id: 'req-pending', modelName: 'claude-sonnet' });
const denied = aRequest({
  id: 'req-denied',
  modelName: 'o3',
  status: 'denied',
  decidedBy: 'user:default/bob',
  decidedAt: '2026-11-21T10:00:00Z',
  decisionReason: 'Use o4-mini for this workload',
});
const granted = aRequest({
  id: 'req-granted',
  modelName: 'gpt-4o-mini',
  subjectRef: 'group:default/payments',
  requestedBy: 'user:default/carol',
  status: 'granted',
  limits: { tpm: 10000, rpm: 60, maxBudget: 50, budgetDuration: '30d' },
  decidedBy: 'system:litemaas',
  decidedAt: '2026-11-20T10:00:00Z',
  decisionReason: 'Open model: granted on request',
});

function render(overrides: Partial<LiteMaasApi>) {
  const alertApi = mockApis.alert();
  const listAccessRequests = jest
    .fn()
    .mockResolvedValue({ items: [pending, denied, granted] });
  const api = fakeApi({ listAccessRequests, ...overrides });
  renderInTestApp(<MyAccessPage />, {
    mountedRoutes: catalogRoutes,
    apis: [[litemaasApiRef, api], alertApi],
  });
  return { alertApi, listAccessRequests };
}

const rowOf = async (model: string) =>
  (await screen.findByRole('link', { name: model })).closest('tr')!;

describe('MyAccessPage', () => {
  it('lists requests and grants with status, decision and limits', async () => {
    const { listAccessRequests } = render({});
    const grantedRow = await rowOf('gpt-4o-mini');

    expect(listAccessRequests).toHaveBeenCalledWith({ scope: 'mine' });
    expect(within(grantedRow).getByText('payments')).toBeInTheDocument();
    expect(within(grantedRow).getByText('by carol')).toBeInTheDocument();
    expect(within(grantedRow).getByText('Granted')).toBeInTheDocument();
    expect(within(grantedRow).getByText('LiteMaaS')).toBeInTheDocument();
    expect(
      within(grantedRow).getByText('10K TPM · 60 RPM · $50 per 30 days'),
    ).toBeInTheDocument();

    // A denial's reason stands out, with a banner above the table.
    const deniedRow = await rowOf('o3');
    expect(within(deniedRow).getByText('Me')).toBeInTheDocument();
    expect(
      within(deniedRow).getByText('Use o4-mini for this workload'),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 request was denied/)).toBeInTheDocument();
  });

  it('cancels a pending request', async () => {
    const cancelAccessRequest = jest
      .fn()
      .mockResolvedValue({ ...pending, status: 'cancelled' });
    const { alertApi, listAccessRequests } = render({ cancelAccessRequest });

    const row = await rowOf('claude-sonnet');
    expect(
      within(row).queryByRole('button', { name: 'Give up access' }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      within(row).getByRole('button', { name: 'Cancel request' }),
    );

    expect(cancelAccessRequest).toHaveBeenCalledWith('req-pending');
    await waitFor(() =>
      expect(alertApi.getAlerts()[0]).toMatchObject({
        message: 'Request for claude-sonnet cancelled.',
        severity: 'success',
      }),
    );
    await waitFor(() => expect(listAccessRequests).toHaveBeenCalledTimes(2));
  });

  it('asks for a review of a denied request with a justification', async () => {
    const requestAccessReview = jest
      .fn()
      .mockResolvedValue({ ...denied, status: 'pending' });
    const { alertApi, listAccessRequests } = render({ requestAccessReview });

    const row = await rowOf('o3');
    await userEvent.click(
      within(row).getByRole('button', { name: 'Ask for review' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Ask for a review of o3',
    });
    expect(
      within(dialog).getByText(/Denied by bob: Use o4-mini for this workload/),
    ).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByLabelText('Justification'),
      'o4-mini lacks the context window we need',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Ask for review' }),
    );

    expect(requestAccessReview).toHaveBeenCalledWith(
      'req-denied',
      'o4-mini lacks the context window we need',
    );
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toMatch(/back in review/),
    );
    await waitFor(() => expect(listAccessRequests).toHaveBeenCalledTimes(2));
  });

  it('gives up a grant after confirming', async () => {
    const revokeAccess = jest
      .fn()
      .mockResolvedValue({ ...granted, status: 'revoked' });
    const { alertApi } = render({ revokeAccess });

    const row = await rowOf('gpt-4o-mini');
    await userEvent.click(
      within(row).getByRole('button', { name: 'Give up access' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Give up access to gpt-4o-mini?',
    });
    expect(
      within(dialog).getByText(/payments will no longer be able to use/),
    ).toBeInTheDocument();
    expect(revokeAccess).not.toHaveBeenCalled();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Give up access' }),
    );

    expect(revokeAccess).toHaveBeenCalledWith('req-granted');
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toBe(
        'Access to gpt-4o-mini for payments given up.',
      ),
    );
  });

  it('shows why an action failed', async () => {
    const cancelAccessRequest = jest
      .fn()
      .mockRejectedValue(new Error('Request is no longer pending'));
    const { alertApi } = render({ cancelAccessRequest });
    const row = await rowOf('claude-sonnet');
    await userEvent.click(
      within(row).getByRole('button', { name: 'Cancel request' }),
    );
    await waitFor(() =>
      expect(alertApi.getAlerts()[0]).toMatchObject({
        message:
          'Could not cancel the request for claude-sonnet: Request is no longer pending',
        severity: 'error',
      }),
    );
  });

  it('expands a request into its history', async () => {
    const getAccessRequest = jest.fn().mockResolvedValue({
      request: denied,
      history: [
        {
          requestId: 'req-denied',
          at: '2026-11-21T10:00:00Z',
          actorRef: 'user:default/bob',
          action: 'denied',
          fromStatus: 'pending',
          toStatus: 'denied',
          reason: 'Use o4-mini for this workload',
        },
        {
          requestId: 'req-denied',
          at: '2026-11-20T10:00:00Z',
          actorRef: 'user:default/alice',
          action: 'requested',
          toStatus: 'pending',
        },
      ],
    });
    render({ getAccessRequest });

    await rowOf('o3');
    await userEvent.click(
      screen.getByRole('button', { name: 'Show history of o3' }),
    );
    const history = await screen.findByRole('list', {
      name: 'Request history',
    });
    expect(getAccessRequest).toHaveBeenCalledWith('req-denied');
    expect(
      screen.getByRole('button', { name: 'Hide history of o3' }),
    ).toHaveAttribute('aria-expanded', 'true');
    const items = within(history).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('alice asked for access');
    expect(items[1]).toHaveTextContent('bob denied the request');
    expect(items[1]).toHaveTextContent('Use o4-mini for this workload');
  });

  it('filters by status and says when there is nothing yet', async () => {
    render({});
    await rowOf('o3');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'granted');
    expect(screen.queryByRole('link', { name: 'o3' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'gpt-4o-mini' }),
    ).toBeInTheDocument();
  });

  it('keeps a hidden column hidden when the list changes', async () => {
    render({});
    await rowOf('o3');
    expect(
      screen.getByRole('columnheader', { name: 'Limits' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show Columns' }));
    await userEvent.click(
      within(screen.getByRole('menu')).getByRole('checkbox', {
        name: 'Limits',
      }),
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(
        screen.queryByRole('columnheader', { name: 'Limits' }),
      ).not.toBeInTheDocument(),
    );

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'granted');
    await screen.findByText('My access (1)');
    expect(
      screen.queryByRole('columnheader', { name: 'Limits' }),
    ).not.toBeInTheDocument();
  });

  it('invites to browse models when there is no access yet', async () => {
    renderInTestApp(<MyAccessPage />, {
      mountedRoutes: catalogRoutes,
      apis: [
        [
          litemaasApiRef,
          fakeApi({ listAccessRequests: async () => ({ items: [] }) }),
        ],
      ],
    });
    expect(
      await screen.findByText('You have no model access yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Browse models' }),
    ).toHaveAttribute('href', '/litemaas');
  });
});
