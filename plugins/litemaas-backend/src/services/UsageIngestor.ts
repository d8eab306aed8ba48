import { LoggerService } from '@backstage/backend-plugin-api';
import { KeyStore } from '../database/KeyStore';
import { ModelStore, StoredModel } from '../database/ModelStore';
import { UsageDailyRow, UsageStore } from '../database/UsageStore';
import { UsageHoldStore, covers } from '../database/UsageHoldStore';
import { UsageDayTotals } from '@litemaas/backstage-plugin-litemaas-common';
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

type ModelBreakdown = Record<
  string,
  { api_key_breakdown?: Record<string, { metrics?: LiteLlmMetrics }> }
>;

interface ActivityPage {
  results: Array<{
    date: string;
    breakdown?: {
      /** By deployment model (`litellm_params.model` without provider). */
      models?: ModelBreakdown;
      /** By public model name; newer LiteLLM versions only. */
      model_groups?: ModelBreakdown;
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
 *
 * A day is never replaced with less: when LiteLLM answers less than the
 * portal has for any key (it lost data), the portal keeps, key by key, the
 * figures that lost nothing, takes in keys that are new, and holds the day
 * until an admin accepts LiteLLM's answer or keeps the portal's.
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
      /** Usage older than this many days is deleted; kept forever if unset. */
      retentionDays?: number;
      holds: UsageHoldStore;
      /** Told once when a day is first held back (admins are notified). */
      onHeldBack?: (
        day: string,
        portal: UsageDayTotals,
        litellm: UsageDayTotals,
      ) => Promise<void>;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** Pulls every day of the window that is not final yet. */
  async run(): Promise<{ days: string[]; heldBack: string[] }> {
    const today = this.now();
    const daysAgo = (n: number) =>
      dayOf(new Date(today.getTime() - n * DAY_MS));
    const keep = this.deps.retentionDays;
    // Today counts as one of the days kept.
    const cutoff = keep && keep > 0 ? daysAgo(keep - 1) : undefined;
    const backfillFrom = daysAgo(this.deps.backfillDays ?? 30);
    // Nothing is pulled that would be deleted again straight away.
    const from = cutoff && cutoff > backfillFrom ? cutoff : backfillFrom;
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
    // A day an admin accepted LiteLLM's answer for is pulled again, even
    // when final.
    for (const day of await this.deps.holds.acceptedDays()) {
      if (!days.includes(day) && (!cutoff || day >= cutoff)) days.push(day);
    }
    const heldBack: string[] = [];
    for (const day of days) {
      if ((await this.pullDay(day)).heldBack) heldBack.push(day);
    }
    if (cutoff) {
      await this.deps.usage.prune(cutoff);
      await this.deps.holds.prune(cutoff);
    }
    return { days, heldBack };
  }

  async pullDay(day: string): Promise<{ rows: number; heldBack: boolean }> {
    const models = await this.deps.models.list();
    const publicName = publicModelNames(models);
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
        // Newer LiteLLM breaks down by public name too; older ones only by
        // deployment model, which the portal maps back to a public name.
        const groups = result.breakdown?.model_groups ?? {};
        const byGroup = Object.values(groups).some(g => g.api_key_breakdown);
        const breakdown = byGroup ? groups : result.breakdown?.models ?? {};
        for (const [name, entry] of Object.entries(breakdown)) {
          const model = byGroup ? name : publicName(name);
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
    const byId = new Map(keys.map(k => [k.id, k]));
    // Every hash a key has had: usage under a value rotated away long ago
    // (today's and yesterday's are pulled again) stays the key's.
    const byHash = new Map<string, { id: string; subjectRef: string }>();
    const history = await this.deps.keys.keyIdsByHash([
      ...new Set(rows.map(r => r.keyHash)),
    ]);
    for (const [hash, keyId] of history) {
      const key = byId.get(keyId);
      if (key) byHash.set(hash, key);
    }
    for (const key of keys) {
      for (const hash of [key.tokenHash, key.retiringTokenHash]) {
        if (hash) byHash.set(hash, key);
      }
    }
    const providers = new Map(models.map(m => [m.name, m.provider]));
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

    const now = this.now();
    const outcome = await this.deps.usage.rewriteDay<PullOutcome>(
      day,
      complete,
      now,
      async (stored, tx) => {
        const holds = this.deps.holds.within(tx);
        const hold = await holds.get(day);
        const portal = totalsOf(stored);
        const litellm = totalsOf(rows);
        const write = (kept: UsageDailyRow[], heldBack = false) => ({
          rows: kept,
          result: {
            rows: kept.length,
            heldBack,
            firstSeen: heldBack && !hold,
            portal,
            litellm,
          },
        });
        if (hold?.acceptedAt && covers(litellm, hold.litellm)) {
          await holds.delete(day);
          this.deps.logger.warn(
            `Usage of ${day} replaced with LiteLLM's answer (${litellm.requests} requests; the portal had ${portal.requests}), as ${hold.acceptedBy} accepted`,
          );
          return write(rows);
        }
        if (!hold && !losesUsage(stored, rows)) return write(rows);
        // Held: never less than the portal had, key by key, until an admin
        // decides (LiteLLM catching up proves nothing: after a restart its
        // counters start again from zero).
        const kept = mergeLarger(stored, rows);
        if (hold?.dismissedAt) return write(kept);
        await holds.record(day, portal, litellm, now);
        return write(kept, true);
      },
    );
    if (outcome.firstSeen) {
      const { portal, litellm } = outcome;
      this.deps.logger.error(
        `LiteLLM's usage for ${day} lacks usage the portal has (LiteLLM: ${litellm.requests} requests, $${litellm.spend}; the portal: ${portal.requests}, $${portal.spend}): kept the portal's figures, held for an admin (Usage page)`,
      );
      await this.deps.onHeldBack?.(day, portal, litellm);
    }
    return { rows: outcome.rows, heldBack: outcome.heldBack };
  }
}

interface PullOutcome {
  rows: number;
  heldBack: boolean;
  /** A day held for the first time: admins are told. */
  firstSeen: boolean;
  portal: UsageDayTotals;
  litellm: UsageDayTotals;
}

function totalsOf(rows: UsageDailyRow[]): UsageDayTotals {
  return {
    requests: rows.reduce((a, r) => a + r.requests, 0),
    totalTokens: rows.reduce((a, r) => a + r.totalTokens, 0),
    spend: rows.reduce((a, r) => a + r.spend, 0),
  };
}

/** Each key's figures over the day, whatever model names its rows carry. */
function byKey(rows: UsageDailyRow[]) {
  const keys = new Map<string, UsageDayTotals>();
  for (const row of rows) {
    const sum = keys.get(row.keyHash) ?? {
      requests: 0,
      totalTokens: 0,
      spend: 0,
    };
    sum.requests += row.requests;
    sum.totalTokens += row.totalTokens;
    sum.spend += row.spend;
    keys.set(row.keyHash, sum);
  }
  return keys;
}

const NOTHING: UsageDayTotals = { requests: 0, totalTokens: 0, spend: 0 };

/**
 * Whether an answer has less than the portal kept for any key of the day
 * (fewer requests, tokens or spend, or the key gone). Compared key by key:
 * a day total that grew with new traffic can still hide usage LiteLLM lost;
 * a key's rows may move between model names (a catalog change) without
 * anything being lost.
 */
function losesUsage(kept: UsageDailyRow[], answered: UsageDailyRow[]) {
  const answers = byKey(answered);
  return [...byKey(kept)].some(
    ([hash, had]) => !covers(answers.get(hash) ?? NOTHING, had),
  );
}

/**
 * Key by key, the rows that lost nothing: LiteLLM's when they have at least
 * what the portal kept, else the portal's. Keys only LiteLLM has come in.
 */
function mergeLarger(
  kept: UsageDailyRow[],
  answered: UsageDailyRow[],
): UsageDailyRow[] {
  const had = byKey(kept);
  const answers = byKey(answered);
  const fromLiteLlm = (hash: string) =>
    covers(answers.get(hash) ?? NOTHING, had.get(hash) ?? NOTHING);
  return [
    ...answered.filter(row => fromLiteLlm(row.keyHash)),
    ...kept.filter(row => !fromLiteLlm(row.keyHash)),
  ];
}

/**
 * Maps LiteLLM's deployment model names (`ibm-granite/granite-3.1-8b`, as
 * `litellm_params.model` without its provider) to the public names clients
 * use. A name that is already public, or unknown, stays as it is.
 */
function publicModelNames(models: StoredModel[]) {
  const byDeployment = new Map<string, string>();
  for (const m of [...models].sort((a, b) => a.name.localeCompare(b.name))) {
    const slash = m.providerModel.indexOf('/');
    for (const deployment of [
      m.providerModel,
      slash > 0 ? m.providerModel.slice(slash + 1) : m.providerModel,
    ]) {
      // Two public names on one deployment: the first, alphabetically.
      if (!byDeployment.has(deployment)) byDeployment.set(deployment, m.name);
    }
  }
  const names = new Set(models.map(m => m.name));
  return (model: string) =>
    names.has(model) ? model : byDeployment.get(model) ?? model;
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
