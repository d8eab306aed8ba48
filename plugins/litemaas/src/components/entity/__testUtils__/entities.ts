import { Entity } from '@backstage/catalog-model';

/** Entities as the KServe catalog module writes them, for the tests. */
export function aModelServer(
  annotations: Record<string, string> = {},
  overrides: Partial<Entity> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'prod-east-models-granite',
      title: 'granite',
      annotations: {
        'backstage.io/kubernetes-id': 'granite',
        'backstage.io/kubernetes-namespace': 'models',
        'litemaas.io/endpoint': 'https://granite.models.example.com',
        'litemaas.io/ready': 'true',
        'litemaas.io/replicas': '1-3',
        'litemaas.io/gpus': '2',
        'litemaas.io/accelerator': 'nvidia-gpu',
        'litemaas.io/model-id': 'hf://ibm-granite/granite-3.1-2b-instruct',
        'litemaas.io/model-format': 'huggingface',
        'litemaas.io/runtime': 'kserve-huggingfaceserver',
        ...annotations,
      },
    },
    spec: { type: 'model-server', lifecycle: 'production', owner: 'ml' },
    ...overrides,
  };
}

export const MODEL_NAME = { 'litemaas.io/model-name': 'granite-chat' };
