import { ServiceUnavailableError } from '@backstage/errors';

export interface CircuitBreakerOptions {
  /** Consecutive failed calls that open the breaker (default 3). */
  failureThreshold?: number;
  /** How long it stays open before one trial call goes through (default 15 s). */
  openMs?: number;
  now?: () => number;
}

/** What `/health` and error messages say about the gateway. */
export interface CircuitState {
  state: 'closed' | 'open' | 'half-open';
  /** Consecutive failed calls so far. */
  failures: number;
  /** When the current run of failures began. */
  since?: Date;
  /** When a trial call will next be let through, while open. */
  retryAt?: Date;
  lastError?: string;
}

/**
 * Refused at once because the gateway has been failing: nothing was sent,
 * so a write that gets this changed nothing.
 */
export class GatewayUnavailableError extends ServiceUnavailableError {
  constructor(message: string, readonly since: Date, readonly retryAt: Date) {
    super(message);
  }
}

/**
 * Stops calling a gateway that keeps failing. Closed, every call goes
 * through; after `failureThreshold` consecutive failures it opens and calls
 * are refused without being sent; after `openMs` one trial call goes
 * through (half-open): its success closes the breaker, its failure opens
 * it again. Only a gateway that is down or hung counts: an answer that the
 * request was wrong (4xx) is the gateway working.
 */
export class CircuitBreaker {
  private readonly failureThreshold: number;
  private readonly openMs: number;
  private readonly now: () => number;
  private failures = 0;
  private since?: number;
  private openedAt?: number;
  private trialInFlight = false;
  private lastError?: string;

  constructor(
    private readonly name: string,
    options: CircuitBreakerOptions = {},
  ) {
    this.failureThreshold = Math.max(1, options.failureThreshold ?? 3);
    this.openMs = Math.max(0, options.openMs ?? 15_000);
    this.now = options.now ?? Date.now;
  }

  /**
   * Asks to make a call. Throws GatewayUnavailableError while open; returns
   * whether this call is the trial of a half-open breaker.
   */
  admit(): { trial: boolean } {
    if (this.openedAt === undefined) return { trial: false };
    const retryAt = this.openedAt + this.openMs;
    if (this.now() >= retryAt && !this.trialInFlight) {
      this.trialInFlight = true;
      return { trial: true };
    }
    throw new GatewayUnavailableError(
      `${this.name} is unavailable since ${new Date(
        this.since ?? this.openedAt,
      ).toISOString()} (${this.failures} failed calls in a row, the last: ${
        this.lastError
      }); nothing was sent. The portal tries again from ${new Date(
        Math.max(retryAt, this.now()),
      ).toISOString()}.`,
      new Date(this.since ?? this.openedAt),
      new Date(retryAt),
    );
  }

  succeeded(ticket: { trial: boolean }) {
    if (ticket.trial) this.trialInFlight = false;
    this.failures = 0;
    this.since = undefined;
    this.openedAt = undefined;
    this.lastError = undefined;
  }

  failed(ticket: { trial: boolean }, error: unknown) {
    if (ticket.trial) this.trialInFlight = false;
    this.failures += 1;
    this.since ??= this.now();
    this.lastError = error instanceof Error ? error.message : String(error);
    if (ticket.trial || this.failures >= this.failureThreshold) {
      this.openedAt = this.now();
    }
  }

  /** A call that ended without saying anything about the gateway. */
  released(ticket: { trial: boolean }) {
    if (ticket.trial) this.trialInFlight = false;
  }

  state(): CircuitState {
    const base = {
      failures: this.failures,
      since: this.since !== undefined ? new Date(this.since) : undefined,
      lastError: this.lastError,
    };
    if (this.openedAt === undefined) return { state: 'closed', ...base };
    const retryAt = this.openedAt + this.openMs;
    return {
      state: this.now() >= retryAt ? 'half-open' : 'open',
      ...base,
      retryAt: new Date(retryAt),
    };
  }
}
