import { Config } from '@backstage/config';
import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  CircuitBreaker,
  CircuitBreakerOptions,
  CircuitState,
} from './CircuitBreaker';
import {
  LiteLlmError,
  liteLlmErrorOf,
  parseLiteLlmError,
  toBackstageError,
} from './errors';
import {
  LiteLlmIssuedKey,
  LiteLlmKey,
  LiteLlmTeam,
  LiteLlmTeamBudgetFields,
  LiteLlmKeyFields,
  LiteLlmModelInfo,
  LiteLlmReadiness,
} from './types';

export interface LiteLlmClientOptions {
  baseUrl: string;
  masterKey: string;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  /** Extra attempts for idempotent reads after a network error or 5xx. */
  retries?: number;
  /** Keys per page when listing every key (1-100, default 100). */
  keyListPageSize?: number;
  circuitBreaker?: CircuitBreakerOptions;
  logger?: LoggerService;
  fetch?: typeof fetch;
  /** Each call's duration and outcome. */
  onCall?: (call: {
    method: string;
    route: string;
    outcome: 'ok' | 'error' | 'no-answer';
    seconds: number;
  }) => void;
}

interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Reads may be retried; writes never are, a retry could apply twice. */
  idempotent?: boolean;
}

/** LiteLLM gave no answer: not reachable, or not within the timeout. */
class NoAnswerError extends ServiceUnavailableError {
  constructor(message: string, readonly timedOut: boolean) {
    super(message);
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 2;

/**
 * Typed client of LiteLLM's admin API. The only place in the backend that
 * speaks HTTP to LiteLLM: timeouts, retries and error mapping live here.
 */
export class LiteLlmClient {
  readonly baseUrl: string;
  private readonly masterKey: string;
  private readonly onCall: LiteLlmClientOptions['onCall'];
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly keyListPageSize: number;
  private readonly logger?: LoggerService;
  private readonly fetchImpl: typeof fetch;
  private readonly breaker: CircuitBreaker;

  static fromConfig(
    config: Config,
    options: Pick<LiteLlmClientOptions, 'logger' | 'fetch' | 'onCall'> = {},
  ): LiteLlmClient {
    const litellm = config.getConfig('litemaas.litellm');
    return new LiteLlmClient({
      baseUrl: litellm.getString('baseUrl'),
      masterKey: litellm.getString('masterKey'),
      timeoutMs: litellm.getOptionalNumber('timeoutMs'),
      retries: litellm.getOptionalNumber('retries'),
      keyListPageSize: litellm.getOptionalNumber('keyListPageSize'),
      circuitBreaker: {
        failureThreshold: litellm.getOptionalNumber(
          'circuitBreaker.failureThreshold',
        ),
        openMs: secondsToMs(
          litellm.getOptionalNumber('circuitBreaker.openSeconds'),
        ),
      },
      ...options,
    });
  }

  constructor(options: LiteLlmClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.masterKey = options.masterKey;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = options.retries ?? DEFAULT_RETRIES;
    this.keyListPageSize = Math.min(
      100,
      Math.max(1, Math.floor(options.keyListPageSize ?? 100)),
    );
    this.logger = options.logger;
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    this.onCall = options.onCall;
    this.breaker = new CircuitBreaker(
      `LiteLLM at ${this.baseUrl}`,
      options.circuitBreaker,
    );
  }

  /** Whether calls go through, and since when LiteLLM has been failing. */
  circuit(): CircuitState {
    return this.breaker.state();
  }

  /**
   * Throws the breaker's 503 when LiteLLM is known to be down, so a write
   * can refuse before it records anything.
   */
  assertAvailable(): void {
    this.breaker.released(this.breaker.admit());
  }

  getReadiness(): Promise<LiteLlmReadiness> {
    return this.request('GET', '/health/readiness', { idempotent: true });
  }

  async getModelInfo(): Promise<LiteLlmModelInfo[]> {
    const body = await this.request<{ data: LiteLlmModelInfo[] }>(
      'GET',
      '/model/info',
      { idempotent: true },
    );
    return body.data ?? [];
  }

  generateKey(fields: LiteLlmKeyFields): Promise<LiteLlmIssuedKey> {
    return this.request('POST', '/key/generate', { body: fields });
  }

  /** Changes a key (raw value or hash); only the given fields change. */
  updateKey(tokenHash: string, fields: LiteLlmKeyFields): Promise<unknown> {
    return this.request('POST', '/key/update', {
      body: { key: tokenHash, ...fields },
    });
  }

  /** Deletes keys by hash; a key already gone is not an error. */
  async deleteKeys(tokenHashes: string[]): Promise<void> {
    try {
      await this.request('POST', '/key/delete', {
        body: { keys: tokenHashes },
      });
    } catch (error) {
      if (liteLlmErrorOf(error)?.status === 404) return;
      throw error;
    }
  }

  /** Enterprise-only in LiteLLM; callers fall back when it is missing. */
  regenerateKey(
    tokenHash: string,
    options: { gracePeriod?: string } = {},
  ): Promise<LiteLlmIssuedKey> {
    return this.request('POST', '/key/regenerate', {
      body: {
        key: tokenHash,
        ...(options.gracePeriod && { grace_period: options.gracePeriod }),
      },
    });
  }

  setKeyBlocked(tokenHash: string, blocked: boolean): Promise<unknown> {
    return this.request('POST', blocked ? '/key/block' : '/key/unblock', {
      body: { key: tokenHash },
    });
  }

  /** Every key, as full objects, page by page. */
  async *listAllKeys(): AsyncGenerator<LiteLlmKey[]> {
    for await (const page of this.keyPages()) {
      if (page.keys.length) yield page.keys;
    }
  }

  /**
   * Every key, read page by page, and whether the listing held still: with
   * offset paging, a key made or deleted meanwhile shifts the pages, so a
   * key can be missing from a listing that changed under it. A failed page
   * fails the whole listing: a partial one is never returned.
   */
  async snapshotKeys(): Promise<{ keys: LiteLlmKey[]; stable: boolean }> {
    const keys: LiteLlmKey[] = [];
    const totals = new Set<number>();
    for await (const page of this.keyPages()) {
      keys.push(...page.keys);
      if (page.totalCount !== undefined) totals.add(page.totalCount);
    }
    const [total] = [...totals];
    const distinct = new Set(keys.map(k => k.token)).size;
    return {
      keys,
      stable:
        totals.size <= 1 &&
        distinct === keys.length &&
        (total === undefined || total === keys.length),
    };
  }

  private async *keyPages(): AsyncGenerator<{
    keys: LiteLlmKey[];
    totalCount?: number;
  }> {
    for (let page = 1; ; page++) {
      const body = await this.request<{
        keys: LiteLlmKey[];
        total_pages?: number;
        total_count?: number;
      }>('GET', '/key/list', {
        idempotent: true,
        query: { page, size: this.keyListPageSize, return_full_object: true },
      });
      const keys = (body.keys ?? []).filter(
        (k): k is LiteLlmKey => typeof k === 'object' && k !== null,
      );
      yield { keys, totalCount: body.total_count };
      if (!body.total_pages || page >= body.total_pages || keys.length === 0) {
        return;
      }
    }
  }

  /** The key with this alias, if LiteLLM has one. */
  async findKeyByAlias(alias: string): Promise<LiteLlmKey | undefined> {
    const body = await this.request<{ keys: LiteLlmKey[] }>(
      'GET',
      '/key/list',
      {
        idempotent: true,
        query: { key_alias: alias, return_full_object: true, size: 10 },
      },
    );
    return (body.keys ?? []).find(
      k => typeof k === 'object' && k?.key_alias === alias,
    );
  }

  /** A key's current state (spend, blocked, limits) by hash. */
  async keyInfo(tokenHash: string): Promise<LiteLlmKey> {
    const body = await this.request<{ info: LiteLlmKey }>('GET', '/key/info', {
      idempotent: true,
      query: { key: tokenHash },
    });
    return { ...body.info, token: tokenHash };
  }

  /** A team's budget and spend; undefined when LiteLLM has no such team. */
  async teamInfo(teamId: string): Promise<LiteLlmTeam | undefined> {
    try {
      const body = await this.request<{ team_info: LiteLlmTeam }>(
        'GET',
        '/team/info',
        { idempotent: true, query: { team_id: teamId } },
      );
      return { ...body.team_info, team_id: teamId };
    } catch (error) {
      if (liteLlmErrorOf(error)?.status === 404) return undefined;
      throw error;
    }
  }

  /**
   * Changes a team's budget. Only the fields given change; LiteLLM restarts
   * the budget window when the period is sent.
   */
  async updateTeamBudget(
    teamId: string,
    fields: LiteLlmTeamBudgetFields,
  ): Promise<LiteLlmTeam> {
    const body = await this.request<{ data: LiteLlmTeam }>(
      'POST',
      '/team/update',
      { body: { team_id: teamId, ...fields } },
    );
    return { ...body.data, team_id: teamId };
  }

  /** Replaces a team's metadata. */
  async setTeamMetadata(
    teamId: string,
    metadata: Record<string, unknown>,
  ): Promise<void> {
    await this.request('POST', '/team/update', {
      body: { team_id: teamId, metadata },
    });
  }

  /** Makes a team; `metadata` as given. */
  async createTeam(
    teamId: string,
    alias: string,
    metadata?: Record<string, unknown>,
  ): Promise<LiteLlmTeam> {
    const created = await this.request<LiteLlmTeam>('POST', '/team/new', {
      body: { team_id: teamId, team_alias: alias, metadata },
    });
    return { ...created, team_id: teamId };
  }

  /** Makes sure a team exists, so team keys can name it. */
  async ensureTeam(teamId: string, alias: string): Promise<LiteLlmTeam> {
    const existing = await this.teamInfo(teamId);
    if (existing) return existing;
    return this.createTeam(teamId, alias);
  }

  /**
   * Sends one request. Throws Backstage errors (`InputError`,
   * `NotFoundError`, `ServiceUnavailableError`, ...); `liteLlmErrorOf(error)`
   * gives LiteLLM's own status, type and param.
   */
  async request<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    options: RequestOptions = {},
  ): Promise<T> {
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const ticket = this.breaker.admit();
    const started = performance.now();
    try {
      const result = await this.requestAdmitted<T>(
        method,
        url,
        path,
        options,
        ticket,
      );
      this.record(method, path, 'ok', started);
      return result;
    } catch (error) {
      const outcome = error instanceof NoAnswerError ? 'no-answer' : 'error';
      this.record(method, path, outcome, started);
      throw error;
    }
  }

  private record(
    method: string,
    path: string,
    outcome: 'ok' | 'error' | 'no-answer',
    started: number,
  ) {
    this.onCall?.({
      method,
      // The route only: its query may name a key or a user.
      route: path.split('?')[0],
      outcome,
      seconds: (performance.now() - started) / 1000,
    });
  }

  private async requestAdmitted<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: URL,
    path: string,
    options: RequestOptions,
    ticket: ReturnType<CircuitBreaker['admit']>,
  ): Promise<T> {
    const attempts = options.idempotent ? this.retries + 1 : 1;
    let lastError: Error | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const result = await this.attempt<T>(method, url, path, options.body);
        this.breaker.succeeded(ticket);
        return result;
      } catch (error) {
        lastError = error as Error;
        if (!isRetryable(error) || attempt === attempts) break;
        await sleep(100 * 2 ** (attempt - 1));
        this.logger?.debug(`Retrying LiteLLM ${method} ${path}`, {
          attempt,
          error: String(error),
        });
      }
    }
    if (isOutage(lastError)) {
      const wasClosed = this.breaker.state().state === 'closed';
      this.breaker.failed(ticket, lastError);
      if (wasClosed && this.breaker.state().state !== 'closed') {
        this.logger?.error(
          `LiteLLM at ${this.baseUrl} keeps failing; calls are refused until a trial call succeeds: ${lastError}`,
        );
      }
    } else {
      // An answer, even an error one, is LiteLLM working.
      this.breaker.succeeded(ticket);
    }
    if (lastError instanceof LiteLlmError) throw toBackstageError(lastError);
    throw lastError;
  }

  private async attempt<T>(
    method: string,
    url: URL,
    path: string,
    body: unknown,
  ): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers: {
          Authorization: `Bearer ${this.masterKey}`,
          ...(body !== undefined && { 'Content-Type': 'application/json' }),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      const reason = timedOut
        ? `did not answer within ${this.timeoutMs} ms`
        : `could not be reached (${describeCause(error)})`;
      throw new NoAnswerError(
        `LiteLLM at ${this.baseUrl} ${reason} on ${method} ${path}`,
        timedOut,
      );
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text for the error message.
    }
    if (!response.ok) {
      throw parseLiteLlmError(response.status, path, parsed);
    }
    return parsed as T;
  }
}

function isRetryable(error: unknown): boolean {
  if (error instanceof LiteLlmError) {
    return error.status >= 500 && !error.needsEnterprise;
  }
  return error instanceof NoAnswerError && !error.timedOut;
}

/** What says LiteLLM is down or hung, as opposed to answering. */
function isOutage(error: unknown): boolean {
  if (error instanceof LiteLlmError) {
    return error.status >= 500 && !error.needsEnterprise;
  }
  return error instanceof NoAnswerError;
}

function secondsToMs(seconds: number | undefined) {
  return seconds === undefined ? undefined : seconds * 1000;
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })
    .cause;
  return cause?.code ?? cause?.message ?? String(error);
}

function sleep(ms: number) {
  return new Promise(resolve => setTimeout(resolve, ms));
}
