import { SignInPage } from '@backstage/core-components';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { oidcAuthApi, oidcAuthApiRef } from './oidcAuthApi';

/**
 * Company SSO over OIDC (the dev IdP locally, see packages/dev-idp) and
 * Guest for a quick look.
 */
const signInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => props =>
      (
        <SignInPage
          {...props}
          providers={[
            {
              id: 'oidc-auth-provider',
              title: 'Example Corp SSO',
              message: 'Sign in with your Example Corp account',
              apiRef: oidcAuthApiRef,
            },
            'guest',
          ]}
        />
      ),
  },
});

export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [oidcAuthApi, signInPage],
});
