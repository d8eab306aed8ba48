import type {
  CustomObjectsApi,
  KubeConfig,
  RequestContext,
  ResponseContext,
} from '@kubernetes/client-node';

type KubernetesClientLibrary = typeof import('@kubernetes/client-node');

// The official client is large (about 70 MB of a backend's memory once
// loaded): it is loaded when a cluster is first contacted, so a portal that
// ingests only manifests never pays for it. `require`, not `import()`: the
// package is loaded the same way as a static import was (Node's require of
// an ES module), in the backend and in Jest alike.
let library: KubernetesClientLibrary | undefined;
function kubernetesClientLibrary(): KubernetesClientLibrary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  library ??= require('@kubernetes/client-node') as KubernetesClientLibrary;
  return library;
}

/** How to reach one cluster's API server. */
export interface ClusterAccess {
  /** Used in kubeconfig terms only. */
  name: string;
  url: string;
  serviceAccountToken?: string;
  /** Base64 of the PEM bundle (kubeconfig style), or the PEM itself. */
  caData?: string;
  skipTLSVerify?: boolean;
}

/** A custom resource, with its versions in order of preference. */
export interface ResourceType {
  group: string;
  kind: string;
  plural: string;
  versions: string[];
}

export const INFERENCE_SERVICES: ResourceType = {
  group: 'serving.kserve.io',
  kind: 'InferenceService',
  plural: 'inferenceservices',
  versions: ['v1beta1'],
};

// v1alpha2 is the storage version of newer KServe releases; clusters that
// only have the older CRD serve v1alpha1.
export const LLM_INFERENCE_SERVICES: ResourceType = {
  group: 'serving.kserve.io',
  kind: 'LLMInferenceService',
  plural: 'llminferenceservices',
  versions: ['v1alpha2', 'v1alpha1'],
};

/** What to list and watch. */
export interface Selection {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export interface ListResult {
  version: string;
  items: unknown[];
  resourceVersion: string;
}

/** An error from the API server, with its HTTP status when there was one. */
export class KubernetesRequestError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'KubernetesRequestError';
  }
}

/** Status code of an error from @kubernetes/client-node, if any. */
export function statusOf(error: unknown): number | undefined {
  const e = error as { code?: unknown; statusCode?: unknown; status?: unknown };
  for (const value of [e?.code, e?.statusCode, e?.status]) {
    if (typeof value === 'number') return value;
  }
  return undefined;
}

function describeError(error: unknown): string {
  const body = (error as { body?: unknown })?.body;
  let detail: string | undefined;
  if (typeof body === 'string') {
    try {
      detail = JSON.parse(body)?.message;
    } catch {
      detail = body.slice(0, 200);
    }
  } else if (body && typeof body === 'object') {
    detail = (body as { message?: string }).message;
  }
  const status = statusOf(error);
  const message = (error as Error)?.message?.split('\n')[0] ?? String(error);
  return [status ? `HTTP ${status}` : undefined, detail ?? message]
    .filter(Boolean)
    .join(': ');
}

/** Watch events as the API server sends them. */
export type WatchEventType =
  | 'ADDED'
  | 'MODIFIED'
  | 'DELETED'
  | 'BOOKMARK'
  | 'ERROR';

/**
 * Lists and watches KServe resources on one cluster through the official
 * client. Kept thin: the provider decides what to do with the results.
 */
export class KServeClusterClient {
  private connection?: {
    k8s: KubernetesClientLibrary;
    kubeConfig: KubeConfig;
    api: CustomObjectsApi;
  };

  constructor(
    private readonly access: ClusterAccess,
    private readonly options: { pageSize: number; requestTimeoutMs: number },
  ) {}

  private connect() {
    if (!this.connection) {
      const k8s = kubernetesClientLibrary();
      const kubeConfig = this.kubeConfigOf(k8s);
      this.connection = {
        k8s,
        kubeConfig,
        api: kubeConfig.makeApiClient(k8s.CustomObjectsApi),
      };
    }
    return this.connection;
  }

  private kubeConfigOf(k8s: KubernetesClientLibrary): KubeConfig {
    const access = this.access;
    const caData = access.caData?.includes('-----BEGIN')
      ? Buffer.from(access.caData, 'utf8').toString('base64')
      : access.caData;
    const kubeConfig = new k8s.KubeConfig();
    kubeConfig.loadFromOptions({
      clusters: [
        {
          name: access.name,
          server: access.url,
          caData,
          skipTLSVerify: Boolean(access.skipTLSVerify),
        },
      ],
      users: [{ name: 'backstage', token: access.serviceAccountToken }],
      contexts: [
        { name: 'backstage', cluster: access.name, user: 'backstage' },
      ],
      currentContext: 'backstage',
    });
    return kubeConfig;
  }

