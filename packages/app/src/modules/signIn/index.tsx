import { SignInPage } from '@backstage/core-components';
import {
  createFrontendModule,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import {
  SignInPageBlueprint,
  SignInPageProps,
} from '@backstage/plugin-app-react';
import { oidcAuthApi, oidcAuthApiRef } from './oidcAuthApi';
import { appSignInTranslationRef } from './translation';

/**
 * Company SSO over OIDC (the dev IdP locally, see packages/dev-idp) and
 * Guest for a quick look.
 */
export function CompanySignInPage(props: SignInPageProps) {
  const { t } = useTranslationRef(appSignInTranslationRef);
  return (
    <SignInPage
      {...props}
      providers={[
        {
          id: 'oidc-auth-provider',
          title: 'Example Corp SSO',
          message: t('sso.message'),
          apiRef: oidcAuthApiRef,
        },
        'guest',
      ]}
    />
  );
}

const signInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => CompanySignInPage,
  },
});

export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [oidcAuthApi, signInPage],
});
