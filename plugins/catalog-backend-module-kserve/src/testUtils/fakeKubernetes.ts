import http from 'node:http';
import https from 'node:https';
import { AddressInfo } from 'node:net';

/** A custom resource type the fake API server serves. */
export interface FakeResource {
  group: string;
  kind: string;
  plural: string;
  /** Served versions; objects are converted between them by apiVersion. */
  versions: string[];
}

export const KSERVE_RESOURCES: FakeResource[] = [
  {
    group: 'serving.kserve.io',
    kind: 'InferenceService',
    plural: 'inferenceservices',
    versions: ['v1beta1'],
  },
  {
    group: 'serving.kserve.io',
    kind: 'LLMInferenceService',
    plural: 'llminferenceservices',
    versions: ['v1alpha1', 'v1alpha2'],
  },
];

export interface FakeKubernetesOptions {
  resources?: FakeResource[];
  /** Bearer token every request must carry; none means no auth. */
  token?: string;
  /** Checks objects before they are stored; returns the problems. */
  validate?: (object: unknown) => string[];
  /** Serve HTTPS with this certificate (PEM), as real API servers do. */
  tls?: { cert: string; key: string };
}

/** A request the fake server received. */
export interface FakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  watch: boolean;
}

/** An injected failure: every matching request gets this status. */
export interface FakeFailure {
  status: number;
  message?: string;
  on?: 'list' | 'watch' | 'all';
}

type StoredObject = {
  apiVersion: string;
  kind: string;
  metadata: Record<string, any> & {
    name: string;
    namespace: string;
    resourceVersion: string;
  };
  [key: string]: unknown;
};

interface Event {
  rv: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  resource: FakeResource;
  object: StoredObject;
}

interface Watcher {
  resource: FakeResource;
  version: string;
  namespace?: string;
  matches: (o: StoredObject) => boolean;
  bookmarks: boolean;
  res: http.ServerResponse;
  timer?: NodeJS.Timeout;
}

function status(code: number, reason: string, message: string) {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
  };
}

const REASONS: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  410: 'Expired',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
};

/** Equality-based selectors: `a=b`, `a==b`, `a!=b`, `a`, `!a`. */
function selectorMatcher(
  selector: string | undefined,
  read: (o: StoredObject, key: string) => string | undefined,
): (o: StoredObject) => boolean {
  if (!selector) return () => true;
  const terms = selector
    .split(',')
    .map(t => t.trim())
    .filter(Boolean)
    .map(term => {
      const ne = term.match(/^([^!=]+)!=(.*)$/);
      if (ne) return (o: StoredObject) => read(o, ne[1]) !== ne[2];
      const eq = term.match(/^([^!=]+)==?(.*)$/);
      if (eq) return (o: StoredObject) => read(o, eq[1]) === eq[2];
      if (term.startsWith('!')) {
        return (o: StoredObject) => read(o, term.slice(1)) === undefined;
      }
      return (o: StoredObject) => read(o, term) !== undefined;
    });
  return o => terms.every(t => t(o));
}

function readField(o: StoredObject, key: string): string | undefined {
  if (key === 'metadata.name') return o.metadata.name;
  if (key === 'metadata.namespace') return o.metadata.namespace;
  return undefined;
}

function readLabel(o: StoredObject, key: string): string | undefined {
  return o.metadata.labels?.[key];
}

/**
 * A Kubernetes API server for tests, over real HTTP, serving custom
 * resources the way the real one does for the calls this module makes:
 * paginated lists (`limit` / `continue`), watches from a resourceVersion
 * streamed as chunked JSON lines (ADDED, MODIFIED, DELETED, BOOKMARK),
 * `410 Gone` for expired resourceVersions, label and field selectors,
 * bearer-token auth and injected failures.
 */
