import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  LiteMaasGatewayAdapter,
  LiteMaasKeyGatewayStatus,
  LiteMaasModelGatewayStatus,
  LiteMaasModelPublication,
  LiteMaasPublication,
  LiteMaasGatewayContext,
  LiteMaasKeyIssued,
  LiteMaasKeyState,
  LiteMaasKeyValueRef,
  LiteMaasPortalKeys,
  LiteMaasReconcileResult,
} from '@litemaas/backstage-plugin-litemaas-node';
import { KuadrantConfig, RouteRef } from './config';
import { KuadrantCluster } from './KuadrantCluster';
import { KuadrantObjects } from './KuadrantObjects';
import { KuadrantReconciler } from './KuadrantReconciler';
import { modelLimits } from './keySecrets';
import { Policy, PolicyKind } from './policies';
import {
  ANNOTATIONS,
  LABELS,
  labelValue,
  modelLabel,
  policyName,
  rpmAnnotation,
  secretName,
  tpmAnnotation,
} from './naming';

const POLICY_KINDS: PolicyKind[] = [
  'AuthPolicy',
  'TokenRateLimitPolicy',
  'RateLimitPolicy',
];

function sameRoute(a: RouteRef, b: RouteRef) {
  return (
    a.namespace === b.namespace &&
    a.name === b.name &&
    (a.sectionName ?? '') === (b.sectionName ?? '')
  );
}

function describeRoute(route: RouteRef) {
  const rule = route.sectionName ? ` (rule ${route.sectionName})` : '';
  return `HTTPRoute ${route.namespace}/${route.name}${rule}`;
}

/** A policy's status conditions, as Kuadrant writes them. */
function conditionsOf(policy: Policy | undefined) {
  const status = (policy as { status?: { conditions?: any[] } } | undefined)
    ?.status;
  return (status?.conditions ?? []).map(c => ({
    type: String(c.type),
    status: String(c.status),
    ...(c.reason && { reason: String(c.reason) }),
    ...(c.message && { message: String(c.message) }),
  }));
}

/**
 * The portal's keys at Kuadrant's gateway: one Secret per value of a key
 * (the value Authorino checks, labelled for each model the key may call),
 * and per published model an AuthPolicy on its route and a
 * (Token)RateLimitPolicy with one limit per limit class its keys have.
 * Touches only objects labelled with this install's id.
 */
export class KuadrantKeyManager implements LiteMaasGatewayAdapter {
  readonly id = 'kuadrant';
  readonly description =
    'Kuadrant: API-key Secrets, AuthPolicies and (Token)RateLimitPolicies';
  private boundInstanceId?: string;
  private readonly objects: KuadrantObjects;
  /** Publications made by the portal's admins (config ones are in the config). */
  private portalPublications = new Map<string, RouteRef>();

  constructor(
    private readonly deps: {
      cluster: KuadrantCluster;
      config: KuadrantConfig;
      logger: LoggerService;
    },
  ) {
    this.objects = new KuadrantObjects(
      deps.cluster,
      deps.config,
      () => this.instanceId(),
      () => this.models,
    );
  }

  private instanceId(): string {
    if (!this.boundInstanceId) {
      throw new Error('The Kuadrant key manager was used before it was bound');
    }
    return this.boundInstanceId;
  }

  /** The published models: the config's, then the portal admins'. */
  get models(): ReadonlyMap<string, RouteRef> {
    const models = new Map(this.deps.config.models);
    for (const [model, route] of this.portalPublications) {
      if (!models.has(model)) models.set(model, route);
    }
    return models;
  }

  publications(): LiteMaasPublication[] {
    return [...this.models].map(([model, route]) => ({
      model,
      route,
      source: this.deps.config.models.has(model) ? 'config' : 'portal',
    }));
  }

  setPublications(publications: LiteMaasModelPublication[]) {
    const next = new Map<string, RouteRef>();
    for (const { model, route } of publications) {
      const problem = this.conflictOf(model, route, next);
      if (problem) {
        this.deps.logger.warn(`Publication of ${model} ignored: ${problem}`);
        continue;
      }
      next.set(model, route);
    }
    this.portalPublications = next;
  }

  async publishModel({ model, route }: LiteMaasModelPublication) {
    if (this.deps.config.models.has(model)) {
      throw new ConflictError(
        `${model} is published by the configuration (litemaas.kuadrant.models); change it there`,
      );
    }
    const others = new Map(this.portalPublications);
    others.delete(model);
    const problem = this.conflictOf(model, route, others);
    if (problem) throw new ConflictError(problem);
    const before = this.portalPublications.get(model);
    this.portalPublications.set(model, route);
    try {
      if (before && !sameRoute(before, route)) {
        await this.removePolicies(model, before);
      }
      await this.publish(model);
    } catch (error) {
      if (before) this.portalPublications.set(model, before);
      else this.portalPublications.delete(model);
      throw error;
    }
  }

  async withdrawModel(model: string) {
    if (this.deps.config.models.has(model)) {
      throw new ConflictError(
        `${model} is published by the configuration (litemaas.kuadrant.models); change it there`,
      );
    }
    const route = this.portalPublications.get(model);
    if (!route)
      throw new NotFoundError(`${model} is not published through Kuadrant`);
    await this.removePolicies(model, route);
    this.portalPublications.delete(model);
  }

