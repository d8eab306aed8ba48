import { createContext, ReactNode, useContext } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { ModelListResponse } from '@litemaas/backstage-plugin-litemaas-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';

export interface ModelListState {
  value?: ModelListResponse;
  loading: boolean;
  error?: Error;
  retry(): void;
}

const ModelListContext = createContext<ModelListState | undefined>(undefined);

/**
 * Loads the model list once for the whole plugin page: the tab bar needs it
 * (who may review) as much as the catalog does, and actions elsewhere (a
 * request, a grant given up) refresh it for everyone.
 */
export function ModelListProvider(props: { children: ReactNode }) {
  const api = useApi(litemaasApiRef);
  const state = useAsyncRetry(() => api.listModels(), [api]);
  return (
    <ModelListContext.Provider value={state}>
      {props.children}
    </ModelListContext.Provider>
  );
}

/** The shared model list, or a list of its own when used standalone. */
export function useModelList(): ModelListState {
  const shared = useContext(ModelListContext);
  const api = useApi(litemaasApiRef);
  const hasShared = shared !== undefined;
  const own = useAsyncRetry(
    async () => (hasShared ? undefined : api.listModels()),
    [api, hasShared],
  );
  return shared ?? own;
}

/** Reloads the shared model list, when there is one. */
export function useRefreshModels(): () => void {
  const shared = useContext(ModelListContext);
  return shared?.retry ?? noop;
}

function noop() {}
