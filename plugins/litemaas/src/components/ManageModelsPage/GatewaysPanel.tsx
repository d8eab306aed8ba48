import { useLitemaasText } from '../../translationText';
import { useMemo, useState } from 'react';
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
import {
  ConfirmDialog,
  ToneChip,
  Tone,
  useDialogTarget,
  useTableLocalization,
} from '../common';
import { useLocaleFormat } from '../useLocaleFormat';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { PublishModelDialog } from './PublishModelDialog';

/** What the panel says of policies and routes, in the reader's language. */
function useGatewayText() {
  const t = useLitemaasText();
  return useMemo(
    () => ({
      /** A policy's chip: missing, or its Accepted and Enforced conditions. */
      objectChip(object: GatewayObjectStatus) {
        const kind = object.kind;
        if (!object.present) {
          return {
            tone: 'neutral' as Tone,
            label: t('manage.gateways.objectNone', { kind }),
          };
        }
        const condition = (type: string) =>
          object.conditions.find(c => c.type === type);
        const accepted = condition('Accepted');
        const enforced = condition('Enforced');
        if (!accepted && !enforced) {
          return {
            tone: 'info' as Tone,
            label: t('manage.gateways.objectNoStatus', { kind }),
          };
        }
        const failing = [accepted, enforced].find(
          c => c && c.status !== 'True',
        );
        if (failing) {
          return {
            tone: 'error' as Tone,
            label:
              failing === accepted
                ? t('manage.gateways.objectNotAccepted', { kind })
                : t('manage.gateways.objectNotEnforced', { kind }),
            title: failing.message ?? failing.reason,
          };
        }
        return {
          tone: 'success' as Tone,
          label: t('manage.gateways.objectEnforced', { kind }),
        };
      },
      routeText(model: GatewayModelStatus) {
        const { namespace, name, sectionName } = model.route;
        const route = `${namespace}/${name}`;
        return sectionName
          ? t('manage.gateways.rule', { route, rule: sectionName })
          : route;
      },
    }),
    [t],
  );
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
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { objectChip, routeText } = useGatewayText();
  const localization = useTableLocalization();
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
          { title: t('manage.gateways.columns.model'), field: 'model' },
          {
            title: t('manage.gateways.columns.route'),
            render: model => (
              <Typography variant="body2" style={{ wordBreak: 'normal' }}>
                {routeText(model)}
              </Typography>
            ),
          },
          {
            title: t('manage.gateways.columns.policies'),
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
            title: t('manage.gateways.columns.publishedBy'),
            render: model =>
              model.source === 'config'
                ? t('manage.gateways.byConfig')
                : t('manage.gateways.byAdmin'),
          },
          {
            title: t('manage.gateways.columns.actions'),
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
                  {t('manage.gateways.withdraw')}
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
                  {t('manage.gateways.publish', { gateway: gateway.id })}
                </Button>
              </Box>
            )}
            {gateway.error && (
              <Box mb={2}>
                <Alert severity="warning">
                  {t('manage.gateways.noAnswer', {
                    gateway: gateway.id,
                    error: gateway.error,
                  })}
                </Alert>
              </Box>
            )}
            <Table<GatewayModelStatus>
              title={t('manage.gateways.tableTitle', {
                gateway: gateway.id,
                total: format.count(gateway.models.length),
              })}
              subtitle={gateway.description}
              options={{ paging: false, search: false, padding: 'dense' }}
              columns={columns}
              data={gateway.models}
              isLoading={loading}
              localization={{
                ...localization,
                body: {
                  ...localization.body,
                  emptyDataSourceMessage: t('manage.gateways.empty', {
                    gateway: gateway.id,
                  }),
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
            message: t('manage.gateways.published', {
              model,
              gateway: publishing.target?.id ?? '',
            }),
            severity: 'success',
            display: 'transient',
          });
        }}
      />
      <ConfirmDialog
        open={withdrawing.open}
        title={t('manage.gateways.withdrawTitle', {
          model: withdrawing.target?.model ?? '',
        })}
        confirmLabel={t('manage.gateways.withdraw')}
        danger
        onClose={withdrawing.hide}
        onConfirm={async () => {
          const target = withdrawing.target;
          if (!target) return;
          setUpdated(
            await api.withdrawModelFromGateway(target.gateway, target.model),
          );
          alertApi.post({
            message: t('manage.gateways.withdrawn', {
              model: target.model,
              gateway: target.gateway,
            }),
            severity: 'success',
            display: 'transient',
          });
        }}
      >
        <DialogContentText>
          {t('manage.gateways.withdrawBody')}
        </DialogContentText>
      </ConfirmDialog>
    </>
  );
}
