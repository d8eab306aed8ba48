import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { InputError, NotAllowedError } from '@backstage/errors';
import express, {
  NextFunction,
  Request,
  RequestHandler,
  Response,
} from 'express';
import {
  AUDIT_CSV_COLUMNS,
  RECERTIFICATION_CSV_COLUMNS,
  AuditEvent,
  ReconcileReport,
  UsageSyncReport,
  litemaasAccessRequestPermission,
  litemaasHealthReadPermission,
  litemaasModelManagePermission,
  litemaasModelReadPermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import { spec } from '../schema/openapi.generated';
import { CallerResolver } from '../permissions/CallerResolver';
import { AccessService } from '../services/AccessService';
import { HealthService } from '../services/HealthService';
import { GatewayService } from '../services/GatewayService';
import { KeyReconciler } from '../services/reconcile/KeyReconciler';
import { KeyAdoption } from '../services/reconcile/KeyAdoption';
import { KeyService } from '../services/keys/KeyService';
import { KeyDelivery } from '../services/keys/KeyDelivery';
import { KeySettingsService } from '../services/keys/KeySettingsService';
import { PlaygroundService } from '../services/playground/PlaygroundService';
import { TaskRuns } from '../services/TaskRuns';
import { UsageHoldService } from '../services/UsageHoldService';
import { UsageService } from '../services/UsageService';
import { TeamBudgetService } from '../services/TeamBudgetService';
import { ModelAdminService } from '../services/ModelAdminService';
import { ModelService } from '../services/ModelService';
import { LiteMaasMetrics } from '../metrics/LiteMaasMetrics';
import { AuditService } from '../services/audit';
import { streamExport } from './streamExport';
import { GrantEndService } from '../services/access/GrantEndService';
import { RecertificationService } from '../services/recertification/RecertificationService';
import { TopUpService } from '../services/topups/TopUpService';
import {
  FOCUS_COLUMNS,
  FocusExport,
} from '../services/catalogSpend/FocusExport';
import { CatalogSpendService } from '../services/catalogSpend/CatalogSpendService';
import { Offboarding } from '../services/offboarding/Offboarding';
import { ApprovalRuleService } from '../services/approvals/ApprovalRuleService';
import { DeprecationService } from '../services/deprecations/DeprecationService';

export interface RouterOptions {
  callers: CallerResolver;
  models: ModelService;
  modelAdmin: ModelAdminService;
  access: AccessService;
  health: HealthService;
  keys: KeyService;
  keySettings: KeySettingsService;
  playground: PlaygroundService;
  reconciler: KeyReconciler;
  adoption: KeyAdoption;
  delivery: KeyDelivery;
  taskRuns: TaskRuns;
  /** The ids of the scheduled tasks admins can run now. */
  tasks: {
    reconcile: string;
    usageSync: string;
    grantExpiry: string;
    recertification: string;
    topUps: string;
    offboarding: string;
    escalation: string;
    deprecations: string;
  };
  deprecations: DeprecationService;
  approvalRules: ApprovalRuleService;
  topUps: TopUpService;
  offboarding: Offboarding;
  grantEnds: GrantEndService;
  recertifications: RecertificationService;
  usage: UsageService;
  catalogSpend: CatalogSpendService;
  focus: FocusExport;
  usageHolds: UsageHoldService;
  teamBudgets: TeamBudgetService;
  gateways: GatewayService;
  audit: AuditService;
  /** Where clients send inference requests (config `litemaas.gatewayBaseUrl`). */
  endpointBaseUrl?: string;
  metrics?: LiteMaasMetrics;
}

const USAGE_CSV_COLUMNS = [
  'day',
  'model',
  'provider',
  'key',
  'keyId',
  'owner',
  'requests',
  'successfulRequests',
  'failedRequests',
  'promptTokens',
  'completionTokens',
  'totalTokens',
  'spend',
];

/** Lists that grow answer a page at a time, with how many there are. */
const DEFAULT_PAGE_SIZE = 500;

function onePage<T>(
  items: T[],
  page: { limit?: number; offset?: number },
): { items: T[]; total: number; offset: number; limit: number } {
  const limit = page.limit ?? DEFAULT_PAGE_SIZE;
  const offset = page.offset ?? 0;
  return {
    items: items.slice(offset, offset + limit),
    total: items.length,
    offset,
    limit,
  };
}

/** The query string's `outsidePortal` is text; the service wants a flag. */
function usageQueryOf<T extends { outsidePortal?: 'true' | 'false' }>(
  query: T,
) {
  return { ...query, outsidePortal: query.outsidePortal === 'true' };
}

/** True when any string in a value holds a NUL, which no database takes. */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => holdsNul(k) || holdsNul(v));
  }
  return false;
}

