/** One injected failure. Matched against the method and the URL path (no query). */
export interface FaultSpec {
  /** HTTP method; any method when omitted. */
  method?: string;
  /** Exact path ("/key/generate") or a RegExp tested against the path. */
  path: string | RegExp;
  /** Respond with this status instead of the real response. */
  status?: number;
  /** Response body for `status`; defaults to an envelope-1 error. */
  body?: unknown;
  /** Wait this long first (before the handler, or before replying with afterHandler). */
  delayMs?: number;
  /** How many matching requests to affect; default 1, Infinity for all. */
  times?: number;
  /** Destroy the socket instead of replying (the client sees a reset / hang-up). */
  dropConnection?: boolean;
  /**
   * Run the real handler first (its effect is applied, e.g. the key is
   * created), then fail the reply. Simulates a lost response.
   */
  afterHandler?: boolean;
}

export interface InjectedFault {
  readonly spec: FaultSpec;
  /** Matching requests still to be affected. */
  readonly remaining: number;
  /** Requests affected so far. */
  readonly hits: number;
  cancel(): void;
}

class ActiveFault implements InjectedFault {
  remaining: number;
  hits = 0;

  constructor(readonly spec: FaultSpec, private readonly owner: FaultInjector) {
    this.remaining = spec.times ?? 1;
  }

  cancel(): void {
    this.owner.remove(this);
  }

  matches(method: string, path: string): boolean {
    if (
      this.spec.method &&
      this.spec.method.toUpperCase() !== method.toUpperCase()
    )
      return false;
    const pattern = this.spec.path;
    if (typeof pattern === 'string') return pattern === path;
    pattern.lastIndex = 0;
    return pattern.test(path);
  }
}

/**
 * Makes chosen requests fail, hang or lose their reply, so callers can test
 * their handling of every step of a multi-step write. Faults are consumed in
 * injection order; the first match wins.
 */
export class FaultInjector {
  private faults: ActiveFault[] = [];

  inject(spec: FaultSpec): InjectedFault {
    if (
      spec.status === undefined &&
      !spec.dropConnection &&
      (spec.delayMs === undefined || spec.delayMs <= 0)
    ) {
      throw new Error('A fault needs a status, dropConnection or delayMs');
    }
    const fault = new ActiveFault(spec, this);
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults = [];
  }

  /** Faults that can still fire. */
  get pending(): number {
    return this.faults.length;
  }

  /** @internal Consumes the first fault matching the request. */
  take(method: string, path: string): FaultSpec | undefined {
    const fault = this.faults.find(f => f.matches(method, path));
    if (!fault) return undefined;
    fault.hits += 1;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.remove(fault);
    return fault.spec;
  }

  /** @internal */
  remove(fault: ActiveFault): void {
    this.faults = this.faults.filter(f => f !== fault);
  }
}
