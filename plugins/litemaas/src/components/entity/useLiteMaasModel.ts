import { useApi } from '@backstage/frontend-plugin-api';
import { ModelDetailResponse } from '@litemaas/backstage-plugin-litemaas-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { errorStatus } from '../common';

export interface LiteMaasModelState {
  /** `null` when LiteMaaS does not know the model (or hides it from the caller). */
  value?: ModelDetailResponse | null;
  loading: boolean;
  error?: Error;
  retry(): void;
}

/**
 * The LiteMaaS model an entity names. A 404 is an answer, not a failure: the
 * server is simply not registered in LiteLLM (or hidden from the caller).
 */
export function useLiteMaasModel(name: string): LiteMaasModelState {
  const api = useApi(litemaasApiRef);
  return useAsyncRetry(async () => {
    try {
      return await api.getModel(name);
    } catch (e) {
      if (errorStatus(e) === 404) return null;
      throw e;
    }
  }, [api, name]);
}
