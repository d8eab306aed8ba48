import { LoggerService } from '@backstage/backend-plugin-api';
import { KeyStore } from '../database/KeyStore';
import { ModelStore } from '../database/ModelStore';
import { UsageDailyRow, UsageStore } from '../database/UsageStore';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';

const DAY_MS = 24 * 3600 * 1000;
const PAGE_SIZE = 1000;

interface LiteLlmMetrics {
  spend?: number;
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
  api_requests?: number;
  successful_requests?: number;
  failed_requests?: number;
}

interface ActivityPage {
  results: Array<{
    date: string;
    breakdown?: {
      models?: Record<
        string,
        { api_key_breakdown?: Record<string, { metrics?: LiteLlmMetrics }> }
      >;
    };
  }>;
  metadata?: { total_pages?: number; has_more?: boolean };
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Pulls LiteLLM's daily activity into the portal, a day at a time. A day is
 * replaced whole, so re-running it is harmless and a crash mid-way is
 * repaired by the next run; days before yesterday are final once pulled.
 */
export class UsageIngestor {
  constructor(
    private readonly deps: {
      litellm: LiteLlmClient;
      usage: UsageStore;
      keys: KeyStore;
      models: ModelStore;
      logger: LoggerService;
      now?: () => Date;
      /** How far back the first run reaches (default 30 days). */
      backfillDays?: number;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** Pulls every day of the window that is not final yet. */
  async run(): Promise<{ days: string[] }> {
    const today = this.now();
    const from = dayOf(
      new Date(today.getTime() - (this.deps.backfillDays ?? 30) * DAY_MS),
    );
    const to = dayOf(today);
    const done = await this.deps.usage.completeDays(from, to);
    const days: string[] = [];
    for (
      let t = Date.parse(`${from}T00:00:00Z`);
      t <= Date.parse(`${to}T00:00:00Z`);
      t += DAY_MS
    ) {
      const day = dayOf(new Date(t));
      if (!done.has(day)) days.push(day);
    }
    for (const day of days) await this.pullDay(day);
    return { days };
  }

  async pullDay(day: string): Promise<number> {
    const merged = new Map<string, UsageDailyRow>();
    for (let page = 1; ; page++) {
      const body = await this.deps.litellm.request<ActivityPage>(
        'GET',
        '/user/daily/activity',
        {
          idempotent: true,
          query: { start_date: day, end_date: day, page, page_size: PAGE_SIZE },
        },
      );
      for (const result of body.results ?? []) {
        if (result.date !== day) continue;
        for (const [model, entry] of Object.entries(
          result.breakdown?.models ?? {},
        )) {
          for (const [keyHash, perKey] of Object.entries(
            entry.api_key_breakdown ?? {},
          )) {
            // Pages split a day's rows; the same key and model can recur.
            const id = `${keyHash}|${model}`;
            const row = merged.get(id) ?? emptyRow(day, keyHash, model);
            addMetrics(row, perKey.metrics ?? {});
            merged.set(id, row);
          }
        }
      }
      const totalPages = body.metadata?.total_pages ?? 1;
      if (page >= totalPages || !body.metadata?.has_more) break;
    }

    const rows = [...merged.values()];
    const keys = await this.deps.keys.list({});
    const byHash = new Map<string, { id: string; subjectRef: string }>();
    for (const key of keys) {
      for (const hash of [key.tokenHash, key.retiringTokenHash]) {
        if (hash) byHash.set(hash, key);
      }
    }
    const providers = new Map(
      (await this.deps.models.list()).map(m => [m.name, m.provider]),
    );
    for (const row of rows) {
      const key = byHash.get(row.keyHash);
      row.keyId = key?.id;
      row.subjectRef = key?.subjectRef;
      row.provider = providers.get(row.model) ?? 'unknown';
    }
    // Today and yesterday still change; earlier days are final.
    const complete =
      Date.parse(`${day}T00:00:00Z`) <
      Date.parse(`${dayOf(this.now())}T00:00:00Z`) - DAY_MS;
    await this.deps.usage.replaceDay(day, rows, complete, this.now());
    return rows.length;
  }
}

function emptyRow(day: string, keyHash: string, model: string): UsageDailyRow {
  return {
    day,
    keyHash,
    model,
    provider: 'unknown',
    spend: 0,
    promptTokens: 0,
    completionTokens: 0,
    totalTokens: 0,
    requests: 0,
    successfulRequests: 0,
    failedRequests: 0,
  };
}

function addMetrics(row: UsageDailyRow, m: LiteLlmMetrics) {
  row.spend += m.spend ?? 0;
  row.promptTokens += m.prompt_tokens ?? 0;
  row.completionTokens += m.completion_tokens ?? 0;
  row.totalTokens += m.total_tokens ?? 0;
  row.requests += m.api_requests ?? 0;
  row.successfulRequests += m.successful_requests ?? 0;
  row.failedRequests += m.failed_requests ?? 0;
}
