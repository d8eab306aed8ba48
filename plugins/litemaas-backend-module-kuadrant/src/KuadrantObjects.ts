import { ConflictError } from '@backstage/errors';
import type { V1Secret } from '@kubernetes/client-node';
import {
  LiteMaasKeyIssued,
  LiteMaasKeyState,
} from '@litemaas/backstage-plugin-litemaas-node';
import { KuadrantConfig, RouteRef } from './config';
import { KuadrantCluster, KubernetesError } from './KuadrantCluster';
import { isOwnKeySecret, keyMetadata, keySecret } from './keySecrets';
import { ANNOTATIONS, LABELS, labelValue, policyName } from './naming';
import {
  authPolicy,
  classesOf,
  isOwnPolicy,
  Policy,
  PolicyKind,
  rateLimitPolicy,
  tokenRateLimitPolicy,
} from './policies';

/** Attempts at a read-modify-write that another writer keeps changing. */
const CONFLICT_ATTEMPTS = 5;

function sameJson(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type LimitPolicyKind = 'TokenRateLimitPolicy' | 'RateLimitPolicy';

export const LIMIT_UNIT: Record<LimitPolicyKind, 'tpm' | 'rpm'> = {
  TokenRateLimitPolicy: 'tpm',
  RateLimitPolicy: 'rpm',
};

/**
 * This install's objects in the cluster, read and written safely: only
 * objects labelled with the install's id are changed or deleted, and every
 * update goes over the resourceVersion read (a concurrent change is read
 * again, not overwritten).
 */
export class KuadrantObjects {
  constructor(
    private readonly cluster: KuadrantCluster,
    private readonly config: KuadrantConfig,
    private readonly instanceId: () => string,
    private readonly published: () => ReadonlyMap<string, RouteRef>,
  ) {}

  get namespace() {
    return this.config.secretNamespace;
  }

  /** The models published now: from config and from the portal's admins. */
  get models(): ReadonlyMap<string, RouteRef> {
    return this.published();
  }

  private get instanceSelector() {
    return `${LABELS.instance}=${labelValue(this.instanceId())}`;
  }

  /** Creates the Secret of a key value; a retry of the same write keeps it. */
  async createKeySecret(key: LiteMaasKeyIssued) {
    const body = keySecret({
      state: key,
      tokenHash: key.tokenHash,
      value: key.value,
      namespace: this.namespace,
      instanceId: this.instanceId(),
    });
    try {
      await this.cluster.createSecret(this.namespace, body);
    } catch (error) {
      if ((error as KubernetesError).status !== 409) throw error;
      // A retry of this very write (its answer was lost) finds its own
      // Secret; anything else under that name is not overwritten.
      const existing = await this.cluster.readSecret(
        this.namespace,
        body.metadata!.name!,
      );
      if (
        !existing ||
        !isOwnKeySecret(existing, this.instanceId(), key.keyId) ||
        existing.metadata?.annotations?.[ANNOTATIONS.tokenHash] !==
          key.tokenHash
      ) {
        throw new ConflictError(
          `Secret ${this.namespace}/${
            body.metadata!.name
          } exists and is not this key's`,
        );
      }
      await this.cluster.replaceSecret(this.namespace, {
        ...body,
        metadata: {
          ...body.metadata,
          resourceVersion: existing.metadata?.resourceVersion,
        },
      });
    }
  }

  /** This install's Secrets, of one key or all. */
  async ownSecrets(keyId?: string): Promise<V1Secret[]> {
    const selector = [
      this.instanceSelector,
      ...(keyId ? [`${LABELS.keyId}=${labelValue(keyId)}`] : []),
    ].join(',');
    const secrets = await this.cluster.listSecrets(this.namespace, selector);
    return secrets.filter(s => isOwnKeySecret(s, this.instanceId(), keyId));
  }

  /** The labels and annotations a Secret of this value of the key must have. */
  secretMetadata(state: LiteMaasKeyState, tokenHash: string) {
    return keyMetadata(state, tokenHash, this.instanceId());
  }

  /**
   * Gives a Secret the labels and annotations of its key's state, keeping
   * its value. Returns whether it had to change.
   */
  async relabel(secret: V1Secret, state: LiteMaasKeyState): Promise<boolean> {
    let current: V1Secret | undefined = secret;
    for (let attempt = 1; current; attempt++) {
      const tokenHash = current.metadata?.annotations?.[ANNOTATIONS.tokenHash];
      if (!tokenHash) return false;
      const wanted = this.secretMetadata(state, tokenHash);
      if (
        sameJson(current.metadata?.labels, wanted.labels) &&
        sameJson(current.metadata?.annotations, wanted.annotations)
      ) {
        return false;
      }
      try {
        await this.cluster.replaceSecret(this.namespace, {
          ...current,
          metadata: { ...current.metadata, ...wanted },
        });
        return true;
      } catch (error) {
        if (
          (error as KubernetesError).status !== 409 ||
          attempt >= CONFLICT_ATTEMPTS
        ) {
          throw error;
        }
        current = await this.cluster.readSecret(
          this.namespace,
          current.metadata!.name!,
        );
      }
    }
    return false;
  }

  /** Deletes a Secret of this install (of that key, when given); false if it was not ours or gone. */
  async deleteOwnSecret(name: string, keyId?: string): Promise<boolean> {
    const existing = await this.cluster.readSecret(this.namespace, name);
    if (!existing || !isOwnKeySecret(existing, this.instanceId(), keyId)) {
      return false;
    }
    await this.cluster.deleteSecret(this.namespace, name);
    return true;
  }

  /** The AuthPolicy a published model must have. */
  wantedAuthPolicy(model: string): Policy {
    return authPolicy({
      model,
      route: this.routeOf(model),
      instanceId: this.instanceId(),
      credentialPrefix: this.config.credentialPrefix,
      allNamespaces: this.config.allNamespaces,
    });
  }

  private routeOf(model: string): RouteRef {
    const route = this.models.get(model);
    if (!route) {
      throw new Error(`Model ${model} is not published through Kuadrant`);
    }
    return route;
  }

  /**
   * Reads a policy, asks `want` what it should be (undefined: none), and
   * writes the difference over the version read: a concurrent change is
   * read again, never overwritten; another owner's policy is left alone.
   * Returns whether it wrote.
   */
  private async putPolicy(
    kind: PolicyKind,
    namespace: string,
    name: string,
    want: (existing: Policy | undefined) => Policy | undefined,
  ): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const existing = await this.cluster.readPolicy(kind, namespace, name);
      if (existing) this.assertOwn(existing);
      const wanted = want(existing);
      try {
        if (!wanted) {
          if (!existing) return false;
          await this.cluster.deletePolicy(
            kind,
            namespace,
            name,
            existing.metadata.resourceVersion,
          );
          return true;
        }
        if (!existing) {
          await this.cluster.createPolicy(wanted);
          return true;
        }
        if (
          sameJson(existing.spec, wanted.spec) &&
          sameJson(existing.metadata.labels, wanted.metadata.labels) &&
          sameJson(existing.metadata.annotations, wanted.metadata.annotations)
        ) {
          return false;
        }
        await this.cluster.replacePolicy({
          ...wanted,
          metadata: {
            ...wanted.metadata,
            resourceVersion: existing.metadata.resourceVersion,
          },
        });
        return true;
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

  /** Writes a policy unless it is there as written. Returns whether it wrote. */
  ensurePolicy(wanted: Policy): Promise<boolean> {
    const { namespace, name } = wanted.metadata;
    return this.putPolicy(wanted.kind, namespace, name, () => wanted);
  }

  /**
   * Sets the limit classes of a model's (Token)RateLimitPolicy to what
   * `decide` makes of those it has, over the version read; a policy left
   * without classes is deleted (the CRD refuses one without limits).
   * Returns whether it wrote.
   */
  setClasses(
    kind: LimitPolicyKind,
    model: string,
    decide: (existing: Set<number>) => Set<number>,
  ): Promise<boolean> {
    const route = this.routeOf(model);
    const build =
      kind === 'TokenRateLimitPolicy' ? tokenRateLimitPolicy : rateLimitPolicy;
    return this.putPolicy(kind, route.namespace, policyName(model), existing =>
      build({
        model,
        route,
        instanceId: this.instanceId(),
        classes: decide(classesOf(existing, LIMIT_UNIT[kind])),
      }),
    );
  }

  /** Adds limit classes to a model's policy (creating it if needed). */
  addClasses(kind: LimitPolicyKind, model: string, classes: Iterable<number>) {
    const added = [...classes];
    return this.setClasses(kind, model, have => new Set([...have, ...added]));
  }

  /** This install's policies of a kind, in every namespace with a published route. */
  async ownPolicies(kind: PolicyKind): Promise<Policy[]> {
    const namespaces = new Set([...this.models.values()].map(r => r.namespace));
    const found: Policy[] = [];
    for (const namespace of namespaces) {
      const policies = await this.cluster.listPolicies(
        kind,
        namespace,
        this.instanceSelector,
      );
      found.push(...policies.filter(p => isOwnPolicy(p, this.instanceId())));
    }
    return found;
  }

  /** A policy of a published model as the cluster has it (with its status). */
  readPolicy(kind: PolicyKind, model: string): Promise<Policy | undefined> {
    return this.cluster.readPolicy(
      kind,
      this.routeOf(model).namespace,
      policyName(model),
    );
  }

  async deleteOwnPolicy(policy: Pick<Policy, 'kind' | 'metadata'>) {
    const { namespace, name } = policy.metadata;
    const existing = await this.cluster.readPolicy(
      policy.kind,
      namespace,
      name,
    );
    if (!existing || !isOwnPolicy(existing, this.instanceId())) return false;
    await this.cluster.deletePolicy(policy.kind, namespace, name);
    return true;
  }

  private assertOwn(policy: Policy) {
    if (!isOwnPolicy(policy, this.instanceId())) {
      throw new ConflictError(
        `${policy.kind} ${policy.metadata.namespace}/${policy.metadata.name} exists and is not this portal's; it was left alone`,
      );
    }
  }
}