/**
 * A NUL in a path, query or body is refused with a 400 before any route
 * sees it: PostgreSQL would answer it with an error, and SQLite keep it.
 */
function refuseControlCharacters(
  req: Request,
  _res: Response,
  next: NextFunction,
) {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    next(new InputError(`The path ${req.path} is not valid URL encoding`));
    return;
  }
  if (holdsNul(path) || holdsNul(req.query) || holdsNul(req.body)) {
    next(new InputError('Text may not contain NUL characters'));
    return;
  }
  next();
}

const BODY_LIMIT = '100kb';
const parseJson = express.json({ limit: BODY_LIMIT });

/**
 * JSON bodies up to 100 kB. A larger one is answered 413 here: the
 * validated router turns every error before its routes into a 400.
 */
function jsonBodies(req: Request, res: Response, next: NextFunction) {
  parseJson(req, res, error => {
    if ((error as { type?: string } | undefined)?.type === 'entity.too.large') {
      res.status(413).json({
        error: {
          name: 'PayloadTooLargeError',
          message: `The request body is larger than the ${BODY_LIMIT} limit`,
        },
        request: { method: req.method, url: req.originalUrl },
        response: { statusCode: 413 },
      });
      return;
    }
    next(error);
  });
}

/**
 * Each request's duration, by the route it matched (a template such as
 * `/keys/:id`, never the path: ids stay out of the metrics).
 */
function recordRequests(metrics: LiteMaasMetrics): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      const openapi = (req as { openapi?: { openApiRoute?: string } }).openapi;
      metrics.httpRequest({
        operation: req.route?.path ?? openapi?.openApiRoute ?? 'unmatched',
        method: req.method,
        status: res.statusCode,
        seconds: (performance.now() - started) / 1000,
      });
    });
    next();
  };
}

