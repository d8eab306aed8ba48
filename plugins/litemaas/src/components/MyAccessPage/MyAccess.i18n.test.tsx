import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  AccessRequestQuery,
  SYSTEM_REASONS,
} from '@litemaas/backstage-plugin-litemaas-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { englishLeft, languageApis, languages } from '../../__testUtils__/i18n';
import {
  aModel,
  aRequest,
  allowAll,
  fakeApi,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { RequestAccessDialog } from '../RequestAccessDialog';
import { ReviewQueuePage } from '../ReviewQueuePage';
import { MyAccessPage } from './MyAccessPage';

const pending = aRequest({
  id: 'req-pending',
  modelName: 'claude-sonnet',
  justification: 'Summaries for support tickets',
});
const denied = aRequest({
  id: 'req-denied',
  modelName: 'o3',
  status: 'denied',
  decidedBy: 'user:default/bob',
  decidedAt: '2026-11-21T10:00:00Z',
  decisionReason: 'Use o4-mini for this workload',
});
const granted = aRequest({
  id: 'req-granted',
  modelName: 'gpt-4o-mini',
  subjectRef: 'group:default/payments',
  requestedBy: 'user:default/carol',
  status: 'granted',
  limits: { tpm: 10000, rpm: 60, maxBudget: 50, budgetDuration: '30d' },
  decidedBy: 'system:litemaas',
  decidedAt: '2026-11-20T10:00:00Z',
  // The portal's own reason: shown in the reader's language.
  decisionReason: SYSTEM_REASONS.openModelGranted,
  // Ends within the week: its end stands out, and it can be extended.
  expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
});
const expired = aRequest({
  id: 'req-expired',
  modelName: 'mistral-large',
  status: 'expired',
  expiresAt: '2026-11-30T22:59:59.999Z',
  decidedBy: 'system:litemaas',
  decisionReason: SYSTEM_REASONS.grantExpired,
});
/** Carol asked to keep her grant longer. */
const extensionOfCarol = aRequest({
  id: 'g2',
  modelName: 'granite-3-8b',
  subjectRef: 'user:default/carol',
  requestedBy: 'user:default/carol',
  status: 'granted',
  expiresAt: '2026-12-20T22:59:59.999Z',
  extension: {
    until: '2027-01-31T22:59:59.999Z',
    justification: 'The migration slipped to January',
    requestedBy: 'user:default/carol',
    requestedAt: '2026-12-05T10:00:00Z',
  },
});
const teamPending = aRequest({
  id: 'req-team',
  modelName: 'granite-3-8b',
  subjectRef: 'group:default/search',
  requestedBy: 'user:default/carol',
  limits: { tpm: 5000 },
});
const grantOfCarol = aRequest({
  id: 'g1',
  modelName: 'gpt-4o',
  subjectRef: 'user:default/carol',
  requestedBy: 'user:default/carol',
  status: 'granted',
  limits: { tpm: 5000, rpm: 30 },
  decidedAt: '2026-11-30T10:00:00Z',
});

function apis(language: string, messages: Record<string, string>) {
  const api = fakeApi({
    listAccessRequests: async (query?: AccessRequestQuery) => {
      let items = [pending, denied, granted, expired];
      if (query?.extension) {
        items = [extensionOfCarol];
      } else if (query?.scope === 'review') {
        items = query.status?.includes('granted')
          ? [grantOfCarol]
          : [pending, teamPending];
      }
      return { items, total: items.length, offset: 0, limit: 20 };
    },
    getAccessRequest: async id => ({
      request: denied,
      history: [
        {
          requestId: id,
          at: '2026-11-20T10:00:00Z',
          actorRef: 'user:default/alice',
          action: 'requested',
          toStatus: 'pending',
        },
        {
          requestId: id,
          at: '2026-11-21T10:00:00Z',
          actorRef: 'user:default/bob',
          action: 'denied',
          fromStatus: 'pending',
          toStatus: 'denied',
          reason: 'Use o4-mini for this workload',
        },
      ],
    }),
    listModels: async () => ({
      items: [
        aModel({ name: 'claude-sonnet', canReview: true }),
        aModel({ name: 'granite-3-8b', canReview: true }),
      ],
    }),
  });
  return [
    [litemaasApiRef, api] as [any, any],
    ...languageApis(language, messages),
    allowAll(),
    mockApis.identity({
      userEntityRef: 'user:default/alice',
      ownershipEntityRefs: [
        'user:default/alice',
        'group:default/payments',
        'group:default/search',
      ],
    }),
  ];
}

describe('My access, requesting access and the review queue in other languages', () => {
  it.each(languages)(
    'shows My access in %s, with a history and a dialog open, and no English left',
    async (language, messages) => {
      renderInTestApp(<MyAccessPage />, {
        mountedRoutes: catalogRoutes,
        apis: apis(language, messages),
      });
      const row = (await screen.findByRole('link', { name: 'o3' })).closest(
        'tr',
      )!;
      expect(screen.queryByText(/MISSING/)).toBeNull();
      expect(englishLeft(messages)).toEqual([]);

      // The denied request's history, below its row.
      await userEvent.click(row);
      await screen.findByRole('list', {
        name: messages['access.history.label'],
      });
      expect(englishLeft(messages)).toEqual([]);

      // Asking for a review of the denied request.
      await userEvent.click(
        within(row).getByRole('button', {
          name: messages['access.askForReview'],
        }),
      );
      const dialog = await screen.findByRole('dialog');
      expect(
        within(dialog).getByText(messages['access.askReview.explanation']),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
      await userEvent.click(
        within(dialog).getByRole('button', { name: messages['common.cancel'] }),
      );
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

      // Asking to extend the team's grant that ends this week.
      const grantRow = screen
        .getByRole('link', { name: 'gpt-4o-mini' })
        .closest('tr')!;
      await userEvent.click(
        within(grantRow).getByRole('button', {
          name: messages['access.askToExtendLabelFor']
            .replace('{{model}}', 'gpt-4o-mini')
            .replace('{{team}}', 'payments'),
        }),
      );
      const extend = await screen.findByRole('dialog');
      await waitFor(() =>
        expect(document.getElementById('litemaas-extend-until')).not.toBeNull(),
      );
      fireEvent.change(document.getElementById('litemaas-extend-until')!, {
        target: { value: '2020-01-01' },
      });
      expect(within(extend).queryByText(/MISSING/)).toBeNull();
      expect(englishLeft(messages)).toEqual([]);
    },
  );

  it.each(languages)(
    'shows the request-access dialog in %s with no English left',
    async (language, messages) => {
      renderInTestApp(
        <RequestAccessDialog
          open
          model={aModel({
            name: 'o3',
            accessPolicy: 'restricted',
            defaultLimits: { tpm: 10000, rpm: 60 },
            myAccess: [
              { id: 'r1', status: 'granted', subjectRef: 'user:default/alice' },
              {
                id: 'r2',
                status: 'pending',
                subjectRef: 'group:default/payments',
              },
            ],
          })}
          onClose={() => {}}
        />,
        { mountedRoutes: catalogRoutes, apis: apis(language, messages) },
      );
      await screen.findByRole('dialog');
      // A team that already asked: the dialog says so. (Japanese names the
      // team field and the team choice alike, hence the id.)
      await waitFor(() =>
        expect(document.getElementById('litemaas-request-team')).not.toBeNull(),
      );
      await userEvent.selectOptions(
        document.getElementById('litemaas-request-team')!,
        'group:default/payments',
      );
      expect(
        screen.getByText(
          messages['access.request.teamHasPending'].replace(
            '{{team}}',
            'payments',
          ),
        ),
      ).toBeInTheDocument();
      expect(screen.queryByText(/MISSING/)).toBeNull();
      expect(englishLeft(messages)).toEqual([]);

      // Limits typed wrong: the form says so in the reader's language.
      await userEvent.type(
        document.getElementById('litemaas-request-budget')!,
        'lots',
      );
      await userEvent.type(
        document.getElementById('litemaas-request-tpm')!,
        '1.5',
      );
      await userEvent.type(
        document.getElementById('litemaas-request-period')!,
        'monthly',
      );
      expect(
        screen.getByText(messages['keys.limits.amount']),
      ).toBeInTheDocument();
      expect(
        screen.getByText(messages['keys.limits.wholeNumber']),
      ).toBeInTheDocument();
      expect(
        screen.getByText(messages['keys.limits.duration']),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
    },
  );

  it.each(languages)(
    'shows the review queue and a decision dialog in %s with no English left',
    async (language, messages) => {
      renderInTestApp(<ReviewQueuePage />, {
        mountedRoutes: catalogRoutes,
        apis: apis(language, messages),
      });
      await screen.findByText('Summaries for support tickets');
      await screen.findByRole('table', {
        name: messages['review.grants.title'],
      });
      await screen.findByText('The migration slipped to January');
      expect(screen.queryByText(/MISSING/)).toBeNull();
      expect(englishLeft(messages)).toEqual([]);

      // Both requests chosen, then approved in one dialog.
      await userEvent.click(
        screen.getByRole('checkbox', { name: messages['review.selectAll'] }),
      );
      await userEvent.click(
        screen.getByRole('button', { name: messages['review.approve'] }),
      );
      const dialog = await screen.findByRole('dialog');
      expect(
        within(dialog).getByText(messages['review.approveHintMany']),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);

      // A budget typed wrong: the error is in the reader's language.
      await userEvent.type(
        document.getElementById('litemaas-approve-budget')!,
        '-5',
      );
      expect(
        within(dialog).getByText(messages['keys.limits.amount']),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
    },
  );

  it.each(languages)(
    'decides an extension in %s with no English left',
    async (language, messages) => {
      renderInTestApp(<ReviewQueuePage />, {
        mountedRoutes: catalogRoutes,
        apis: apis(language, messages),
      });
      const row = (
        await screen.findByText('The migration slipped to January')
      ).closest('tr')!;
      const subject = (key: string) =>
        messages[key]
          .replace('{{model}}', 'granite-3-8b')
          .replace('{{subject}}', 'carol');
      await userEvent.click(
        within(row).getByRole('button', {
          name: subject('review.extensions.approveLabel'),
        }),
      );
      let dialog = await screen.findByRole('dialog');
      // A day before the grant's end: the error is in the language too.
      fireEvent.change(
        document.getElementById('litemaas-approve-extension-until')!,
        { target: { value: '2026-12-01' } },
      );
      expect(within(dialog).queryByText(/MISSING/)).toBeNull();
      expect(englishLeft(messages)).toEqual([]);
      await userEvent.click(
        within(dialog).getByRole('button', { name: messages['common.cancel'] }),
      );
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

      await userEvent.click(
        within(row).getByRole('button', {
          name: subject('review.extensions.denyLabel'),
        }),
      );
      dialog = await screen.findByRole('dialog');
      expect(
        within(dialog).getByText(messages['review.reasonHelp']),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
    },
  );

  it.each(languages)(
    "changes a grant's limits in %s, with the form's errors in that language",
    async (language, messages) => {
      renderInTestApp(<ReviewQueuePage />, {
        mountedRoutes: catalogRoutes,
        apis: apis(language, messages),
      });
      const grants = await screen.findByRole('table', {
        name: messages['review.grants.title'],
      });
      const row = (await within(grants).findByText('gpt-4o')).closest('tr')!;
      await userEvent.click(
        within(row).getByRole('button', {
          name: messages['review.grants.changeLimitsLabel']
            .replace('{{model}}', 'gpt-4o')
            .replace('{{subject}}', 'user:default/carol'),
        }),
      );
      const dialog = await screen.findByRole('dialog');
      await userEvent.type(
        document.getElementById('litemaas-grant-limits-rpm')!,
        'x',
      );
      expect(
        within(dialog).getByText(messages['keys.limits.wholeNumber']),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
    },
  );
});
