import { useState } from 'react';
import { Table, TableColumn } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  GatewayModelStatus,
  GatewayObjectStatus,
  GatewayStatus,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import DialogContentText from '@material-ui/core/DialogContentText';
import Typography from '@material-ui/core/Typography';
import PublishIcon from '@material-ui/icons/Publish';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { ConfirmDialog, ToneChip, Tone, useDialogTarget } from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { PublishModelDialog } from './PublishModelDialog';

/** What a policy's chip says: missing, or its Accepted and Enforced conditions. */
function objectChip(object: GatewayObjectStatus) {
  if (!object.present) {
    return { tone: 'neutral' as Tone, label: `${object.kind}: none` };
  }
  const condition = (type: string) =>
    object.conditions.find(c => c.type === type);
  const accepted = condition('Accepted');
  const enforced = condition('Enforced');
  if (!accepted && !enforced) {
    return { tone: 'info' as Tone, label: `${object.kind}: no status yet` };
  }
  const failing = [accepted, enforced].find(c => c && c.status !== 'True');
  if (failing) {
    return {
      tone: 'error' as Tone,
      label: `${object.kind}: not ${failing.type.toLowerCase()}`,
      title: failing.message ?? failing.reason,
    };
  }
  return { tone: 'success' as Tone, label: `${object.kind}: enforced` };
}

function routeText(model: GatewayModelStatus) {
  const { namespace, name, sectionName } = model.route;
  return `${namespace}/${name}${sectionName ? ` · rule ${sectionName}` : ''}`;
}

/**
 * The gateways next to LiteLLM (Kuadrant), for admins: each published
 * model with its policies and what the gateway says of them; publish a
 * model on a route, or withdraw one published here. Nothing shows when no
 * gateway is installed.
 */
export function GatewaysPanel(props: { modelNames: string[] }) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const { value, error, loading, retry } = useAsyncRetry(
    () => api.getGateways(),
    [api],
  );
  const [updated, setUpdated] = useState<GatewayStatus[]>();
  const publishing = useDialogTarget<GatewayStatus>();
  const withdrawing = useDialogTarget<{ gateway: string; model: string }>();
  const gateways = updated ?? value;

  if (error && !gateways) {
    return (
      <Box mt={3}>
        <ErrorWithRetry error={error} onRetry={retry} />
      </Box>
    );
  }
  if (!gateways || gateways.length === 0) return null;

  return (
    <>
      {gateways.map(gateway => {
        const columns: TableColumn<GatewayModelStatus>[] = [
          { title: 'Model', field: 'model' },
          {
            title: 'Route',
            render: model => (
              <Typography variant="body2" style={{ wordBreak: 'normal' }}>
                {routeText(model)}
              </Typography>
            ),
          },
          {
            title: 'Policies',
            render: model => (
              <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
                {model.objects.map(object => {
                  const chip = objectChip(object);
                  return (
                    <ToneChip
                      key={object.kind}
                      tone={chip.tone}
                      label={chip.label}
                      title={
                        chip.title ??
                        `${object.kind} ${object.namespace}/${object.name}`
                      }
                    />
                  );
                })}
              </Box>
            ),
          },
          {
            title: 'Published by',
            render: model =>
              model.source === 'config' ? 'Configuration' : 'An admin',
          },
          {
            title: 'Actions',
            align: 'right',
            render: model =>
              model.source === 'portal' ? (
                <Button
                  size="small"
                  color="secondary"
                  onClick={() =>
                    withdrawing.show({
                      gateway: gateway.id,
                      model: model.model,
                    })
                  }
                >
                  Withdraw
                </Button>
              ) : null,
          },
        ];
        return (
          <Box mt={3} key={gateway.id}>
            {gateway.publishes && (
              <Box display="flex" justifyContent="flex-end" mb={1}>
                <Button
                  variant="outlined"
                  color="primary"
                  startIcon={<PublishIcon />}
                  onClick={() => publishing.show(gateway)}
                >
                  Publish a model through {gateway.id}
                </Button>
              </Box>
            )}
            {gateway.error && (
              <Box mb={2}>
                <Alert severity="warning">
                  The {gateway.id} gateway did not answer: {gateway.error}
                </Alert>
              </Box>
            )}
            <Table<GatewayModelStatus>
              title={`Published through ${gateway.id} (${gateway.models.length})`}
              subtitle={gateway.description}
              options={{ paging: false, search: false, padding: 'dense' }}
              columns={columns}
              data={gateway.models}
              isLoading={loading}
              localization={{
                body: {
                  emptyDataSourceMessage: `No model is published through ${gateway.id} yet.`,
                },
              }}
            />
          </Box>
        );
      })}
      <PublishModelDialog
        open={publishing.open}
        gateway={publishing.target}
        modelNames={props.modelNames.filter(
          name =>
            !publishing.target?.models.some(model => model.model === name),
        )}
        onClose={publishing.hide}
        onPublished={(next, model) => {
          setUpdated(next);
          alertApi.post({
            message: `${model} is published through ${publishing.target?.id}.`,
            severity: 'success',
            display: 'transient',
          });
        }}
      />
      <ConfirmDialog
        open={withdrawing.open}
        title={`Withdraw ${withdrawing.target?.model ?? ''}?`}
        confirmLabel="Withdraw"
        danger
        onClose={withdrawing.hide}
        onConfirm={async () => {
          const target = withdrawing.target;
          if (!target) return;
          setUpdated(
            await api.withdrawModelFromGateway(target.gateway, target.model),
          );
          alertApi.post({
            message: `${target.model} is withdrawn from ${target.gateway}.`,
            severity: 'success',
            display: 'transient',
          });
        }}
      >
        <DialogContentText>
          Its policies are removed from the route: the gateway stops checking
          keys there. Keys keep working through LiteLLM.
        </DialogContentText>
      </ConfirmDialog>
    </>
  );
}
