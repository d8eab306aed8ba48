import { AuditorService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  LiteMaasGatewayAdapter,
  LiteMaasKeyGatewayStatus,
  LiteMaasModelGatewayStatus,
  LiteMaasModelPublication,
} from '@litemaas/backstage-plugin-litemaas-node';
import { SettingsStore } from '../database/SettingsStore';
import { Caller } from '../permissions/Caller';
import { audited } from './audit';

const PREFIX = 'gateway-publication:';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** What the admin pages show of one gateway. */
export interface GatewayView {
  id: string;
  description: string;
  /** Whether models can be published to it from the portal. */
  publishes: boolean;
  models: LiteMaasModelGatewayStatus[];
  /** Set when the gateway could not be asked. */
  error?: string;
}

/**
 * The other gateways (Kuadrant) for admins: their state per model and per
 * key, and models published to or withdrawn from them. Publications made
 * here are kept in the portal's database, one row per model, so every
 * replica publishes the same.
 */
export class GatewayService {
  constructor(
    private readonly deps: {
      adapters: LiteMaasGatewayAdapter[];
      settings: SettingsStore;
      auditor: AuditorService;
      /** The model names the portal knows. */
      modelExists: (name: string) => Promise<boolean>;
    },
  ) {}

  /** The publications admins made, for one adapter, as stored. */
  async storedPublications(
    adapterId: string,
  ): Promise<LiteMaasModelPublication[]> {
    const rows =
      await this.deps.settings.listByPrefix<LiteMaasModelPublication>(
        `${PREFIX}${adapterId}:`,
      );
    return [...rows.values()];
  }

  /** Gives every adapter the publications in the database. */
  async syncPublications() {
    for (const adapter of this.deps.adapters) {
      if (!adapter.setPublications) continue;
      adapter.setPublications(await this.storedPublications(adapter.id));
    }
  }

  async list(): Promise<GatewayView[]> {
    const views: GatewayView[] = [];
    for (const adapter of this.deps.adapters) {
      const view: GatewayView = {
        id: adapter.id,
        description: adapter.description,
        publishes: !!adapter.publishModel,
        models: [],
      };
      try {
        view.models = (await adapter.modelStatus?.()) ?? [];
      } catch (error) {
        view.error = String((error as Error)?.message ?? error);
      }
      views.push(view);
    }
    return views;
  }

  async keyStatus(
    keyId: string,
  ): Promise<
    Array<{ id: string; status?: LiteMaasKeyGatewayStatus; error?: string }>
  > {
    const result = [];
    for (const adapter of this.deps.adapters) {
      if (!adapter.keyStatus) continue;
      try {
        result.push({ id: adapter.id, status: await adapter.keyStatus(keyId) });
      } catch (error) {
        result.push({
          id: adapter.id,
          error: String((error as Error)?.message ?? error),
        });
      }
    }
    return result;
  }

  private adapter(id: string) {
    const adapter = this.deps.adapters.find(a => a.id === id);
    if (!adapter?.publishModel || !adapter.withdrawModel) {
      throw new NotFoundError(
        `No gateway '${id}' that publishes models is installed`,
      );
    }
    return adapter as Required<
      Pick<LiteMaasGatewayAdapter, 'publishModel' | 'withdrawModel'>
    > &
      LiteMaasGatewayAdapter;
  }

  async publish(
    caller: Caller,
    adapterId: string,
    model: string,
    route: { namespace?: unknown; name?: unknown; sectionName?: unknown },
  ) {
    const adapter = this.adapter(adapterId);
    const publication: LiteMaasModelPublication = {
      model,
      route: validRoute(route),
    };
    if (!(await this.deps.modelExists(model))) {
      throw new NotFoundError(`No model ${model} in the portal`);
    }
    return audited(
      this.deps.auditor,
      'gateway-model-publish',
      caller,
      { gateway: adapterId, model, route: publication.route },
      async () => {
        adapter.setPublications?.(await this.storedPublications(adapterId));
        // The gateway first: a refusal (a route taken, the cluster down)
        // records nothing.
        await adapter.publishModel(publication);
        await this.deps.settings.put(
          `${PREFIX}${adapterId}:${model}`,
          publication,
          caller.userRef,
        );
      },
    );
  }

  async withdraw(caller: Caller, adapterId: string, model: string) {
    const adapter = this.adapter(adapterId);
    return audited(
      this.deps.auditor,
      'gateway-model-withdraw',
      caller,
      { gateway: adapterId, model },
      async () => {
        // As the database has it now (another replica may have published).
        adapter.setPublications?.(await this.storedPublications(adapterId));
        const current = adapter.publications?.().find(p => p.model === model);
        if (current?.source === 'config') {
          throw new ConflictError(
            `${model} is published by the ${adapterId} gateway's configuration; change it there`,
          );
        }
        // The record first: if the gateway fails now, its reconciliation
        // removes what no publication holds.
        const name = `${PREFIX}${adapterId}:${model}`;
        const stored = await this.deps.settings.get(name);
        if (!stored && !current) {
          throw new NotFoundError(`${model} is not published on ${adapterId}`);
        }
        await this.deps.settings.delete(name);
        await adapter.withdrawModel(model);
      },
    );
  }
}

/** A route as Kubernetes names it; anything else is a 400. */
function validRoute(route: {
  namespace?: unknown;
  name?: unknown;
  sectionName?: unknown;
}) {
  const { namespace, name, sectionName } = route ?? {};
  if (
    typeof namespace !== 'string' ||
    namespace.length > 63 ||
    !DNS_LABEL.test(namespace)
  ) {
    throw new InputError('route.namespace must be a Kubernetes namespace name');
  }
  if (typeof name !== 'string' || name.length > 253 || !SUBDOMAIN.test(name)) {
    throw new InputError('route.name must be an HTTPRoute name');
  }
  if (
    sectionName !== undefined &&
    (typeof sectionName !== 'string' ||
      sectionName.length > 253 ||
      !SUBDOMAIN.test(sectionName))
  ) {
    throw new InputError('route.sectionName must be a rule name of the route');
  }
  return {
    namespace,
    name,
    ...(sectionName !== undefined && { sectionName: sectionName as string }),
  };
}
