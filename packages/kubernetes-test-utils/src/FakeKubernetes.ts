import http from 'node:http';
import https from 'node:https';
import { AddressInfo } from 'node:net';

/** A resource type the fake API server serves. */
export interface FakeResource {
  /** API group; '' for the core group (`/api/v1`). */
  group: string;
  kind: string;
  plural: string;
  /** Served versions; objects are converted between them by apiVersion. */
  versions: string[];
}

/** Core Secrets, served at `/api/v1`. */
export const SECRETS: FakeResource = {
  group: '',
  kind: 'Secret',
  plural: 'secrets',
  versions: ['v1'],
};

/** Kuadrant's policies, at the versions the CRDs in shared/crds serve. */
export const KUADRANT_RESOURCES: FakeResource[] = [
  {
    group: 'kuadrant.io',
    kind: 'AuthPolicy',
    plural: 'authpolicies',
    versions: ['v1'],
  },
  {
    group: 'kuadrant.io',
    kind: 'RateLimitPolicy',
    plural: 'ratelimitpolicies',
    versions: ['v1'],
  },
  {
    group: 'kuadrant.io',
    kind: 'TokenRateLimitPolicy',
    plural: 'tokenratelimitpolicies',
    versions: ['v1alpha1'],
  },
];

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

const ALL_RESOURCES = [SECRETS, ...KSERVE_RESOURCES, ...KUADRANT_RESOURCES];

export interface FakeKubernetesOptions {
  resources?: FakeResource[];
  /** Bearer token every request must carry; none means no auth. */
  token?: string;
  /** Checks objects before they are stored; returns the problems. */
  validate?: (object: unknown) => string[];
  /** Serve HTTPS with this certificate (PEM), as real API servers do. */
  tls?: { cert: string; key: string };
  /** Listen on this port (default: any free one). */
  port?: number;
  /**
   * Acts as Kuadrant's operator would for status only: Kuadrant policies
   * written through the API get `Accepted` and `Enforced` conditions
   * (simulated: nothing is enforced).
   */
  simulateKuadrantStatus?: boolean;
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

/**
 * A fault for the next matching requests: an error status, a reply that
 * never arrives after the write was made (`lostReply`), or a delay.
 */
export interface FakeFault {
  method?: string;
  /** Matches the request's path (a substring, or a pattern). */
  path?: string | RegExp;
  status?: number;
  message?: string;
  /** Makes the change, then drops the connection without an answer. */
  lostReply?: boolean;
  /** Answers after this long (a client's time-out fires first). */
  delayMs?: number;
  /** How many requests it hits (default 1). */
  times?: number;
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

interface Route {
  resource: FakeResource;
  version: string;
  namespace?: string;
  name?: string;
}

function apiVersionOf(resource: FakeResource, version: string) {
  return resource.group ? `${resource.group}/${version}` : version;
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
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  410: 'Expired',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
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

/** RFC 7386 JSON merge patch (also used for strategic merge patches of maps). */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) {
    return patch;
  }
  const out: Record<string, unknown> =
    target && typeof target === 'object' && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/** RFC 6902 JSON patch: add, replace, remove and test. */
function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw new Error('a JSON patch is an array');
  const doc = JSON.parse(JSON.stringify(target));
  for (const op of ops as Array<{ op: string; path: string; value?: any }>) {
    const parts = op.path
      .split('/')
      .slice(1)
      .map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop();
    if (last === undefined) throw new Error(`bad path ${op.path}`);
    let parent = doc;
    for (const part of parts) {
      if (parent?.[part] === undefined) {
        throw new Error(`no such path: ${op.path}`);
      }
      parent = parent[part];
    }
    switch (op.op) {
      case 'add':
      case 'replace':
        if (op.op === 'replace' && !(last in parent)) {
          throw new Error(`no such path: ${op.path}`);
        }
        if (Array.isArray(parent) && last === '-') parent.push(op.value);
        else parent[last] = op.value;
        break;
      case 'remove':
        if (!(last in parent)) throw new Error(`no such path: ${op.path}`);
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
        break;
      case 'test':
        if (JSON.stringify(parent[last]) !== JSON.stringify(op.value)) {
          throw new Error(`test failed at ${op.path}`);
        }
        break;
      default:
        throw new Error(`unsupported patch op ${op.op}`);
    }
  }
  return doc;
}

/** As the API server stores a Secret: `stringData` folded into `data`. */
function normalizeSecret(object: StoredObject) {
  if (object.kind !== 'Secret') return;
  const stringData = object.stringData as Record<string, string> | undefined;
  if (stringData) {
    const data = { ...((object.data as Record<string, string>) ?? {}) };
    for (const [key, value] of Object.entries(stringData)) {
      data[key] = Buffer.from(String(value), 'utf8').toString('base64');
    }
    object.data = data;
    delete object.stringData;
  }
  object.type ??= 'Opaque';
}

/**
 * A Kubernetes API server for tests, over real HTTP, serving core Secrets
 * and custom resources the way the real one does for the calls these
 * modules make: paginated lists (`limit` / `continue`), watches from a
 * resourceVersion streamed as chunked JSON lines (ADDED, MODIFIED, DELETED,
 * BOOKMARK), `410 Gone` for expired resourceVersions, label and field
 * selectors; get, create (409 when it exists), replace (409 on a stale
 * resourceVersion), merge and JSON patches, delete; objects validated on
 * every write (422 when invalid), bearer-token auth and injected faults.
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
  private faults: FakeFault[] = [];
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
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve()),
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
    return this.store(JSON.parse(JSON.stringify(object)) as StoredObject);
  }

  /** The stored objects of a kind, in one namespace or all, by name. */
  list(kind: string, namespace?: string): StoredObject[] {
    return [...this.objects.values()]
      .filter(o => o.kind === kind)
      .filter(o => !namespace || o.metadata.namespace === namespace)
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  }

