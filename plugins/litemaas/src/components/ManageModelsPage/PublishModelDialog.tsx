import { useLitemaasText } from '../../translationText';
import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { GatewayStatus } from '@litemaas/backstage-plugin-litemaas-common';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { litemaasApiRef } from '../../api';
import { errorMessage, FormDialog, FormDialogContent } from '../common';

const TITLE_ID = 'publish-model-title';

/** Publishes a model on an HTTPRoute (or one rule of it) of a gateway. */
export function PublishModelDialog(props: {
  open: boolean;
  gateway?: GatewayStatus;
  modelNames: string[];
  onClose(): void;
  onPublished(gateways: GatewayStatus[], model: string): void;
}) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const [model, setModel] = useState('');
  const [namespace, setNamespace] = useState('');
  const [name, setName] = useState('');
  const [sectionName, setSectionName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const reset = () => {
    setModel('');
    setNamespace('');
    setName('');
    setSectionName('');
    setError(undefined);
  };

  const submit = async () => {
    if (!props.gateway) return;
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.publishModelOnGateway(props.gateway.id, model, {
        namespace: namespace.trim(),
        name: name.trim(),
        ...(sectionName.trim() && { sectionName: sectionName.trim() }),
      });
      props.onPublished(next, model);
      props.onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={props.open}
      titleId={TITLE_ID}
      busy={busy}
      onClose={props.onClose}
      onExited={reset}
    >
      <FormDialogContent
        titleId={TITLE_ID}
        title={t('manage.gateways.publish', {
          gateway: props.gateway?.id ?? '',
        })}
        error={error}
        submitLabel={t('manage.publish.submit')}
        busy={busy}
        submitDisabled={!model || !namespace.trim() || !name.trim()}
        onSubmit={submit}
        onCancel={props.onClose}
      >
        <Typography variant="body2" color="textSecondary" paragraph>
          {t('manage.publish.intro')}
        </Typography>
        <TextField
          id="litemaas-publish-model"
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          label={t('manage.publish.model')}
          value={model}
          onChange={e => setModel(e.target.value)}
          fullWidth
          margin="dense"
          required
          helperText={
            props.modelNames.length === 0
              ? t('manage.publish.allPublished')
              : undefined
          }
        >
          <option value="">{t('manage.publish.choose')}</option>
          {props.modelNames.map(modelName => (
            <option key={modelName} value={modelName}>
              {modelName}
            </option>
          ))}
        </TextField>
        <TextField
          id="litemaas-publish-namespace"
          label={t('manage.publish.namespace')}
          value={namespace}
          onChange={e => setNamespace(e.target.value)}
          fullWidth
          margin="dense"
          required
          placeholder="models"
        />
        <TextField
          id="litemaas-publish-route"
          label={t('manage.publish.route')}
          value={name}
          onChange={e => setName(e.target.value)}
          fullWidth
          margin="dense"
          required
        />
        <TextField
          id="litemaas-publish-rule"
          label={t('manage.publish.rule')}
          value={sectionName}
          onChange={e => setSectionName(e.target.value)}
          fullWidth
          margin="dense"
          helperText={t('manage.publish.ruleHelp')}
        />
      </FormDialogContent>
    </FormDialog>
  );
}
