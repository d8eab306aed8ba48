import { Histogram, metrics } from '@opentelemetry/api';
import type {
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  RequestContext,
  ResponseContext,
  V1Secret,
} from '@kubernetes/client-node';
import { KuadrantConfig } from './config';
import { Policy, POLICY_KINDS, PolicyKind } from './policies';

// Through the OpenTelemetry API, as the portal's other metrics
// (plugins/litemaas-backend/src/metrics): exported when the backend
// registers an SDK, free otherwise. Made on first use: a meter taken before
// the SDK is registered stays a no-op.
let requestDuration: Histogram | undefined;
function kubernetesRequestDuration(): Histogram {
  requestDuration ??= metrics
    .getMeter('backstage-plugin-litemaas')
    .createHistogram('litemaas.kubernetes.request.duration', {
      description: "Calls to the Kubernetes API by the portal's modules",
      unit: 's',
    });
  return requestDuration;
}

type KubernetesClientLibrary = typeof import('@kubernetes/client-node');

// The official client is large: loaded when the cluster is first
// contacted, so a backend that does not enable the module never pays for it.
let library: KubernetesClientLibrary | undefined;
function kubernetesClientLibrary(): KubernetesClientLibrary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  library ??= require('@kubernetes/client-node') as KubernetesClientLibrary;
  return library;
}

/** An API server's answer that was not a success, or no answer. */
export class KubernetesError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'KubernetesError';
  }
}

