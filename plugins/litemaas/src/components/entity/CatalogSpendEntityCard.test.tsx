import { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  CatalogSpendReport,
  LiteMaasApi,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  fakeApi,
  freezeDate,
  responseError,
} from '../../__testUtils__/fixtures';
import { englishLeft, languageApis } from '../../__testUtils__/i18n';
import de from '../../translations/de';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { CatalogSpendEntityCard } from './CatalogSpendEntityCard';

const userEvent = userEventBase.setup({ delay: null });

const metrics = (spend: number, totalTokens: number) => ({
  spend,
  promptTokens: totalTokens,
  completionTokens: 0,
  totalTokens,
  requests: 3,
  successfulRequests: 3,
  failedRequests: 0,
});

const entity = (kind: string, name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: { owner: 'group:default/payments' },
});

const report = (
  entityRef: string,
  extra: Partial<CatalogSpendReport> = {},
): CatalogSpendReport => ({
  from: '2026-10-25',
  to: '2026-11-23',
  groupBy: 'component',
  scope: 'all',
  entityRef,
  items: [
    {
      ref: 'component:default/payments-api',
      parentRef: 'system:default/payments',
      components: 1,
      keys: 2,
      ...metrics(4.5, 1_500_000),
    },
    {
      ref: 'component:default/checkout',
      components: 1,
      keys: 1,
      ...metrics(1.25, 2000),
    },
  ],
  total: metrics(5.75, 1_502_000),
  models: [
    { model: 'claude-3-5-haiku', ...metrics(4, 1_000_000) },
    { model: 'gpt-4o-mini', ...metrics(1.75, 502_000) },
  ],
  ...extra,
});

function render(
  getCatalogSpend: LiteMaasApi['getCatalogSpend'],
  shown: Entity,
  extra: any[] = [],
) {
  return renderInTestApp(
    <EntityProvider entity={shown}>
      <CatalogSpendEntityCard />
    </EntityProvider>,
    {
      mountedRoutes: catalogRoutes,
      apis: [[litemaasApiRef, fakeApi({ getCatalogSpend })], ...extra] as any,
    },
  );
}

beforeEach(() => freezeDate('2026-11-23T12:00:00Z'));
afterEach(() => jest.useRealTimers());

describe('CatalogSpendEntityCard', () => {
  it("shows a System's last 30 days by Component and by model", async () => {
    const getCatalogSpend = jest.fn(async () =>
      report('system:default/payments'),
    );
    render(getCatalogSpend, entity('System', 'payments'));

    expect(
      await screen.findByTestId('catalog-spend-summary'),
    ).toHaveTextContent('$5.75 · 1.5M tokens · 3 requests');
    expect(getCatalogSpend).toHaveBeenCalledWith({
      from: '2026-10-25',
      to: '2026-11-23',
      groupBy: 'component',
      entityRef: 'system:default/payments',
    });
    expect(
      screen.getByRole('heading', { name: 'AI model spend' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Keys tied to its Components, last 30 days'),
    ).toBeInTheDocument();
    const components = screen.getByRole('table', { name: 'By Component' });
    const rows = within(components).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('payments-api1.5M$4.50');
    expect(
      within(rows[2]).getByRole('link', { name: 'checkout' }),
    ).toBeInTheDocument();
    const models = screen.getByRole('table', { name: 'By model' });
    expect(within(models).getAllByRole('row')[1]).toHaveTextContent(
      'claude-3-5-haiku1M$4.00',
    );
  });

  it('shows a Component by model only', async () => {
    render(
      async () =>
        report('component:default/payments-api', {
          items: report('').items.slice(0, 1),
        }),
      entity('Component', 'payments-api'),
    );
    expect(
      await screen.findByRole('table', { name: 'By model' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'By Component' })).toBeNull();
    expect(
      screen.getByText('Keys tied to it, last 30 days'),
    ).toBeInTheDocument();
  });

  it('says how to tie a key when none was used', async () => {
    render(
      async () =>
        report('component:default/payments-api', {
          items: [],
          models: [],
          total: metrics(0, 0),
        }),
      entity('Component', 'payments-api'),
    );
    expect(
      await screen.findByText(
        'No keys tied to this Component were used in the last 30 days.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/pick the Component in the Component field/),
    ).toBeInTheDocument();
  });

  it('tells others that only the owners see the spend', async () => {
    render(async () => {
      throw await responseError(
        403,
        'NotAllowedError',
        'Only the owners of domain:default/finance (group:default/payments) and admins see its spend',
      );
    }, entity('Domain', 'finance'));
    expect(
      await screen.findByText('Only the owners see this spend'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The AI model spend of finance is shown to its owners/),
    ).toBeInTheDocument();
  });

  it('says when the spend cannot be read, and tries again', async () => {
    const getCatalogSpend = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(
          503,
          'ServiceUnavailableError',
          'The catalog could not be read',
        ),
      )
      .mockResolvedValue(report('system:default/payments'));
    render(getCatalogSpend, entity('System', 'payments'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The catalog could not be read',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByTestId('catalog-spend-summary'),
    ).toBeInTheDocument();
  });

  it('speaks German, with no English left', async () => {
    render(
      async () => report('system:default/payments'),
      entity('System', 'payments'),
      languageApis('de', de),
    );
    await screen.findByTestId('catalog-spend-summary');
    expect(
      screen.getByRole('heading', { name: 'Ausgaben für KI-Modelle' }),
    ).toBeInTheDocument();
    expect(englishLeft(de)).toEqual([]);
  });
});
