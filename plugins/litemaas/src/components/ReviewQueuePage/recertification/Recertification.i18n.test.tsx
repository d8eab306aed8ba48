import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  RecertificationCampaign,
  RecertificationDetail,
  RecertificationItem,
} from '@litemaas/backstage-plugin-litemaas-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../../api';
import {
  englishLeft,
  languageApis,
  languages,
} from '../../../__testUtils__/i18n';
import {
  aCampaign,
  aModel,
  aRecertificationItem,
  fakeApi,
  freezeDate,
} from '../../../__testUtils__/fixtures';
import { catalogRoutes } from '../../../testing/catalogRoutes';
import { endOfLocalDay } from '../../common';
import { ReviewQueuePage } from '../ReviewQueuePage';

// Today is 7 Dec 2026, 10:00 in the reader's time zone.
const NOW = new Date(2026, 11, 7, 10);

const open = aCampaign({
  id: 'c1',
  name: 'Q4 2026',
  modelNames: ['gpt-4o', 'o3', 'granite-3-8b', 'mistral-small'],
  deadline: endOfLocalDay('2026-12-21'),
  progress: {
    total: 6,
    pending: 2,
    keep: 1,
    end: 1,
    expired: 0,
    flagged: 1,
    gone: 1,
  },
});
const closed = aCampaign({
  id: 'c0',
  name: 'H2 o3',
  modelNames: ['o3'],
  onDeadline: 'end',
  deadline: endOfLocalDay('2026-08-31'),
  status: 'closed',
  closedAt: '2026-09-01T12:05:00Z',
  progress: {
    total: 2,
    pending: 0,
    keep: 1,
    end: 0,
    expired: 1,
    flagged: 0,
    gone: 0,
  },
});
/** A campaign just started, with a deadline passed but not yet settled. */
const empty = aCampaign({
  id: 'c2',
  name: 'R-7',
  deadline: '2026-12-07T08:00:00Z',
});

/** Every decision, with and without use. */
const items: RecertificationItem[] = [
  aRecertificationItem({
    requestId: 'g1',
    limits: { tpm: 10000, rpm: 60, maxBudget: 50, budgetDuration: '30d' },
    expiresAt: endOfLocalDay('2027-03-01'),
  }),
  aRecertificationItem({
    requestId: 'g2',
    subjectRef: 'group:default/payments',
    lastUsedDay: '2026-12-05',
    spend90d: 12.5,
    requests90d: 340,
  }),
  aRecertificationItem({
    requestId: 'g3',
    subjectRef: 'user:default/carol',
    modelName: 'o3',
    lastUsedDay: '2026-07-30',
    decision: 'keep',
    decidedBy: 'user:default/olivia',
    decidedAt: '2026-12-06T10:00:00Z',
    reason: 'Checkout',
  }),
  aRecertificationItem({
    requestId: 'g4',
    subjectRef: 'user:default/dave',
    requests90d: 1,
    lastUsedDay: '2026-11-01',
    decision: 'end',
    decidedBy: 'user:default/olivia',
    decidedAt: '2026-12-06T10:00:00Z',
  }),
  aRecertificationItem({
    requestId: 'g5',
    subjectRef: 'user:default/erin',
    decision: 'flagged',
    decidedBy: 'system:litemaas',
    reason: 'Not confirmed by the deadline',
  }),
  aRecertificationItem({
    requestId: 'g6',
    subjectRef: 'user:default/frank',
    decision: 'gone',
    decidedBy: 'system:litemaas',
    reason: 'The grant had already ended',
  }),
];

function detailOf(campaign: RecertificationCampaign): RecertificationDetail {
  if (campaign.id === 'c2') return { campaign, items: [] };
  if (campaign.id === 'c0') {
    return {
      campaign,
      items: [
        { ...items[0], decision: 'expired', decidedBy: 'system:litemaas' },
        items[2],
      ],
    };
  }
  return { campaign, items };
}

function render(
  language: string,
  messages: Record<string, string>,
  route: string,
) {
  renderInTestApp(<ReviewQueuePage />, {
    mountedRoutes: catalogRoutes,
    initialRouteEntries: [route],
    apis: [
      [
        litemaasApiRef,
        fakeApi({
          listModels: async () => ({
            items: [
              aModel({ name: 'gpt-4o', canReview: true }),
              aModel({ name: 'o3', canReview: true }),
            ],
          }),
          listRecertifications: async () => ({
            items: [open, closed, empty],
          }),
          getRecertification: async id =>
            detailOf([open, closed, empty].find(c => c.id === id)!),
        }),
      ],
      mockApis.alert(),
      ...languageApis(language, messages),
    ],
  });
}

