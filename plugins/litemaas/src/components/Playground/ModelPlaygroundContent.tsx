import { useLitemaasText } from '../../translationText';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { litemaasApiRef } from '../../api';
import { liteMaasModelName } from '../entity/annotations';
import { hasGrantedAccess } from './ModelPlayground';
import { PlaygroundPanel } from './PlaygroundPanel';

/** The "Playground" tab of a model's catalog entity. */
export function ModelPlaygroundContent() {
  const { entity } = useEntity();
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const name = liteMaasModelName(entity);
  const state = useAsync(async () => {
    if (!name) return undefined;
    const [detail, settings] = await Promise.all([
      api.getModel(name),
      api.getPlaygroundSettings(),
    ]);
    return { model: detail.model, settings };
  }, [api, name]);

  if (state.loading) return <Progress />;
  if (state.error) return <ResponseErrorPanel error={state.error} />;
  if (!state.value) return null;
  const { model, settings } = state.value;
  if (!settings.enabled) {
    return (
      <EmptyState
        missing="field"
        title={t('playground.title')}
        description={t('playground.off')}
      />
    );
  }
  if (!hasGrantedAccess(model)) {
    return (
      <EmptyState
        missing="field"
        title={t('playground.title')}
        description={t('playground.noAccess', { model: model.name })}
      />
    );
  }
  return <PlaygroundPanel model={model} settings={settings} />;
}
