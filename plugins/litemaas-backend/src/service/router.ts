import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { NotAllowedError } from '@backstage/errors';
import { BasicPermission } from '@backstage/plugin-permission-common';
import {
  litemaasHealthReadPermission,
  litemaasModelReadPermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import { Request } from 'express';
import { spec } from '../schema/openapi.generated';
import { HealthService } from '../services/HealthService';
import { ModelService } from '../services/ModelService';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  models: ModelService;
  health: HealthService;
}

/** HTTP in, service call, HTTP out. Decisions live in the services. */
export async function createRouter(options: RouterOptions) {
  const { httpAuth, permissions, models, health } = options;
  const router = createValidatedOpenApiRouter<typeof spec>(spec);

  async function authorize(req: Request, permission: BasicPermission) {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== 'ALLOW') {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
    return credentials;
  }

  router.get('/health', async (req, res) => {
    await authorize(req, litemaasHealthReadPermission);
    res.json(await health.check());
  });

  router.get('/models', async (req, res) => {
    await authorize(req, litemaasModelReadPermission);
    res.json(await models.listModels());
  });

  return router;
}