  /** Why a model cannot be published on a route, if it cannot. */
  private conflictOf(
    model: string,
    route: RouteRef,
    portal: ReadonlyMap<string, RouteRef>,
  ): string | undefined {
    for (const [other, taken] of [...this.deps.config.models, ...portal]) {
      if (other !== model && sameRoute(taken, route)) {
        return `${other} is already published on ${describeRoute(
          route,
        )}: give each model its own route or rule`;
      }
    }
    return undefined;
  }

  private async removePolicies(model: string, route: RouteRef) {
    for (const kind of POLICY_KINDS) {
      await this.objects.deleteOwnPolicy({
        kind,
        metadata: {
          name: policyName(model),
          namespace: route.namespace,
          labels: {},
          annotations: {},
        },
      });
    }
  }

  async modelStatus(): Promise<LiteMaasModelGatewayStatus[]> {
    const result: LiteMaasModelGatewayStatus[] = [];
    for (const publication of this.publications()) {
      const objects = [];
      for (const kind of POLICY_KINDS) {
        const policy = await this.objects.readPolicy(kind, publication.model);
        objects.push({
          kind,
          namespace: publication.route.namespace,
          name: policyName(publication.model),
          present: !!policy,
          conditions: conditionsOf(policy),
        });
      }
      result.push({ ...publication, objects });
    }
    return result;
  }

  async keyStatus(keyId: string): Promise<LiteMaasKeyGatewayStatus> {
    const secrets = await this.objects.ownSecrets(keyId);
    const byLabel = new Map(
      [...this.models.keys()].map(model => [modelLabel(model), model]),
    );
    return {
      keyId,
      values: secrets.map(secret => {
        const labels = secret.metadata?.labels ?? {};
        return {
          object: {
            kind: 'Secret',
            namespace: this.objects.namespace,
            name: secret.metadata!.name!,
            present: true,
            conditions: [],
          },
          tokenHashPrefix: (
            secret.metadata?.annotations?.[ANNOTATIONS.tokenHash] ?? ''
          ).slice(0, 12),
          models: Object.keys(labels)
            .filter(label => label.startsWith('model.litemaas.io/'))
            .map(label => byLabel.get(label) ?? label.split('/')[1]),
          blocked: labels[LABELS.blocked] === 'true',
        };
      }),
    };
  }

  async bind(context: LiteMaasGatewayContext) {
    this.boundInstanceId = context.instanceId;
    // A cluster that is down at start-up must not stop the portal: the
    // policies are written again at the next key event or reconciliation.
    for (const model of this.models.keys()) {
      await this.publish(model).catch(error =>
        this.deps.logger.warn(
          `Could not publish model ${model} through Kuadrant: ${error}`,
        ),
      );
    }
  }

  async keyIssued(key: LiteMaasKeyIssued): Promise<void> {
    await this.objects.createKeySecret(key);
    await this.followLimits(key);
  }

  async keyChanged(state: LiteMaasKeyState): Promise<void> {
    for (const secret of await this.objects.ownSecrets(state.keyId)) {
      await this.objects.relabel(secret, state);
    }
    await this.followLimits(state);
  }

  async keyRevoked(ref: LiteMaasKeyValueRef): Promise<void> {
    const name = secretName(ref.keyId, ref.tokenHash);
    const deleted = await this.objects.deleteOwnSecret(name, ref.keyId);
    if (!deleted) {
      this.deps.logger.debug(
        `Secret ${this.objects.namespace}/${name} was already gone, or is not this portal's`,
      );
    }
  }

  reconcile(portal: LiteMaasPortalKeys): Promise<LiteMaasReconcileResult> {
    return new KuadrantReconciler(this.objects, this.deps.logger).run(portal);
  }

  /**
   * Every limit class the key has on a published model is in that model's
   * policies. Classes no key has any more are left for the reconciliation:
   * an unused limit matches nobody.
   */
  private async followLimits(state: LiteMaasKeyState) {
    for (const model of state.models) {
      if (!this.models.has(model)) continue;
      const { tpm, rpm } = modelLimits(state, model);
      if (tpm !== undefined) {
        await this.objects.addClasses('TokenRateLimitPolicy', model, [tpm]);
      }
      if (rpm !== undefined) {
        await this.objects.addClasses('RateLimitPolicy', model, [rpm]);
      }
    }
  }

  /**
   * Publishes a model: its AuthPolicy as this module writes it, and its
   * rate limit policies holding the classes of the keys that may call it
   * (read from their Secrets).
   */
  async publish(model: string): Promise<void> {
    await this.objects.ensurePolicy(this.objects.wantedAuthPolicy(model));
    const tpm = new Set<number>();
    const rpm = new Set<number>();
    const secrets = await this.deps.cluster.listSecrets(
      this.objects.namespace,
      `${LABELS.instance}=${labelValue(this.instanceId())},${modelLabel(
        model,
      )}=true`,
    );
    for (const secret of secrets) {
      const annotations = secret.metadata?.annotations ?? {};
      for (const [key, set] of [
        [tpmAnnotation(model), tpm],
        [rpmAnnotation(model), rpm],
      ] as const) {
        const value = Number(annotations[key]);
        if (Number.isInteger(value) && value > 0) set.add(value);
      }
    }
    if (tpm.size) {
      await this.objects.addClasses('TokenRateLimitPolicy', model, tpm);
    }
    if (rpm.size) await this.objects.addClasses('RateLimitPolicy', model, rpm);
  }
}
