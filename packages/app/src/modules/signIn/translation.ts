import { createTranslationRef } from '@backstage/frontend-plugin-api';

/**
 * The sign-in page's own words. The provider's name stays as it is (it
 * names the company's login); the line under it is translated.
 */
export const appSignInTranslationRef = createTranslationRef({
  id: 'app-sign-in',
  messages: {
    sso: {
      message: 'Sign in with your Example Corp account',
    },
  },
  translations: {
    de: () => import('./signIn.de'),
    es: () => import('./signIn.es'),
    ja: () => import('./signIn.ja'),
  },
});
