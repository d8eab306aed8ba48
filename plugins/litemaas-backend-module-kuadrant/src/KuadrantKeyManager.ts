import { LoggerService } from '@backstage/backend-plugin-api';
import {
  LiteMaasGatewayAdapter,
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
import {
  LABELS,
  labelValue,
  modelLabel,
  rpmAnnotation,
  secretName,
  tpmAnnotation,
} from './naming';

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

  constructor(
    private readonly deps: {
      cluster: KuadrantCluster;
      config: KuadrantConfig;
      logger: LoggerService;
    },
  ) {
    this.objects = new KuadrantObjects(deps.cluster, deps.config, () =>
      this.instanceId(),
    );
  }

  private instanceId(): string {
    if (!this.boundInstanceId) {
      throw new Error('The Kuadrant key manager was used before it was bound');
    }
    return this.boundInstanceId;
  }

  /** The published models: those in the config. */
  get models(): ReadonlyMap<string, RouteRef> {
    return this.deps.config.models;
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
