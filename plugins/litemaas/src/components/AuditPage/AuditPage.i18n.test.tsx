import { renderInTestApp } from '@backstage/frontend-test-utils';
import { AuditEvent } from '@litemaas/backstage-plugin-litemaas-common';
import { fireEvent, screen, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { englishLeft, languageApis, languages } from '../../__testUtils__/i18n';
import { aModel, fakeApi } from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { AuditPage } from './AuditPage';

const userEvent = userEventBase.setup({ delay: null });

const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();

const events: AuditEvent[] = [
  {
    id: 'ev-approve',
    at: minutesAgo(5),
    action: 'access-approve',
    outcome: 'succeeded',
    actorRef: 'user:default/carol',
    subjectRef: 'user:default/alice',
    modelName: 'gpt-4o-mini',
    target: 'req-1',
    reason: 'Fraud checks',
    before: { status: 'pending' },
    after: { status: 'granted', limits: { rpm: 60 } },
    details: { justification: 'Pilot' },
  },
  {
    id: 'ev-revoke',
    at: minutesAgo(60 * 26),
    action: 'key-revoke',
    outcome: 'failed',
    actorRef: 'system:litemaas',
    subjectRef: 'group:default/payments',
    target: 'k-1',
    error: 'LiteLLM: 503',
  },
];

function renderIn(
  language: string,
  messages: Record<string, string>,
  items: AuditEvent[],
) {
  renderInTestApp(<AuditPage />, {
    mountedRoutes: catalogRoutes,
    apis: [
      [
        litemaasApiRef,
        fakeApi({
          listAuditEvents: async () => ({
            items,
            total: items.length ? 1234 : 0,
            offset: 0,
            limit: 20,
          }),
          listModels: async () => ({ items: [aModel({ canReview: true })] }),
        }),
      ],
      ...languageApis(language, messages),
    ],
  });
}

const noEnglish = (messages: Record<string, string>) =>
  expect(englishLeft(messages)).toEqual([]);

describe('AuditPage in other languages', () => {
  it.each(languages)(
    'shows the trail and an event opened in %s, with no English left',
    async (language, messages) => {
      renderIn(language, messages, events);
      const approved = messages['audit.actions.access-approve'];
      const row = (
        await screen.findByText(approved, { ignore: 'option, script, style' })
      ).closest('tr')!;
      expect(
        within(row).getByText(messages['audit.outcome.succeeded']),
      ).toBeInTheDocument();
      expect(
        screen.getByText(messages['audit.outcome.failed'], {
          ignore: 'option, script, style',
        }),
      ).toBeInTheDocument();
      noEnglish(messages);

      await userEvent.click(within(row).getAllByRole('button')[0]);
      expect(
        await screen.findByRole('heading', {
          name: messages['audit.detail.before'],
        }),
      ).toBeInTheDocument();
      noEnglish(messages);

      // A backwards range says so in the reader's language.
      fireEvent.change(screen.getByLabelText(messages['audit.filters.from']), {
        target: { value: '2026-11-20' },
      });
      fireEvent.change(screen.getByLabelText(messages['audit.filters.to']), {
        target: { value: '2026-11-10' },
      });
      expect(
        await screen.findByText(messages['audit.filters.toBeforeFrom']),
      ).toBeInTheDocument();
      noEnglish(messages);
    },
  );

  it.each(languages)(
    'says there are no events in %s, with no English left',
    async (language, messages) => {
      renderIn(language, messages, []);
      expect(
        await screen.findByText(messages['audit.empty.title']),
      ).toBeInTheDocument();
      noEnglish(messages);
    },
  );
});