  /** One stored object, if there is one. */
  get(kind: string, namespace: string, name: string): StoredObject | undefined {
    const resource = this.resources.find(r => r.kind === kind);
    if (!resource) return undefined;
    return this.objects.get(this.key(resource, namespace, { name }));
  }

  /** Faults for the next matching requests, each used `times` times. */
  inject(...faults: FakeFault[]) {
    this.faults.push(...faults.map(f => ({ times: 1, ...f })));
  }

  /** Removes every injected fault and failure. */
  clearFaults() {
    this.faults = [];
    this.failure = undefined;
  }

  private store(input: StoredObject): StoredObject {
    const resource = this.resourceOfObject(input);
    input.metadata.namespace ||= 'default';
    normalizeSecret(input);
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
          apiVersion: apiVersionOf(watcher.resource, watcher.version),
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
    return this.options.resources ?? ALL_RESOURCES;
  }

  private resourceOfObject(object: StoredObject): FakeResource {
    const parts = String(object.apiVersion).split('/');
    const [group, version] = parts.length === 1 ? ['', parts[0]] : parts;
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
    return { ...object, apiVersion: apiVersionOf(resource, version) };
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
    const fault = this.takeFault(req.method ?? 'GET', url.pathname);
    if (fault?.status) {
      this.fail(res, fault.status, fault.message ?? 'injected fault');
      return;
    }
    const route = this.route(url.pathname);
    if (!route) {
      this.fail(res, 404, `the server could not find the requested resource`);
      return;
    }
    const { resource, version, namespace, name } = route;
    const method = req.method ?? 'GET';
    if (name !== undefined || method !== 'GET') {
      this.readBody(req)
        .then(body => {
          const send = () =>
            this.write(
              res,
              method,
              route,
              body,
              req.headers['content-type'],
              fault,
            );
          if (fault?.delayMs) setTimeout(send, fault.delayMs);
          else send();
        })
        .catch(error => this.fail(res, 400, String(error)));
      return;
    }
    const labels = selectorMatcher(query.labelSelector, readLabel);
    const fields = selectorMatcher(query.fieldSelector, readField);
    const matches = (o: StoredObject) => labels(o) && fields(o);

    if (watch) {
      this.startWatch(res, resource, version, namespace, matches, query);
    } else {
      this.listPage(res, resource, version, namespace, matches, query);
    }
  }

