import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import type { V1Secret } from '@kubernetes/client-node';
import {
  LiteMaasGatewayAdapter,
  LiteMaasGatewayContext,
  LiteMaasKeyIssued,
  LiteMaasKeyState,
  LiteMaasKeyValueRef,
} from '@litemaas/backstage-plugin-litemaas-node';
import { KuadrantConfig, RouteRef } from './config';
import { KuadrantCluster, KubernetesError } from './KuadrantCluster';
import {
  isOwnKeySecret,
  keyMetadata,
  keySecret,
  modelLimits,
} from './keySecrets';
import {
  ANNOTATIONS,
  LABELS,
  labelValue,
  modelLabel,
  rpmAnnotation,
  secretName,
  tpmAnnotation,
} from './naming';
import {
  authPolicy,
  classesOf,
  isOwnPolicy,
  Policy,
  rateLimitPolicy,
  tokenRateLimitPolicy,
} from './policies';

/** Attempts at a read-modify-write that another writer keeps changing. */
const CONFLICT_ATTEMPTS = 5;

function sameJson(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b);
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

  constructor(
    private readonly deps: {
      cluster: KuadrantCluster;
      config: KuadrantConfig;
      logger: LoggerService;
    },
  ) {}

  private get instanceId(): string {
    if (!this.boundInstanceId) {
      throw new Error('The Kuadrant key manager was used before it was bound');
    }
    return this.boundInstanceId;
  }

  private get namespace() {
    return this.deps.config.secretNamespace;
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
    const body = keySecret({
      state: key,
      tokenHash: key.tokenHash,
      value: key.value,
      namespace: this.namespace,
      instanceId: this.instanceId,
    });
    try {
      await this.deps.cluster.createSecret(this.namespace, body);
    } catch (error) {
      if ((error as KubernetesError).status !== 409) throw error;
      // A retry of this very write (its answer was lost) finds its own
      // Secret; anything else under that name is not overwritten.
      const existing = await this.deps.cluster.readSecret(
        this.namespace,
        body.metadata!.name!,
      );
      if (
        !existing ||
        !isOwnKeySecret(existing, this.instanceId, key.keyId) ||
        existing.metadata?.annotations?.[ANNOTATIONS.tokenHash] !==
          key.tokenHash
      ) {
        throw new ConflictError(
          `Secret ${this.namespace}/${
            body.metadata!.name
          } exists and is not this key's`,
        );
      }
      await this.deps.cluster.replaceSecret(this.namespace, {
        ...body,
        metadata: {
          ...body.metadata,
          resourceVersion: existing.metadata?.resourceVersion,
        },
      });
    }
    await this.followLimits(key);
  }

  async keyChanged(state: LiteMaasKeyState): Promise<void> {
    const secrets = await this.keySecrets(state.keyId);
    for (const secret of secrets) {
      await this.relabel(secret, state);
    }
    await this.followLimits(state);
  }

  async keyRevoked(ref: LiteMaasKeyValueRef): Promise<void> {
    const name = secretName(ref.keyId, ref.tokenHash);
    const existing = await this.deps.cluster.readSecret(this.namespace, name);
    if (!existing) return;
    if (!isOwnKeySecret(existing, this.instanceId, ref.keyId)) {
      this.deps.logger.warn(
        `Secret ${this.namespace}/${name} is not this portal's; it was left alone`,
      );
      return;
    }
    await this.deps.cluster.deleteSecret(this.namespace, name);
  }

  /** This install's Secrets of one key. */
  private async keySecrets(keyId: string): Promise<V1Secret[]> {
    const selector = [
      `${LABELS.instance}=${labelValue(this.instanceId)}`,
      `${LABELS.keyId}=${labelValue(keyId)}`,
    ].join(',');
    const secrets = await this.deps.cluster.listSecrets(
      this.namespace,
      selector,
    );
    return secrets.filter(s => isOwnKeySecret(s, this.instanceId, keyId));
  }

  /** Gives a Secret the labels and annotations of the key's state, keeping its value. */
  private async relabel(secret: V1Secret, state: LiteMaasKeyState) {
    let current: V1Secret | undefined = secret;
    for (let attempt = 1; current; attempt++) {
      const tokenHash = current.metadata?.annotations?.[ANNOTATIONS.tokenHash];
      if (!tokenHash) return;
      const wanted = keyMetadata(state, tokenHash, this.instanceId);
      if (
        sameJson(current.metadata?.labels, wanted.labels) &&
        sameJson(current.metadata?.annotations, wanted.annotations)
      ) {
        return;
      }
      try {
        await this.deps.cluster.replaceSecret(this.namespace, {
          ...current,
          metadata: { ...current.metadata, ...wanted },
        });
        return;
      } catch (error) {
        if (
          (error as KubernetesError).status !== 409 ||
          attempt >= CONFLICT_ATTEMPTS
        ) {
          throw error;
        }
        current = await this.deps.cluster.readSecret(
          this.namespace,
          current.metadata!.name!,
        );
      }
    }
  }

  /**
   * Every limit class the key has on a published model is in that model's
   * policies. Classes no key has any more are left for the reconciliation:
   * an unused limit matches nobody.
   */
  private async followLimits(state: LiteMaasKeyState) {
    for (const model of state.models) {
      const route = this.models.get(model);
      if (!route) continue;
      const { tpm, rpm } = modelLimits(state, model);
      if (tpm !== undefined) {
        await this.ensureClasses('TokenRateLimitPolicy', model, route, [tpm]);
      }
      if (rpm !== undefined) {
        await this.ensureClasses('RateLimitPolicy', model, route, [rpm]);
      }
    }
  }

  /**
   * Publishes a model: its AuthPolicy as this module writes it, and its
   * rate limit policies holding the classes of the keys that may call it
   * (read from their Secrets).
   */
  async publish(model: string): Promise<void> {
    const route = this.models.get(model);
    if (!route)
      throw new Error(`Model ${model} is not published through Kuadrant`);
    await this.ensurePolicy(
      authPolicy({
        model,
        route,
        instanceId: this.instanceId,
        credentialPrefix: this.deps.config.credentialPrefix,
        allNamespaces: this.deps.config.allNamespaces,
      }),
    );
    const tpm = new Set<number>();
    const rpm = new Set<number>();
    const secrets = await this.deps.cluster.listSecrets(
      this.namespace,
      `${LABELS.instance}=${labelValue(this.instanceId)},${modelLabel(
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
      await this.ensureClasses('TokenRateLimitPolicy', model, route, tpm);
    }
    if (rpm.size) {
      await this.ensureClasses('RateLimitPolicy', model, route, rpm);
    }
  }

  /** Writes a policy unless it is there as written; never one of another owner. */
  private async ensurePolicy(wanted: Policy) {
    const { namespace, name } = wanted.metadata;
    for (let attempt = 1; ; attempt++) {
      const existing = await this.deps.cluster.readPolicy(
        wanted.kind,
        namespace,
        name,
      );
      try {
        if (!existing) {
          await this.deps.cluster.createPolicy(wanted);
          return;
        }
        this.assertOwn(existing);
        if (
          sameJson(existing.spec, wanted.spec) &&
          sameJson(existing.metadata.labels, wanted.metadata.labels)
        ) {
          return;
        }
        await this.deps.cluster.replacePolicy({
          ...wanted,
          metadata: {
            ...wanted.metadata,
            resourceVersion: existing.metadata.resourceVersion,
          },
        });
        return;
      } catch (error) {
        if (
          (error as KubernetesError).status !== 409 ||
          attempt >= CONFLICT_ATTEMPTS
        ) {
          throw error;
        }
      }
    }
  }

  /** Adds limit classes to a model's (Token)RateLimitPolicy, creating it if needed. */
  private async ensureClasses(
    kind: 'TokenRateLimitPolicy' | 'RateLimitPolicy',
    model: string,
    route: RouteRef,
    classes: Iterable<number>,
  ) {
    const unit = kind === 'TokenRateLimitPolicy' ? 'tpm' : 'rpm';
    const build =
      kind === 'TokenRateLimitPolicy' ? tokenRateLimitPolicy : rateLimitPolicy;
    for (let attempt = 1; ; attempt++) {
      const existing = await this.deps.cluster.readPolicy(
        kind,
        route.namespace,
        build({ model, route, instanceId: this.instanceId, classes })!.metadata
          .name,
      );
      const have = classesOf(existing, unit);
      const all = new Set([...have, ...classes]);
      if (existing && all.size === have.size) {
        this.assertOwn(existing);
        return;
      }
      const wanted = build({
        model,
        route,
        instanceId: this.instanceId,
        classes: all,
      })!;
      try {
        if (!existing) {
          await this.deps.cluster.createPolicy(wanted);
        } else {
          this.assertOwn(existing);
          await this.deps.cluster.replacePolicy({
            ...wanted,
            metadata: {
              ...wanted.metadata,
              resourceVersion: existing.metadata.resourceVersion,
            },
          });
        }
        return;
      } catch (error) {
        if (
          (error as KubernetesError).status !== 409 ||
          attempt >= CONFLICT_ATTEMPTS
        ) {
          throw error;
        }
      }
    }
  }

  private assertOwn(policy: Policy) {
    if (!isOwnPolicy(policy, this.instanceId)) {
      throw new ConflictError(
        `${policy.kind} ${policy.metadata.namespace}/${policy.metadata.name} exists and is not this portal's; it was left alone`,
      );
    }
  }
}
