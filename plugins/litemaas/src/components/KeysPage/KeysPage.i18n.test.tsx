import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { LiteMaasApi } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { litemaasApiRef } from '../../api';
import { englishLeft, languageApis, languages } from '../../__testUtils__/i18n';
import {
  aKey,
  aRequest,
  fakeApi,
  keySettings,
} from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { englishMessages } from '../../translation';
import { KeyDeliveryPage } from '../KeyDeliveryPage';
import { KeysPage } from './KeysPage';

const userEvent = userEventBase.setup({ delay: null });

const DAY = 24 * 3600 * 1000;
const inDays = (days: number) =>
  new Date(Date.now() + days * DAY).toISOString();

const keys = [
  aKey({
    id: 'k-laptop',
    name: 'my-laptop',
    spend: 45,
    limits: { maxBudget: 50, budgetDuration: '30d' },
    status: 'active',
    expiresAt: inDays(60),
  }),
  aKey({
    id: 'k-ci',
    name: 'payments-ci',
    subjectRef: 'group:default/payments',
    createdBy: 'user:default/bob',
    models: ['gpt-4o-mini', 'granite-8b'],
    spend: 5,
    limits: { maxBudget: 50 },
    status: 'expiring-soon',
    expiresAt: inDays(3),
    previousValueValidUntil: inDays(1),
  }),
  aKey({
    id: 'k-ws',
    name: 'workshop-alice',
    origin: 'provisioned',
    status: 'over-budget',
    spend: 12,
    limits: { maxBudget: 10 },
    expiresAt: undefined,
  }),
  aKey({ id: 'k-b', name: 'blocked-key', status: 'blocked', spend: 1.5 }),
  aKey({
    id: 'k-a',
    name: 'found-in-litellm',
    origin: 'adopted',
    status: 'revoking',
  }),
  // Owners do not list these; all keys (admins) shows them with this chip.
  aKey({ id: 'k-p', name: 'pg-session', origin: 'playground' }),
  aKey({
    id: 'k-r',
    name: 'old-key',
    status: 'revoked',
    revokedAt: '2026-11-01T10:00:00Z',
  }),
];

function renderPage(
  language: string,
  messages: Record<string, string>,
  overrides: Partial<LiteMaasApi> = {},
) {
  renderInTestApp(<KeysPage />, {
    mountedRoutes: catalogRoutes,
    apis: [
      [
        litemaasApiRef,
        fakeApi({
          listKeys: async () => ({ items: keys }),
          listAccessRequests: async () => ({
            items: [
              aRequest({
                status: 'granted',
                modelName: 'gpt-4o-mini',
                subjectRef: 'user:default/alice',
                limits: { tpm: 5000 },
              }),
              aRequest({
                id: 'g2',
                status: 'granted',
                modelName: 'claude-sonnet',
                subjectRef: 'user:default/alice',
              }),
            ],
          }),
          getKeySettings: async () => keySettings(),
          getKeyFormSettings: async () => keySettings(),
          ...overrides,
        }),
      ],
      ...languageApis(language, messages),
      mockApis.alert(),
      mockApis.identity({
        userEntityRef: 'user:default/alice',
        ownershipEntityRefs: ['user:default/alice', 'group:default/payments'],
      }),
    ],
    config: { litemaas: { gatewayBaseUrl: 'https://gw.example.com' } },
  });
}

/**
 * The words in titles, labels and placeholders, as text nodes, so
 * `englishLeft` checks them too.
 */
function attributeWords(): Node {
  const holder = document.createElement('div');
  const names = ['title', 'aria-label', 'placeholder'];
  document.body
    .querySelectorAll(names.map(name => `[${name}]`).join(','))
    .forEach(element => {
      for (const name of names) {
        const value = element.getAttribute(name);
        if (value) holder.appendChild(document.createTextNode(value));
      }
    });
  return holder;
}

/** The page without its code samples, which stay as they are. */
function pageWithoutCode(): Node {
  const copy = document.body.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('pre').forEach(code => code.remove());
  return copy;
}

function expectNoEnglish(messages: Record<string, string>) {
  expect(screen.queryByText(/MISSING/)).toBeNull();
  expect(englishLeft(messages, pageWithoutCode())).toEqual([]);
  expect(englishLeft(messages, attributeWords())).toEqual([]);
}

const row = async (name: string) =>
  (await screen.findByText(name)).closest('tr')!;

