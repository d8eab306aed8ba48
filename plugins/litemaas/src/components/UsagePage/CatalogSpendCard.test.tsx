import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  CatalogSpendGroupBy,
  CatalogSpendReport,
  CatalogSpendRow,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { fakeApi } from '../../__testUtils__/fixtures';
import { englishLeft, languageApis } from '../../__testUtils__/i18n';
import de from '../../translations/de';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { CatalogSpendCard } from './CatalogSpendCard';

const userEvent = userEventBase.setup({ delay: null });

const metrics = (spend: number) => ({
  spend,
  promptTokens: 100,
  completionTokens: 0,
  totalTokens: 100,
  requests: 2,
  successfulRequests: 2,
  failedRequests: 0,
});
const row = (
  ref: string,
  spend: number,
  extra: Partial<CatalogSpendRow> = {},
): CatalogSpendRow => ({
  ref,
  components: 1,
  keys: 1,
  ...metrics(spend),
  ...extra,
});

const REPORTS: Record<CatalogSpendGroupBy, CatalogSpendRow[]> = {
  component: [
    row('component:default/payments-api', 3, {
      parentRef: 'system:default/payments',
    }),
    row('component:default/search-api', 1),
  ],
  system: [row('system:default/payments', 3), row('none', 1)],
  domain: [row('domain:default/finance', 3), row('none', 1)],
};

function render(
  options: { isAdmin?: boolean; fail?: boolean; extra?: any[] } = {},
) {
  const getCatalogSpend = jest.fn(
    async (query: {
      from: string;
      to: string;
      groupBy: CatalogSpendGroupBy;
    }) => {
      if (options.fail) throw new Error('catalog unavailable');
      const items = REPORTS[query.groupBy];
      return {
        ...query,
        items,
        total: metrics(4),
        scope: options.isAdmin ? 'all' : 'owned',
      } as CatalogSpendReport;
    },
  );
  const getFocusExportUrl = jest.fn(async () => 'http://example.com/focus');
  renderInTestApp(
    <CatalogSpendCard
      range={{ from: '2026-11-01', to: '2026-11-30' }}
      isAdmin={options.isAdmin ?? false}
    />,
    {
      mountedRoutes: catalogRoutes,
      apis: [
        [litemaasApiRef, fakeApi({ getCatalogSpend, getFocusExportUrl })],
        ...(options.extra ?? []),
      ] as any,
    },
  );
  return { getCatalogSpend, getFocusExportUrl };
}

describe('CatalogSpendCard', () => {
  it('rolls spend up by Component, System and Domain, with the catalog links', async () => {
    const { getCatalogSpend } = render();
    const table = await screen.findByRole('table');
    expect(
      within(table).getByRole('link', { name: 'payments-api' }),
    ).toBeInTheDocument();
    // The Component's System, under it.
    expect(
      within(table).getByRole('link', { name: 'payments' }),
    ).toBeInTheDocument();
    expect(getCatalogSpend).toHaveBeenLastCalledWith({
      from: '2026-11-01',
      to: '2026-11-30',
      groupBy: 'component',
    });
    expect(
      screen.getByText(/Components you or your teams own/),
    ).toBeInTheDocument();
    // Not an admin: no FOCUS export.
    expect(screen.queryByRole('button', { name: /FOCUS/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'System' }));
    expect(await screen.findByText('No System')).toBeInTheDocument();
    expect(getCatalogSpend).toHaveBeenLastCalledWith(
      expect.objectContaining({ groupBy: 'system' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Domain' }));
    expect(await screen.findByText('No Domain')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'finance' })).toBeInTheDocument();
  });

  it('lets admins export the FOCUS dataset of the range', async () => {
    const { getFocusExportUrl } = render({ isAdmin: true });
    await screen.findByRole('table');
    expect(screen.getByText(/rolled up to its System/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /FOCUS CSV/i }));
    expect(getFocusExportUrl).toHaveBeenCalledWith(
      { from: '2026-11-01', to: '2026-11-30' },
      'csv',
    );
  });

  it('says when the spend cannot be read', async () => {
    render({ fail: true });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the spend by catalog: catalog unavailable',
    );
  });

  it('speaks German, with no English left', async () => {
    render({ isAdmin: true, extra: languageApis('de', de) });
    await screen.findByRole('table');
    expect(screen.getByText('Ausgaben nach Katalog')).toBeInTheDocument();
    expect(englishLeft(de)).toEqual([]);
  });
});