  /**
   * Lists every object of a resource type, page by page. Tries the type's
   * versions in order and returns undefined when none is served (the CRD is
   * not installed). A continue token that expired mid-way restarts the list.
   */
  async list(
    resource: ResourceType,
    selection: Selection,
  ): Promise<ListResult | undefined> {
    for (const version of resource.versions) {
      try {
        return await this.listVersion(resource, version, selection);
      } catch (error) {
        if (statusOf(error) !== 404) {
          throw new KubernetesRequestError(
            `Listing ${resource.plural}.${version}.${resource.group}${
              selection.namespace ? ` in ${selection.namespace}` : ''
            } failed: ${describeError(error)}`,
            statusOf(error),
          );
        }
      }
    }
    return undefined;
  }

  private async listVersion(
    resource: ResourceType,
    version: string,
    selection: Selection,
  ): Promise<ListResult> {
    const { k8s, api } = this.connect();
    const timeout = {
      middleware: [
        {
          // Lists must not hang a scheduled run; watches are long-lived and
          // do not go through here.
          pre: (context: RequestContext) => {
            context.setSignal(
              AbortSignal.timeout(this.options.requestTimeoutMs),
            );
            return new k8s.Observable(Promise.resolve(context));
          },
          post: (context: ResponseContext) =>
            new k8s.Observable(Promise.resolve(context)),
        },
      ],
      middlewareMergeStrategy: 'append' as const,
    };
    for (let attempt = 1; ; attempt++) {
      const items: unknown[] = [];
      let token: string | undefined;
      let resourceVersion = '';
      try {
        do {
          const common = {
            group: resource.group,
            version,
            plural: resource.plural,
            limit: this.options.pageSize,
            _continue: token,
            labelSelector: selection.labelSelector,
            fieldSelector: selection.fieldSelector,
          };
          const page = selection.namespace
            ? await api.listNamespacedCustomObject(
                { ...common, namespace: selection.namespace },
                timeout,
              )
            : await api.listClusterCustomObject(common, timeout);
          const pageItems = Array.isArray(page?.items) ? page.items : [];
          for (const item of pageItems) items.push(item);
          // The first page's resourceVersion is the list's snapshot.
          resourceVersion ||= String(page?.metadata?.resourceVersion ?? '');
          const next = page?.metadata?.continue;
          if (next && next === token) {
            throw new KubernetesRequestError(
              'The API server repeated a continue token',
            );
          }
          token = next || undefined;
        } while (token);
        return { version, items, resourceVersion };
      } catch (error) {
        // 410 on a continue token: the snapshot expired; start over.
        if (statusOf(error) === 410 && token && attempt < 3) continue;
        throw error;
      }
    }
  }

  /**
   * Watches a resource type from a resourceVersion, with bookmarks. Resolves
   * once connected with a function that stops the watch. `onDone` is called
   * once when the watch ends: `undefined` for a normal end (e.g. the
   * server's timeout), else the error (with `statusOf(error)` 410 when the
   * resourceVersion is too old).
   */
  async watch(
    resource: ResourceType,
    version: string,
    selection: Selection & { resourceVersion: string; timeoutSeconds?: number },
    onEvent: (type: WatchEventType, object: any) => void,
    onDone: (error?: unknown) => void,
  ): Promise<() => void> {
    const path = selection.namespace
      ? `/apis/${resource.group}/${version}/namespaces/${encodeURIComponent(
          selection.namespace,
        )}/${resource.plural}`
      : `/apis/${resource.group}/${version}/${resource.plural}`;
    const { k8s, kubeConfig } = this.connect();
    let stopped = false;
    const controller = await new k8s.Watch(kubeConfig).watch(
      path,
      {
        resourceVersion: selection.resourceVersion,
        allowWatchBookmarks: true,
        labelSelector: selection.labelSelector,
        fieldSelector: selection.fieldSelector,
        timeoutSeconds: selection.timeoutSeconds,
      },
      (type, object) => {
        if (!stopped) onEvent(type as WatchEventType, object);
      },
      error => {
        if (stopped) return;
        stopped = true;
        onDone(error ?? undefined);
      },
    );
    return () => {
      if (stopped) return;
      stopped = true;
      controller.abort();
    };
  }
}