/** HTTP in, caller and permission, service call, HTTP out. */
export async function createRouter(options: RouterOptions) {
  const { callers, models, modelAdmin, access, health, keys, playground } =
    options;
  const router = createValidatedOpenApiRouter<typeof spec>(spec, {
    middleware: [jsonBodies],
  });
  if (options.metrics) router.use(recordRequests(options.metrics));
  router.use(refuseControlCharacters);
  // Answers depend on who asks and some carry key values once: no cache,
  // shared or the browser's, keeps them.
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  router.get('/health', async (req, res) => {
    await callers.require(req, litemaasHealthReadPermission);
    res.json(await health.check());
  });

  router.get('/models', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    const { body, etag } = await models.listModelsResponse(caller);
    // The list holds no secret: the browser may keep it, and asks whether
    // it changed (304 when not).
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('ETag', etag);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.type('application/json').end(body);
  });

  // Everyone who reads the catalog, services included (the catalog's
  // processor shows models deprecated or retired).
  router.get('/models/lifecycle', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await models.lifecycle(caller));
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

  // Admins and the model's owners (checked by the service).
  router.get('/models/:name/approval-rules', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await options.approvalRules.get(caller, req.params.name));
  });

  router.put('/models/:name/approval-rules', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(
      await options.approvalRules.put(caller, req.params.name, req.body),
    );
  });

  router.post('/models/:name/approval-rules/check', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(
      await options.approvalRules.check(caller, req.params.name, req.body),
    );
  });

  router.get('/admin/access-requests/escalation', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json(await options.taskRuns.status(options.tasks.escalation));
  });

  router.post('/admin/access-requests/escalation', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(
      await options.taskRuns.trigger(options.tasks.escalation, caller.userRef),
    );
  });

  // Admins and the models' owners (checked by the service).
  router.get('/deprecations', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await options.deprecations.list(caller));
  });

  router.get('/deprecations/:name', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await options.deprecations.get(caller, req.params.name));
  });

  router.put('/deprecations/:name', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(
      await options.deprecations.deprecate(caller, req.params.name, req.body),
    );
  });

  router.delete('/deprecations/:name', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    await options.deprecations.cancel(caller, req.params.name);
    res.status(204).end();
  });

  router.post('/deprecations/:name/retire', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(
      await options.deprecations.retireNow(caller, req.params.name, req.body),
    );
  });

  router.post('/deprecations/:name/remind', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await options.deprecations.remind(caller, req.params.name));
  });

  router.get('/admin/deprecations/run', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json(await options.taskRuns.status(options.tasks.deprecations));
  });

  router.post('/admin/deprecations/run', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(
      await options.taskRuns.trigger(
        options.tasks.deprecations,
        caller.userRef,
      ),
    );
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
    const {
      scope,
      status,
      model,
      requestedBy,
      subject,
      olderThanDays,
      extension,
      limit,
      offset,
    } = req.query;
    const items =
      scope === 'review'
        ? await access.listForReview(caller, {
            statuses: status,
            modelName: model,
            requestedBy,
            subjectRef: subject,
            olderThanDays,
            extensionPending: extension === 'pending',
          })
        : (await access.listMine(caller)).filter(
            r =>
              (!status || status.includes(r.status)) &&
              (!model || r.modelName === model),
          );
    res.json(onePage(items, { limit, offset }));
  });

  router.post('/access-requests', async (req, res) => {
    const caller = await callers.resolve(req, litemaasAccessRequestPermission);
    res.status(201).json(await access.request(caller, req.body));
  });

  router.post('/access-requests/decisions', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await access.decideMany(caller, req.body));
  });

  router.get('/access-requests/:id', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await access.get(caller, req.params.id));
  });

  router.post('/access-requests/:id/approve', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await access.approve(caller, req.params.id, req.body ?? {}));
  });

  router.post('/access-requests/:id/deny', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await access.deny(caller, req.params.id, req.body));
  });

  router.post('/access-requests/:id/cancel', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await access.cancel(caller, req.params.id));
  });

  router.post('/access-requests/:id/review', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await access.requestReview(caller, req.params.id, req.body ?? {}));
  });

  router.post('/access-requests/:id/revoke', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await access.revoke(caller, req.params.id, req.body ?? {}));
  });

  router.post('/access-requests/:id/extension', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(
      await options.grantEnds.requestExtension(caller, req.params.id, req.body),
    );
  });

  router.post('/access-requests/:id/extension/approve', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(
      await options.grantEnds.approveExtension(
        caller,
        req.params.id,
        req.body ?? {},
      ),
    );
  });

  router.post('/access-requests/:id/extension/deny', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(
      await options.grantEnds.denyExtension(caller, req.params.id, req.body),
    );
  });

  router.put('/access-requests/:id/limits', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await access.changeLimits(caller, req.params.id, req.body));
  });

  router.get('/keys', async (req, res) => {
    const caller = await callers.resolve(req);
    const { limit, offset, ...query } = req.query;
    res.json(onePage(await keys.list(caller, query), { limit, offset }));
  });

  router.post('/keys', async (req, res) => {
    const caller = await callers.resolve(req);
    res.status(201).json(await keys.create(caller, req.body));
  });

  router.post('/keys/provision', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    const result = await keys.provision(caller, req.body);
    // Per-participant results: 207 when some failed, 502 when every key
    // that was to be made failed (the body still says who and why).
    if (result.failed.length === 0) {
      res.json(result);
    } else if (result.created.length || result.existing.length) {
      res.status(207).json(result);
    } else {
      res.status(502).json({
        ...result,
        error: {
          name: 'BadGatewayError',
          message: `No key could be made: ${result.failed
            .map(f => `${f.participant}: ${f.error}`)
            .join('; ')}`.slice(0, 2000),
        },
      });
    }
  });

  router.post('/keys/revoke-by-prefix', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(
      await keys.revokeByAliasPrefix(
        caller,
        req.body.aliasPrefix,
        req.body.confirmCount,
      ),
    );
  });

  router.post('/deliveries/:id/claim', async (req, res) => {
    const caller = await callers.resolve(req);
    if (!caller.isUser) {
      throw new NotAllowedError(
        'A key delivery is for the person it was made for',
      );
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json(
      await options.delivery.claim(
        caller.userRef,
        req.params.id,
        req.body.token,
      ),
    );
  });

  router.get('/keys/:id', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await keys.get(caller, req.params.id));
  });

  router.patch('/keys/:id', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await keys.update(caller, req.params.id, req.body));
  });

  router.get('/playground', async (req, res) => {
    await callers.resolve(req);
    res.json(playground.settings());
  });

  router.post('/playground/sessions', async (req, res) => {
    const caller = await callers.resolve(req);
    res.status(201).json(
      await playground.start(caller, req.body.model, {
        componentRef: req.body.componentRef,
      }),
    );
  });

  router.delete('/playground/sessions/:id', async (req, res) => {
    const caller = await callers.resolve(req);
    await playground.end(caller, req.params.id);
    res.status(204).end();
  });

  router.post('/keys/:id/rotate', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await keys.rotate(caller, req.params.id, req.body ?? {}));
  });

  router.post('/keys/:id/revoke', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await keys.revoke(caller, req.params.id));
  });

  router.post('/keys/:id/block', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(await keys.setBlocked(caller, req.params.id, true));
  });

  router.post('/keys/:id/unblock', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(await keys.setBlocked(caller, req.params.id, false));
  });

  // What the key form needs; the admin path below is for admins only.
  router.get('/key-settings', async (req, res) => {
    await callers.require(req, litemaasModelReadPermission);
    res.json(await options.keySettings.get());
  });

  router.get('/admin/key-settings', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json(await options.keySettings.get());
  });

  router.put('/admin/key-settings', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(await options.keySettings.put(req.body, caller));
  });

  const reconcileStatus = async () => ({
    ...(await options.taskRuns.status<ReconcileReport>(
      options.tasks.reconcile,
    )),
    holds: await options.reconciler.holds(),
  });

  router.get('/admin/reconcile', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    const status = await reconcileStatus();
    if (status.status === 'idle' && !status.report && !status.requestedAt) {
      // The first visit ever: ask for a run, so there is something to show.
      await options.taskRuns.trigger(options.tasks.reconcile, caller.userRef);
      res.json(await reconcileStatus());
      return;
    }
    res.json(status);
  });

  router.post('/admin/reconcile', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    await options.taskRuns.trigger(options.tasks.reconcile, caller.userRef);
    res.json(await reconcileStatus());
  });

  router.post('/admin/reconcile/holds/confirm', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(await options.reconciler.confirm(caller, req.body.ids));
  });

  router.post('/admin/reconcile/holds/dismiss', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(await options.reconciler.dismiss(caller, req.body.ids));
  });

  router.post('/admin/reconcile/take-over', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    await options.reconciler.takeOver(caller);
    res.status(204).end();
  });

  router.get('/admin/gateways', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json({ items: await options.gateways.list() });
  });

  router.put('/admin/gateways/:gateway/models/:name', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    await options.gateways.publish(
      caller,
      req.params.gateway,
      req.params.name,
      req.body.route,
    );
    res.json({ items: await options.gateways.list() });
  });

  router.delete('/admin/gateways/:gateway/models/:name', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    await options.gateways.withdraw(
      caller,
      req.params.gateway,
      req.params.name,
    );
    res.json({ items: await options.gateways.list() });
  });

  router.get('/admin/keys/:id/gateways', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json({ items: await options.gateways.keyStatus(req.params.id) });
  });

  router.post('/admin/unmanaged-keys/:tokenHash/adopt', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res
      .status(201)
      .json(
        await options.adoption.adoptByAdmin(
          caller,
          req.params.tokenHash,
          req.body,
        ),
      );
  });

  router.post('/admin/unmanaged-keys/:tokenHash/leave', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    await options.adoption.leave(caller, req.params.tokenHash);
    res.status(204).end();
  });

  router.get('/usage', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await options.usage.query(caller, usageQueryOf(req.query)));
  });

  router.get('/usage/catalog', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await options.catalogSpend.report(caller, req.query));
  });

  router.get('/usage/focus', async (req, res) => {
    // A download carries Backstage's user cookie, a limited credential.
    const caller = await callers.resolve(req, litemaasModelReadPermission, {
      allowLimitedAccess: true,
    });
    const { format = 'csv', ...query } = req.query;
    const range = options.focus.range(caller, query);
    await streamExport(res, options.focus.rows(range), {
      format,
      filename: `litemaas-focus-${range.from}-${range.to}.${format}`,
      columns: FOCUS_COLUMNS,
      // FOCUS tags are a JSON object, in one cell.
      cell: (row, column) => {
        const value = row[column as keyof typeof row];
        return value !== null && typeof value === 'object'
          ? JSON.stringify(value)
          : value;
      },
    });
  });

  router.get('/usage/export', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission, {
      allowLimitedAccess: true,
    });
    const { format = 'csv', ...query } = req.query;
    await streamExport(
      res,
      options.usage.exportRows(caller, usageQueryOf(query)),
      {
        format,
        filename: `litemaas-usage-${query.from}-${query.to}.${format}`,
        columns: USAGE_CSV_COLUMNS,
      },
    );
  });

  router.get('/audit', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(await options.audit.list(caller, req.query));
  });

  router.get('/audit/export', async (req, res) => {
    // A download carries Backstage's user cookie, a limited credential.
    const caller = await callers.resolve(req, litemaasModelReadPermission, {
      allowLimitedAccess: true,
    });
    const { format = 'csv', ...query } = req.query;
    await streamExport(res, options.audit.exportRows(caller, query), {
      format,
      filename: `litemaas-audit-${new Date()
        .toISOString()
        .slice(0, 10)}.${format}`,
      columns: AUDIT_CSV_COLUMNS,
      // Before, after and details are objects: JSON inside their cell.
      cell: (event, column) => {
        const value = event[column as keyof AuditEvent];
        return value !== null && typeof value === 'object'
          ? JSON.stringify(value)
          : value;
      },
    });
  });

  router.get('/recertifications', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json({ items: await options.recertifications.list(caller) });
  });

  router.post('/recertifications', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res
      .status(201)
      .json(await options.recertifications.start(caller, req.body));
  });

  router.get('/recertifications/:campaignId', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(
      await options.recertifications.detail(caller, req.params.campaignId),
    );
  });

  router.post('/recertifications/:campaignId/decisions', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    res.json(
      await options.recertifications.decide(
        caller,
        req.params.campaignId,
        req.body,
      ),
    );
  });

  router.get('/recertifications/:campaignId/export', async (req, res) => {
    // A download carries Backstage's user cookie, a limited credential.
    const caller = await callers.resolve(req, litemaasModelReadPermission, {
      allowLimitedAccess: true,
    });
    const { format = 'csv' } = req.query;
    // Checked before streaming: a campaign the caller may not see is a 404.
    await options.recertifications.detail(caller, req.params.campaignId);
    await streamExport(
      res,
      options.recertifications.exportRows(caller, req.params.campaignId),
      {
        format,
        filename: `litemaas-recertification-${req.params.campaignId}.${format}`,
        columns: RECERTIFICATION_CSV_COLUMNS,
      },
    );
  });

  router.get('/keys/:id/top-ups', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json({ items: await options.topUps.listForKey(caller, req.params.id) });
  });

  router.post('/keys/:id/top-ups', async (req, res) => {
    const caller = await callers.resolve(req);
    res
      .status(201)
      .json(await options.topUps.request(caller, req.params.id, req.body));
  });

  router.get('/top-ups', async (req, res) => {
    const caller = await callers.resolve(req);
    const { scope, status } = req.query;
    if (scope === 'review') {
      res.json({ items: await options.topUps.listForReview(caller, status) });
      return;
    }
    const all =
      scope === 'all'
        ? await options.topUps.listAll(caller)
        : await options.topUps.listMine(caller);
    res.json({
      items: all.filter(t => !status || status.includes(t.status)),
    });
  });

  router.post('/teams/top-ups', async (req, res) => {
    const caller = await callers.resolve(req);
    res.status(201).json(await options.topUps.requestForTeam(caller, req.body));
  });

  router.post('/top-ups/:topUpId/approve', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(
      await options.topUps.approve(caller, req.params.topUpId, req.body ?? {}),
    );
  });

  router.post('/top-ups/:topUpId/deny', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await options.topUps.deny(caller, req.params.topUpId, req.body));
  });

  router.post('/top-ups/:topUpId/cancel', async (req, res) => {
    const caller = await callers.resolve(req);
    res.json(await options.topUps.cancel(caller, req.params.topUpId));
  });

  router.get('/admin/offboarding', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json({ items: await options.offboarding.list() });
  });

  router.post('/admin/offboarding/keep', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(await options.offboarding.keep(caller, req.body.subjectRef));
  });

  router.get('/admin/offboarding/run', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json(await options.taskRuns.status(options.tasks.offboarding));
  });

  router.post('/admin/offboarding/run', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(
      await options.taskRuns.trigger(options.tasks.offboarding, caller.userRef),
    );
  });

  router.get('/admin/top-ups/run', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json(await options.taskRuns.status(options.tasks.topUps));
  });

  router.post('/admin/top-ups/run', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(
      await options.taskRuns.trigger(options.tasks.topUps, caller.userRef),
    );
  });

  router.get('/teams/budgets', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelReadPermission);
    const items =
      req.query.scope === 'all'
        ? await options.teamBudgets.listAll(caller)
        : await options.teamBudgets.listMine(caller);
    res.json({ items });
  });

  router.put('/teams/budgets', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(await options.teamBudgets.setBudget(caller, req.body));
  });

  const usageSyncStatus = async () => ({
    ...(await options.taskRuns.status<UsageSyncReport>(
      options.tasks.usageSync,
    )),
    holds: await options.usageHolds.list(),
  });

  router.get('/admin/grants/recertification', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json(await options.taskRuns.status(options.tasks.recertification));
  });

  router.post('/admin/grants/recertification', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(
      await options.taskRuns.trigger(
        options.tasks.recertification,
        caller.userRef,
      ),
    );
  });

  router.get('/admin/grants/expiry', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json(await options.taskRuns.status(options.tasks.grantExpiry));
  });

  router.post('/admin/grants/expiry', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    res.json(
      await options.taskRuns.trigger(options.tasks.grantExpiry, caller.userRef),
    );
  });

  router.get('/admin/usage/sync', async (req, res) => {
    await callers.require(req, litemaasModelManagePermission);
    res.json(await usageSyncStatus());
  });

  router.post('/admin/usage/sync', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    await options.taskRuns.trigger(options.tasks.usageSync, caller.userRef);
    res.json(await usageSyncStatus());
  });

  router.post('/admin/usage/holds/:day/accept', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    await options.usageHolds.accept(caller, req.params.day);
    res.json(await usageSyncStatus());
  });

  router.post('/admin/usage/holds/:day/dismiss', async (req, res) => {
    const caller = await callers.resolve(req, litemaasModelManagePermission);
    await options.usageHolds.dismiss(caller, req.params.day);
    res.json(await usageSyncStatus());
  });

  return router;
}
