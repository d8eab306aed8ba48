import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  AuthContext,
  checkBlocked,
  checkExpiry,
  checkRouteAccess,
} from './auth';
import { HandlerContext, requireAuth } from './common';
import { HttpError, proxyError } from './errors';
import { EmulatorResponse } from './http';
import {
  checkModelAccess,
  mergedModelInfo,
  pricingOf,
  providerModelName,
  providerOf,
  resolveDeployment,
  responseModelName,
} from './models';
import { PROVIDER_DEFAULT_API_BASE } from './costmap';
import { pyFloat, pyRepr } from './pyformat';
import { Descriptor, rateLimitHeaders } from './ratelimit';
import { recordCall } from './spend';
import { EmulatorState, ModelRecord } from './state';
import { asString, isPlainObject } from './validation';

/*
 * Token counting rule (deterministic, documented in the README):
 *   text tokens   = ceil(characters / 4)
 *   prompt tokens = 3 + sum over messages of (4 + text tokens of the content,
 *                   +1 when the message has a `name`)
 *   embeddings    = sum of text tokens per input string (token arrays count
 *                   their length)
 * For "Say hi" this gives 9 prompt tokens, the same as OpenAI's tokenizer.
 */
export function countTextTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map(part =>
        isPlainObject(part) && typeof part.text === 'string' ? part.text : '',
      )
      .join('');
  }
  return '';
}

export function countPromptTokens(messages: unknown[]): number {
  let total = 3;
  for (const m of messages) {
    if (!isPlainObject(m)) continue;
    total += 4 + countTextTokens(contentText(m.content));
    if (typeof m.name === 'string') total += 1;
  }
  return total;
}

const REPLIES = [
  'Hello! How can I help you today?',
  'Sure, here is a short answer to your question.',
  'That is an interesting question; here are a few thoughts.',
  'Here is a concise summary of what you asked for.',
  'Thanks for the message. Let me walk you through it.',
  'Absolutely. The key points are outlined below.',
  'Good question! The short version is: it depends on your setup.',
  'I have considered your request and prepared a brief reply.',
];

function digestOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex');
}

/** A reply that depends only on the model and the prompt. */
export function fakeReply(modelName: string, messages: unknown[]): string {
  const digest = digestOf({ modelName, messages });
  const pick = parseInt(digest.slice(0, 8), 16) % REPLIES.length;
  return `${REPLIES[pick]} (emulated ${modelName} reply ${digest.slice(0, 8)})`;
}

function randomId(length: number): string {
  const alphabet =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i += 1)
    out += alphabet[bytes[i] % alphabet.length];
  return out;
}

