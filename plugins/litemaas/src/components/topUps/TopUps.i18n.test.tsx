import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { UsageQuery } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { englishLeft, languageApis, languages } from '../../__testUtils__/i18n';
import {
  FakeApiOverrides,
  aKey,
  aTeamBudget,
  aTopUp,
  denyAll,
  fakeApi,
  freezeDate,
  keySettings,
  usageResponse,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { KeysPage } from '../KeysPage';
import { ReviewQueuePage } from '../ReviewQueuePage';
import { UsagePage } from '../UsagePage';

const userEvent = userEventBase.setup({ delay: null });

const NOW = '2026-12-07T10:00:00Z';

const keys = [
  aKey({
    id: 'k-laptop',
    name: 'my-laptop',
    spend: 45,
    limits: { maxBudget: 50, budgetDuration: '30d' },
    expiresAt: '2027-03-01T10:00:00Z',
  }),
  aKey({
    id: 'k-ci',
    name: 'payments-ci',
    subjectRef: 'group:default/payments',
    spend: 19,
    limits: { maxBudget: 20 },
    expiresAt: '2027-03-01T10:00:00Z',
  }),
  aKey({
    id: 'k-batch',
    name: 'batch-jobs',
    spend: 95,
    limits: { maxBudget: 100 },
    expiresAt: '2027-03-01T10:00:00Z',
  }),
  aKey({
    id: 'k-b',
    name: 'blocked-key',
    status: 'blocked',
    limits: { maxBudget: 10 },
  }),
];

const waiting = aTopUp({
  id: 'top-ci',
  keyId: 'k-ci',
  keyName: 'payments-ci',
  subjectRef: 'group:default/payments',
  amount: 15,
});
const running = aTopUp({
  id: 'top-batch',
  keyId: 'k-batch',
  keyName: 'batch-jobs',
  amount: 10,
  days: 7,
  status: 'active',
  decidedBy: 'user:default/carol',
  decidedAt: '2026-12-06T10:00:00Z',
  decisionReason: 'Fine for the release',
  baseBudget: 90,
  appliedAt: '2026-12-06T10:00:00Z',
  endsAt: '2026-12-14T10:00:00Z',
});
/** A team's top-up waiting for an admin. */
const teamWaiting = aTopUp({
  id: 'top-team',
  keyId: undefined,
  keyName: 'group:default/payments',
  teamRef: 'group:default/payments',
  subjectRef: 'group:default/payments',
  requestedBy: 'user:default/bob',
  amount: 20,
  baseBudget: 25,
});
/** A key's top-ups in every state, for its details. */
const history = [
  running,
  ...(
    ['pending', 'applying', 'ending', 'ended', 'denied', 'cancelled'] as const
  ).map((status, index) =>
    aTopUp({
      id: `h-${status}`,
      keyId: 'k-batch',
      keyName: 'batch-jobs',
      amount: 5 + index,
      days: index + 1,
      status,
      createdAt: `2026-11-0${index + 1}T10:00:00Z`,
      ...(status !== 'pending' &&
        status !== 'cancelled' && {
          decidedBy: 'user:default/dana',
          decidedAt: `2026-11-0${index + 1}T12:00:00Z`,
          decisionReason: 'Within the quarter',
        }),
      ...((status === 'ending' || status === 'ended') && {
        baseBudget: 100,
        appliedAt: `2026-11-0${index + 1}T12:00:00Z`,
        endsAt: `2026-11-1${index + 1}T12:00:00Z`,
        ...(status === 'ended' && { endedAt: '2026-11-20T12:00:00Z' }),
      }),
    }),
  ),
];

function apisFor(
  language: string,
  messages: Record<string, string>,
  overrides: FakeApiOverrides = {},
) {
  return [
    [
      litemaasApiRef,
      fakeApi({
        listKeys: async () => ({ items: keys }),
        listTopUps: async query =>
          query?.scope === 'review'
            ? {
                items: [
                  waiting,
                  { ...running, status: 'pending' as const },
                  teamWaiting,
                ],
              }
            : { items: [waiting, running, teamWaiting] },
        listKeyTopUps: async () => ({ items: history }),
        getKeySettings: async () => keySettings(),
        listTeamBudgets: async () => ({
          items: [
            aTeamBudget({
              teamRef: 'group:default/payments',
              spend: 21.4,
              maxBudget: 25,
            }),
            aTeamBudget({
              teamRef: 'group:default/ml-platform',
              spend: 10,
              maxBudget: 50,
            }),
          ],
        }),
        getUsage: async (query: UsageQuery) =>
          usageResponse({
            from: query.from,
            to: query.to,
            groupBy: query.groupBy ?? 'day',
            rows: [],
          }),
        ...overrides,
      }),
    ],
    ...languageApis(language, messages),
    mockApis.alert(),
    mockApis.identity({
      userEntityRef: 'user:default/alice',
      ownershipEntityRefs: ['user:default/alice', 'group:default/payments'],
    }),
  ] as Array<[any, any]>;
}

/**
 * The words in titles, labels and placeholders, as text nodes, so
 * `englishLeft` checks them too; but for entity refs, which entity links
 * carry as their titles ("user:default/alice"): data, not words.
 */
function attributeWords(): Node {
  const holder = document.createElement('div');
  const names = ['title', 'aria-label', 'placeholder'];
  document.body
    .querySelectorAll(names.map(name => `[${name}]`).join(','))
    .forEach(element => {
      for (const name of names) {
        const value = element.getAttribute(name);
        if (value && !/^\w+:[\w-]+\/[\w.-]+$/.test(value)) {
          holder.appendChild(document.createTextNode(value));
        }
      }
    });
  return holder;
}

function expectNoEnglish(messages: Record<string, string>) {
  expect(screen.queryByText(/MISSING/)).toBeNull();
  expect(englishLeft(messages)).toEqual([]);
  expect(englishLeft(messages, attributeWords())).toEqual([]);
}

const fill = (message: string, values: Record<string, string>) =>
  Object.entries(values).reduce(
    (text, [name, value]) => text.replace(`{{${name}}}`, value),
    message,
  );

describe('Budget top-ups in other languages', () => {
  beforeEach(() => freezeDate(NOW));
  afterEach(() => jest.useRealTimers());

  it.each(languages)(
    'shows top-ups, a key history and the ask dialog on the keys page in %s, with no English left',
    async (language, messages) => {
      renderInTestApp(<KeysPage />, {
        mountedRoutes: catalogRoutes,
        apis: apisFor(language, messages),
      });
      const ask = await screen.findByRole('button', {
        name: fill(messages['topUps.askLabel'], { name: 'my-laptop' }),
      });
      expect(
        await screen.findByRole('button', {
          name: fill(messages['topUps.cancelLabel'], { name: 'payments-ci' }),
        }),
      ).toBeInTheDocument();
      await userEvent.click(
        screen.getByRole('button', {
          name: fill(messages['topUps.details.show'], { name: 'batch-jobs' }),
        }),
      );
      const list = await screen.findByRole('list', {
        name: fill(messages['topUps.details.label'], { name: 'batch-jobs' }),
      });
      expect(within(list).getAllByRole('listitem')).toHaveLength(7);
      expectNoEnglish(messages);

      await userEvent.click(ask);
      const dialog = await screen.findByRole('dialog', {
        name: fill(messages['topUps.dialog.title'], { name: 'my-laptop' }),
      });
      const amount = within(dialog).getByRole('textbox', {
        name: messages['topUps.dialog.amount'],
      });
      await userEvent.clear(amount);
      await userEvent.type(amount, '0');
      await userEvent.clear(
        within(dialog).getByRole('textbox', {
          name: messages['topUps.dialog.days'],
        }),
      );
      await userEvent.click(
        within(dialog).getByRole('button', {
          name: messages['topUps.dialog.submit'],
        }),
      );
      expect(
        within(dialog).getByText(
          messages['topUps.dialog.justificationRequired'],
        ),
      ).toBeInTheDocument();
      expectNoEnglish(messages);
      await userEvent.clear(amount);
      await userEvent.type(amount, '999999');
      await userEvent.type(
        within(dialog).getByRole('textbox', {
          name: messages['topUps.dialog.days'],
        }),
        '14',
      );
      expectNoEnglish(messages);
      await userEvent.clear(amount);
      await userEvent.type(amount, '20');
      // What it means for the budget shows once the figures are right.
      expect(within(dialog).getByRole('alert')).toBeInTheDocument();
      expectNoEnglish(messages);
    },
  );

  it.each(languages)(
    'explains a budget link that cannot be followed in %s, with no English left',
    async (language, messages) => {
      renderInTestApp(<KeysPage />, {
        mountedRoutes: catalogRoutes,
        apis: apisFor(language, messages),
        initialRouteEntries: ['/?topUp=k-b'],
      });
      expect(
        await screen.findByText(
          fill(messages['topUps.link.notWorking'], {
            name: 'blocked-key',
            status: messages['keys.status.blocked'].toLocaleLowerCase(language),
          }),
        ),
      ).toBeInTheDocument();
      expectNoEnglish(messages);
    },
  );

  it.each(languages)(
    'shows top-ups on the usage cards in %s, with no English left',
    async (language, messages) => {
      renderInTestApp(<UsagePage />, {
        mountedRoutes: catalogRoutes,
        mountPath: '/litemaas/usage',
        initialRouteEntries: ['/litemaas/usage'],
        apis: [...apisFor(language, messages), denyAll()],
      });
      expect(
        await screen.findByRole('button', {
          name: fill(messages['topUps.askLabel'], { name: 'my-laptop' }),
        }),
      ).toBeInTheDocument();
      // The team's top-up waits; the history lists it with the keys'.
      const payments = fill(messages['topUps.team.name'], { name: 'payments' });
      expect(
        await screen.findByRole('button', {
          name: fill(messages['topUps.cancelLabel'], { name: payments }),
        }),
      ).toBeInTheDocument();
      expect(
        await screen.findByRole('table', {
          name: messages['topUps.usage.title'],
        }),
      ).toBeInTheDocument();
      expectNoEnglish(messages);

      const ml = fill(messages['topUps.team.name'], { name: 'ml-platform' });
      await userEvent.click(
        screen.getByRole('button', {
          name: fill(messages['topUps.askLabel'], { name: ml }),
        }),
      );
      const dialog = await screen.findByRole('dialog', {
        name: fill(messages['topUps.dialog.title'], { name: ml }),
      });
      expect(
        within(dialog).getByText(messages['topUps.team.intro']),
      ).toBeInTheDocument();
      await userEvent.click(
        within(dialog).getByRole('button', {
          name: messages['topUps.dialog.submit'],
        }),
      );
      expect(
        within(dialog).getByText(messages['topUps.team.justificationRequired']),
      ).toBeInTheDocument();
      expectNoEnglish(messages);
    },
  );

  it.each(languages)(
    'decides top-ups in Review in %s, with no English left',
    async (language, messages) => {
      renderInTestApp(<ReviewQueuePage />, {
        mountedRoutes: catalogRoutes,
        apis: apisFor(language, messages),
        initialRouteEntries: ['/?tab=top-ups'],
      });
      expect(
        await screen.findByRole('tab', {
          name: messages['topUps.review.tab'],
          selected: true,
        }),
      ).toBeInTheDocument();
      await screen.findByText('payments-ci');
      const payments = fill(messages['topUps.team.name'], { name: 'payments' });
      expect(screen.getByText(payments)).toBeInTheDocument();
      expectNoEnglish(messages);

      await userEvent.click(
        screen.getByRole('button', {
          name: fill(messages['topUps.review.approveLabel'], {
            name: payments,
          }),
        }),
      );
      const team = await screen.findByRole('dialog', {
        name: fill(messages['topUps.review.approveTitle'], { name: payments }),
      });
      expectNoEnglish(messages);
      await userEvent.click(
        within(team).getByRole('button', { name: messages['common.cancel'] }),
      );
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

      await userEvent.click(
        screen.getByRole('button', {
          name: fill(messages['topUps.review.approveLabel'], {
            name: 'payments-ci',
          }),
        }),
      );
      const approve = await screen.findByRole('dialog', {
        name: fill(messages['topUps.review.approveTitle'], {
          name: 'payments-ci',
        }),
      });
      const days = within(approve).getByRole('textbox', {
        name: messages['topUps.dialog.days'],
      });
      expectNoEnglish(messages);
      await userEvent.clear(days);
      await userEvent.type(days, '100');
      expect(
        within(approve).getByText(
          fill(messages['topUps.dialog.daysInvalid'], {
            min: '1',
            max: '90',
          }),
        ),
      ).toBeInTheDocument();
      expectNoEnglish(messages);
      await userEvent.click(
        within(approve).getByRole('button', {
          name: messages['common.cancel'],
        }),
      );

      await userEvent.click(
        await screen.findByRole('button', {
          name: fill(messages['topUps.review.denyLabel'], {
            name: 'batch-jobs',
          }),
        }),
      );
      await screen.findByRole('dialog', {
        name: fill(messages['topUps.review.denyTitle'], {
          name: 'batch-jobs',
        }),
      });
      expectNoEnglish(messages);
    },
  );
});
