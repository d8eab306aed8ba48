import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { startEmulator } from '@litemaas/litellm-emulator';
import request from 'supertest';
import { litemaasPlugin } from './plugin';

const MASTER_KEY = 'sk-test-master-key';

const seed = {
  models: [
    {
      model_name: 'gpt-4o-mini',
      litellm_params: {
        model: 'openai/gpt-4o-mini',
        api_key: 'sk-provider-secret',
        input_cost_per_token: 1.5e-7,
        output_cost_per_token: 6e-7,
      },
      model_info: {
        id: 'model-gpt-4o-mini',
        max_input_tokens: 128000,
        max_output_tokens: 16384,
        supports_vision: true,
      },
    },
    {
      model_name: 'granite-3-8b',
      litellm_params: {
        model: 'hosted_vllm/ibm-granite/granite-3.1-2b-instruct',
        api_base: 'http://granite.models.svc:8080/v1',
        input_cost_per_token: 0,
        output_cost_per_token: 0,
      },
      model_info: { id: 'model-granite', max_input_tokens: 131072 },
    },
  ],
};

describe('litemaas backend over HTTP, against the LiteLLM emulator', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;

  beforeEach(async () => {
    emulator = await startEmulator({ masterKey: MASTER_KEY, seed, port: 0 });
  });
  afterEach(async () => {
    await emulator.close();
  });

  function startBackend(extra: any[] = [], baseUrl = emulator.url) {
    return startTestBackend({
      features: [
        litemaasPlugin,
        mockServices.rootConfig.factory({
          data: {
            litemaas: {
              litellm: { baseUrl, masterKey: MASTER_KEY, retries: 0 },
            },
          },
        }),
        ...extra,
      ],
    });
  }

  it('lists the models LiteLLM serves, with prices per 1M tokens', async () => {
    const { server } = await startBackend();
    const res = await request(server).get('/api/litemaas/models');
    expect(res.status).toBe(200);
    expect(res.body.stale).toBeUndefined();
    expect(res.body.items).toEqual([
      expect.objectContaining({
        name: 'gpt-4o-mini',
        deploymentIds: ['model-gpt-4o-mini'],
        provider: 'openai',
        contextWindow: 128000,
        maxOutputTokens: 16384,
        inputPricePer1M: 0.15,
        outputPricePer1M: 0.6,
        // LiteLLM merges its cost map: gpt-4o-mini has more than vision.
        capabilities: expect.arrayContaining(['vision']),
        available: true,
        accessPolicy: 'restricted',
        myAccess: [],
        canReview: true,
      }),
      expect.objectContaining({
        name: 'granite-3-8b',
        provider: 'hosted_vllm',
        inputPricePer1M: 0,
        available: true,
      }),
    ]);
    // Provider credentials never leave LiteLLM.
    expect(JSON.stringify(res.body)).not.toContain('sk-provider-secret');
  });

  it('reports LiteLLM reachable with its version', async () => {
    const { server } = await startBackend();
    const res = await request(server).get('/api/litemaas/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      litellm: expect.objectContaining({
        reachable: true,
        url: emulator.url,
        version: expect.stringMatching(/^\d+\.\d+/),
      }),
    });
  });

  it('reports degraded, not an error, when LiteLLM is down', async () => {
    const { server } = await startBackend([], 'http://127.0.0.1:1');
    const res = await request(server).get('/api/litemaas/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('degraded');
    expect(res.body.litellm.reachable).toBe(false);
    expect(res.body.litellm.error).toContain('could not be reached');
  });

  it('answers 503 with a message when LiteLLM is down and nothing is cached', async () => {
    const { server } = await startBackend([], 'http://127.0.0.1:1');
    const res = await request(server).get('/api/litemaas/models');
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('ServiceUnavailableError');
    expect(res.body.error.message).toContain('could not be reached');
  });

  it('refuses requests without a Backstage token', async () => {
    const { server } = await startBackend();
    for (const path of ['/api/litemaas/models', '/api/litemaas/health']) {
      const res = await request(server)
        .get(path)
        .set('Authorization', mockCredentials.none.header());
      expect(res.status).toBe(401);
    }
  });

  it('refuses users the permission policy denies', async () => {
    const { server } = await startBackend([
      mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
    ]);
    const res = await request(server).get('/api/litemaas/models');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Not allowed: litemaas.model.read');
  });
});
