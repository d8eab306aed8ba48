import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { translationsModule } from '../translations';
import { oidcAuthApiRef } from './oidcAuthApi';
import { CompanySignInPage } from '.';

const languages = {
  app: {
    title: 'LiteMaaS Portal',
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
};

describe('the sign-in page', () => {
  afterEach(() => localStorage.clear());

  it.each([
    ['en', 'Sign in with your Example Corp account', /^Enter as a Guest User/],
    [
      'de',
      'Melden Sie sich mit Ihrem Konto von Example Corp an',
      /^Als Gast fortfahren/,
    ],
    [
      'es',
      'Inicie sesión con su cuenta de Example Corp',
      /^Entre como usuario/,
    ],
    [
      'ja',
      'Example Corp のアカウントでサインインします',
      /^ゲストユーザーとして/,
    ],
  ])('%s: the SSO line and the guest card', async (language, sso, guest) => {
    localStorage.setItem('language', language);
    await renderInTestApp(<CompanySignInPage onSignInSuccess={jest.fn()} />, {
      features: [translationsModule],
      apis: [[oidcAuthApiRef, {} as any]],
      config: languages,
    });
    expect(await screen.findByText(sso)).toBeInTheDocument();
    expect(screen.getByText('Example Corp SSO')).toBeInTheDocument();
    // The guest card's words come from core-components (its title,
    // "Guest", is fixed English in core-components itself).
    expect(screen.getByText(guest)).toBeInTheDocument();
  });
});