export class FakeKubernetes {
  readonly requests: FakeRequest[] = [];
  private readonly objects = new Map<string, StoredObject>();
  private readonly events: Event[] = [];
  private readonly watchers = new Set<Watcher>();
  private rv = 100;
  /** Watches and continue tokens older than this are gone (410). */
  private compactedRv = 0;
  private failure?: FakeFailure;
  private expiredWatchAsHttpStatus = false;
  private uid = 0;

  private constructor(
    private readonly server: http.Server,
    private readonly options: FakeKubernetesOptions,
  ) {}

  static async start(
    options: FakeKubernetesOptions = {},
  ): Promise<FakeKubernetes> {
    const server = options.tls
      ? https.createServer({ cert: options.tls.cert, key: options.tls.key })
      : http.createServer();
    const fake = new FakeKubernetes(server, options);
    server.on('request', (req, res) => fake.handle(req, res));
    await new Promise<void>(resolve =>
      server.listen(0, '127.0.0.1', () => resolve()),
    );
    return fake;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `${this.options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  }

  get resourceVersion(): string {
    return String(this.rv);
  }

  /** Number of watch connections currently open. */
  get openWatches(): number {
    return this.watchers.size;
  }

  /** Creates or replaces an object, as `kubectl apply` would. */
  apply(object: unknown): StoredObject {
    const problems = this.options.validate?.(object) ?? [];
    if (problems.length > 0) {
      throw new Error(
        `Invalid object rejected by the fake API server: ${problems.join(
          '; ',
        )}`,
      );
    }
    const input = JSON.parse(JSON.stringify(object)) as StoredObject;
    const resource = this.resourceOfObject(input);
    input.metadata.namespace ||= 'default';
    const key = this.key(resource, input.metadata.namespace, input.metadata);
    const existing = this.objects.get(key);
    this.rv += 1;
    const stored: StoredObject = {
      ...input,
      metadata: {
        ...input.metadata,
        uid: existing?.metadata.uid ?? `uid-${++this.uid}`,
        generation: (existing?.metadata.generation ?? 0) + 1,
        creationTimestamp:
          existing?.metadata.creationTimestamp ?? new Date().toISOString(),
        resourceVersion: String(this.rv),
      },
    };
    this.objects.set(key, stored);
    this.emit({
      rv: this.rv,
      type: existing ? 'MODIFIED' : 'ADDED',
      resource,
      object: stored,
    });
    return stored;
  }

  /** Deletes an object; false when there was none. */
  delete(kind: string, namespace: string, name: string): boolean {
    const resource = this.resources.find(r => r.kind === kind);
    if (!resource) return false;
    const key = this.key(resource, namespace, { name });
    const existing = this.objects.get(key);
    if (!existing) return false;
    this.objects.delete(key);
    this.rv += 1;
    this.emit({
      rv: this.rv,
      type: 'DELETED',
      resource,
      object: {
        ...existing,
        metadata: { ...existing.metadata, resourceVersion: String(this.rv) },
      },
    });
    return true;
  }

  /** Every following request (of the kind given) fails with this status. */
  setFailure(failure: FakeFailure | undefined) {
    this.failure = failure;
  }

  /**
   * Compacts history: watches and continue tokens from an earlier
   * resourceVersion are answered with 410 Gone until the client lists again.
   * Open watches get an ERROR event with code 410 and are closed.
   *
   * @param asHttpStatus - instead, close open watches normally and refuse
   *   their reconnection with an HTTP 410 (API servers do both)
   */
  expire(options?: { asHttpStatus?: boolean }) {
    this.rv += 1;
    this.compactedRv = this.rv;
    this.expiredWatchAsHttpStatus = Boolean(options?.asHttpStatus);
    for (const watcher of [...this.watchers]) {
      if (!options?.asHttpStatus) {
        this.send(watcher, {
          type: 'ERROR',
          object: status(410, 'Expired', 'too old resource version'),
        });
      }
      this.endWatch(watcher);
    }
  }

  /** Sends a BOOKMARK with the current resourceVersion to open watches. */
  bookmark() {
    for (const watcher of this.watchers) {
      if (!watcher.bookmarks) continue;
      this.send(watcher, {
        type: 'BOOKMARK',
        object: {
          apiVersion: `${watcher.resource.group}/${watcher.version}`,
          kind: watcher.resource.kind,
          metadata: { resourceVersion: String(this.rv) },
        },
      });
    }
  }

  /** Ends open watches normally, as an API server's watch timeout does. */
  closeWatches() {
    for (const watcher of [...this.watchers]) this.endWatch(watcher);
  }

  async close(): Promise<void> {
    this.closeWatches();
    this.server.closeAllConnections?.();
    await new Promise<void>(resolve => this.server.close(() => resolve()));
  }

  private get resources() {
    return this.options.resources ?? KSERVE_RESOURCES;
  }

  private resourceOfObject(object: StoredObject): FakeResource {
    const [group, version] = String(object.apiVersion).split('/');
    const resource = this.resources.find(
      r =>
        r.group === group &&
        r.kind === object.kind &&
        r.versions.includes(version),
    );
    if (!resource) {
      throw new Error(
        `The fake API server does not serve ${object.apiVersion} ${object.kind}`,
      );
    }
    if (!object.metadata?.name) throw new Error('metadata.name is required');
    return resource;
  }

  private key(
    resource: FakeResource,
    namespace: string,
    meta: { name: string },
  ) {
    return `${resource.plural}/${namespace}/${meta.name}`;
  }

  /** The object as served at the requested version. */
  private served(
    object: StoredObject,
    resource: FakeResource,
    version: string,
  ) {
    return { ...object, apiVersion: `${resource.group}/${version}` };
  }

  private emit(event: Event) {
    this.events.push(event);
    for (const watcher of this.watchers) this.deliver(watcher, event);
  }

  private deliver(watcher: Watcher, event: Event) {
    if (event.resource !== watcher.resource) return;
    if (
      watcher.namespace &&
      event.object.metadata.namespace !== watcher.namespace
    ) {
      return;
    }
    if (!watcher.matches(event.object)) return;
    this.send(watcher, {
      type: event.type,
      object: this.served(event.object, watcher.resource, watcher.version),
    });
  }

  private send(watcher: Watcher, line: unknown) {
    watcher.res.write(`${JSON.stringify(line)}\n`);
  }

  private endWatch(watcher: Watcher) {
    if (watcher.timer) clearTimeout(watcher.timer);
    this.watchers.delete(watcher);
    watcher.res.end();
  }

  private reply(res: http.ServerResponse, code: number, body: unknown) {
    res.writeHead(code, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private fail(res: http.ServerResponse, code: number, message: string) {
    this.reply(res, code, status(code, REASONS[code] ?? 'Unknown', message));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const query = Object.fromEntries(url.searchParams.entries());
    const watch = query.watch === 'true' || query.watch === '1';
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      watch,
    });

    if (
      this.options.token &&
      req.headers.authorization !== `Bearer ${this.options.token}`
    ) {
      this.fail(res, 401, 'Unauthorized');
      return;
    }
    const failure = this.failure;
    if (
      failure &&
      (!failure.on ||
        failure.on === 'all' ||
        (failure.on === 'watch') === watch)
    ) {
      this.fail(res, failure.status, failure.message ?? 'injected failure');
      return;
    }
    const match = url.pathname.match(
      /^\/apis\/([^/]+)\/([^/]+)\/(?:namespaces\/([^/]+)\/)?([^/]+)$/,
    );
    const resource = match
      ? this.resources.find(
          r =>
            r.group === match[1] &&
            r.versions.includes(match[2]) &&
            r.plural === match[4],
        )
      : undefined;
    if (!match || !resource || req.method !== 'GET') {
      this.fail(res, 404, `the server could not find the requested resource`);
      return;
    }
    const version = match[2];
    const namespace = match[3] ? decodeURIComponent(match[3]) : undefined;
    const labels = selectorMatcher(query.labelSelector, readLabel);
    const fields = selectorMatcher(query.fieldSelector, readField);
    const matches = (o: StoredObject) => labels(o) && fields(o);

    if (watch) {
      this.startWatch(res, resource, version, namespace, matches, query);
    } else {
      this.list(res, resource, version, namespace, matches, query);
    }
  }

  private list(
    res: http.ServerResponse,
    resource: FakeResource,
    version: string,
    namespace: string | undefined,
    matches: (o: StoredObject) => boolean,
    query: Record<string, string>,
  ) {
    let listRv = this.rv;
    let after = '';
    if (query.continue) {
      try {
        const token = JSON.parse(
          Buffer.from(query.continue, 'base64url').toString('utf8'),
        );
        listRv = token.rv;
        after = token.after;
      } catch {
        this.fail(res, 400, 'invalid continue token');
        return;
      }
      if (listRv < this.compactedRv) {
        this.fail(
          res,
          410,
          'The provided continue parameter is too old to display a consistent list result.',
        );
        return;
      }
    }
    const prefix = `${resource.plural}/`;
    const keys = [...this.objects.keys()]
      .filter(k => k.startsWith(prefix) && k > `${prefix}${after}`)
      .sort();
    const items = keys
      .map(k => this.objects.get(k)!)
      .filter(o => !namespace || o.metadata.namespace === namespace)
      .filter(matches);
    const limit = Number(query.limit) > 0 ? Number(query.limit) : Infinity;
    const page = items.slice(0, limit);
    const more = items.length > page.length;
    const last = page[page.length - 1];
    const metadata: Record<string, unknown> = {
      resourceVersion: String(listRv),
    };
    if (more && last) {
      metadata.continue = Buffer.from(
        JSON.stringify({
          rv: listRv,
          after: `${last.metadata.namespace}/${last.metadata.name}`,
        }),
      ).toString('base64url');
      metadata.remainingItemCount = items.length - page.length;
    }
    this.reply(res, 200, {
      apiVersion: `${resource.group}/${version}`,
      kind: `${resource.kind}List`,
      metadata,
      items: page.map(o => this.served(o, resource, version)),
    });
  }

  private startWatch(
    res: http.ServerResponse,
    resource: FakeResource,
    version: string,
    namespace: string | undefined,
    matches: (o: StoredObject) => boolean,
    query: Record<string, string>,
  ) {
    const from = query.resourceVersion ? Number(query.resourceVersion) : 0;
    if (from && from < this.compactedRv && this.expiredWatchAsHttpStatus) {
      this.fail(res, 410, 'too old resource version');
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
    });
    // Send the headers now: clients wait for them before reading events.
    res.flushHeaders();
    const watcher: Watcher = {
      resource,
      version,
      namespace,
      matches,
      bookmarks: query.allowWatchBookmarks === 'true',
      res,
    };
    if (from && from < this.compactedRv) {
      this.send(watcher, {
        type: 'ERROR',
        object: status(410, 'Expired', `too old resource version: ${from}`),
      });
      res.end();
      return;
    }
    this.watchers.add(watcher);
    res.on('close', () => {
      if (watcher.timer) clearTimeout(watcher.timer);
      this.watchers.delete(watcher);
    });
    if (from) {
      // Replay what happened since the client's resourceVersion.
      for (const event of this.events) {
        if (event.rv > from) this.deliver(watcher, event);
      }
    } else {
      for (const object of this.objects.values()) {
        this.deliver(watcher, {
          rv: Number(object.metadata.resourceVersion),
          type: 'ADDED',
          resource,
          object,
        });
      }
    }
    const timeout = Number(query.timeoutSeconds);
    if (timeout > 0) {
      watcher.timer = setTimeout(() => this.endWatch(watcher), timeout * 1000);
    }
  }
}
