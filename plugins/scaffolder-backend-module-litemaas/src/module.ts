import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  createProvisionKeysAction,
  createRevokeKeysAction,
} from './actions/litemaasKeys';

/**
 * Scaffolder actions for LiteMaaS: provision and revoke workshop keys.
 *
 * @public
 */
export const scaffolderModuleLitemaas = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'litemaas',
  register({ registerInit }) {
    registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({ scaffolder, discovery, auth }) {
        scaffolder.addActions(
          createProvisionKeysAction({ discovery, auth }),
          createRevokeKeysAction({ discovery, auth }),
        );
      },
    });
  },
});
