import { useLitemaasText } from '../../translationText';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { ApiKey } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { ToneChip } from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';

const TITLE_ID = 'key-gateways-title';

function KeyGateways(props: { keyId: string }) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getKeyGateways(props.keyId),
    [api, props.keyId],
  );
  if (loading) return <Progress />;
  if (error) return <ErrorWithRetry error={error} onRetry={retry} />;
  return (
    <>
      {(value ?? []).map(gateway => (
        <Box key={gateway.id} mb={2}>
          <Typography variant="subtitle2" component="h3">
            {gateway.id}
          </Typography>
          {gateway.error && <Alert severity="warning">{gateway.error}</Alert>}
          {gateway.status && gateway.status.values.length === 0 && (
            <Alert severity="info">{t('keysAdmin.gateways.noValue')}</Alert>
          )}
          {gateway.status?.values.map(held => (
            <Box key={held.object.name} mt={1}>
              <Typography variant="body2">
                {t('keysAdmin.gateways.value', {
                  object: `${held.object.kind} ${held.object.namespace}/${held.object.name}`,
                  hash: held.tokenHashPrefix,
                })}
              </Typography>
              <Box display="flex" flexWrap="wrap" mt={0.5} style={{ gap: 4 }}>
                {held.blocked ? (
                  <ToneChip
                    tone="error"
                    label={t('keysAdmin.gateways.blocked')}
                  />
                ) : (
                  held.models.map(model => (
                    <ToneChip key={model} tone="success" label={model} />
                  ))
                )}
              </Box>
            </Box>
          ))}
        </Box>
      ))}
    </>
  );
}

/** What the gateways next to LiteLLM (Kuadrant) hold for one key. */
export function KeyGatewaysDialog(props: { apiKey?: ApiKey; onClose(): void }) {
  const t = useLitemaasText();
  return (
    <Dialog
      open={!!props.apiKey}
      onClose={props.onClose}
      aria-labelledby={TITLE_ID}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={TITLE_ID}>
        {t('keysAdmin.gateways.title', { name: props.apiKey?.name ?? '' })}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="textSecondary" paragraph>
          {t('keysAdmin.gateways.intro')}
        </Typography>
        {props.apiKey && <KeyGateways keyId={props.apiKey.id} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('keysAdmin.gateways.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