describe('Review page: recertification in other languages', () => {
  beforeEach(() => freezeDate(NOW.toISOString()));
  afterEach(() => jest.useRealTimers());

  it.each(languages)(
    'lists and starts campaigns in %s with no English left',
    async (language, messages) => {
      render(language, messages, '/?tab=recertification');
      const table = await screen.findByRole('table', {
        name: messages['recertification.title'].replace('{{total}}', '3'),
      });
      expect(within(table).getByText('Q4 2026')).toBeInTheDocument();
      expect(
        within(table).getByText(messages['recertification.passed']),
      ).toBeInTheDocument();
      expect(screen.queryByText(/MISSING/)).toBeNull();
      expect(englishLeft(messages)).toEqual([]);

      const start = screen.getByRole('button', {
        name: messages['recertification.start.button'],
      });
      await waitFor(() => expect(start).toBeEnabled());
      await userEvent.click(start);
      const dialog = await screen.findByRole('dialog');
      // A day too early, and no model: the errors in the language too.
      fireEvent.change(
        document.getElementById('litemaas-recertification-deadline')!,
        { target: { value: '2026-12-01' } },
      );
      await userEvent.click(
        within(dialog).getByRole('checkbox', {
          name: messages['recertification.start.allModels'],
        }),
      );
      expect(
        within(dialog).getByText(
          messages['recertification.start.modelsRequired'],
        ),
      ).toBeInTheDocument();
      expect(screen.queryByText(/MISSING/)).toBeNull();
      expect(englishLeft(messages)).toEqual([]);
    },
  );

  it.each(languages)(
    'decides a campaign in %s with no English left',
    async (language, messages) => {
      render(language, messages, '/?tab=recertification&campaign=c1');
      const table = await screen.findByRole('table', {
        name: messages['recertification.detail.tableLabel'],
      });
      for (const decision of [
        'pending',
        'keep',
        'end',
        'flagged',
        'gone',
      ] as const) {
        expect(
          within(table).getAllByText(
            messages[`recertification.decision.${decision}`],
          ).length,
        ).toBeGreaterThan(0);
      }
      expect(
        within(table).getAllByText(messages['recertification.never']).length,
      ).toBeGreaterThan(0);
      expect(screen.queryByText(/MISSING/)).toBeNull();
      expect(englishLeft(messages)).toEqual([]);

      // Ending one: the dialog in the language too.
      const label = messages['recertification.endLabel']
        .replace('{{model}}', 'gpt-4o')
        .replace('{{subject}}', 'alice');
      await userEvent.click(within(table).getByRole('button', { name: label }));
      const dialog = await screen.findByRole('dialog');
      expect(
        within(dialog).getByRole('button', {
          name: messages['recertification.endDialog.submitOne'],
        }),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
      await userEvent.click(
        within(dialog).getByRole('button', { name: messages['common.cancel'] }),
      );
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

      // Only the undecided ones, then several selected.
      await userEvent.click(
        screen.getByRole('checkbox', {
          name: messages['recertification.detail.undecidedOnly'],
        }),
      );
      await userEvent.click(
        screen.getByRole('checkbox', {
          name: messages['recertification.detail.selectAll'],
        }),
      );
      await userEvent.click(
        screen.getByRole('button', {
          name: messages['recertification.detail.endSelected'],
        }),
      );
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
    },
  );

  it.each(languages)(
    'shows a closed campaign and one without grants in %s with no English left',
    async (language, messages) => {
      render(language, messages, '/?tab=recertification&campaign=c0');
      expect(
        await screen.findByRole('heading', { name: 'H2 o3' }),
      ).toBeInTheDocument();
      await screen.findByRole('table', {
        name: messages['recertification.detail.tableLabel'],
      });
      expect(
        screen.getAllByText(messages['recertification.decision.expired'])
          .length,
      ).toBeGreaterThan(0);
      expect(screen.queryByText(/MISSING/)).toBeNull();
      expect(englishLeft(messages)).toEqual([]);

      await userEvent.click(
        screen.getByRole('button', {
          name: messages['recertification.detail.back'],
        }),
      );
      await userEvent.click(await screen.findByRole('link', { name: 'R-7' }));
      expect(
        await screen.findByText(messages['recertification.detail.none']),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
    },
  );
});
