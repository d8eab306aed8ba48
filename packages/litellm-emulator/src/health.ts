import { HandlerContext, requireAuth } from './common';
import { EmulatorResponse, jsonResponse } from './http';
import { publicLitellmParams } from './models';
import { asString, validateQuery } from './validation';

export function handleLiveliness(): EmulatorResponse {
  return jsonResponse("I'm alive!");
}

export function handleReadiness(ctx: HandlerContext): EmulatorResponse {
  return jsonResponse({
    status: 'healthy',
    db: 'connected',
    cache: null,
    litellm_version: ctx.state.config.litellmVersion,
    success_callbacks: [],
    use_aiohttp_transport: true,
    log_level: 'WARNING',
    is_detailed_debug: false,
  });
}

/**
 * GET /health. Real LiteLLM calls every provider; here a deployment is
 * healthy unless state.setModelHealth() marked it otherwise.
 */
export function handleHealth(ctx: HandlerContext): EmulatorResponse {
  requireAuth(ctx);
  const state = ctx.state;
  const q = validateQuery(ctx.req.query, {
    model: { type: 'str' },
    model_id: { type: 'str' },
  });
  const model = asString(q.model);
  const modelId = asString(q.model_id);
  const selected = state.models.filter(
    m =>
      (model === null || m.model_name === model) &&
      (modelId === null || m.model_id === modelId),
  );
  const healthy: Record<string, unknown>[] = [];
  const unhealthy: Record<string, unknown>[] = [];
  for (const m of selected) {
    const entry = publicLitellmParams(m);
    const reason = state.unhealthyReason(m);
    if (reason === undefined) healthy.push(entry);
    else unhealthy.push({ ...entry, error: reason });
  }
  return jsonResponse({
    healthy_endpoints: healthy,
    unhealthy_endpoints: unhealthy,
    healthy_count: healthy.length,
    unhealthy_count: unhealthy.length,
  });
}
