import { randomUUID } from 'node:crypto';
import { HandlerContext } from './common';
import { proxyError } from './errors';
import { EmulatorResponse, jsonResponse } from './http';
import {
  pricingOf,
  providerModelName,
  providerOf,
  resolveDeployment,
} from './models';
import { recordCall } from './spend';
import { hashToken } from './state';
import { validateBody } from './validation';

/**
 * `POST /emulator/usage` (master key; not a LiteLLM route): records calls
 * made on a past day with an existing key, exactly as if they had been
 * made then, so a benchmark or a demo can show a month of history. Spend,
 * spend logs and daily activity follow from the model's prices, as for a
 * live call.
 */
export function handlePastUsage(ctx: HandlerContext): EmulatorResponse {
  const body = validateBody(ctx.req.body, {
    key: { type: 'str', required: true },
    model: { type: 'str', required: true },
    date: { type: 'str', required: true },
    requests: { type: 'int', required: true },
    prompt_tokens: { type: 'int', required: true },
    completion_tokens: { type: 'int', required: true },
  });
  const given = body.key as string;
  const key = ctx.state.findKeyByToken(
    given.startsWith('sk-') ? hashToken(given) : given,
  );
  if (!key) throw proxyError(404, 'No such key', 'not_found', 'key');
  const date = body.date as string;
  const start = new Date(`${date}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(start.getTime())) {
    throw proxyError(400, 'date must be YYYY-MM-DD', 'bad_request', 'date');
  }
  const deployment = resolveDeployment(ctx.state, body.model as string);
  if (!deployment) {
    throw proxyError(400, 'No such model', 'bad_request', 'model');
  }
  const requests = body.requests as number;
  if (requests < 1 || requests > 10_000) {
    throw proxyError(400, 'requests must be 1 to 10000', 'bad_request', '');
  }
  const pricing = pricingOf(deployment);
  const promptTokens = body.prompt_tokens as number;
  const completionTokens = body.completion_tokens as number;
  const user = key.user_id ? ctx.state.users.get(key.user_id) ?? null : null;
  const team = key.team_id ? ctx.state.teams.get(key.team_id) ?? null : null;
  for (let i = 0; i < requests; i += 1) {
    recordCall(ctx.state, {
      requestId: randomUUID(),
      callType: 'acompletion',
      key,
      user,
      team,
      modelGroup: body.model as string,
      model: providerModelName(deployment),
      modelId: deployment.model_id,
      provider: providerOf(deployment),
      apiBase: null,
      promptTokens,
      completionTokens,
      spend: promptTokens * pricing.input + completionTokens * pricing.output,
      status: 'success',
      start,
      end: start,
    });
  }
  return jsonResponse({ recorded: requests });
}
