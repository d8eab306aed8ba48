import { AuthContext, isAdminOrViewer } from './auth';
import { HandlerContext, isTeamMember, requireAuth } from './common';
import { proxyError, rawError } from './errors';
import { EmulatorResponse, jsonResponse } from './http';
import { isoUtc, utcDate } from './pyformat';
import {
  DailyMetrics,
  DailyRecord,
  emptyMetrics,
  EmulatorState,
  hashToken,
  KeyRecord,
  SpendLogRecord,
  TeamRecord,
  UserRecord,
} from './state';
import { asString, validateQuery } from './validation';

/** Everything known about one LLM call, success or failure. */
export interface CallRecord {
  requestId: string;
  callType: 'acompletion' | 'aembedding';
  key: KeyRecord;
  user: UserRecord | null;
  team: TeamRecord | null;
  /** Public model name (model group) as requested. */
  modelGroup: string;
  /** Provider-side model name, e.g. "gpt-4o-mini". */
  model: string;
  modelId: string | null;
  provider: string | null;
  apiBase: string | null;
  promptTokens: number;
  completionTokens: number;
  spend: number;
  status: 'success' | 'failure';
  start: Date;
  end: Date;
  error?: { status: number; message: string; type: string };
}

/**
 * Applies a call's spend and usage immediately (real LiteLLM batches these
 * writes with a few seconds of lag): key/user/team/team-member spend, one
 * spend-log row, and the daily activity row for date x key x model x provider.
 */
export function recordCall(state: EmulatorState, call: CallRecord): void {
  const { key, user, team } = call;
  if (call.spend > 0) {
    key.spend += call.spend;
    if (user) user.spend += call.spend;
    if (team) team.spend += call.spend;
    if (user && team) {
      const membership = state.membership(user.user_id, team.team_id);
      if (membership) membership.spend += call.spend;
    }
  }
  const totalTokens = call.promptTokens + call.completionTokens;
  const metadata: Record<string, unknown> = {
    user_api_key: key.token,
    user_api_key_alias: key.key_alias,
    user_api_key_team_id: key.team_id,
    user_api_key_user_id: key.user_id,
    user_api_key_team_alias: team?.team_alias ?? null,
    status: call.status,
  };
  if (call.error) {
    metadata.error_information = {
      error_code: String(call.error.status),
      error_class: call.error.type,
      llm_provider: call.provider ?? '',
      error_message: call.error.message,
    };
  }
  const log: SpendLogRecord = {
    request_id: call.requestId,
    call_type: call.callType,
    api_key: key.token,
    spend: call.spend,
    total_tokens: totalTokens,
    prompt_tokens: call.promptTokens,
    completion_tokens: call.completionTokens,
    startTime: call.start,
    endTime: call.end,
    completionStartTime: call.end,
    model: call.model,
    model_id: call.modelId,
    model_group: call.modelGroup,
    custom_llm_provider: call.provider,
    api_base: call.apiBase,
    user: key.user_id,
    metadata,
    team_id: key.team_id,
    organization_id: key.organization_id,
    end_user: null,
    status: call.status,
    request_duration_ms: Math.max(call.end.getTime() - call.start.getTime(), 0),
    key_alias: key.key_alias,
  };
  state.spendLogs.push(log);

  const date = utcDate(call.start);
  const rowKey = JSON.stringify([
    date,
    key.user_id,
    key.team_id,
    key.token,
    call.model,
    call.modelGroup,
    call.provider,
  ]);
  let row = state.daily.get(rowKey);
  if (!row) {
    row = {
      date,
      user_id: key.user_id,
      team_id: key.team_id,
      api_key: key.token,
      model: call.model,
      model_group: call.modelGroup,
      custom_llm_provider: call.provider,
      metrics: emptyMetrics(),
    };
    state.daily.set(rowKey, row);
  }
  const m = row.metrics;
  m.spend += call.spend;
  m.prompt_tokens += call.promptTokens;
  m.completion_tokens += call.completionTokens;
  m.total_tokens += totalTokens;
  m.api_requests += 1;
  if (call.status === 'success') m.successful_requests += 1;
  else m.failed_requests += 1;
}

/* ---------------------------------------------------------- /spend/logs */

