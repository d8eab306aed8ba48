import { renderTestApp } from '@backstage/frontend-test-utils';
import { act, screen, waitFor, within } from '@testing-library/react';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';
import { notificationsApiRef } from '@backstage/plugin-notifications';
import litemaasPlugin from '@litemaas/backstage-plugin-litemaas';
import { navModule } from '.';
import { translationsModule } from '../translations';

/**
 * The app as it runs, with the pages it shows in the sidebar, Backstage's
 * own translation and language APIs, and the language the reader last
 * picked in Settings (kept in local storage).
 */
function renderIn(
  language: string,
  options: { unread?: number; extensions?: object[] } = {},
) {
  localStorage.setItem('language', language);
  const notifications = {
    getStatus: async () => ({ unread: options.unread ?? 0, read: 0 }),
  };
  return renderTestApp({
    features: [
      catalogPlugin,
      litemaasPlugin,
      userSettingsPlugin,
      notificationsPlugin,
      apiDocsPlugin,
      scaffolderPlugin,
      navModule,
      translationsModule,
    ],
    apis: [[notificationsApiRef, notifications as any]],
    config: {
      app: {
        baseUrl: 'http://localhost:3000',
        extensions: [
          {
            'api:app/app-language': {
              config: { availableLanguages: ['en', 'de', 'es', 'ja'] },
            },
          },
          ...(options.extensions ?? []),
        ],
      },
      backend: { baseUrl: 'http://localhost:7007' },
    },
  });
}

/** The sidebar's links, top to bottom, by their accessible names. */
async function sidebarLinks(first: string) {
  const nav = await screen.findByRole('navigation');
  await within(nav).findByRole('link', { name: first });
  return within(nav)
    .getAllByRole('link')
    .map(link => link.textContent)
    .filter(name => name !== 'LiteMaaS portal'); // the logo
}

describe('the sidebar in the language picked in Settings', () => {
  afterEach(() => localStorage.clear());

  it.each([
    [
      'en',
      ['Catalog', 'AI Models', 'APIs', 'Create', 'Notifications', 'Settings'],
    ],
    [
      'de',
      [
        'Katalog',
        'KI-Modelle',
        'APIs',
        'Erstellen',
        'Mitteilungen',
        'Einstellungen',
      ],
    ],
    [
      'es',
      [
        'Catálogo',
        'Modelos de IA',
        'API',
        'Crear',
        'Notificaciones',
        'Configuración',
      ],
    ],
    ['ja', ['カタログ', 'AI モデル', 'API', '作成', '通知', '設定']],
  ])(
    '%s: every page title and the notifications item',
    async (language, names) => {
      renderIn(language);
      expect(await sidebarLinks(names[0])).toEqual(names);
    },
  );

  it('says how many notifications are unread, in the language', async () => {
    renderIn('de', { unread: 3 });
    expect(
      await screen.findByRole('link', { name: 'Mitteilungen (3)' }),
    ).toBeInTheDocument();
  });

  it('caps the unread count at 99+', async () => {
    renderIn('ja', { unread: 150 });
    expect(
      await screen.findByRole('link', { name: '通知 (99+)' }),
    ).toBeInTheDocument();
  });

  it('follows a change of language without a reload', async () => {
    renderIn('en');
    await sidebarLinks('Catalog');
    // What Settings does in another tab: the language API listens for it.
    act(() => {
      localStorage.setItem('language', 'de');
      window.dispatchEvent(
        new StorageEvent('storage', { key: 'language', newValue: 'de' }),
      );
    });
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Katalog' })).toBeInTheDocument(),
    );
    expect(screen.queryByRole('link', { name: 'Catalog' })).toBeNull();
  });

  it('keeps a title set in app-config as the operator wrote it', async () => {
    renderIn('de', {
      extensions: [{ 'page:catalog': { config: { title: 'Software' } } }],
    });
    expect(await sidebarLinks('Software')).toEqual([
      'Software',
      'KI-Modelle',
      'APIs',
      'Erstellen',
      'Mitteilungen',
      'Einstellungen',
    ]);
  });
});
