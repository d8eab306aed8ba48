import { proxyError } from './errors';
import { utcSeconds } from './pyformat';

/*
 * LiteLLM's v3 parallel-request limiter: fixed 60 s windows per descriptor.
 * RPM is counted when a request starts; TPM is the total tokens of requests
 * completed in the window and is compared before the call, so the call that
 * crosses the limit succeeds and the next one is refused.
 */

export const WINDOW_MS = 60_000;

export interface Descriptor {
  /** "api_key", "user", "team" or "model_per_key". */
  name: string;
  value: string;
  rpm: number | null;
  tpm: number | null;
  parallel: number | null;
  /** For model_per_key: the model name used in header names. */
  model?: string;
}

interface Window {
  start: number;
  requests: number;
  tokens: number;
}

export interface DescriptorStatus {
  descriptor: Descriptor;
  remainingRequests: number | null;
  remainingTokens: number | null;
}

export interface Admission {
  statuses: DescriptorStatus[];
  /** Descriptors holding an in-flight slot, released by `finish`. */
  inflightKeys: string[];
  windowKeys: string[];
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly inflight = new Map<string, number>();

  private windowFor(key: string, nowMs: number): Window {
    const existing = this.windows.get(key);
    if (existing && nowMs - existing.start < WINDOW_MS) return existing;
    const fresh = { start: nowMs, requests: 0, tokens: 0 };
    this.windows.set(key, fresh);
    return fresh;
  }

  /** Checks every descriptor, then counts the request; throws the 429 on refusal. */
  admit(descriptors: Descriptor[], nowMs: number): Admission {
    for (const d of descriptors) {
      const key = `${d.name}:${d.value}`;
      const win = this.windowFor(key, nowMs);
      const resetAt = utcSeconds(new Date(win.start + WINDOW_MS));
      if (d.parallel !== null && (this.inflight.get(key) ?? 0) >= d.parallel) {
        throw limitError(d, 'max_parallel_requests', d.parallel, resetAt);
      }
      if (d.rpm !== null && win.requests >= d.rpm) {
        throw limitError(d, 'requests', d.rpm, resetAt);
      }
      if (d.tpm !== null && win.tokens >= d.tpm) {
        throw limitError(d, 'tokens', d.tpm, resetAt);
      }
    }
    const admission: Admission = {
      statuses: [],
      inflightKeys: [],
      windowKeys: [],
    };
    for (const d of descriptors) {
      const key = `${d.name}:${d.value}`;
      const win = this.windowFor(key, nowMs);
      win.requests += 1;
      admission.windowKeys.push(key);
      if (d.parallel !== null) {
        this.inflight.set(key, (this.inflight.get(key) ?? 0) + 1);
        admission.inflightKeys.push(key);
      }
      admission.statuses.push({
        descriptor: d,
        remainingRequests:
          d.rpm !== null ? Math.max(d.rpm - win.requests, 0) : null,
        remainingTokens:
          d.tpm !== null ? Math.max(d.tpm - win.tokens, 0) : null,
      });
    }
    return admission;
  }

  /** Adds the call's tokens to the TPM windows and frees in-flight slots. */
  finish(admission: Admission, tokens: number, nowMs: number): void {
    for (const key of admission.windowKeys) {
      const win = this.windowFor(key, nowMs);
      win.tokens += tokens;
    }
    this.release(admission);
  }

  release(admission: Admission): void {
    for (const key of admission.inflightKeys) {
      this.inflight.set(key, Math.max((this.inflight.get(key) ?? 1) - 1, 0));
    }
    admission.inflightKeys = [];
  }

  clear(): void {
    this.windows.clear();
    this.inflight.clear();
  }
}

function limitError(
  d: Descriptor,
  limitType: string,
  limit: number,
  resetAt: string,
) {
  return proxyError(
    429,
    `Rate limit exceeded for ${d.name}: ${d.value}. Limit type: ${limitType}. Current limit: ${limit}, Remaining: 0. Limit resets at: ${resetAt}`,
    'None',
    'None',
    { 'retry-after': '60', rate_limit_type: limitType, reset_at: resetAt },
  );
}

/** Success headers: x-ratelimit-{descriptor}-{remaining|limit}-{requests|tokens}. */
export function rateLimitHeaders(
  statuses: DescriptorStatus[],
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const s of statuses) {
    const d = s.descriptor;
    if (d.name === 'model_per_key' && d.model) {
      const model = d.model.replace(/\//g, '-');
      if (s.remainingRequests !== null) {
        headers[`x-litellm-key-remaining-requests-${model}`] = String(
          s.remainingRequests,
        );
      }
      if (s.remainingTokens !== null) {
        headers[`x-litellm-key-remaining-tokens-${model}`] = String(
          s.remainingTokens,
        );
      }
      continue;
    }
    if (d.rpm !== null && s.remainingRequests !== null) {
      headers[`x-ratelimit-${d.name}-remaining-requests`] = String(
        s.remainingRequests,
      );
      headers[`x-ratelimit-${d.name}-limit-requests`] = String(d.rpm);
    }
    if (d.tpm !== null && s.remainingTokens !== null) {
      headers[`x-ratelimit-${d.name}-remaining-tokens`] = String(
        s.remainingTokens,
      );
      headers[`x-ratelimit-${d.name}-limit-tokens`] = String(d.tpm);
    }
  }
  return headers;
}
