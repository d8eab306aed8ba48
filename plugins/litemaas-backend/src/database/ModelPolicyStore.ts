import { ModelPolicy } from '@litemaas/backstage-plugin-litemaas-common';

/** Persists the portal's own fields of models. */
export interface ModelPolicyStore {
  get(modelName: string): Promise<ModelPolicy | undefined>;
  list(): Promise<Map<string, ModelPolicy>>;
  put(modelName: string, policy: ModelPolicy, actorRef: string): Promise<void>;
  delete(modelName: string): Promise<void>;
}