function firstNumber(...values: unknown[]): number | null {
  for (const v of values) if (typeof v === 'number') return v;
  return null;
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

function budgetError(state: EmulatorState, message: string): HttpError {
  return proxyError(
    state.config.versionBehaviour.budgetExceededStatus,
    message,
    'budget_exceeded',
    null,
  );
}

/** The key's max budget, raised by an unexpired temp_budget_increase. */
function effectiveMaxBudget(
  state: EmulatorState,
  auth: AuthContext,
): number | null {
  const key = auth.key;
  if (!key || key.max_budget === null) return null;
  const increase = key.metadata.temp_budget_increase;
  const expiry = key.metadata.temp_budget_expiry;
  if (typeof increase === 'number' && typeof expiry === 'string') {
    const until = Date.parse(expiry);
    if (!Number.isNaN(until) && until > state.now().getTime())
      return key.max_budget + increase;
  }
  return key.max_budget;
}

/**
 * The auth checks of an LLM route, in LiteLLM's order: blocked -> model
 * access -> user / team-member budget -> expiry -> key budget -> team
 * blocked / budget -> route permissions.
 */
export function llmPreChecks(
  state: EmulatorState,
  auth: AuthContext,
  model: string | null,
  path: string,
  query: URLSearchParams,
): void {
  checkBlocked(auth);
  const { key, user, team } = auth;
  if (key && model !== null) checkModelAccess(state, key, team, model);
  if (user && user.max_budget !== null && user.max_budget < user.spend) {
    throw budgetError(
      state,
      `ExceededBudget: User=${user.user_id} over budget. Spend=${pyFloat(
        user.spend,
      )}, Budget=${pyFloat(user.max_budget)}`,
    );
  }
  if (user && team) {
    const membership = state.membership(user.user_id, team.team_id);
    const limit = membership?.budget?.max_budget ?? null;
    if (membership && limit !== null && membership.spend >= limit) {
      throw budgetError(
        state,
        `Budget has been exceeded! User=${user.user_id} in Team=${
          team.team_id
        } Current cost: ${pyFloat(membership.spend)}, Max budget: ${pyFloat(
          limit,
        )}`,
      );
    }
  }
  checkExpiry(state, auth);
  const maxBudget = effectiveMaxBudget(state, auth);
  if (key && maxBudget !== null && key.spend >= maxBudget) {
    throw budgetError(
      state,
      `Budget has been exceeded! Current cost: ${pyFloat(
        key.spend,
      )}, Max budget: ${pyFloat(maxBudget)}`,
    );
  }
  if (team && team.blocked) {
    throw proxyError(
      401,
      `Authentication Error, Team=${team.team_id} is blocked. Update via \`/team/unblock\` if your admin.`,
      'auth_error',
      'None',
    );
  }
  if (team && team.max_budget !== null && team.spend >= team.max_budget) {
    throw budgetError(
      state,
      `Budget has been exceeded! Team=${team.team_id} Current cost: ${pyFloat(
        team.spend,
      )}, Max budget: ${pyFloat(team.max_budget)}`,
    );
  }
  checkRouteAccess(auth, path, 'llm', query);
}

function descriptorsFor(auth: AuthContext, model: string): Descriptor[] {
  const out: Descriptor[] = [];
  const { key, user, team } = auth;
  if (!key) return out;
  if (
    key.rpm_limit !== null ||
    key.tpm_limit !== null ||
    key.max_parallel_requests !== null
  ) {
    out.push({
      name: 'api_key',
      value: key.token,
      rpm: key.rpm_limit,
      tpm: key.tpm_limit,
      parallel: key.max_parallel_requests,
    });
  }
  if (user && (user.rpm_limit !== null || user.tpm_limit !== null)) {
    out.push({
      name: 'user',
      value: user.user_id,
      rpm: user.rpm_limit,
      tpm: user.tpm_limit,
      parallel: null,
    });
  }
  if (
    team &&
    (team.rpm_limit !== null ||
      team.tpm_limit !== null ||
      team.max_parallel_requests !== null)
  ) {
    out.push({
      name: 'team',
      value: team.team_id,
      rpm: team.rpm_limit,
      tpm: team.tpm_limit,
      parallel: team.max_parallel_requests,
    });
  }
  const modelRpm = key.metadata.model_rpm_limit;
  const modelTpm = key.metadata.model_tpm_limit;
  const rpm =
    isPlainObject(modelRpm) && typeof modelRpm[model] === 'number'
      ? modelRpm[model]
      : null;
  const tpm =
    isPlainObject(modelTpm) && typeof modelTpm[model] === 'number'
      ? modelTpm[model]
      : null;
  if (rpm !== null || tpm !== null) {
    out.push({
      name: 'model_per_key',
      value: `${key.token}:${model}`,
      rpm: rpm as number | null,
      tpm: tpm as number | null,
      parallel: null,
      model,
    });
  }
  return out;
}

function optionalHeader(
  headers: Record<string, string>,
  name: string,
  value: unknown,
): void {
  if (value === null || value === undefined) return;
  headers[name] =
    typeof value === 'number' && !Number.isInteger(value)
      ? pyFloat(value)
      : String(value);
}

/** Headers LiteLLM adds to LLM responses, successful or not. */
function commonHeaders(
  state: EmulatorState,
  auth: AuthContext,
  callId: string,
  startedAt: bigint,
  keySpend: number | null,
): Record<string, string> {
  const elapsedMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
  const headers: Record<string, string> = {
    'x-litellm-call-id': callId,
    'x-litellm-version': state.config.litellmVersion,
    'x-litellm-response-duration-ms': elapsedMs.toFixed(3),
    'x-litellm-overhead-duration-ms': (elapsedMs / 10).toFixed(3),
    'x-litellm-attempted-retries': '0',
    'x-litellm-attempted-fallbacks': '0',
  };
  const key = auth.key;
  if (key) {
    optionalHeader(headers, 'x-litellm-key-tpm-limit', key.tpm_limit);
    optionalHeader(headers, 'x-litellm-key-rpm-limit', key.rpm_limit);
    if (key.max_budget !== null)
      headers['x-litellm-key-max-budget'] = pyFloat(key.max_budget);
    if (keySpend !== null) headers['x-litellm-key-spend'] = pyFloat(keySpend);
  }
  return headers;
}

function deploymentHeaders(
  model: ModelRecord,
  cost: number,
): Record<string, string> {
  const provider = providerOf(model);
  const apiBase =
    asString(model.litellm_params.api_base) ??
    (provider ? PROVIDER_DEFAULT_API_BASE[provider] : undefined) ??
    '';
  const headers: Record<string, string> = {
    'x-litellm-model-id': model.model_id,
    'x-litellm-model-api-base': apiBase,
    'x-litellm-model-group': model.model_name,
    'x-litellm-response-cost': pyFloat(cost),
  };
  const rpm = model.litellm_params.rpm;
  const tpm = model.litellm_params.tpm;
  if (typeof rpm === 'number') {
    headers['llm_provider-x-ratelimit-limit-requests'] = String(rpm);
    headers['llm_provider-x-ratelimit-remaining-requests'] = String(
      Math.max(rpm - 1, 0),
    );
    headers['x-ratelimit-limit-requests'] = String(rpm);
    headers['x-ratelimit-remaining-requests'] = String(Math.max(rpm - 1, 0));
  }
  if (typeof tpm === 'number') {
    headers['llm_provider-x-ratelimit-limit-tokens'] = String(tpm);
    headers['llm_provider-x-ratelimit-remaining-tokens'] = String(tpm);
    headers['x-ratelimit-limit-tokens'] = String(tpm);
    headers['x-ratelimit-remaining-tokens'] = String(tpm);
  }
  return headers;
}

interface LlmOutcome {
  response: EmulatorResponse;
  promptTokens: number;
  completionTokens: number;
}

type CallType = 'acompletion' | 'aembedding';

/**
 * Shared skeleton of an LLM call: auth checks, routing, rate limits,
 * latency, spend recording (success or failure) and headers.
 */
async function runLlmCall(
  ctx: HandlerContext,
  callType: CallType,
  route: string,
  produce: (
    deployment: ModelRecord,
    body: Record<string, unknown>,
    created: number,
  ) => LlmOutcome,
): Promise<EmulatorResponse> {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const startedAt = process.hrtime.bigint();
  const start = state.now();
  const callId = randomUUID();
  const body = isPlainObject(ctx.req.body) ? ctx.req.body : {};
  const requested = typeof body.model === 'string' ? body.model : null;
  const keySpend = auth.key ? auth.key.spend : null;
  let deployment: ModelRecord | undefined;
  let modelName = requested ?? '';
  try {
    const aliased =
      requested !== null &&
      auth.key &&
      typeof auth.key.aliases[requested] === 'string'
        ? (auth.key.aliases[requested] as string)
        : requested;
    modelName = aliased ?? '';
    llmPreChecks(state, auth, aliased, ctx.req.path, ctx.req.query);
    // The limiter is a pre-call hook: it runs before routing, so even a
    // request for an unknown model counts (and a 429 wins over the 400).
    const admission = state.limiter.admit(
      descriptorsFor(auth, modelName),
      state.now().getTime(),
    );
    try {
      deployment =
        aliased !== null ? resolveDeployment(state, aliased) : undefined;
      if (!deployment) {
        throw proxyError(
          400,
          pyRepr({
            error: `${route}: Invalid model name passed in model=${
              aliased ?? 'None'
            }. Call \`/v1/models\` to view available models for your key.`,
          }),
          'None',
          'None',
        );
      }
      if (state.config.llmLatencyMs > 0) await sleep(state.config.llmLatencyMs);
      const unhealthy = state.unhealthyReason(deployment);
      if (unhealthy !== undefined) {
        throw proxyError(
          500,
          `litellm.APIConnectionError: ${unhealthy}. Received Model Group=${modelName}\nAvailable Model Group Fallbacks=None`,
          'None',
          'None',
        );
      }
      const created = Math.floor(start.getTime() / 1000);
      const outcome = produce(deployment, body, created);
      const pricing = pricingOf(deployment);
      const cost =
        outcome.promptTokens * pricing.input +
        outcome.completionTokens * pricing.output;
      state.limiter.finish(
        admission,
        outcome.promptTokens + outcome.completionTokens,
        state.now().getTime(),
      );
      if (auth.key) {
        recordCall(state, {
          requestId: requestIdOf(outcome.response, callId),
          callType,
          key: auth.key,
          user: auth.user,
          team: auth.team,
          modelGroup: modelName,
          model: providerModelName(deployment),
          modelId: deployment.model_id,
          provider: providerOf(deployment),
          apiBase: asString(deployment.litellm_params.api_base),
          promptTokens: outcome.promptTokens,
          completionTokens: outcome.completionTokens,
          spend: cost,
          status: 'success',
          start,
          end: state.now(),
        });
      }
      outcome.response.headers = {
        ...commonHeaders(state, auth, callId, startedAt, keySpend),
        ...deploymentHeaders(deployment, cost),
        ...rateLimitHeaders(admission.statuses),
        ...outcome.response.headers,
      };
      return outcome.response;
    } finally {
      state.limiter.release(admission);
    }
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    deployment = deployment ?? state.deploymentsFor(modelName)[0];
    if (auth.key) {
      const errorBody =
        isPlainObject(e.body) && isPlainObject(e.body.error)
          ? e.body.error
          : {};
      recordCall(state, {
        requestId: callId,
        callType,
        key: auth.key,
        user: auth.user,
        team: auth.team,
        modelGroup: modelName,
        model: deployment ? providerModelName(deployment) : modelName,
        modelId: deployment?.model_id ?? null,
        provider: deployment ? providerOf(deployment) : null,
        apiBase: deployment
          ? asString(deployment.litellm_params.api_base)
          : null,
        promptTokens: 0,
        completionTokens: 0,
        spend: 0,
        status: 'failure',
        start,
        end: state.now(),
        error: {
          status: e.status,
          message: String(errorBody.message ?? ''),
          type: String(errorBody.type ?? 'None'),
        },
      });
    }
    throw e.withHeaders(
      commonHeaders(state, auth, callId, startedAt, keySpend),
    );
  }
}

function requestIdOf(response: EmulatorResponse, fallback: string): string {
  const body = response.body;
  if (isPlainObject(body) && typeof body.id === 'string') return body.id;
  if (response.sse && response.sse.length > 0) {
    try {
      const first = JSON.parse(response.sse[0]) as { id?: unknown };
      if (typeof first.id === 'string') return first.id;
    } catch {
      return fallback;
    }
  }
  return fallback;
}

/* ------------------------------------------------------ chat completions */

function toolChoiceName(body: Record<string, unknown>): string | null {
  const tools = Array.isArray(body.tools) ? body.tools : [];
  if (tools.length === 0) return null;
  const choice = body.tool_choice;
  const firstName = (() => {
    const first = tools[0];
    if (isPlainObject(first) && isPlainObject(first.function)) {
      return asString(first.function.name);
    }
    return null;
  })();
  if (choice === 'required') return firstName;
  if (isPlainObject(choice) && isPlainObject(choice.function)) {
    return asString(choice.function.name) ?? firstName;
  }
  return null;
}

export function handleChatCompletions(
  ctx: HandlerContext,
): Promise<EmulatorResponse> {
  return runLlmCall(
    ctx,
    'acompletion',
    '/chat/completions',
    (deployment, body, created) => {
      const messages = Array.isArray(body.messages) ? body.messages : [];
      const prompt = countPromptTokens(messages);
      const limit = firstNumber(body.max_completion_tokens, body.max_tokens);
      const n =
        typeof body.n === 'number' && body.n > 1 ? Math.floor(body.n) : 1;
      const toolName = toolChoiceName(body);
      let content: string | null =
        typeof body.mock_response === 'string'
          ? body.mock_response
          : fakeReply(deployment.model_name, messages);
      let finishReason = 'stop';
      let toolCalls: unknown[] | undefined;
      let perChoiceTokens: number;
      if (toolName !== null) {
        const args = '{}';
        toolCalls = [
          {
            id: `call_${digestOf(messages).slice(0, 24)}`,
            type: 'function',
            function: { name: toolName, arguments: args },
          },
        ];
        content = null;
        finishReason = 'tool_calls';
        perChoiceTokens = countTextTokens(toolName + args) + 3;
      } else {
        if (limit !== null && limit >= 0 && countTextTokens(content) > limit) {
          content = content.slice(0, limit * 4);
          finishReason = 'length';
        }
        perChoiceTokens = countTextTokens(content);
      }
      const completion = perChoiceTokens * n;
      const id = `chatcmpl-${randomId(26)}`;
      const model = responseModelName(deployment);
      const fingerprint = `fp_${digestOf(model).slice(0, 10)}`;
      const usage = {
        completion_tokens: completion,
        prompt_tokens: prompt,
        total_tokens: prompt + completion,
        completion_tokens_details: {
          accepted_prediction_tokens: 0,
          audio_tokens: 0,
          reasoning_tokens: 0,
          rejected_prediction_tokens: 0,
        },
        prompt_tokens_details: { audio_tokens: 0, cached_tokens: 0 },
      };
      const message: Record<string, unknown> = { content, role: 'assistant' };
      if (toolCalls) message.tool_calls = toolCalls;
      if (body.stream === true) {
        const includeUsage =
          isPlainObject(body.stream_options) &&
          body.stream_options.include_usage === true;
        return {
          response: {
            status: 200,
            headers: {},
            sse: streamChunks({
              id,
              created,
              model,
              fingerprint,
              content,
              toolCalls,
              finishReason,
              n,
              usage: includeUsage ? usage : null,
            }),
          },
          promptTokens: prompt,
          completionTokens: completion,
        };
      }
      const choices = Array.from({ length: n }, (_, index) => ({
        finish_reason: finishReason,
        index,
        message: { ...message },
      }));
      return {
        response: {
          status: 200,
          headers: {},
          body: {
            id,
            created,
            model,
            object: 'chat.completion',
            system_fingerprint: fingerprint,
            choices,
            usage,
            service_tier: 'default',
          },
        },
        promptTokens: prompt,
        completionTokens: completion,
      };
    },
  );
}

function streamChunks(args: {
  id: string;
  created: number;
  model: string;
  fingerprint: string;
  content: string | null;
  toolCalls: unknown[] | undefined;
  finishReason: string;
  n: number;
  usage: Record<string, unknown> | null;
}): string[] {
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      id: args.id,
      created: args.created,
      model: args.model,
      object: 'chat.completion.chunk',
      system_fingerprint: args.fingerprint,
      choices,
      ...extra,
    });
  const out: string[] = [];
  for (let index = 0; index < args.n; index += 1) {
    out.push(
      chunk([
        {
          index,
          delta: { role: 'assistant', content: '' },
          finish_reason: null,
        },
      ]),
    );
    if (args.toolCalls) {
      const calls = args.toolCalls.map((c, i) => ({
        index: i,
        ...(c as object),
      }));
      out.push(
        chunk([{ index, delta: { tool_calls: calls }, finish_reason: null }]),
      );
    } else if (args.content) {
      const pieces = args.content.match(/\S+\s*/g) ?? [args.content];
      for (const piece of pieces) {
        out.push(
          chunk([{ index, delta: { content: piece }, finish_reason: null }]),
        );
      }
    }
    out.push(chunk([{ index, delta: {}, finish_reason: args.finishReason }]));
  }
  if (args.usage) out.push(chunk([], { usage: args.usage }));
  return out;
}

