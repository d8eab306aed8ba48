import { Entity } from '@backstage/catalog-model';
import { modelServerInfo } from './annotations';
import { isLiteMaasModelEntity, isModelServerOrAiModel } from './filters';
import { registerPath } from './shared';
import { aModelServer, MODEL_NAME } from './__testUtils__/entities';

function entity(kind: string, type?: string, annotations = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x', annotations },
    spec: type === undefined ? {} : { type },
  };
}

describe('entity filters', () => {
  it('selects model servers and AI models only', () => {
    expect(isModelServerOrAiModel(entity('Component', 'model-server'))).toBe(
      true,
    );
    // Red Hat Developer Hub's kind for a model server.
    expect(
      isModelServerOrAiModel(entity('AiModelServerAPI', 'ai-model-server')),
    ).toBe(true);
    expect(
      isModelServerOrAiModel(entity('aimodelserverapi', 'ai-model-server')),
    ).toBe(true);
    expect(isModelServerOrAiModel(entity('AiModelServerAPI', 'openai'))).toBe(
      false,
    );
    expect(isModelServerOrAiModel(entity('API', 'ai-model-server'))).toBe(
      false,
    );
    expect(isModelServerOrAiModel(entity('Resource', 'ai-model'))).toBe(true);
    // Kinds are case-insensitive in the catalog.
    expect(isModelServerOrAiModel(entity('component', 'model-server'))).toBe(
      true,
    );

    expect(isModelServerOrAiModel(entity('API', 'openai'))).toBe(false);
    expect(isModelServerOrAiModel(entity('API', 'openapi'))).toBe(false);
    expect(isModelServerOrAiModel(entity('Component', 'service'))).toBe(false);
    expect(isModelServerOrAiModel(entity('Component', 'ai-model'))).toBe(false);
    expect(isModelServerOrAiModel(entity('Resource', 'model-server'))).toBe(
      false,
    );
    expect(isModelServerOrAiModel(entity('Resource'))).toBe(false);
    expect(isModelServerOrAiModel(entity('Group'))).toBe(false);
  });

  it('shows the access tab only where a LiteLLM model is named', () => {
    expect(
      isLiteMaasModelEntity(entity('Component', 'model-server', MODEL_NAME)),
    ).toBe(true);
    expect(
      isLiteMaasModelEntity(entity('Resource', 'ai-model', MODEL_NAME)),
    ).toBe(true);
    expect(
      isLiteMaasModelEntity(
        entity('AiModelServerAPI', 'ai-model-server', MODEL_NAME),
      ),
    ).toBe(true);
    expect(isLiteMaasModelEntity(entity('Component', 'model-server'))).toBe(
      false,
    );
    expect(
      isLiteMaasModelEntity(
        entity('Component', 'model-server', { 'litemaas.io/model-name': ' ' }),
      ),
    ).toBe(false);
    expect(isLiteMaasModelEntity(entity('API', 'openai', MODEL_NAME))).toBe(
      false,
    );
  });
});

describe('modelServerInfo', () => {
  it('reads what the KServe module writes', () => {
    expect(
      modelServerInfo(
        aModelServer({
          ...MODEL_NAME,
          'litemaas.io/ready': 'false',
          'litemaas.io/ready-reason': 'RevisionMissing',
          'litemaas.io/endpoint-predicted': 'true',
        }),
      ),
    ).toEqual({
      modelName: 'granite-chat',
      endpoint: 'https://granite.models.example.com',
      endpointPredicted: true,
      readiness: 'not-ready',
      readyReason: 'RevisionMissing',
      modelState: undefined,
      replicas: '1-3',
      gpus: 2,
      accelerator: 'nvidia-gpu',
      modelId: 'hf://ibm-granite/granite-3.1-2b-instruct',
      modelFormat: 'huggingface',
      runtime: 'kserve-huggingfaceserver',
    });
    expect(
      modelServerInfo(
        aModelServer({
          'litemaas.io/transformer': 'kserve/t:1 (collocated)',
          'litemaas.io/explainer': ' art SquareAttack ',
        }),
      ),
    ).toMatchObject({
      transformer: 'kserve/t:1 (collocated)',
      explainer: 'art SquareAttack',
    });
  });

  it('treats missing and odd values as unknown', () => {
    const info = modelServerInfo(
      entity('Resource', 'ai-model', {
        'litemaas.io/ready': 'maybe',
        'litemaas.io/gpus': 'lots',
      }),
    );
    expect(info.readiness).toBe('unknown');
    expect(info.gpus).toBeUndefined();
    expect(info.endpoint).toBeUndefined();
    expect(info.modelName).toBeUndefined();
  });
});

describe('registerPath', () => {
  it('prefills the admin page from the entity', () => {
    const path = registerPath('/litemaas/admin', {
      name: 'granite-chat',
      endpoint: 'https://granite.models.example.com',
    });
    const [pathname, query] = path.split('?');
    expect(pathname).toBe('/litemaas/admin');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      register: '1',
      name: 'granite-chat',
      apiBase: 'https://granite.models.example.com',
      providerModel: 'hosted_vllm/granite-chat',
    });
  });

  it('leaves out an endpoint the entity does not have', () => {
    expect(registerPath('/litemaas/admin', { name: 'x' })).toBe(
      '/litemaas/admin?register=1&name=x&providerModel=hosted_vllm%2Fx',
    );
  });
});