  private takeFault(method: string, path: string): FakeFault | undefined {
    const fault = this.faults.find(
      f =>
        (!f.method || f.method === method) &&
        (!f.path ||
          (typeof f.path === 'string'
            ? path.includes(f.path)
            : f.path.test(path))),
    );
    if (!fault) return undefined;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults = this.faults.filter(f => f !== fault);
    return fault;
  }

  /** `/api/v1/…` for the core group, `/apis/<group>/<version>/…` else. */
  private route(pathname: string): Route | undefined {
    const match =
      pathname.match(
        /^\/api\/(v1)\/(?:namespaces\/([^/]+)\/)?([^/]+)(?:\/([^/]+))?$/,
      ) ??
      pathname.match(
        /^\/apis\/([^/]+)\/([^/]+)\/(?:namespaces\/([^/]+)\/)?([^/]+)(?:\/([^/]+))?$/,
      );
    if (!match) return undefined;
    const core = pathname.startsWith('/api/');
    const [group, version, ns, plural, name] = core
      ? ['', match[1], match[2], match[3], match[4]]
      : [match[1], match[2], match[3], match[4], match[5]];
    const resource = this.resources.find(
      r =>
        r.group === group &&
        r.versions.includes(version) &&
        r.plural === plural,
    );
    if (!resource) return undefined;
    return {
      resource,
      version,
      namespace: ns ? decodeURIComponent(ns) : undefined,
      name: name ? decodeURIComponent(name) : undefined,
    };
  }

