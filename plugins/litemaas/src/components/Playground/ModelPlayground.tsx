import { useApi } from '@backstage/frontend-plugin-api';
import { LiteMaasModel } from '@litemaas/backstage-plugin-litemaas-common';
import Grid from '@material-ui/core/Grid';
import useAsync from 'react-use/esm/useAsync';
import { litemaasApiRef } from '../../api';
import { PlaygroundPanel } from './PlaygroundPanel';

/** Whether the reader (or one of their teams) holds access to the model. */
export function hasGrantedAccess(model: Pick<LiteMaasModel, 'myAccess'>) {
  return model.myAccess.some(access => access.status === 'granted');
}

/**
 * The playground of a model, for readers with access when the playground
 * is on; nothing otherwise (the page offers to request access).
 */
export function ModelPlayground(props: {
  model: LiteMaasModel;
  /** In a full-width row of a page's grid. */
  gridItem?: boolean;
}) {
  const api = useApi(litemaasApiRef);
  const settings = useAsync(() => api.getPlaygroundSettings(), [api]);
  if (!settings.value?.enabled || !hasGrantedAccess(props.model)) return null;
  const panel = (
    <PlaygroundPanel model={props.model} settings={settings.value} />
  );
  return props.gridItem ? (
    <Grid item xs={12} id="playground">
      {panel}
    </Grid>
  ) : (
    panel
  );
}
