/*
 * A tiny excerpt of LiteLLM's model cost map, so models added with only
 * `litellm_params.model` still report realistic prices and capabilities in
 * /model/info. Anything configured on the deployment wins over these.
 */

export interface CostMapEntry {
  litellm_provider: string;
  mode: string;
  max_tokens?: number;
  max_input_tokens?: number;
  max_output_tokens?: number;
  input_cost_per_token?: number;
  output_cost_per_token?: number;
  cache_read_input_token_cost?: number;
  cache_creation_input_token_cost?: number;
  output_vector_size?: number;
  supports_vision?: boolean;
  supports_function_calling?: boolean;
  supports_parallel_function_calling?: boolean;
  supports_tool_choice?: boolean;
  supports_response_schema?: boolean;
  supports_system_messages?: boolean;
  supports_prompt_caching?: boolean;
  supports_reasoning?: boolean;
  supports_pdf_input?: boolean;
  /** What the provider reports as `model` in a completion response. */
  response_model?: string;
}

const openaiChat = {
  litellm_provider: 'openai',
  mode: 'chat',
  supports_function_calling: true,
  supports_parallel_function_calling: true,
  supports_tool_choice: true,
  supports_response_schema: true,
  supports_system_messages: true,
  supports_prompt_caching: true,
};

export const COST_MAP: Record<string, CostMapEntry> = {
  'gpt-4o-mini': {
    ...openaiChat,
    max_tokens: 16384,
    max_input_tokens: 128000,
    max_output_tokens: 16384,
    input_cost_per_token: 1.5e-7,
    output_cost_per_token: 6e-7,
    cache_read_input_token_cost: 7.5e-8,
    supports_vision: true,
    supports_pdf_input: true,
    response_model: 'gpt-4o-mini-2024-07-18',
  },
  'gpt-4o': {
    ...openaiChat,
    max_tokens: 16384,
    max_input_tokens: 128000,
    max_output_tokens: 16384,
    input_cost_per_token: 2.5e-6,
    output_cost_per_token: 1e-5,
    cache_read_input_token_cost: 1.25e-6,
    supports_vision: true,
    supports_pdf_input: true,
    response_model: 'gpt-4o-2024-08-06',
  },
  'gpt-4.1-mini': {
    ...openaiChat,
    max_tokens: 32768,
    max_input_tokens: 1047576,
    max_output_tokens: 32768,
    input_cost_per_token: 4e-7,
    output_cost_per_token: 1.6e-6,
    cache_read_input_token_cost: 1e-7,
    supports_vision: true,
    supports_pdf_input: true,
    response_model: 'gpt-4.1-mini-2025-04-14',
  },
  'text-embedding-3-small': {
    litellm_provider: 'openai',
    mode: 'embedding',
    max_tokens: 8191,
    max_input_tokens: 8191,
    input_cost_per_token: 2e-8,
    output_cost_per_token: 0,
    output_vector_size: 1536,
  },
  'text-embedding-3-large': {
    litellm_provider: 'openai',
    mode: 'embedding',
    max_tokens: 8191,
    max_input_tokens: 8191,
    input_cost_per_token: 1.3e-7,
    output_cost_per_token: 0,
    output_vector_size: 3072,
  },
  'claude-3-5-haiku-20241022': {
    litellm_provider: 'anthropic',
    mode: 'chat',
    max_tokens: 8192,
    max_input_tokens: 200000,
    max_output_tokens: 8192,
    input_cost_per_token: 8e-7,
    output_cost_per_token: 4e-6,
    cache_read_input_token_cost: 8e-8,
    cache_creation_input_token_cost: 1e-6,
    supports_vision: true,
    supports_function_calling: true,
    supports_tool_choice: true,
    supports_response_schema: true,
    supports_system_messages: true,
    supports_prompt_caching: true,
    supports_pdf_input: true,
  },
  'claude-3-5-sonnet-20241022': {
    litellm_provider: 'anthropic',
    mode: 'chat',
    max_tokens: 8192,
    max_input_tokens: 200000,
    max_output_tokens: 8192,
    input_cost_per_token: 3e-6,
    output_cost_per_token: 1.5e-5,
    cache_read_input_token_cost: 3e-7,
    cache_creation_input_token_cost: 3.75e-6,
    supports_vision: true,
    supports_function_calling: true,
    supports_tool_choice: true,
    supports_response_schema: true,
    supports_system_messages: true,
    supports_prompt_caching: true,
    supports_pdf_input: true,
  },
  'mistral-small-latest': {
    litellm_provider: 'mistral',
    mode: 'chat',
    max_tokens: 8191,
    max_input_tokens: 32000,
    max_output_tokens: 8191,
    input_cost_per_token: 1e-7,
    output_cost_per_token: 3e-7,
    supports_function_calling: true,
    supports_tool_choice: true,
    supports_response_schema: true,
    supports_system_messages: true,
  },
  'mistral-large-latest': {
    litellm_provider: 'mistral',
    mode: 'chat',
    max_tokens: 128000,
    max_input_tokens: 128000,
    max_output_tokens: 128000,
    input_cost_per_token: 2e-6,
    output_cost_per_token: 6e-6,
    supports_function_calling: true,
    supports_tool_choice: true,
    supports_response_schema: true,
    supports_system_messages: true,
  },
};

/** Looks a deployment's `litellm_params.model` up, with and without provider prefix. */
export function lookupCostMap(model: string | undefined | null): {
  key: string;
  entry: CostMapEntry;
} | null {
  if (!model) return null;
  if (COST_MAP[model]) return { key: model, entry: COST_MAP[model] };
  const slash = model.indexOf('/');
  if (slash >= 0) {
    const bare = model.slice(slash + 1);
    if (COST_MAP[bare]) return { key: bare, entry: COST_MAP[bare] };
  }
  return null;
}

export const PROVIDER_DEFAULT_API_BASE: Record<string, string> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
  mistral: 'https://api.mistral.ai/v1',
  azure: 'https://example.openai.azure.com',
  gemini: 'https://generativelanguage.googleapis.com',
};
