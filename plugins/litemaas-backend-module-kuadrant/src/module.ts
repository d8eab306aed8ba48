import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { litemaasGatewayExtensionPoint } from '@litemaas/backstage-plugin-litemaas-node';
import { readKuadrantConfig } from './config';
import { KuadrantCluster } from './KuadrantCluster';
import { KuadrantKeyManager } from './KuadrantKeyManager';

/**
 * The Kuadrant Key Manager, as a module of the LiteMaaS backend: with
 * `litemaas.kuadrant` configured, every key write also reaches Kuadrant's
 * Secrets and policies. Without it, the module does nothing.
 *
 * @public
 */
export const litemaasModuleKuadrant = createBackendModule({
  pluginId: 'litemaas',
  moduleId: 'kuadrant',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        gateways: litemaasGatewayExtensionPoint,
      },
      async init({ config, logger, gateways }) {
        const kuadrant = readKuadrantConfig(config);
        if (!kuadrant) {
          logger.info(
            'Kuadrant key manager not configured (litemaas.kuadrant); it does nothing',
          );
          return;
        }
        gateways.addGatewayAdapter(
          new KuadrantKeyManager({
            cluster: new KuadrantCluster(kuadrant),
            config: kuadrant,
            logger,
          }),
        );
        logger.info(
          `Kuadrant key manager: key Secrets in ${kuadrant.secretNamespace} of ${kuadrant.url}, ${kuadrant.models.size} model(s) published`,
        );
      },
    });
  },
});
