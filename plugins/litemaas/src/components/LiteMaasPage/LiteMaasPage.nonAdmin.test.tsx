import { renderInTestApp } from '@backstage/frontend-test-utils';
import { LiteMaasModel } from '@litemaas/backstage-plugin-litemaas-common';
import { screen } from '@testing-library/react';
import { litemaasApiRef } from '../../api';
import { aModel, denyAll, fakeApi } from '../../__testUtils__/fixtures';
import { LiteMaasPage } from './LiteMaasPage';
import { catalogRoutes } from '../../testing/catalogRoutes';

// Users without the manage permission. Kept apart from the admin tests:
// usePermission caches decisions for the whole test file.
function render(path: string, models: LiteMaasModel[]) {
  renderInTestApp(<LiteMaasPage />, {
    mountedRoutes: catalogRoutes,
    mountPath: '/litemaas',
    initialRouteEntries: [path],
    apis: [
      [
        litemaasApiRef,
        fakeApi({
          listModels: async () => ({ items: models }),
          listAccessRequests: async () => ({ items: [] }),
        }),
      ],
      denyAll(),
    ],
  });
}

describe('LiteMaasPage for non-admins', () => {
  it('shows the catalog and my access only', async () => {
    render('/litemaas', [aModel({ canReview: false })]);
    expect(
      await screen.findByRole('link', { name: 'gpt-4o-mini' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Models' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'My access' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'API keys' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Usage' })).toBeInTheDocument();
    expect(
      screen.queryByRole('tab', { name: 'Review' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('tab', { name: 'Manage models' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('tab', { name: 'Keys admin' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('tab', { name: 'Audit' }),
    ).not.toBeInTheDocument();
  });

  it('adds the review tab for owners who may review a model', async () => {
    render('/litemaas', [aModel({ canReview: true })]);
    expect(
      await screen.findByRole('tab', { name: 'Review' }),
    ).toBeInTheDocument();
    // Owners see the audit trail of their models.
    expect(screen.getByRole('tab', { name: 'Audit' })).toBeInTheDocument();
    expect(
      screen.queryByRole('tab', { name: 'Manage models' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the admin page closed', async () => {
    render('/litemaas/admin', [aModel()]);
    expect(
      await screen.findByText(/Only admins can manage models/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Register model' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the keys admin page closed', async () => {
    render('/litemaas/admin/keys', [aModel()]);
    expect(
      await screen.findByText(/Only admins can manage keys/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Provision workshop keys' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the offboarding section closed, where notifications link', async () => {
    render('/litemaas/admin/keys?section=offboarding', [aModel()]);
    expect(
      await screen.findByText(/Only admins can manage keys/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Run now' }),
    ).not.toBeInTheDocument();
  });
});