function spendLogJson(log: SpendLogRecord): Record<string, unknown> {
  return {
    request_id: log.request_id,
    call_type: log.call_type,
    api_key: log.api_key,
    spend: log.spend,
    total_tokens: log.total_tokens,
    prompt_tokens: log.prompt_tokens,
    completion_tokens: log.completion_tokens,
    startTime: isoUtc(log.startTime),
    endTime: isoUtc(log.endTime),
    completionStartTime: isoUtc(log.completionStartTime),
    model: log.model,
    model_id: log.model_id,
    model_group: log.model_group,
    custom_llm_provider: log.custom_llm_provider,
    api_base: log.api_base,
    user: log.user,
    metadata: { ...log.metadata },
    cache_hit: 'False',
    cache_key: 'Cache OFF',
    request_tags: [],
    team_id: log.team_id,
    organization_id: log.organization_id,
    end_user: log.end_user,
    requester_ip_address: '127.0.0.1',
    messages: {},
    response: {},
    session_id: null,
    status: log.status,
    request_duration_ms: log.request_duration_ms,
    mcp_namespaced_tool_name: null,
    proxy_server_request: {},
  };
}

function parseDay(text: string, field: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ms = match
    ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    : NaN;
  if (Number.isNaN(ms)) {
    throw proxyError(
      500,
      `/spend/logs Error(time data '${text}' does not match format '%Y-%m-%d' (${field}))`,
      'internal_error',
      'None',
    );
  }
  return ms;
}

const DAY_MS = 86400000;

export function handleSpendLogs(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const q = validateQuery(ctx.req.query, {
    api_key: { type: 'str' },
    user_id: { type: 'str' },
    request_id: { type: 'str' },
    start_date: { type: 'str' },
    end_date: { type: 'str' },
    summarize: { type: 'bool' },
  });
  let userId = asString(q.user_id);
  if (auth.role === 'internal_user' || auth.role === 'internal_user_viewer') {
    userId = auth.userId;
  }
  const apiKeyParam = asString(q.api_key);
  const startDate = asString(q.start_date);
  const endDate = asString(q.end_date);
  const summarize = q.summarize !== false;

  if (startDate !== null && endDate !== null) {
    const from = parseDay(startDate, 'start_date');
    const to = parseDay(endDate, 'end_date');
    const inRange = state.spendLogs.filter(l => {
      const t = l.startTime.getTime();
      if (t < from || t >= to + DAY_MS) return false;
      if (apiKeyParam !== null && l.api_key !== apiKeyParam) return false;
      if (userId !== null && l.user !== userId) return false;
      return true;
    });
    if (!summarize) {
      return jsonResponse(
        [...inRange]
          .sort((a, b) => b.startTime.getTime() - a.startTime.getTime())
          .map(spendLogJson),
      );
    }
    const days: Record<string, unknown>[] = [];
    for (let day = from; day <= to; day += DAY_MS) {
      const dayLogs = inRange.filter(
        l =>
          l.startTime.getTime() >= day && l.startTime.getTime() < day + DAY_MS,
      );
      const entry: Record<string, unknown> = {
        startTime: utcDate(new Date(day)),
        spend: 0,
        users: {} as Record<string, number>,
        models: {} as Record<string, number>,
      };
      for (const l of dayLogs) {
        entry.spend = (entry.spend as number) + l.spend;
        entry[l.api_key] =
          ((entry[l.api_key] as number | undefined) ?? 0) + l.spend;
        const users = entry.users as Record<string, number>;
        if (l.user) users[l.user] = (users[l.user] ?? 0) + l.spend;
        const models = entry.models as Record<string, number>;
        models[l.model] = (models[l.model] ?? 0) + l.spend;
      }
      days.push(entry);
    }
    return jsonResponse(days);
  }

  let logs = state.spendLogs;
  const requestId = asString(q.request_id);
  if (apiKeyParam !== null) {
    const token = apiKeyParam.startsWith('sk-')
      ? hashToken(apiKeyParam)
      : apiKeyParam;
    logs = logs.filter(l => l.api_key === token);
  } else if (requestId !== null) {
    const found = logs.find(l => l.request_id === requestId);
    return jsonResponse([found ? spendLogJson(found) : null]);
  } else if (userId !== null) {
    logs = logs.filter(l => l.user === userId);
  }
  if (userId !== null && apiKeyParam !== null)
    logs = logs.filter(l => l.user === userId);
  return jsonResponse(logs.map(spendLogJson));
}

