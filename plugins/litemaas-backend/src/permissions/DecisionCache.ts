import { PolicyDecision } from '@backstage/plugin-permission-common';

/** The decisions the cache holds for one token and one set of permissions. */
export interface CachedDecisions {
  decisions: PolicyDecision[];
  expiresAt: number;
}

/**
 * The policy's recent answers, by the caller's token and the permissions
 * asked, for a few seconds: a browser or script sends the same token many
 * times a second, and asking the permission backend each time costs more
 * than the request itself. Keyed by the token, not the user's name: the
 * decision depends on the token's claims (groups), and a token cannot
 * change its claims. An entry never outlives its token.
 */
export class DecisionCache {
  private readonly entries = new Map<string, CachedDecisions>();

  constructor(
    private readonly options: {
      /** 0 turns the cache off. */
      ttlMs: number;
      maxEntries: number;
      now?: () => number;
    },
  ) {}

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  get(token: string, permissions: string): PolicyDecision[] | undefined {
    if (!this.enabled) return undefined;
    const key = `${permissions}\n${token}`;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.decisions;
  }

  /** `tokenExpiresAt` (ms) caps the entry's life. */
  set(
    token: string,
    permissions: string,
    decisions: PolicyDecision[],
    tokenExpiresAt?: number,
  ) {
    if (!this.enabled) return;
    const expiresAt = Math.min(
      this.now() + this.options.ttlMs,
      tokenExpiresAt ?? Infinity,
    );
    const key = `${permissions}\n${token}`;
    this.entries.delete(key);
    if (this.entries.size >= this.options.maxEntries) this.evict();
    this.entries.set(key, { decisions, expiresAt });
  }

  /** Forgets every decision, e.g. when the policy's inputs changed. */
  clear() {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops expired entries; if none, the oldest (Maps keep insertion order). */
  private evict() {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
    if (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }
}
