import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  LiteMaasApi,
  ReconcileReport,
  ReconcileStatus,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { aKey, fakeApi } from '../../__testUtils__/fixtures';
import { Reconciliation } from './Reconciliation';
import { catalogRoutes } from '../../testing/catalogRoutes';

const userEvent = userEventBase.setup({ delay: null });

const HASH = 'abcdef0123456789'.repeat(4);

function aReport(overrides: Partial<ReconcileReport> = {}): ReconcileReport {
  return {
    startedAt: '2026-12-01T10:00:00Z',
    finishedAt: '2026-12-01T10:00:01Z',
    instanceId: 'portal-a',
    gatewayKeys: 12,
    listingStable: true,
    completed: 0,
    removedFromGateway: 0,
    markedRevoked: 0,
    resynced: 0,
    adopted: 0,
    waiting: 0,
    missingFromListOnly: 0,
    heldBack: 0,
    unmanaged: [],
    otherPortals: [],
    attention: [],
    ...overrides,
  };
}

function aStatus(overrides: Partial<ReconcileStatus> = {}): ReconcileStatus {
  const at = new Date(Date.now() - 60_000).toISOString();
  return {
    status: 'ok',
    startedAt: at,
    finishedAt: at,
    reportAt: at,
    report: aReport(),
    holds: [],
    ...overrides,
  };
}

function render(overrides: Partial<LiteMaasApi>) {
  const alertApi = mockApis.alert();
  const getEntities = jest.fn().mockResolvedValue({
    items: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: 'alice', namespace: 'default' },
        spec: { profile: { displayName: 'Alice Developer' } },
      },
    ],
  });
  renderInTestApp(<Reconciliation pollIntervalMs={1} />, {
    mountedRoutes: catalogRoutes,
    apis: [
      [litemaasApiRef, fakeApi(overrides)],
      [catalogApiRef, catalogApiMock.mock({ getEntities })],
      alertApi,
    ],
  });
  return { alertApi };
}

describe('Reconciliation', () => {
  it('shows the last run, and runs one now through the scheduled task', async () => {
    const requestedAt = new Date().toISOString();
    const later = new Date(Date.now() + 1000).toISOString();
    const reconcileKeys = jest
      .fn()
      .mockResolvedValue(aStatus({ status: 'running', requestedAt }));
    const getReconcileStatus = jest
      .fn()
      .mockResolvedValueOnce(aStatus())
      .mockResolvedValueOnce(aStatus({ status: 'running', requestedAt }))
      .mockResolvedValue(
        aStatus({
          requestedAt,
          startedAt: later,
          finishedAt: later,
          reportAt: later,
          report: aReport({ gatewayKeys: 13, markedRevoked: 2 }),
        }),
      );
    render({ reconcileKeys, getReconcileStatus });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Last reconciliation 1 minute ago: 12 keys in LiteLLM',
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Reconcile now' }),
    );
    expect(reconcileKeys).toHaveBeenCalledTimes(1);
    // It waits for a run that finished after the request.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        '13 keys in LiteLLM · 0 unfinished changes completed · 0 removed from LiteLLM · 2 marked revoked',
      ),
    );
    expect(getReconcileStatus).toHaveBeenCalledTimes(3);
  });

  it('lists held-back repairs and confirms them', async () => {
    const holds = [
      {
        id: 'h1',
        action: 'mark-revoked' as const,
        keyId: 'k1',
        tokenHash: HASH,
        alias: 'litemaas-k1',
        ownerRef: 'user:default/alice',
        reason: 'LiteLLM has no such key any more (deleted there?)',
        createdAt: new Date().toISOString(),
      },
      {
        id: 'h2',
        action: 'mark-revoked' as const,
        keyId: 'k2',
        tokenHash: HASH.replace('a', 'b'),
        alias: 'litemaas-k2',
        reason: 'LiteLLM has no such key any more (deleted there?)',
        createdAt: new Date().toISOString(),
      },
    ];
    const confirmHeldActions = jest.fn().mockResolvedValue({
      results: [{ id: 'h2', outcome: 'done', message: 'Marked revoked' }],
    });
    const getReconcileStatus = jest
      .fn()
      .mockResolvedValueOnce(
        aStatus({ holds, report: aReport({ heldBack: 2 }) }),
      )
      .mockResolvedValue(aStatus({ holds: [holds[0]] }));
    const { alertApi } = render({ getReconcileStatus, confirmHeldActions });
    const table = await screen.findByRole('table', {
      name: 'Held-back repairs',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('2 repairs held back')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select litemaas-k2' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Confirm 1 selected' }),
    );
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Confirm',
      }),
    );
    expect(confirmHeldActions).toHaveBeenCalledWith(['h2']);
    await waitFor(() =>
      expect(screen.getByText('1 repairs held back')).toBeInTheDocument(),
    );
    expect(alertApi.getAlerts()[0].message).toBe(
      '1 of 1 done; 0 no longer needed or failed (each was checked again).',
    );
  });

  it('adopts a key made outside the portal for a chosen owner, or leaves it', async () => {
    const unmanaged = [
      {
        tokenHash: HASH,
        alias: 'ansible-ci',
        userId: 'alice',
        origin: 'outside' as const,
        suggestedOwnerRef: 'user:default/alice',
      },
      {
        tokenHash: HASH.replace('a', 'c'),
        alias: 'legacy-batch',
        origin: 'outside' as const,
      },
    ];
    const adoptKey = jest
      .fn()
      .mockResolvedValue(
        aKey({ name: 'ansible-ci', subjectRef: 'user:default/alice' }),
      );
    const leaveKey = jest.fn().mockResolvedValue(undefined);
    const getReconcileStatus = jest
      .fn()
      .mockResolvedValueOnce(aStatus({ report: aReport({ unmanaged }) }))
      .mockResolvedValue(
        aStatus({ report: aReport({ unmanaged: [unmanaged[1]] }) }),
      );
    render({ getReconcileStatus, adoptKey, leaveKey });
    const table = await screen.findByRole('table', { name: 'Unmanaged keys' });
    expect(within(table).getByText('ansible-ci')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Adopt ansible-ci' }),
    );
    const dialog = await screen.findByRole('dialog');
    // The suggestion is filled in, for the admin to check.
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Owner')).toHaveValue(
        'Alice Developer (alice)',
      ),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Adopt' }),
    );
    expect(adoptKey).toHaveBeenCalledWith(HASH, {
      ownerRef: 'user:default/alice',
      name: 'ansible-ci',
    });
    await waitFor(() =>
      expect(screen.queryByText('ansible-ci')).not.toBeInTheDocument(),
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Leave legacy-batch' }),
    );
    expect(leaveKey).toHaveBeenCalledWith(HASH.replace('a', 'c'));
    await waitFor(() =>
      expect(
        screen.getByText(/Every key in LiteLLM is known to the portal/),
      ).toBeInTheDocument(),
    );
  });

  it('says so when the last run failed', async () => {
    render({
      getReconcileStatus: async () =>
        aStatus({ status: 'failed', error: 'LiteLLM did not answer' }),
    });
    expect(
      await screen.findByText(/The last reconciliation failed/),
    ).toHaveTextContent('LiteLLM did not answer');
  });
});
