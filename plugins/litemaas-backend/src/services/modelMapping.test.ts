import { toGatewayModel, toGatewayModels } from './modelMapping';

describe('toGatewayModel', () => {
  it('normalises LiteLLM model info', () => {
    expect(
      toGatewayModel({
        model_name: 'gpt-4o-mini',
        litellm_params: { model: 'openai/gpt-4o-mini', rpm: 500 },
        model_info: {
          id: 'm-1',
          litellm_provider: 'openai',
          mode: 'chat',
          max_input_tokens: 128000,
          max_output_tokens: 16384,
          input_cost_per_token: 1.5e-7,
          output_cost_per_token: 6e-7,
          supports_vision: true,
          supports_function_calling: true,
          supports_reasoning: false,
        },
      }),
    ).toEqual({
      name: 'gpt-4o-mini',
      deploymentIds: ['m-1'],
      provider: 'openai',
      providerModel: 'openai/gpt-4o-mini',
      mode: 'chat',
      contextWindow: 128000,
      maxOutputTokens: 16384,
      inputPricePer1M: 0.15,
      outputPricePer1M: 0.6,
      capabilities: ['vision', 'function_calling'],
      apiBase: undefined,
      tpm: undefined,
      rpm: 500,
    });
  });

  it('copes with unknown models: no costs, no provider, null fields', () => {
    const model = toGatewayModel({
      model_name: 'custom',
      litellm_params: { model: 'hosted_vllm/granite' },
      model_info: {
        id: 'm-2',
        litellm_provider: null,
        max_tokens: 8192,
        max_input_tokens: null,
        input_cost_per_token: 0,
        output_cost_per_token: null,
      },
    });
    expect(model).toMatchObject({
      provider: 'hosted_vllm',
      contextWindow: 8192,
      inputPricePer1M: 0,
      outputPricePer1M: undefined,
      capabilities: [],
    });
  });
});

describe('toGatewayModels', () => {
  it('merges deployments that share a public name', () => {
    const deployment = (id: string, name: string) => ({
      model_name: name,
      litellm_params: { model: `openai/${name}` },
      model_info: { id },
    });
    const models = toGatewayModels([
      deployment('d1', 'gpt'),
      deployment('d2', 'claude'),
      deployment('d3', 'gpt'),
    ]);
    expect(models.map(m => [m.name, m.deploymentIds])).toEqual([
      ['gpt', ['d1', 'd3']],
      ['claude', ['d2']],
    ]);
  });
});
