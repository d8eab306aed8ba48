import { createTranslationRef } from '@backstage/frontend-plugin-api';

/**
 * The app's own words around the plugins: the sidebar's group labels and
 * the titles of the pages it links to. Backstage gives each page a fixed
 * English title, so the sidebar looks the translation up by the page's
 * extension id (see `navTitleKeys`).
 */
export const appNavMessages = {
  sidebar: {
    menu: 'Menu',
    settings: 'Settings',
    notifications: 'Notifications',
    notificationsUnread: 'Notifications ({{unread}})',
  },
  pages: {
    catalog: 'Catalog',
    apis: 'APIs',
    create: 'Create',
    settings: 'Settings',
    notifications: 'Notifications',
    visualizer: 'Visualizer',
  },
} as const;

export const appNavTranslationRef = createTranslationRef({
  id: 'app-nav',
  messages: appNavMessages,
  translations: {
    de: () => import('./appNav.de'),
    es: () => import('./appNav.es'),
    ja: () => import('./appNav.ja'),
  },
});

/**
 * The page extensions the sidebar knows, with the English title Backstage
 * gives each. The translation replaces only that title: a title set in
 * app-config (`app.extensions`) is the operator's word and stays as it is.
 */
export const navTitleKeys: Record<
  string,
  { key: keyof typeof appNavMessages.pages; english: string }
> = Object.fromEntries(
  (
    [
      ['page:catalog', 'catalog'],
      ['page:api-docs', 'apis'],
      ['page:scaffolder', 'create'],
      ['page:user-settings', 'settings'],
      ['page:notifications', 'notifications'],
      ['page:app-visualizer', 'visualizer'],
    ] as const
  ).map(([id, key]) => [id, { key, english: appNavMessages.pages[key] }]),
);
