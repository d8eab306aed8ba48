import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  AccessRequestQuery,
  UsageGroupBy,
  UsageHold,
  UsageQuery,
  UsageRow,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { englishLeft, languageApis, languages } from '../../__testUtils__/i18n';
import {
  aKey,
  aModel,
  aRequest,
  aTeamBudget,
  aUsageRow,
  allowAll,
  fakeApi,
  freezeDate,
  modelUsageFake,
  usageMetrics,
  usageResponse,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import {
  ModelAccessContent,
  ModelServerCard,
  ModelUsageContent,
  ModelUsageEntityCard,
} from '../entity';
import { aModelServer, MODEL_NAME } from '../entity/__testUtils__/entities';
import { UsagePage } from './UsagePage';

// An admin: the page then shows the scope switch, the sync button and the
// days held back too (usePermission caches decisions for the whole file).

const userEvent = userEventBase.setup({ delay: null });

const rows: Record<UsageGroupBy, UsageRow[]> = {
  day: [
    aUsageRow('2026-11-18', {
      requests: 10,
      promptTokens: 1000,
      completionTokens: 500,
      totalTokens: 1500,
      spend: 1.5,
    }),
    aUsageRow('2026-11-20', {
      requests: 5,
      promptTokens: 200,
      completionTokens: 100,
      totalTokens: 300,
      spend: 0.0042,
    }),
  ],
  key: [
    aUsageRow('aaaaaaaaaaaa…', { label: 'my-laptop', requests: 100, spend: 2 }),
    aUsageRow('bbbbbbbbbbbb…', {
      label: 'unknown (created outside the portal)',
      requests: 3,
      spend: 0.5,
    }),
  ],
  model: [
    aUsageRow('gpt-4o-mini', { requests: 1000, spend: 2.5 }),
    aUsageRow('unknown', { requests: 5, spend: 0.1 }),
  ],
  subject: [
    aUsageRow('user:default/alice', { requests: 10, spend: 1 }),
    aUsageRow('group:default/payments', { requests: 25, spend: 2.5 }),
    aUsageRow('unknown', { requests: 5, spend: 0.5 }),
  ],
  provider: [
    aUsageRow('openai', { requests: 30, spend: 1 }),
    aUsageRow('unknown', { requests: 10, spend: 3 }),
  ],
};

const holds: UsageHold[] = [
  {
    day: '2026-11-22',
    portal: { requests: 12, totalTokens: 1200, spend: 0.05 },
    litellm: { requests: 1, totalTokens: 100, spend: 0.004 },
    sightings: 2,
    firstSeenAt: '2026-11-23T10:00:00Z',
    lastSeenAt: '2026-11-23T10:05:00Z',
  },
  {
    day: '2026-11-21',
    portal: { requests: 3, totalTokens: 300, spend: 0.02 },
    litellm: { requests: 2, totalTokens: 200, spend: 0.01 },
    sightings: 1,
    firstSeenAt: '2026-11-23T10:00:00Z',
    lastSeenAt: '2026-11-23T10:05:00Z',
    acceptedAt: '2026-11-23T11:00:00Z',
    acceptedBy: 'user:default/dana',
  },
];

function renderUsage(
  language: string,
  messages: Record<string, string>,
  path: string,
) {
  const api = fakeApi({
    getUsage: async (query: UsageQuery) =>
      usageResponse({
        from: query.from,
        to: query.to,
        groupBy: query.groupBy ?? 'day',
        totals: usageMetrics({
          requests: 1250,
          successfulRequests: 1200,
          failedRequests: 50,
          promptTokens: 800_000,
          completionTokens: 200_000,
          totalTokens: 1_000_000,
          spend: 12.5,
        }),
        previousTotals: usageMetrics({
          requests: 1000,
          successfulRequests: 990,
          failedRequests: 10,
          completionTokens: 250_000,
          totalTokens: 250_000,
          spend: 10,
        }),
        rows: rows[query.groupBy ?? 'day'],
        rowLimit: query.outsidePortal ? 100 : undefined,
        syncedAt: '2026-11-23T09:00:00Z',
      }),
    getUsageSyncStatus: async () => ({ status: 'ok', holds } as any),
    listKeys: async () => ({
      items: [
        aKey({ limits: { maxBudget: 10, budgetDuration: '30d' }, spend: 9 }),
        aKey({
          id: 'key-2',
          name: 'payments-bot',
          subjectRef: 'group:default/payments',
          limits: { maxBudget: 50 },
          spend: 5,
        }),
      ],
    }),
    listTeamBudgets: async () => ({
      items: [
        aTeamBudget({
          maxBudget: 100,
          budgetDuration: '30d',
          budgetResetAt: '2026-12-01T00:00:00Z',
          spend: 20,
        }),
        aTeamBudget({
          teamRef: 'group:default/search',
          maxBudget: 10,
          spend: 1,
          stale: { asOf: '2026-11-23T08:00:00Z', reason: 'timeout' },
        }),
      ],
    }),
  });
  renderInTestApp(<UsagePage />, {
    mountedRoutes: catalogRoutes,
    mountPath: '/litemaas/usage',
    initialRouteEntries: [path],
    apis: [
      [litemaasApiRef, api],
      ...languageApis(language, messages),
      allowAll(),
      mockApis.alert(),
    ],
  });
}

const granite = aModel({
  name: 'granite-chat',
  providerModel: 'hosted_vllm/granite',
  contextWindow: 131072,
  defaultLimits: { tpm: 10000, maxBudget: 20, budgetDuration: '30d' },
  ownerRef: 'group:default/ml-platform',
  canReview: true,
  myAccess: [
    { id: 'r-team', status: 'granted', subjectRef: 'group:default/search' },
  ],
});

function renderEntity(language: string, messages: Record<string, string>) {
  const api = fakeApi({
    getModel: async () => ({ model: granite }),
    getUsage: modelUsageFake,
    listAccessRequests: async (query?: AccessRequestQuery) => ({
      items:
        query?.scope === 'review'
          ? [
              aRequest({
                id: 'r-review',
                modelName: 'granite-chat',
                justification: 'Ranking experiments',
                limits: { tpm: 5000 },
              }),
            ]
          : [
              aRequest({
                id: 'r-old',
                modelName: 'granite-chat',
                status: 'denied',
                decidedAt: '2026-11-21T10:00:00Z',
                decidedBy: 'user:default/bob',
              }),
              aRequest({
                id: 'r-team',
                modelName: 'granite-chat',
                status: 'granted',
                subjectRef: 'group:default/search',
              }),
            ],
    }),
    listKeys: async () => ({
      items: [
        aKey({ name: 'granite-laptop', models: ['granite-chat'], spend: 1 }),
        aKey({
          id: 'key-2',
          name: 'payments-bot',
          models: ['granite-chat'],
          subjectRef: 'group:default/search',
          expiresAt: undefined,
        }),
      ],
    }),
  });
  renderInTestApp(
    <EntityProvider
      entity={aModelServer({
        ...MODEL_NAME,
        'litemaas.io/ready': 'false',
        'litemaas.io/model-state': 'Loading',
        'litemaas.io/endpoint-predicted': 'true',
        'litemaas.io/transformer': 'granite-transformer',
      })}
    >
      <ModelServerCard />
      <ModelUsageEntityCard />
      <ModelAccessContent />
      <ModelUsageContent />
    </EntityProvider>,
    {
      mountedRoutes: catalogRoutes,
      apis: [
        [litemaasApiRef, api],
        ...languageApis(language, messages),
        allowAll(),
        mockApis.alert(),
        mockApis.identity({ userEntityRef: 'user:default/alice' }),
      ],
    },
  );
}

beforeEach(() => freezeDate('2026-11-23T12:00:00Z'));
afterEach(() => jest.useRealTimers());

describe('Usage in other languages', () => {
  it.each(languages)(
    'shows my usage with totals, charts, breakdowns, budgets and days held back in %s, with no English left',
    async (language, messages) => {
      renderUsage(language, messages, '/litemaas/usage?scope=mine');
      await screen.findByRole('table', {
        name: messages['usage.breakdown.byKeyLabel'],
      });
      await screen.findAllByRole('listitem', {
        name: new RegExp(
          messages['usage.budgets.cardLabel'].replace('{{name}}', '.*'),
        ),
      });
      expect(
        await screen.findByRole('heading', {
          name: messages['usage.budgets.teamsTitle'],
        }),
      ).toBeInTheDocument();
      await screen.findAllByRole('button', {
        name: messages['usage.holds.accept'],
      });
      expect(
        screen.getByRole('listitem', {
          name: messages['usage.totals.requests'],
        }),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);

      // The spend chart as a table, and a day held back's confirmation.
      await userEvent.click(
        screen.getAllByRole('button', {
          name: messages['usage.chart.showTable'],
        })[0],
      );
      expect(
        screen.getByRole('table', {
          name: messages['usage.chart.spendTitle'],
        }),
      ).toBeInTheDocument();
      await userEvent.click(
        screen.getByRole('button', { name: messages['usage.holds.accept'] }),
      );
      const dialog = await screen.findByRole('dialog');
      expect(
        within(dialog).getByText(messages['usage.holds.acceptTitle']),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
    },
  );

  it.each(languages)(
    "shows everyone's usage by model, consumer, provider and outside key in %s, with no English left",
    async (language, messages) => {
      renderUsage(language, messages, '/litemaas/usage');
      await screen.findByRole('table', {
        name: messages['usage.breakdown.outsideLabel'],
      });
      await screen.findByRole('table', {
        name: messages['usage.breakdown.bySubjectLabel'],
      });
      expect(englishLeft(messages)).toEqual([]);
    },
  );

  it.each(languages)(
    "shows a model server's card and its access and usage tabs in %s, with no English left",
    async (language, messages) => {
      renderEntity(language, messages);
      await screen.findByRole('table', {
        name: messages['entity.access.reviewLabel'].replace(
          '{{model}}',
          'granite-chat',
        ),
      });
      await screen.findByRole('table', {
        name: messages['entity.access.keysLabel'].replace(
          '{{model}}',
          'granite-chat',
        ),
      });
      await screen.findByRole('table', {
        name: messages['usage.model.consumersLabel'],
      });
      await screen.findByTestId('model-usage-summary');
      expect(
        screen.getByLabelText(messages['entity.server.accessLabel']),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
    },
  );
});
