import { MODEL_CAPABILITIES } from '@litemaas/backstage-plugin-litemaas-common';
import { LiteLlmModelInfo } from '../gateways/litellm/types';
import { GatewayModel } from '../database/ModelStore';

const TOKENS_PER_MILLION = 1_000_000;

function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? value
    : undefined;
}

function pricePer1M(perToken: unknown): number | undefined {
  if (typeof perToken !== 'number' || !Number.isFinite(perToken)) {
    return undefined;
  }
  // Round away float noise: 1.5e-7 * 1e6 is 0.15000000000000002.
  return Math.round(perToken * TOKENS_PER_MILLION * 1e6) / 1e6;
}

/** `openai/gpt-4o-mini` -> `openai`, when LiteLLM does not name a provider. */
function providerOf(info: LiteLlmModelInfo): string {
  const declared = info.model_info.litellm_provider;
  if (declared) return declared;
  const slash = info.litellm_params.model.indexOf('/');
  return slash > 0 ? info.litellm_params.model.slice(0, slash) : 'unknown';
}

/**
 * Normalises `/model/info` into the portal's models: one per public name,
 * described by its first deployment (LiteLLM load-balances across the rest).
 */
export function toGatewayModels(infos: LiteLlmModelInfo[]): GatewayModel[] {
  const byName = new Map<string, GatewayModel>();
  for (const info of infos) {
    const known = byName.get(info.model_name);
    const id = info.model_info.id ?? info.model_name;
    if (known) {
      known.deploymentIds.push(id);
    } else {
      byName.set(info.model_name, toGatewayModel(info));
    }
  }
  return [...byName.values()];
}

/** Normalises one `/model/info` entry into the portal's model shape. */
export function toGatewayModel(info: LiteLlmModelInfo): GatewayModel {
  const modelInfo = info.model_info;
  return {
    name: info.model_name,
    deploymentIds: [modelInfo.id ?? info.model_name],
    provider: providerOf(info),
    providerModel: info.litellm_params.model,
    mode: modelInfo.mode ?? undefined,
    contextWindow:
      positiveNumber(modelInfo.max_input_tokens) ??
      positiveNumber(modelInfo.max_tokens),
    maxOutputTokens: positiveNumber(modelInfo.max_output_tokens),
    inputPricePer1M: pricePer1M(modelInfo.input_cost_per_token),
    outputPricePer1M: pricePer1M(modelInfo.output_cost_per_token),
    capabilities: MODEL_CAPABILITIES.filter(
      c => modelInfo[c.litellmFlag] === true,
    ).map(c => c.id),
    apiBase: info.litellm_params.api_base ?? undefined,
    tpm: positiveNumber(info.litellm_params.tpm ?? modelInfo.tpm),
    rpm: positiveNumber(info.litellm_params.rpm ?? modelInfo.rpm),
  };
}
