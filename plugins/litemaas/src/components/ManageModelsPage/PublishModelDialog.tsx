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
        title={`Publish a model through ${props.gateway?.id ?? ''}`}
        error={error}
        submitLabel="Publish"
        busy={busy}
        submitDisabled={!model || !namespace.trim() || !name.trim()}
        onSubmit={submit}
        onCancel={props.onClose}
      >
        <Typography variant="body2" color="textSecondary" paragraph>
          The gateway checks keys on the model's route: an AuthPolicy accepts
          the keys that may call the model, and rate limit policies hold their
          limits. Give each model its own route, or its own rule of a shared
          route.
        </Typography>
        <TextField
          id="litemaas-publish-model"
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          label="Model"
          value={model}
          onChange={e => setModel(e.target.value)}
          fullWidth
          margin="dense"
          required
          helperText={
            props.modelNames.length === 0
              ? 'Every model is published already.'
              : undefined
          }
        >
          <option value="">Choose a model</option>
          {props.modelNames.map(modelName => (
            <option key={modelName} value={modelName}>
              {modelName}
            </option>
          ))}
        </TextField>
        <TextField
          id="litemaas-publish-namespace"
          label="Route namespace"
          value={namespace}
          onChange={e => setNamespace(e.target.value)}
          fullWidth
          margin="dense"
          required
          placeholder="models"
        />
        <TextField
          id="litemaas-publish-route"
          label="HTTPRoute name"
          value={name}
          onChange={e => setName(e.target.value)}
          fullWidth
          margin="dense"
          required
        />
        <TextField
          id="litemaas-publish-rule"
          label="Rule name (optional)"
          value={sectionName}
          onChange={e => setSectionName(e.target.value)}
          fullWidth
          margin="dense"
          helperText="For a shared route with one rule (path) per model."
        />
      </FormDialogContent>
    </FormDialog>
  );
}