describe('KeysPage in other languages', () => {
  it.each(languages)(
    'shows keys of every state and the create dialog in %s, with no English left',
    async (language, messages) => {
      renderPage(language, messages);
      const team = await row('payments-ci');
      expect(
        within(team).getByText(messages['keys.status.expiringSoon']),
      ).toBeInTheDocument();
      expect(
        within(await row('workshop-alice')).getByText(
          messages['keys.origin.provisioned'],
        ),
      ).toBeInTheDocument();
      expectNoEnglish(messages);

      await userEvent.click(
        screen.getByRole('button', { name: messages['keys.create'] }),
      );
      const dialog = await screen.findByRole('dialog', {
        name: messages['keys.createDialog.title'],
      });
      await userEvent.click(
        await within(dialog).findByLabelText('gpt-4o-mini'),
      );
      // The grant's per-model limit opens the per-model section.
      await within(dialog).findByLabelText(
        messages['keys.limits.perModelField']
          .replace('{{limit}}', 'TPM')
          .replace('{{model}}', 'gpt-4o-mini'),
      );
      // Wrong values and a missing name show their messages.
      await userEvent.type(
        within(dialog).getByLabelText(messages['keys.limits.maxBudget']),
        '500',
      );
      await userEvent.type(
        within(dialog).getByLabelText(messages['keys.limits.budgetPeriod']),
        'monthly',
      );
      await userEvent.click(
        within(dialog).getByRole('button', {
          name: messages['keys.createDialog.submit'],
        }),
      );
      expect(
        await within(dialog).findByText(messages['keys.form.nameRequired']),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText(messages['keys.limits.duration']),
      ).toBeInTheDocument();
      expectNoEnglish(messages);
    },
  );

  it.each(languages)(
    'rotates a key and shows its new value in %s, with no English left',
    async (language, messages) => {
      const laptop = keys[0];
      renderPage(language, messages, {
        rotateKey: async () => ({
          key: { ...laptop, previousValueValidUntil: inDays(1) },
          value: 'sk-rotated-new1',
        }),
      });
      await userEvent.click(
        within(await row('my-laptop')).getByRole('button', {
          name: messages['keys.actions.rotate'],
        }),
      );
      const rotate = await screen.findByRole('dialog', {
        name: messages['keys.rotateDialog.title'].replace(
          '{{name}}',
          'my-laptop',
        ),
      });
      await userEvent.click(within(rotate).getAllByRole('radio')[2]);
      expectNoEnglish(messages);

      await userEvent.click(
        within(rotate).getByRole('button', {
          name: messages['keys.rotateDialog.submit'],
        }),
      );
      const shown = await screen.findByRole('dialog', {
        name: messages['keys.issued.title'],
      });
      await userEvent.click(
        within(shown).getByRole('button', {
          name: messages['keys.doneOnceCopied.done'],
        }),
      );
      expect(
        within(shown).getByRole('button', {
          name: messages['keys.doneOnceCopied.closeWithoutCopying'],
        }),
      ).toBeInTheDocument();
      expectNoEnglish(messages);
    },
  );

  it.each(languages)(
    'opens the edit and revoke dialogs in %s, with no English left',
    async (language, messages) => {
      renderPage(language, messages);
      await userEvent.click(
        within(await row('my-laptop')).getByRole('button', {
          name: messages['keys.actions.edit'],
        }),
      );
      const edit = await screen.findByRole('dialog', {
        name: messages['keys.editDialog.title'].replace(
          '{{name}}',
          'my-laptop',
        ),
      });
      await within(edit).findByLabelText('claude-sonnet');
      await userEvent.clear(
        within(edit).getByLabelText(new RegExp(messages['keys.form.name'])),
      );
      await userEvent.click(
        within(edit).getByRole('button', {
          name: messages['keys.editDialog.submit'],
        }),
      );
      await within(edit).findByText(messages['keys.form.nameRequired']);
      expectNoEnglish(messages);
      await userEvent.keyboard('{Escape}');
      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );

      await userEvent.click(
        within(await row('payments-ci')).getByRole('button', {
          name: messages['keys.actions.revoke'],
        }),
      );
      const revoke = await screen.findByRole('dialog', {
        name: messages['keys.revoke.title'].replace('{{name}}', 'payments-ci'),
      });
      expect(
        within(revoke).getByText(/payments/, { selector: 'p' }),
      ).toBeInTheDocument();
      expectNoEnglish(messages);
    },
  );

  it.each(languages)(
    'shows the empty page in %s, with no English left',
    async (language, messages) => {
      renderPage(language, messages, {
        listKeys: async () => ({ items: [], total: 0, offset: 0, limit: 20 }),
      });
      expect(
        await screen.findByText(messages['keys.empty.title']),
      ).toBeInTheDocument();
      expectNoEnglish(messages);
    },
  );

  it.each(languages)(
    'delivers workshop keys in %s, with no English left',
    async (language, messages) => {
      renderInTestApp(
        <Routes>
          <Route path="/deliveries/:id" element={<KeyDeliveryPage />} />
        </Routes>,
        {
          initialRouteEntries: [`/deliveries/d1?token=${'a'.repeat(43)}`],
          apis: [
            [
              litemaasApiRef,
              fakeApi({
                claimKeyDelivery: async () => ({
                  aliasPrefix: 'ws-dec-',
                  keys: [
                    {
                      participant: 'ann',
                      alias: 'ws-dec-ann',
                      value: 'sk-ann-value',
                    },
                    {
                      participant: 'ben',
                      alias: 'ws-dec-ben',
                      value: 'sk-ben-value',
                    },
                  ],
                }),
              }),
            ],
            ...languageApis(language, messages),
            mockApis.alert(),
          ],
        },
      );
      const show = await screen.findByRole('button', {
        name: messages['keys.delivery.show'],
      });
      expectNoEnglish(messages);
      await userEvent.click(show);
      await screen.findByRole('table', {
        name: messages['keys.issuedValues.tableLabel'],
      });
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent('ws-dec-'),
      );
      expectNoEnglish(messages);
    },
  );

  it('keeps the placeholders of every keys message in every language', () => {
    const names = (text: string) =>
      (text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
    for (const [key, english] of Object.entries(englishMessages())) {
      if (!key.startsWith('keys.')) continue;
      for (const [language, messages] of languages) {
        expect([language, key, names(messages[key] ?? '')]).toEqual([
          language,
          key,
          names(english),
        ]);
      }
    }
  });
});