export function handleGlobalSpend(ctx: HandlerContext): EmulatorResponse {
  requireAuth(ctx);
  return jsonResponse({ spend: ctx.state.spendSince(30), max_budget: 0.0 });
}

/* ---------------------------------------------------- daily activity */

function addMetrics(target: DailyMetrics, source: DailyMetrics): void {
  for (const field of Object.keys(target) as Array<keyof DailyMetrics>) {
    target[field] += source[field];
  }
}

interface Breakdown {
  metrics: DailyMetrics;
  metadata: Record<string, unknown>;
  api_key_breakdown?: Record<
    string,
    { metrics: DailyMetrics; metadata: Record<string, unknown> }
  >;
}

function keyMetadata(
  state: EmulatorState,
  token: string,
): Record<string, unknown> {
  const live = state.keys.get(token);
  const deleted = live
    ? undefined
    : state.deletedKeys.find(k => k.token === token);
  const key = live ?? deleted;
  return { key_alias: key?.key_alias ?? null, team_id: key?.team_id ?? null };
}

function addTo(
  state: EmulatorState,
  map: Record<string, Breakdown>,
  name: string,
  row: DailyRecord,
  withKeys: boolean,
  metadata: Record<string, unknown> = {},
): void {
  let entry = map[name];
  if (!entry) {
    entry = { metrics: emptyMetrics(), metadata };
    if (withKeys) entry.api_key_breakdown = {};
    map[name] = entry;
  }
  addMetrics(entry.metrics, row.metrics);
  if (entry.api_key_breakdown) {
    let perKey = entry.api_key_breakdown[row.api_key];
    if (!perKey) {
      perKey = {
        metrics: emptyMetrics(),
        metadata: keyMetadata(state, row.api_key),
      };
      entry.api_key_breakdown[row.api_key] = perKey;
    }
    addMetrics(perKey.metrics, row.metrics);
  }
}

/** Builds SpendAnalyticsPaginatedResponse; pagination is over the underlying rows. */
function activityResponse(
  state: EmulatorState,
  rows: DailyRecord[],
  page: number,
  pageSize: number,
  entities: boolean,
): Record<string, unknown> {
  const sorted = [...rows].sort((a, b) => b.date.localeCompare(a.date));
  const total = sorted.length;
  const pageRows = sorted.slice((page - 1) * pageSize, page * pageSize);
  const byDate = new Map<string, DailyRecord[]>();
  for (const row of pageRows) {
    const list = byDate.get(row.date) ?? [];
    list.push(row);
    byDate.set(row.date, list);
  }
  const totals = emptyMetrics();
  const results = [...byDate.entries()].map(([date, dayRows]) => {
    const metrics = emptyMetrics();
    const models: Record<string, Breakdown> = {};
    const providers: Record<string, Breakdown> = {};
    const apiKeys: Record<string, Breakdown> = {};
    const entityMap: Record<string, Breakdown> = {};
    for (const row of dayRows) {
      addMetrics(metrics, row.metrics);
      addTo(state, models, row.model, row, true);
      addTo(state, providers, row.custom_llm_provider ?? 'unknown', row, true);
      addTo(
        state,
        apiKeys,
        row.api_key,
        row,
        false,
        keyMetadata(state, row.api_key),
      );
      if (entities && row.team_id) {
        addTo(state, entityMap, row.team_id, row, true, {
          team_alias: state.teams.get(row.team_id)?.team_alias ?? null,
        });
      }
    }
    addMetrics(totals, metrics);
    return {
      date,
      metrics,
      breakdown: {
        models,
        model_groups: {},
        mcp_servers: {},
        providers,
        api_keys: apiKeys,
        endpoints: {},
        entities: entityMap,
      },
    };
  });
  const totalPages = Math.ceil(total / pageSize);
  return {
    results,
    metadata: {
      total_spend: totals.spend,
      total_prompt_tokens: totals.prompt_tokens,
      total_completion_tokens: totals.completion_tokens,
      total_tokens: totals.total_tokens,
      total_api_requests: totals.api_requests,
      total_successful_requests: totals.successful_requests,
      total_failed_requests: totals.failed_requests,
      total_cache_read_input_tokens: totals.cache_read_input_tokens,
      total_cache_creation_input_tokens: totals.cache_creation_input_tokens,
      page,
      total_pages: totalPages,
      has_more: page < totalPages,
    },
  };
}

