import { coreComponentsTranslationRef } from '@backstage/core-components';
import {
  createFrontendModule,
  createTranslationResource,
} from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { catalogTranslationRef } from '@backstage/plugin-catalog/alpha';
import { catalogReactTranslationRef } from '@backstage/plugin-catalog-react/alpha';
import { apiDocsTranslationRef } from '@backstage/plugin-api-docs';
import { notificationsTranslationRef } from '@backstage/plugin-notifications';
import { orgTranslationRef } from '@backstage/plugin-org';
import { scaffolderTranslationRef } from '@backstage/plugin-scaffolder';
import { scaffolderReactTranslationRef } from '@backstage/plugin-scaffolder-react';
import { userSettingsTranslationRef } from '@backstage/plugin-user-settings';

/*
 * Backstage's own words in the languages Settings offers (German, Spanish,
 * Japanese), for the parts of Backstage the app shows around LiteMaaS:
 * Backstage ships these in English only. The plugin brings its own words,
 * and the sidebar's are in modules/nav. Each language's loader must give
 * every message of its ref: a missing one fails the type check.
 */

/** Core components: tables, the sign-in page, alerts, error pages. */
export const coreComponentsTranslations = createTranslationResource({
  ref: coreComponentsTranslationRef,
  translations: {
    de: () => import('./coreComponents.de'),
    es: () => import('./coreComponents.es'),
    ja: () => import('./coreComponents.ja'),
  },
});

/** The catalog's pages: index, entity page header, About and other cards. */
export const catalogTranslations = createTranslationResource({
  ref: catalogTranslationRef,
  translations: {
    de: () => import('./catalog.de'),
    es: () => import('./catalog.es'),
    ja: () => import('./catalog.ja'),
  },
});

/** The catalog's shared parts: filters, table columns, dialogs. */
export const catalogReactTranslations = createTranslationResource({
  ref: catalogReactTranslationRef,
  translations: {
    de: () => import('./catalogReact.de'),
    es: () => import('./catalogReact.es'),
    ja: () => import('./catalogReact.ja'),
  },
});

/** The Settings page, where the reader picks the language. */
export const userSettingsTranslations = createTranslationResource({
  ref: userSettingsTranslationRef,
  translations: {
    de: () => import('./userSettings.de'),
    es: () => import('./userSettings.es'),
    ja: () => import('./userSettings.ja'),
  },
});

/** The Notifications page the sidebar links to. */
export const notificationsTranslations = createTranslationResource({
  ref: notificationsTranslationRef,
  translations: {
    de: () => import('./notifications.de'),
    es: () => import('./notifications.es'),
    ja: () => import('./notifications.ja'),
  },
});

/** The APIs page and the API cards on entity pages. */
export const apiDocsTranslations = createTranslationResource({
  ref: apiDocsTranslationRef,
  translations: {
    de: () => import('./apiDocs.de'),
    es: () => import('./apiDocs.es'),
    ja: () => import('./apiDocs.ja'),
  },
});

/** The group and user cards on the catalog's Group and User pages. */
export const orgTranslations = createTranslationResource({
  ref: orgTranslationRef,
  translations: {
    de: () => import('./org.de'),
    es: () => import('./org.es'),
    ja: () => import('./org.ja'),
  },
});

/** The Create page: templates, their forms, tasks and the editor. */
export const scaffolderTranslations = createTranslationResource({
  ref: scaffolderTranslationRef,
  translations: {
    de: () => import('./scaffolder.de'),
    es: () => import('./scaffolder.es'),
    ja: () => import('./scaffolder.ja'),
  },
});

/** The template forms' shared parts: stepper, template cards, menu. */
export const scaffolderReactTranslations = createTranslationResource({
  ref: scaffolderReactTranslationRef,
  translations: {
    de: () => import('./scaffolderReact.de'),
    es: () => import('./scaffolderReact.es'),
    ja: () => import('./scaffolderReact.ja'),
  },
});

export const coreComponents = TranslationBlueprint.make({
  name: 'core-components',
  params: { resource: coreComponentsTranslations },
});

export const catalog = TranslationBlueprint.make({
  name: 'catalog',
  params: { resource: catalogTranslations },
});

export const catalogReact = TranslationBlueprint.make({
  name: 'catalog-react',
  params: { resource: catalogReactTranslations },
});

export const userSettings = TranslationBlueprint.make({
  name: 'user-settings',
  params: { resource: userSettingsTranslations },
});

export const notifications = TranslationBlueprint.make({
  name: 'notifications',
  params: { resource: notificationsTranslations },
});

export const apiDocs = TranslationBlueprint.make({
  name: 'api-docs',
  params: { resource: apiDocsTranslations },
});

export const org = TranslationBlueprint.make({
  name: 'org',
  params: { resource: orgTranslations },
});

export const scaffolder = TranslationBlueprint.make({
  name: 'scaffolder',
  params: { resource: scaffolderTranslations },
});

export const scaffolderReact = TranslationBlueprint.make({
  name: 'scaffolder-react',
  params: { resource: scaffolderReactTranslations },
});

export const translationsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    coreComponents,
    catalog,
    catalogReact,
    userSettings,
    notifications,
    apiDocs,
    org,
    scaffolder,
    scaffolderReact,
  ],
});
