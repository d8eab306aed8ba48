/** LiteLLM's `/health/readiness` answer (fields we read). */
export interface LiteLlmReadiness {
  status: string;
  db?: string;
  litellm_version?: string;
}

/** One deployment from LiteLLM's `/model/info`. */
export interface LiteLlmModelInfo {
  model_name: string;
  litellm_params: {
    model: string;
    api_base?: string | null;
    tpm?: number | null;
    rpm?: number | null;
    [key: string]: unknown;
  };
  model_info: {
    id?: string;
    litellm_provider?: string | null;
    mode?: string | null;
    max_tokens?: number | null;
    max_input_tokens?: number | null;
    max_output_tokens?: number | null;
    input_cost_per_token?: number | null;
    output_cost_per_token?: number | null;
    tpm?: number | null;
    rpm?: number | null;
    [key: string]: unknown;
  };
}
