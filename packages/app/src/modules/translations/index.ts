import { coreComponentsTranslationRef } from '@backstage/core-components';
import {
  createFrontendModule,
  createTranslationResource,
} from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';

/**
 * Backstage's own components in the languages Settings offers (German,
 * Spanish, Japanese): tables (search, paging, filters), the sign-in page,
 * "Skip to content", alerts, error pages. The plugins bring their own
 * words; these are the ones Backstage ships in English only.
 */
export const coreComponentsTranslations = createTranslationResource({
  ref: coreComponentsTranslationRef,
  translations: {
    de: () => import('./coreComponents.de'),
    es: () => import('./coreComponents.es'),
    ja: () => import('./coreComponents.ja'),
  },
});

export const coreComponents = TranslationBlueprint.make({
  name: 'core-components',
  params: { resource: coreComponentsTranslations },
});

export const translationsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [coreComponents],
});