  private readBody(req: http.IncomingMessage): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', chunk => chunks.push(chunk));
      req.on('error', reject);
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (!text) {
          resolve(undefined);
          return;
        }
        try {
          resolve(JSON.parse(text));
        } catch {
          reject(new Error('the request body is not JSON'));
        }
      });
    });
  }

  /** get, create, replace, patch and delete of one object. */
  private write(
    res: http.ServerResponse,
    method: string,
    route: Route,
    body: unknown,
    contentType: string | undefined,
    fault: FakeFault | undefined,
  ) {
    const { resource, version, namespace } = route;
    const answer = (code: number, object: unknown) => {
      if (fault?.lostReply) {
        res.socket?.destroy();
        return;
      }
      this.reply(res, code, object);
    };
    if (!namespace) {
      this.fail(res, 404, 'namespaced resources only');
      return;
    }
    if (method === 'POST') {
      const input = body as StoredObject;
      if (!input?.metadata?.name) {
        this.fail(res, 422, 'metadata.name: Required value');
        return;
      }
      if (input.metadata.namespace && input.metadata.namespace !== namespace) {
        this.fail(
          res,
          400,
          'the namespace of the object does not match the namespace of the request',
        );
        return;
      }
      if (this.objects.has(this.key(resource, namespace, input.metadata))) {
        this.fail(
          res,
          409,
          `${resource.plural} "${input.metadata.name}" already exists`,
        );
        return;
      }
      const stored = this.validatedStore(res, {
        ...input,
        metadata: { ...input.metadata, namespace, resourceVersion: '' },
      });
      if (stored) answer(201, this.served(stored, resource, version));
      return;
    }
    const name = route.name!;
    const key = this.key(resource, namespace, { name });
    const existing = this.objects.get(key);
    if (!existing) {
      this.fail(res, 404, `${resource.plural} "${name}" not found`);
      return;
    }
    switch (method) {
      case 'GET':
        this.reply(res, 200, this.served(existing, resource, version));
        return;
      case 'DELETE': {
        const wanted = (
          body as { preconditions?: { resourceVersion?: string } }
        )?.preconditions?.resourceVersion;
        if (wanted && wanted !== existing.metadata.resourceVersion) {
          this.fail(
            res,
            409,
            `Precondition failed: ResourceVersion in precondition: ${wanted}, ResourceVersion in object meta: ${existing.metadata.resourceVersion}`,
          );
          return;
        }
        this.delete(resource.kind, namespace, name);
        answer(200, {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Success',
          details: { name, kind: resource.plural },
        });
        return;
      }
      case 'PUT': {
        const input = body as StoredObject;
        const wanted = input?.metadata?.resourceVersion;
        if (wanted && wanted !== existing.metadata.resourceVersion) {
          this.fail(
            res,
            409,
            `Operation cannot be fulfilled on ${resource.plural} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
          );
          return;
        }
        if (input?.metadata?.name !== name) {
          this.fail(
            res,
            400,
            'the name of the object does not match the name on the URL',
          );
          return;
        }
        const stored = this.validatedStore(res, {
          ...input,
          metadata: { ...input.metadata, namespace },
        });
        if (stored) answer(200, this.served(stored, resource, version));
        return;
      }
      case 'PATCH': {
        const type = (contentType ?? '').split(';')[0].trim();
        let patched: unknown;
        try {
          if (type === 'application/json-patch+json') {
            patched = jsonPatch(existing, body);
          } else if (
            type === 'application/merge-patch+json' ||
            type === 'application/strategic-merge-patch+json'
          ) {
            patched = mergePatch(existing, body);
          } else {
            this.fail(res, 415, `the patch type ${type} is not supported`);
            return;
          }
        } catch (error) {
          this.fail(res, 422, String(error));
          return;
        }
        const next = patched as StoredObject;
        const wanted = (body as StoredObject)?.metadata?.resourceVersion;
        if (
          type !== 'application/json-patch+json' &&
          wanted &&
          wanted !== existing.metadata.resourceVersion
        ) {
          this.fail(res, 409, 'the object has been modified');
          return;
        }
        const stored = this.validatedStore(res, {
          ...next,
          metadata: { ...next.metadata, name, namespace },
        });
        if (stored) answer(200, this.served(stored, resource, version));
        return;
      }
      default:
        this.fail(res, 405, `${method} is not allowed`);
    }
  }

  private validatedStore(
    res: http.ServerResponse,
    object: StoredObject,
  ): StoredObject | undefined {
    const problems = this.options.validate?.(object) ?? [];
    if (problems.length > 0) {
      this.fail(
        res,
        422,
        `${object.kind} "${object.metadata?.name}" is invalid: ${problems.join(
          '; ',
        )}`,
      );
      return undefined;
    }
    const copy = JSON.parse(JSON.stringify(object)) as StoredObject;
    const resource = this.resourceOfObject(copy);
    const existing = this.objects.get(
      this.key(resource, copy.metadata.namespace, copy.metadata),
    );
    // Custom resources keep their status through updates of the object, as
    // with a status subresource; Kuadrant's operator (simulated) sets it.
    if (resource.group) {
      delete copy.status;
      if (existing?.status) copy.status = existing.status;
      if (
        this.options.simulateKuadrantStatus &&
        resource.group === 'kuadrant.io'
      ) {
        const now = new Date().toISOString();
        copy.status = {
          observedGeneration: (existing?.metadata.generation ?? 0) + 1,
          conditions: ['Accepted', 'Enforced'].map(type => ({
            type,
            status: 'True',
            reason: type,
            message: `${
              copy.kind
            } has been ${type.toLowerCase()} (simulated by the fake cluster)`,
            lastTransitionTime: now,
          })),
        };
      }
    }
    return this.store(copy);
  }

  private listPage(
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
      apiVersion: apiVersionOf(resource, version),
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