function statusOf(error: unknown): number | undefined {
  const e = error as { code?: unknown; statusCode?: unknown };
  for (const value of [e?.code, e?.statusCode]) {
    if (typeof value === 'number') return value;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  const body = (error as { body?: unknown })?.body;
  if (typeof body === 'string') {
    try {
      return JSON.parse(body)?.message ?? body.slice(0, 300);
    } catch {
      return body.slice(0, 300);
    }
  }
  if (body && typeof body === 'object' && 'message' in body) {
    return String((body as { message: unknown }).message);
  }
  return (error as Error)?.message?.split('\n')[0] ?? String(error);
}

/**
 * The calls the Key Manager makes to one cluster, through the official
 * client: Secrets in one namespace, Kuadrant policies in the routes'.
 * Errors become KubernetesError with the API server's status and message.
 */
export class KuadrantCluster {
  private connection?: {
    k8s: KubernetesClientLibrary;
    core: CoreV1Api;
    custom: CustomObjectsApi;
  };
  /** Requests sent, by verb: the benchmark reports them. */
  readonly requests = { read: 0, write: 0 };

  constructor(
    private readonly config: Pick<
      KuadrantConfig,
      | 'url'
      | 'serviceAccountToken'
      | 'caData'
      | 'skipTLSVerify'
      | 'requestTimeoutMs'
    >,
  ) {}

  private connect() {
    if (!this.connection) {
      const k8s = kubernetesClientLibrary();
      const kubeConfig = this.kubeConfig(k8s);
      this.connection = {
        k8s,
        core: kubeConfig.makeApiClient(k8s.CoreV1Api),
        custom: kubeConfig.makeApiClient(k8s.CustomObjectsApi),
      };
    }
    return this.connection;
  }

  private kubeConfig(k8s: KubernetesClientLibrary): KubeConfig {
    const { caData: ca, url, serviceAccountToken, skipTLSVerify } = this.config;
    const caData = ca?.includes('-----BEGIN')
      ? Buffer.from(ca, 'utf8').toString('base64')
      : ca;
    const kubeConfig = new k8s.KubeConfig();
    kubeConfig.loadFromOptions({
      clusters: [{ name: 'kuadrant', server: url, caData, skipTLSVerify }],
      users: [{ name: 'litemaas', token: serviceAccountToken }],
      contexts: [{ name: 'litemaas', cluster: 'kuadrant', user: 'litemaas' }],
      currentContext: 'litemaas',
    });
    return kubeConfig;
  }

  /** Every request gets the configured timeout: a hung API server fails the write. */
  private options() {
    const { k8s } = this.connect();
    return {
      middleware: [
        {
          pre: (context: RequestContext) => {
            context.setSignal(
              AbortSignal.timeout(this.config.requestTimeoutMs),
            );
            return new k8s.Observable(Promise.resolve(context));
          },
          post: (context: ResponseContext) =>
            new k8s.Observable(Promise.resolve(context)),
        },
      ],
      middlewareMergeStrategy: 'append' as const,
    };
  }

  private async call<T>(
    what: string,
    kind: 'read' | 'write',
    request: () => Promise<T>,
  ): Promise<T> {
    this.requests[kind] += 1;
    const started = performance.now();
    try {
      const result = await request();
      kubernetesRequestDuration().record((performance.now() - started) / 1000, {
        client: 'kuadrant',
        kind,
        outcome: 'ok',
      });
      return result;
    } catch (error) {
      const status = statusOf(error);
      kubernetesRequestDuration().record((performance.now() - started) / 1000, {
        client: 'kuadrant',
        kind,
        outcome: 'error',
        status: status ?? 'none',
      });
      throw new KubernetesError(
        `${what} failed: ${status ? `HTTP ${status}: ` : ''}${messageOf(
          error,
        )}`,
        status,
      );
    }
  }

  /** Secrets matching a label selector, every page. */
  async listSecrets(
    namespace: string,
    labelSelector: string,
  ): Promise<V1Secret[]> {
    const { core } = this.connect();
    const items: V1Secret[] = [];
    const page = (token?: string) =>
      this.call(`Listing Secrets in ${namespace}`, 'read', () =>
        core.listNamespacedSecret(
          { namespace, labelSelector, limit: 500, _continue: token },
          this.options(),
        ),
      );
    let next: string | undefined;
    do {
      const result = await page(next);
      items.push(...(result.items ?? []));
      next = result.metadata?._continue || undefined;
    } while (next);
    return items;
  }

  async readSecret(
    namespace: string,
    name: string,
  ): Promise<V1Secret | undefined> {
    const { core } = this.connect();
    try {
      return await this.call(
        `Reading Secret ${namespace}/${name}`,
        'read',
        () => core.readNamespacedSecret({ namespace, name }, this.options()),
      );
    } catch (error) {
      if ((error as KubernetesError).status === 404) return undefined;
      throw error;
    }
  }

  async createSecret(namespace: string, body: V1Secret): Promise<V1Secret> {
    const { core } = this.connect();
    return this.call(
      `Creating Secret ${namespace}/${body.metadata?.name}`,
      'write',
      () => core.createNamespacedSecret({ namespace, body }, this.options()),
    );
  }

  /** Replaces a Secret over the resourceVersion it carries (409 if changed since). */
  async replaceSecret(namespace: string, body: V1Secret): Promise<V1Secret> {
    const { core } = this.connect();
    const name = body.metadata!.name!;
    return this.call(`Updating Secret ${namespace}/${name}`, 'write', () =>
      core.replaceNamespacedSecret({ namespace, name, body }, this.options()),
    );
  }

  /** Deletes a Secret; one already gone is not an error. */
  async deleteSecret(namespace: string, name: string): Promise<void> {
    const { core } = this.connect();
    try {
      await this.call(`Deleting Secret ${namespace}/${name}`, 'write', () =>
        core.deleteNamespacedSecret({ namespace, name }, this.options()),
      );
    } catch (error) {
      if ((error as KubernetesError).status !== 404) throw error;
    }
  }

  async readPolicy(
    kind: PolicyKind,
    namespace: string,
    name: string,
  ): Promise<Policy | undefined> {
    const { custom } = this.connect();
    try {
      return (await this.call(
        `Reading ${kind} ${namespace}/${name}`,
        'read',
        () =>
          custom.getNamespacedCustomObject(
            { ...POLICY_KINDS[kind], namespace, name },
            this.options(),
          ),
      )) as Policy;
    } catch (error) {
      if ((error as KubernetesError).status === 404) return undefined;
      throw error;
    }
  }

  /** Policies of a kind in a namespace matching a label selector. */
  async listPolicies(
    kind: PolicyKind,
    namespace: string,
    labelSelector: string,
  ): Promise<Policy[]> {
    const { custom } = this.connect();
    const items: Policy[] = [];
    const page = (token?: string) =>
      this.call(`Listing ${kind} in ${namespace}`, 'read', () =>
        custom.listNamespacedCustomObject(
          {
            ...POLICY_KINDS[kind],
            namespace,
            labelSelector,
            limit: 500,
            _continue: token,
          },
          this.options(),
        ),
      );
    let next: string | undefined;
    do {
      const result = (await page(next)) as {
        items?: Policy[];
        metadata?: { continue?: string };
      };
      items.push(...(result.items ?? []));
      next = result.metadata?.continue || undefined;
    } while (next);
    return items;
  }

  async createPolicy(policy: Policy): Promise<Policy> {
    const { custom } = this.connect();
    const { namespace, name } = policy.metadata;
    return (await this.call(
      `Creating ${policy.kind} ${namespace}/${name}`,
      'write',
      () =>
        custom.createNamespacedCustomObject(
          { ...POLICY_KINDS[policy.kind], namespace, body: policy },
          this.options(),
        ),
    )) as Policy;
  }

  /** Replaces a policy over the resourceVersion it carries. */
  async replacePolicy(policy: Policy): Promise<Policy> {
    const { custom } = this.connect();
    const { namespace, name } = policy.metadata;
    return (await this.call(
      `Updating ${policy.kind} ${namespace}/${name}`,
      'write',
      () =>
        custom.replaceNamespacedCustomObject(
          { ...POLICY_KINDS[policy.kind], namespace, name, body: policy },
          this.options(),
        ),
    )) as Policy;
  }

  /**
   * Deletes a policy; one already gone is not an error. With a
   * resourceVersion, only that version (409 if it changed since).
   */
  async deletePolicy(
    kind: PolicyKind,
    namespace: string,
    name: string,
    resourceVersion?: string,
  ) {
    const { custom } = this.connect();
    try {
      await this.call(`Deleting ${kind} ${namespace}/${name}`, 'write', () =>
        custom.deleteNamespacedCustomObject(
          {
            ...POLICY_KINDS[kind],
            namespace,
            name,
            ...(resourceVersion && {
              body: { preconditions: { resourceVersion } },
            }),
          },
          this.options(),
        ),
      );
    } catch (error) {
      if ((error as KubernetesError).status !== 404) throw error;
    }
  }
}