/* ------------------------------------------------------------ embeddings */

/** A deterministic unit vector derived from the input text. */
export function fakeEmbedding(input: unknown, dimensions: number): number[] {
  let seed = parseInt(digestOf(input).slice(0, 8), 16) || 1;
  const values: number[] = [];
  let norm = 0;
  for (let i = 0; i < dimensions; i += 1) {
    // xorshift32
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const v = ((seed >>> 0) / 0xffffffff) * 2 - 1;
    values.push(v);
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 1;
  return values.map(v => Math.fround(v * scale));
}

function embeddingInputs(input: unknown): unknown[] {
  if (typeof input === 'string') return [input];
  if (Array.isArray(input)) {
    if (input.length > 0 && input.every(x => typeof x === 'number'))
      return [input];
    return input;
  }
  return [];
}

function inputTokens(input: unknown): number {
  if (typeof input === 'string') return countTextTokens(input);
  if (Array.isArray(input)) return input.length;
  return 0;
}

export function handleEmbeddings(
  ctx: HandlerContext,
): Promise<EmulatorResponse> {
  return runLlmCall(ctx, 'aembedding', '/embeddings', (deployment, body) => {
    const inputs = embeddingInputs(body.input);
    const info = mergedModelInfo(deployment);
    const requested =
      typeof body.dimensions === 'number' && body.dimensions > 0
        ? Math.floor(body.dimensions)
        : null;
    const dimensions =
      requested ?? firstNumber(info.output_vector_size) ?? 1536;
    const base64 = body.encoding_format === 'base64';
    const data = inputs.map((input, index) => {
      const vector = fakeEmbedding(input, dimensions);
      const embedding = base64
        ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
        : vector;
      return { object: 'embedding', index, embedding };
    });
    const prompt = inputs.reduce<number>(
      (sum, input) => sum + inputTokens(input),
      0,
    );
    return {
      response: {
        status: 200,
        headers: {},
        body: {
          object: 'list',
          data,
          model: providerModelName(deployment),
          usage: { prompt_tokens: prompt, total_tokens: prompt },
        },
      },
      promptTokens: prompt,
      completionTokens: 0,
    };
  });
}
