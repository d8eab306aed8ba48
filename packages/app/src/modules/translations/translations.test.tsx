import { coreComponentsTranslationRef } from '@backstage/core-components';
import {
  TranslationRef,
  TranslationResource,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { catalogTranslationRef } from '@backstage/plugin-catalog/alpha';
import { catalogReactTranslationRef } from '@backstage/plugin-catalog-react/alpha';
import { apiDocsTranslationRef } from '@backstage/plugin-api-docs';
import { notificationsTranslationRef } from '@backstage/plugin-notifications';
import { orgTranslationRef } from '@backstage/plugin-org';
import { scaffolderTranslationRef } from '@backstage/plugin-scaffolder';
import { scaffolderReactTranslationRef } from '@backstage/plugin-scaffolder-react';
import { userSettingsTranslationRef } from '@backstage/plugin-user-settings';
import { screen } from '@testing-library/react';
import { appNavTranslationRef } from '../nav/translation';
import navDe from '../nav/appNav.de';
import navEs from '../nav/appNav.es';
import navJa from '../nav/appNav.ja';
import { appSignInTranslationRef } from '../signIn/translation';
import signInDe from '../signIn/signIn.de';
import signInEs from '../signIn/signIn.es';
import signInJa from '../signIn/signIn.ja';
import apiDocsDe from './apiDocs.de';
import apiDocsEs from './apiDocs.es';
import apiDocsJa from './apiDocs.ja';
import catalogDe from './catalog.de';
import catalogEs from './catalog.es';
import catalogJa from './catalog.ja';
import catalogReactDe from './catalogReact.de';
import catalogReactEs from './catalogReact.es';
import catalogReactJa from './catalogReact.ja';
import coreComponentsDe from './coreComponents.de';
import coreComponentsEs from './coreComponents.es';
import coreComponentsJa from './coreComponents.ja';
import notificationsDe from './notifications.de';
import notificationsEs from './notifications.es';
import notificationsJa from './notifications.ja';
import orgDe from './org.de';
import orgEs from './org.es';
import orgJa from './org.ja';
import scaffolderDe from './scaffolder.de';
import scaffolderEs from './scaffolder.es';
import scaffolderJa from './scaffolder.ja';
import scaffolderReactDe from './scaffolderReact.de';
import scaffolderReactEs from './scaffolderReact.es';
import scaffolderReactJa from './scaffolderReact.ja';
import userSettingsDe from './userSettings.de';
import userSettingsEs from './userSettings.es';
import userSettingsJa from './userSettings.ja';
import {
  apiDocs,
  apiDocsTranslations,
  catalog,
  catalogReact,
  catalogReactTranslations,
  catalogTranslations,
  coreComponents,
  coreComponentsTranslations,
  notifications,
  notificationsTranslations,
  org,
  orgTranslations,
  scaffolder,
  scaffolderReact,
  scaffolderReactTranslations,
  scaffolderTranslations,
  translationsModule,
  userSettings,
  userSettingsTranslations,
} from '.';

type Messages = Record<string, string>;

/** Each ref the app translates, with its three languages. */
const refs: Array<[TranslationRef<string, any>, Record<string, Messages>]> = [
  [
    coreComponentsTranslationRef,
    { de: coreComponentsDe, es: coreComponentsEs, ja: coreComponentsJa },
  ],
  [catalogTranslationRef, { de: catalogDe, es: catalogEs, ja: catalogJa }],
  [
    catalogReactTranslationRef,
    { de: catalogReactDe, es: catalogReactEs, ja: catalogReactJa },
  ],
  [
    userSettingsTranslationRef,
    { de: userSettingsDe, es: userSettingsEs, ja: userSettingsJa },
  ],
  [
    notificationsTranslationRef,
    { de: notificationsDe, es: notificationsEs, ja: notificationsJa },
  ],
  [apiDocsTranslationRef, { de: apiDocsDe, es: apiDocsEs, ja: apiDocsJa }],
  [orgTranslationRef, { de: orgDe, es: orgEs, ja: orgJa }],
  [
    scaffolderTranslationRef,
    { de: scaffolderDe, es: scaffolderEs, ja: scaffolderJa },
  ],
  [
    scaffolderReactTranslationRef,
    { de: scaffolderReactDe, es: scaffolderReactEs, ja: scaffolderReactJa },
  ],
  [appNavTranslationRef, { de: navDe, es: navEs, ja: navJa }],
  [appSignInTranslationRef, { de: signInDe, es: signInEs, ja: signInJa }],
];

/**
 * A ref's English messages, flattened as the translations key them. The
 * ref keeps them behind a method Backstage does not type publicly.
 */
function english(ref: TranslationRef<string, any>): Messages {
  const messages = (
    ref as unknown as { getDefaultMessages(): Messages }
  ).getDefaultMessages();
  expect(Object.keys(messages).length).toBeGreaterThan(0);
  return messages;
}

const placeholders = (text: string) =>
  (text.match(/\{\{[^}]+\}\}|\{\w+\}|`[^`]+`|\]\([^)]+\)|https?:\S+/g) ?? [])
    .map(p => p.replace(/\s/g, ''))
    .sort();

describe("Backstage's words in German, Spanish and Japanese", () => {
  describe.each(refs.map(([ref, languages]) => [ref.id, ref, languages]))(
    '%s',
    (_id, ref, languages) => {
      it.each(['de', 'es', 'ja'])(
        '%s has every English message, nothing else, placeholders kept',
        language => {
          const en = english(ref as TranslationRef<string, any>);
          const messages = (languages as Record<string, Messages>)[language];
          expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
          for (const [key, text] of Object.entries(messages)) {
            expect(text.trim()).not.toBe('');
            expect([key, placeholders(text)]).toEqual([
              key,
              placeholders(en[key]),
            ]);
          }
        },
      );
    },
  );

  it('adds each as a translation extension of the app', () => {
    // One extension type for all of them: only their names differ.
    const extensions: Array<
      [typeof catalog, TranslationResource, TranslationRef<string, any>]
    > = [
      [
        coreComponents,
        coreComponentsTranslations,
        coreComponentsTranslationRef,
      ],
      [catalog, catalogTranslations, catalogTranslationRef],
      [catalogReact, catalogReactTranslations, catalogReactTranslationRef],
      [userSettings, userSettingsTranslations, userSettingsTranslationRef],
      [notifications, notificationsTranslations, notificationsTranslationRef],
      [apiDocs, apiDocsTranslations, apiDocsTranslationRef],
      [org, orgTranslations, orgTranslationRef],
      [scaffolder, scaffolderTranslations, scaffolderTranslationRef],
      [
        scaffolderReact,
        scaffolderReactTranslations,
        scaffolderReactTranslationRef,
      ],
    ] as any;
    for (const [extension, resource, ref] of extensions) {
      const given = createExtensionTester(extension).get(
        TranslationBlueprint.dataRefs.translation,
      );
      expect(given).toBe(resource);
      expect(given.id).toBe(ref.id);
    }
  });

  /** One message of each ref, as a component of the app reads it. */
  function Probe() {
    const { t: catalogText } = useTranslationRef(catalogTranslationRef);
    const { t: catalogReactText } = useTranslationRef(
      catalogReactTranslationRef,
    );
    const { t: settingsText } = useTranslationRef(userSettingsTranslationRef);
    const { t: notificationsText } = useTranslationRef(
      notificationsTranslationRef,
    );
    return (
      <ul>
        <li>{catalogText('entityLabels.ownerLabel')}</li>
        <li>{catalogText('indexPage.title', { orgName: 'Example Corp' })}</li>
        <li>{catalogReactText('entityTableColumnTitle.lifecycle')}</li>
        <li>{settingsText('languageToggle.title')}</li>
        <li>{notificationsText('notificationsPage.title')}</li>
      </ul>
    );
  }

  it.each([
    [
      'de',
      [
        'Verantwortlich',
        'Katalog von Example Corp',
        'Lebenszyklus',
        'Sprache',
        'Benachrichtigungen',
      ],
    ],
    [
      'es',
      [
        'Responsable',
        'Catálogo de Example Corp',
        'Ciclo de vida',
        'Idioma',
        'Notificaciones',
      ],
    ],
    [
      'ja',
      ['オーナー', 'Example Corp カタログ', 'ライフサイクル', '言語', '通知'],
    ],
  ])('%s reaches the pages through the app', async (language, words) => {
    localStorage.setItem('language', language);
    try {
      await renderInTestApp(<Probe />, {
        features: [translationsModule],
        config: {
          app: {
            baseUrl: 'http://localhost:3000',
            extensions: [
              {
                'api:app/app-language': {
                  config: { availableLanguages: ['en', 'de', 'es', 'ja'] },
                },
              },
            ],
          },
          backend: { baseUrl: 'http://localhost:7007' },
        },
      });
      for (const word of words) {
        expect(await screen.findByText(word)).toBeInTheDocument();
      }
    } finally {
      localStorage.clear();
    }
  });
});
