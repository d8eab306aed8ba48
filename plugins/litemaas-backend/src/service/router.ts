import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import {
  litemaasAccessRequestPermission,
  litemaasHealthReadPermission,
  litemaasModelManagePermission,
  litemaasModelReadPermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import { spec } from '../schema/openapi.generated';
import { CallerResolver } from '../permissions/CallerResolver';
import { AccessService } from '../services/AccessService';
import { HealthService } from '../services/HealthService';
import { ModelAdminService } from '../services/ModelAdminService';
import { ModelService } from '../services/ModelService';

export interface RouterOptions {
  callers: CallerResolver;
  models: ModelService;
  modelAdmin: ModelAdminService;
  access: AccessService;
  health: HealthService;
  /** Where clients send inference requests (config `litemaas.gatewayBaseUrl`). */
  endpointBaseUrl?: string;
}

/** HTTP in, caller and permission, service call, HTTP out. */
export async function createRouter(options: RouterOptions) {
  const { callers, models, modelAdmin, access, health } = options;
  const router = createValidatedOpenApiRouter<typeof spec>(spec);

  router.get('/health', async (req, res) => {
    await callers.require(req, litemaasHealthReadPermission);
    res.json(await health.check());
  });

  router.get('/models', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await models.listModels(caller));
  });

  router.get('/models/:name', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json({
      model: await models.getModel(caller, req.params.name),
      endpointBaseUrl: options.endpointBaseUrl,
    });
  });

  router.put('/models/:name/policy', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(await modelAdmin.setPolicy(caller, req.params.name, req.body));
  });

  router.post('/admin/sync', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    models.invalidate();
    res.json({ ...(await models.sync()) });
  });

  router.post('/admin/models', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.status(201).json(await modelAdmin.register(caller, req.body));
  });

  router.put('/admin/models/:name', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(await modelAdmin.update(caller, req.params.name, req.body));
  });

  router.delete('/admin/models/:name', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    await modelAdmin.remove(caller, req.params.name);
    res.status(204).end();
  });

  router.post('/admin/test-connection', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json(await modelAdmin.testConnection(req.body));
  });

  router.get('/access-requests', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    const { scope, status, model, requestedBy, subject, olderThanDays } =
      req.query;
    const items =
      scope === 'review'
        ? await access.listForReview(caller, {
            statuses: status,
            modelName: model,
            requestedBy,
            subjectRef: subject,
            olderThanDays,
          })
        : (await access.listMine(caller)).filter(
            r =>
              (!status || status.includes(r.status)) &&
              (!model || r.modelName === model),
          );
    res.json({ items });
  });

  router.post('/access-requests', async (req, res) => {
    const caller = await callers.resolve(req, litemaasAccessRequestPermission);
    res.status(201).json(await access.request(caller, req.body));
  });

  router.post('/access-requests/decisions', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await access.decideMany(caller, req.body));
  });

  router.get('/access-requests/:id', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await access.get(caller, req.params.id));
  });

  router.post('/access-requests/:id/approve', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await access.approve(caller, req.params.id, req.body ?? {}));
  });

  router.post('/access-requests/:id/deny', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await access.deny(caller, req.params.id, req.body));
  });

  router.post('/access-requests/:id/cancel', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await access.cancel(caller, req.params.id));
  });

  router.post('/access-requests/:id/review', async (req, res) => {
    const caller = await callers.resolve(req, litemaasAccessRequestPermission);
    res.json(await access.requestReview(caller, req.params.id, req.body ?? {}));
  });

  router.post('/access-requests/:id/revoke', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await access.revoke(caller, req.params.id, req.body ?? {}));
  });

  return router;
}
