import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { LiteMaasApi } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aModel,
  allowAll,
  fakeApi,
  usageResponse,
} from '../../__testUtils__/fixtures';
import { LiteMaasPage } from './LiteMaasPage';
import { catalogRoutes } from '../../testing/catalogRoutes';

// An admin; non-admins are in LiteMaasPage.nonAdmin.test.tsx, since
// usePermission caches decisions for the whole test file.
function render(path: string, overrides: Partial<LiteMaasApi> = {}) {
  const api = fakeApi({
    listModels: async () => ({ items: [aModel()] }),
    getModel: async name => ({
      model: aModel({ name }),
      endpointBaseUrl: 'https://models.example.com/v1',
    }),
    listAccessRequests: async () => ({ items: [] }),
    ...overrides,
  });
  renderInTestApp(<LiteMaasPage />, {
    mountedRoutes: catalogRoutes,
    mountPath: '/litemaas',
    initialRouteEntries: [path],
    apis: [
      [litemaasApiRef, api],
      allowAll(),
      mockApis.identity({ userEntityRef: 'user:default/admin' }),
    ],
  });
  return api;
}

describe('LiteMaasPage', () => {
  it('shows every tab to an admin and moves between them', async () => {
    const listAccessRequests = jest.fn().mockResolvedValue({ items: [] });
    render('/litemaas', { listAccessRequests });

    expect(
      await screen.findByRole('tab', { name: 'Manage models' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Models' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tab', { name: 'My access' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Review' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'API keys' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Keys admin' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Audit' })).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'gpt-4o-mini' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'My access' }));
    expect(
      await screen.findByText('You have no model access yet'),
    ).toBeInTheDocument();
    expect(listAccessRequests).toHaveBeenCalledWith({ scope: 'mine' });

    await userEvent.click(screen.getByRole('tab', { name: 'Review' }));
    expect(
      await screen.findByText('No requests waiting for you'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Manage models' }));
    expect(
      await screen.findByRole('button', { name: 'Register model' }),
    ).toBeInTheDocument();
  });

  it('opens a model from the catalog', async () => {
    const getModel = jest.fn().mockResolvedValue({
      model: aModel(),
      endpointBaseUrl: 'https://models.example.com/v1',
    });
    render('/litemaas', { getModel });

    await userEvent.click(
      await screen.findByRole('link', { name: 'gpt-4o-mini' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'gpt-4o-mini' }),
    ).toBeInTheDocument();
    expect(getModel).toHaveBeenCalledWith('gpt-4o-mini');
    expect(
      screen.getByText('https://models.example.com/v1'),
    ).toBeInTheDocument();
    // The detail page belongs to the Models tab.
    expect(screen.getByRole('tab', { name: 'Models' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await userEvent.click(screen.getByRole('button', { name: 'All models' }));
    expect(
      await screen.findByRole('link', { name: 'gpt-4o-mini' }),
    ).toBeInTheDocument();
  });

  it('opens the tab a notification links to', async () => {
    const listAccessRequests = jest.fn().mockResolvedValue({ items: [] });
    render('/litemaas/review', { listAccessRequests });

    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Review' })).toHaveAttribute(
        'aria-selected',
        'true',
      ),
    );
    await waitFor(() =>
      expect(listAccessRequests).toHaveBeenCalledWith(
        expect.objectContaining({ scope: 'review' }),
      ),
    );
  });

  it('has API keys for everyone and keys admin under its own tab', async () => {
    const listKeys = jest.fn().mockResolvedValue({ items: [] });
    render('/litemaas/keys', { listKeys });
    expect(await screen.findByText('No API keys yet')).toBeInTheDocument();
    expect(listKeys).toHaveBeenCalledWith({ scope: 'mine' });
    expect(screen.getByRole('tab', { name: 'API keys' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await userEvent.click(screen.getByRole('tab', { name: 'Keys admin' }));
    await waitFor(() =>
      expect(listKeys).toHaveBeenCalledWith(
        expect.objectContaining({ scope: 'all' }),
      ),
    );
    // /admin/keys lies under /admin: the longer path picks the tab.
    expect(screen.getByRole('tab', { name: 'Keys admin' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tab', { name: 'Manage models' })).toHaveAttribute(
      'aria-selected',
      'false',
    );
    expect(
      screen.getByRole('button', { name: 'Provision workshop keys' }),
    ).toBeInTheDocument();
  });

  it('has a usage tab for everyone', async () => {
    const getUsage = jest.fn(async query =>
      usageResponse({ from: query.from, to: query.to }),
    );
    render('/litemaas', {
      getUsage,
      listKeys: jest.fn().mockResolvedValue({ items: [] }),
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Usage' }));
    expect(
      await screen.findByText('No usage in this period'),
    ).toBeInTheDocument();
    // An admin's Usage opens on everyone's.
    expect(getUsage).toHaveBeenCalledWith(
      expect.objectContaining({ scope: 'all', groupBy: 'day' }),
    );
    expect(screen.getByRole('tab', { name: 'Usage' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('has the audit trail under its own tab', async () => {
    const listAuditEvents = jest
      .fn()
      .mockResolvedValue({ items: [], total: 0, offset: 0, limit: 20 });
    render('/litemaas', { listAuditEvents });
    await userEvent.click(await screen.findByRole('tab', { name: 'Audit' }));
    expect(await screen.findByText('No audit events yet')).toBeInTheDocument();
    expect(listAuditEvents).toHaveBeenCalledWith({ offset: 0, limit: 20 });
    expect(screen.getByRole('tab', { name: 'Audit' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('says when an address leads nowhere', async () => {
    render('/litemaas/nowhere');
    expect(await screen.findByText('Page not found')).toBeInTheDocument();
  });
});
