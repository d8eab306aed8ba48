import { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  ReconcileReport,
  ReconcileStatus,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { englishLeft, languageApis, languages } from '../../__testUtils__/i18n';
import {
  aKey,
  aModel,
  aTeamBudget,
  allowAll,
  fakeApi,
  keySettings,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { KeysAdminPage } from './KeysAdminPage';

const userEvent = userEventBase.setup({ delay: null });

const HASH = 'abcdef0123456789'.repeat(4);
const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();

const keys = [
  aKey({
    id: 'k-bob',
    name: 'bob-laptop',
    alias: 'litemaas-k-bob',
    subjectRef: 'user:default/bob',
    createdBy: 'user:default/bob',
    spend: 12.5,
    limits: { maxBudget: 50, budgetDuration: '30d' },
  }),
  aKey({
    id: 'k-stopped',
    name: 'leaky',
    subjectRef: 'group:default/payments',
    createdBy: 'user:default/carol',
    status: 'blocked',
    blocked: true,
  }),
  aKey({
    id: 'k-ws',
    name: 'ws-alice',
    alias: 'ws-alice',
    origin: 'provisioned',
    subjectRef: 'user:default/admin',
    createdBy: 'user:default/admin',
  }),
];

function aReport(overrides: Partial<ReconcileReport> = {}): ReconcileReport {
  return {
    startedAt: minutesAgo(3),
    finishedAt: minutesAgo(3),
    instanceId: 'portal-a',
    gatewayKeys: 1234,
    listingStable: false,
    completed: 1,
    removedFromGateway: 0,
    markedRevoked: 2,
    resynced: 3,
    adopted: 1,
    waiting: 1,
    missingFromListOnly: 2,
    heldBack: 2,
    unmanaged: [
      {
        tokenHash: HASH,
        alias: 'ansible-ci',
        userId: 'alice',
        origin: 'outside',
        suggestedOwnerRef: 'user:default/alice',
        createdAt: minutesAgo(60 * 24 * 3),
      },
      {
        tokenHash: HASH.replace('a', 'c'),
        alias: 'old-batch',
        origin: 'legacy-portal',
      },
    ],
    otherPortals: [
      { instanceId: 'portal-b', keys: 1 },
      { instanceId: 'portal-c', keys: 4 },
    ],
    attention: [
      { tokenHash: HASH.replace('a', 'd'), alias: 'shared-ci', reason: 'x' },
    ],
    fenced: {
      since: minutesAgo(5),
      reason: 'Another database acts for this install id.',
    },
    ...overrides,
  } as ReconcileReport;
}

const status: ReconcileStatus = {
  status: 'ok',
  startedAt: minutesAgo(3),
  finishedAt: minutesAgo(3),
  reportAt: minutesAgo(3),
  report: aReport(),
  holds: [
    {
      id: 'h1',
      action: 'mark-revoked',
      keyId: 'k1',
      tokenHash: HASH,
      alias: 'litemaas-k1',
      ownerRef: 'user:default/alice',
      reason: 'LiteLLM has no such key any more',
      createdAt: minutesAgo(10),
    },
    {
      id: 'h2',
      action: 'delete-from-gateway',
      tokenHash: HASH.replace('a', 'b'),
      reason: 'Nobody holds it',
      createdAt: minutesAgo(10),
    },
  ],
} as ReconcileStatus;

function group(name: string, title?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', ...(title && { title }) },
    spec: { type: 'team', children: [] },
  };
}

const budgets = [
  aTeamBudget({
    teamRef: 'group:default/payments',
    spend: 45,
    maxBudget: 50,
    softBudget: 40,
    budgetDuration: '30d',
    budgetResetAt: '2026-12-01T12:00:00Z',
  }),
  aTeamBudget({
    teamRef: 'group:default/search',
    spend: 12,
    maxBudget: 10,
  }),
  aTeamBudget({ teamRef: 'group:default/ml', spend: 3 }),
  aTeamBudget({ teamRef: 'group:default/ops', exists: false, spend: 0 }),
];

function renderIn(
  language: string,
  messages: Record<string, string>,
  path: string,
) {
  renderInTestApp(<KeysAdminPage />, {
    mountedRoutes: catalogRoutes,
    initialRouteEntries: [path],
    apis: [
      [
        litemaasApiRef,
        fakeApi({
          listKeys: async () => ({ items: keys, total: 1234 }),
          getKeySettings: async () => keySettings(),
          getKeyFormSettings: async () => keySettings(),
          listModels: async () => ({
            items: [aModel(), aModel({ name: 'granite-8b' })],
          }),
          getGateways: async () => [
            {
              id: 'kuadrant',
              description: 'Kuadrant',
              publishes: true,
              models: [],
            },
          ],
          getKeyGateways: async keyId => [
            {
              id: 'kuadrant',
              status: {
                keyId,
                values: [
                  {
                    object: {
                      kind: 'Secret',
                      namespace: 'kuadrant-system',
                      name: 'litemaas-k-bob-1a2b',
                      present: true,
                      conditions: [],
                    },
                    tokenHashPrefix: '1a2b3c4d5e6f',
                    models: ['gpt-4o-mini'],
                    blocked: false,
                  },
                  {
                    object: {
                      kind: 'Secret',
                      namespace: 'kuadrant-system',
                      name: 'litemaas-k-bob-9f8e',
                      present: true,
                      conditions: [],
                    },
                    tokenHashPrefix: '9f8e7d6c5b4a',
                    models: [],
                    blocked: true,
                  },
                ],
              },
            },
          ],
          getReconcileStatus: async () => status,
          listTeamBudgets: async () => ({ items: budgets }),
        }),
      ],
      [
        catalogApiRef,
        catalogApiMock.mock({
          getEntities: jest.fn().mockResolvedValue({
            items: [
              group('payments', 'Payments'),
              {
                apiVersion: 'backstage.io/v1alpha1',
                kind: 'User',
                metadata: { name: 'alice', namespace: 'default' },
                spec: { profile: { displayName: 'Alice Developer' } },
              },
            ],
          }),
        }),
      ],
      ...languageApis(language, messages),
      allowAll(),
      mockApis.identity({ userEntityRef: 'user:default/admin' }),
    ],
  });
}

const noEnglish = (messages: Record<string, string>) =>
  expect(englishLeft(messages)).toEqual([]);

describe('KeysAdminPage in other languages', () => {
  it.each(languages)(
    'shows all keys and a key at the gateways in %s, with no English left',
    async (language, messages) => {
      renderIn(language, messages, '/');
      const row = (await screen.findByText('bob-laptop')).closest('tr')!;
      expect(
        screen.getByRole('tab', { name: messages['keysAdmin.sections.all'] }),
      ).toBeInTheDocument();
      noEnglish(messages);

      await userEvent.click(
        within(row).getByRole('button', {
          name: messages['keysAdmin.all.gateways'],
        }),
      );
      const dialog = await screen.findByRole('dialog');
      await within(dialog).findByText(/litemaas-k-bob-1a2b/);
      noEnglish(messages);
    },
  );

  it.each(languages)(
    'shows the provisioning and revoke-by-prefix dialogs in %s, with no English left',
    async (language, messages) => {
      renderIn(language, messages, '/');
      await screen.findByText('bob-laptop');

      await userEvent.click(
        screen.getByRole('button', {
          name: messages['keysAdmin.all.provision'],
        }),
      );
      const provision = await screen.findByRole('dialog');
      await within(provision).findByLabelText('granite-8b');
      await userEvent.type(
        within(provision).getByLabelText(
          new RegExp(`^${messages['keysAdmin.provision.participants']}`),
        ),
        'alice{enter}b*b',
      );
      await userEvent.type(
        within(provision).getByLabelText(
          messages['keysAdmin.provision.budget'],
        ),
        'ten',
      );
      // The budget's own error, in the reader's language.
      expect(
        within(provision).getByText(messages['keys.limits.amount']),
      ).toBeInTheDocument();
      noEnglish(messages);
      await userEvent.keyboard('{Escape}');
      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );

      await userEvent.click(
        screen.getByRole('button', {
          name: messages['keysAdmin.all.revokeByPrefix'],
        }),
      );
      const revoke = await screen.findByRole('dialog');
      expect(
        within(revoke).getByText(messages['keysAdmin.revokePrefix.minLength']),
      ).toBeInTheDocument();
      noEnglish(messages);
    },
  );

  it.each(languages)(
    'shows reconciliation findings and the adopt dialog in %s, with no English left',
    async (language, messages) => {
      renderIn(language, messages, '/?section=reconcile');
      await screen.findByRole('table', {
        name: messages['keysAdmin.reconcile.tableLabel'],
      });
      expect(
        screen.getByRole('table', {
          name: messages['keysAdmin.held.tableLabel'],
        }),
      ).toBeInTheDocument();
      noEnglish(messages);

      await userEvent.click(
        screen.getByRole('button', {
          name: messages['keysAdmin.reconcile.adoptLabel'].replace(
            '{{key}}',
            'ansible-ci',
          ),
        }),
      );
      const dialog = await screen.findByRole('dialog');
      await waitFor(() =>
        expect(
          within(dialog).getByLabelText(messages['keysAdmin.adopt.owner']),
        ).toHaveValue('Alice Developer (alice)'),
      );
      noEnglish(messages);
    },
  );

  it.each(languages)(
    'shows team budgets and the budget dialog in %s, with no English left',
    async (language, messages) => {
      renderIn(language, messages, '/?section=teams');
      await screen.findByRole('table', {
        name: messages['keysAdmin.sections.teams'],
      });
      await screen.findByRole('link', { name: 'payments' });
      noEnglish(messages);

      await userEvent.click(
        screen.getByRole('button', {
          name: messages['keysAdmin.teams.editLabel'].replace(
            '{{team}}',
            'payments',
          ),
        }),
      );
      const dialog = await screen.findByRole('dialog');
      // The team being edited is fixed.
      expect(
        within(dialog).getByLabelText(messages['keysAdmin.teamBudget.team']),
      ).toBeDisabled();
      noEnglish(messages);

      // Mistakes in the budget and its period, in the reader's language.
      const budget = document.getElementById('litemaas-team-budget-maxBudget')!;
      await userEvent.clear(budget);
      await userEvent.type(budget, 'fifty');
      const period = document.getElementById(
        'litemaas-team-budget-budgetDuration',
      )!;
      await userEvent.clear(period);
      await userEvent.type(period, 'monthly');
      expect(
        within(dialog).getByText(messages['keys.limits.amount']),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText(messages['keys.limits.duration']),
      ).toBeInTheDocument();
      noEnglish(messages);
    },
  );

  it.each(languages)(
    'shows the key settings in %s, with no English left',
    async (language, messages) => {
      renderIn(language, messages, '/?section=settings');
      const max = await screen.findByLabelText(
        messages['keysAdmin.settings.maxActive'],
      );
      // A mistake shows the form's own error messages.
      await userEvent.clear(max);
      await userEvent.type(max, 'x');
      await userEvent.click(
        screen.getByRole('button', {
          name: messages['keysAdmin.settings.save'],
        }),
      );
      expect(
        screen.getByText(messages['keysAdmin.settings.fixFields']),
      ).toBeInTheDocument();
      noEnglish(messages);

      // A limit typed wrong: the limits' own message, in the same language.
      await userEvent.type(
        document.getElementById('litemaas-settings-team-maximums-rpm')!,
        '2.5',
      );
      expect(
        screen.getByText(messages['keys.limits.wholeNumber']),
      ).toBeInTheDocument();
      noEnglish(messages);
    },
  );
});