function dateWindowFilter(
  row: DailyRecord,
  start: string,
  end: string,
): boolean {
  return row.date >= start && row.date <= end;
}

function userActivity(
  ctx: HandlerContext,
  aggregated: boolean,
): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const q = validateQuery(ctx.req.query, {
    start_date: { type: 'str' },
    end_date: { type: 'str' },
    model: { type: 'str' },
    api_key: { type: 'str' },
    user_id: { type: 'str' },
    page: { type: 'int', ge: 1 },
    page_size: { type: 'int', ge: 1, le: 1000 },
    timezone: { type: 'int' },
  });
  const start = asString(q.start_date);
  const end = asString(q.end_date);
  if (!start || !end) {
    throw rawError(400, { error: 'Please provide start_date and end_date' });
  }
  let userId = asString(q.user_id);
  if (!isAdminOrViewer(auth)) {
    if (userId !== null && userId !== auth.userId) {
      throw rawError(403, {
        error: 'Non-admin users can only view their own spend data.',
      });
    }
    userId = auth.userId;
  }
  const model = asString(q.model);
  const apiKey = asString(q.api_key);
  const rows = [...state.daily.values()].filter(
    r =>
      dateWindowFilter(r, start, end) &&
      (userId === null || r.user_id === userId) &&
      (model === null || r.model === model || r.model_group === model) &&
      (apiKey === null || r.api_key === apiKey),
  );
  // The aggregated variant is one unpaginated page.
  const page = aggregated ? 1 : (q.page as number | undefined) ?? 1;
  const pageSize = aggregated
    ? Math.max(rows.length, 1)
    : (q.page_size as number | undefined) ?? 50;
  return jsonResponse(activityResponse(state, rows, page, pageSize, false));
}

export function handleUserDailyActivity(ctx: HandlerContext): EmulatorResponse {
  return userActivity(ctx, false);
}

export function handleUserDailyActivityAggregated(
  ctx: HandlerContext,
): EmulatorResponse {
  return userActivity(ctx, true);
}

function teamsVisibleTo(
  state: EmulatorState,
  auth: AuthContext,
): string[] | 'all' {
  if (isAdminOrViewer(auth)) return 'all';
  return [...state.teams.values()]
    .filter(
      t => isTeamMember(t, auth.userId) || auth.key?.team_id === t.team_id,
    )
    .map(t => t.team_id);
}

export function handleTeamDailyActivity(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const q = validateQuery(ctx.req.query, {
    team_ids: { type: 'str' },
    exclude_team_ids: { type: 'str' },
    start_date: { type: 'str' },
    end_date: { type: 'str' },
    model: { type: 'str' },
    api_key: { type: 'str' },
    page: { type: 'int', ge: 1 },
    page_size: { type: 'int', ge: 1, le: 1000 },
  });
  const start = asString(q.start_date);
  const end = asString(q.end_date);
  if (!start || !end) {
    throw rawError(400, { error: 'Please provide start_date and end_date' });
  }
  const split = (v: unknown) =>
    typeof v === 'string' && v.length > 0
      ? v.split(',').map(s => s.trim())
      : null;
  let teamIds = split(q.team_ids);
  const excluded = split(q.exclude_team_ids) ?? [];
  const visible = teamsVisibleTo(state, auth);
  if (visible !== 'all') {
    if (teamIds && teamIds.some(t => !visible.includes(t))) {
      throw rawError(403, {
        error: 'User is not a member of all the requested teams.',
      });
    }
    teamIds = teamIds ?? visible;
  }
  const model = asString(q.model);
  const apiKey = asString(q.api_key);
  const rows = [...state.daily.values()].filter(
    r =>
      r.team_id !== null &&
      dateWindowFilter(r, start, end) &&
      (teamIds === null || teamIds.includes(r.team_id)) &&
      !excluded.includes(r.team_id) &&
      (model === null || r.model === model || r.model_group === model) &&
      (apiKey === null || r.api_key === apiKey),
  );
  return jsonResponse(
    activityResponse(
      state,
      rows,
      (q.page as number | undefined) ?? 1,
      (q.page_size as number | undefined) ?? 10,
      true,
    ),
  );
}
