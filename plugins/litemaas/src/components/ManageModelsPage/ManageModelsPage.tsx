import { useLitemaasText } from '../../translationText';
import { ReactNode, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  EmptyState,
  Progress,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  LiteMaasModel,
  litemaasModelManagePermission,
} from '@litemaas/backstage-plugin-litemaas-common';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import DialogContentText from '@material-ui/core/DialogContentText';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import SyncIcon from '@material-ui/icons/Sync';
import { litemaasApiRef } from '../../api';
import {
  AccessPolicyChip,
  ConfirmDialog,
  DataTable,
  EntityRefLink,
  ToneChip,
  errorMessage,
  useDialogTarget,
  useModelList,
} from '../common';
import { useLocaleFormat } from '../useLocaleFormat';
import { GatewaysPanel } from './GatewaysPanel';
import { ModelFormDialog } from './ModelFormDialog';
import { ApprovalRulesDialog } from './ApprovalRulesDialog';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { ModelNameLink } from '../common/ModelNameLink';
import { DeprecateModelDialog, DeprecationChip } from '../deprecation';

/**
 * The admins' view: every model (hidden and unavailable ones too), with
 * register, edit, remove and sync.
 *
 * @public
 */
export const ManageModelsPage = () => {
  const t = useLitemaasText();
  const permission = usePermission({
    permission: litemaasModelManagePermission,
  });
  if (permission.loading) return <Progress />;
  if (!permission.allowed) {
    return (
      <WarningPanel
        severity="info"
        title={t('manage.denied.title')}
        message={t('manage.denied.message')}
      />
    );
  }
  return <ManageModels />;
};

function ManageModels() {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { value, loading, error, retry } = useModelList();
  const [syncing, setSyncing] = useState(false);
  const form = useDialogTarget<LiteMaasModel | undefined>();
  // "Register in LiteLLM" on a model server's entity page links here with
  // the server's name and endpoint: open the form pre-filled, once.
  const [params, setParams] = useSearchParams();
  const [prefill, setPrefill] = useState<Record<string, string>>();
  const { show: showForm } = form;
  useEffect(() => {
    if (params.get('register') !== '1') return;
    setPrefill({
      name: params.get('name') ?? '',
      apiBase: params.get('apiBase') ?? '',
      providerModel: params.get('providerModel') ?? '',
    });
    showForm(undefined);
    setParams(new URLSearchParams(), { replace: true });
  }, [params, setParams, showForm]);
  const removing = useDialogTarget<LiteMaasModel>();
  const { show: showRemove } = removing;
  const rules = useDialogTarget<LiteMaasModel>();
  const { show: showRules } = rules;
  const deprecating = useDialogTarget<LiteMaasModel>();
  const { show: showDeprecate } = deprecating;

  const sync = async () => {
    setSyncing(true);
    try {
      const result = await api.syncModels();
      alertApi.post({
        message: t('manage.synced', {
          added: format.count(result.added),
          updated: format.count(result.updated),
          unavailable: format.count(result.markedUnavailable),
        }),
        severity: 'success',
        display: 'transient',
      });
      retry();
    } catch (e) {
      alertApi.post({
        message: t('manage.syncFailed', { error: errorMessage(e) }),
        severity: 'error',
      });
    } finally {
      setSyncing(false);
    }
  };

  const columns = useMemo<TableColumn<LiteMaasModel>[]>(
    () => [
      {
        title: t('manage.columns.model'),
        field: 'name',
        highlight: true,
        render: model => (
          <Box>
            <ModelNameLink name={model.name} />
            <Typography variant="caption" color="textSecondary">
              {model.providerModel}
            </Typography>
          </Box>
        ),
        // The provider is the first part of providerModel; searching by it
        // still works through this column.
        customFilterAndSearch: (term: string, model: LiteMaasModel) =>
          `${model.name} ${model.provider} ${model.providerModel}`
            .toLocaleLowerCase('en-US')
            .includes(term.toLocaleLowerCase('en-US')),
      },
      {
        // Whether LiteLLM has it, and who may use it: one column, stacked.
        title: t('manage.columns.status'),
        field: 'available',
        render: model => (
          <Box display="flex" flexDirection="column" style={{ gap: 4 }}>
            <span>
              {model.available ? (
                <ToneChip tone="success" label={t('manage.available')} />
              ) : (
                <ToneChip
                  tone="error"
                  label={t('manage.unavailable')}
                  title={t('manage.unavailableTitle')}
                />
              )}
            </span>
            <span>
              <AccessPolicyChip policy={model.accessPolicy} />
            </span>
            {model.deprecation && (
              <span>
                <DeprecationChip deprecation={model.deprecation} />
              </span>
            )}
            {/* Here, not under Actions: that column would no longer fit
                at 1280 px in German. */}
            <span>
              <Button
                size="small"
                color="primary"
                aria-label={
                  model.deprecation
                    ? t('deprecation.action.manageLabel', { model: model.name })
                    : t('deprecation.action.deprecateLabel', {
                        model: model.name,
                      })
                }
                onClick={() => showDeprecate(model)}
              >
                {model.deprecation
                  ? t('deprecation.action.manage')
                  : t('deprecation.action.deprecate')}
              </Button>
            </span>
          </Box>
        ),
      },
      {
        title: t('manage.columns.owner'),
        field: 'ownerRef',
        cellStyle: { whiteSpace: 'nowrap' },
        render: model =>
          model.ownerRef ? (
            <EntityRefLink entityRef={model.ownerRef} />
          ) : (
            <Typography variant="caption" color="textSecondary">
              {t('manage.noOwner')}
            </Typography>
          ),
      },
      {
        title: t('manage.columns.price'),
        field: 'inputPricePer1M',
        cellStyle: { whiteSpace: 'nowrap' },
        // A model free both ways says so once ("Free", not "Free / Free").
        render: model =>
          model.inputPricePer1M === 0 && model.outputPricePer1M === 0
            ? format.price(0)
            : `${format.price(model.inputPricePer1M)} / ${format.price(
                model.outputPricePer1M,
              )}`,
      },
      {
        title: t('manage.columns.defaultLimits'),
        field: 'defaultLimits',
        sorting: false,
        // A limit per line: "50K TPM", "120 RPM", "$20 per 30 days" (which
        // may wrap between its words when a language needs the room).
        render: model =>
          format
            .limits(model.defaultLimits)
            .split(' · ')
            .map(part => <div key={part}>{part}</div>),
      },
      {
        title: t('manage.columns.lastSeen'),
        field: 'lastSeenAt',
        render: model => (
          <span title={format.dateTime(model.lastSeenAt)}>
            {format.relativeTime(model.lastSeenAt)}
          </span>
        ),
      },
      {
        title: t('manage.columns.actions'),
        field: 'canReview',
        sorting: false,
        cellStyle: { whiteSpace: 'nowrap' },
        // Stacked, so the table fits at 1280 px.
        render: model => (
          <Box display="flex" flexDirection="column" alignItems="flex-start">
            <Button
              size="small"
              color="primary"
              onClick={() => showForm(model)}
            >
              {t('manage.edit')}
            </Button>
            <Button
              size="small"
              color="primary"
              aria-label={t('rules.actionLabel', { model: model.name })}
              title={t('rules.actionLabel', { model: model.name })}
              onClick={() => showRules(model)}
            >
              {t('rules.tableAction')}
            </Button>
            {model.available && (
              <Button
                size="small"
                color="secondary"
                onClick={() => showRemove(model)}
              >
                {t('manage.remove.action')}
              </Button>
            )}
          </Box>
        ),
      },
    ],
    [showForm, showRemove, showRules, showDeprecate, t, format],
  );

  const toolbar = (
    <Box display="flex" flexWrap="wrap" mb={2} style={{ gap: 8 }}>
      <Button
        variant="contained"
        color="primary"
        startIcon={<AddIcon />}
        onClick={() => {
          setPrefill(undefined);
          form.show(undefined);
        }}
      >
        {t('manage.register')}
      </Button>
      <Button
        variant="outlined"
        startIcon={syncing ? <CircularProgress size={16} /> : <SyncIcon />}
        onClick={sync}
        disabled={syncing}
      >
        {t('manage.sync')}
      </Button>
    </Box>
  );

  let body: ReactNode;
  if (loading && !value) {
    body = <Progress />;
  } else if (error && !value) {
    body = <ErrorWithRetry error={error} onRetry={retry} />;
  } else if (!value || value.items.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title={t('manage.empty.title')}
        description={t('manage.empty.description')}
      />
    );
  } else {
    body = (
      <>
        {value.stale && (
          <Box mb={2}>
            <WarningPanel
              severity="warning"
              title={t('manage.stale')}
              message={value.stale.reason}
            />
          </Box>
        )}
        <DataTable<LiteMaasModel>
          title={t('manage.tableTitle', {
            total: format.count(value.items.length),
          })}
          options={{ paging: false, search: true, padding: 'dense' }}
          columns={columns}
          data={value.items}
          isLoading={loading}
        />
      </>
    );
  }

  return (
    <>
      {toolbar}
      {body}
      <GatewaysPanel
        modelNames={(value?.items ?? []).map(model => model.name)}
      />
      <ModelFormDialog
        open={form.open}
        model={form.target}
        prefill={form.target ? undefined : prefill}
        onClose={form.hide}
        onSaved={() => retry()}
      />
      <ApprovalRulesDialog
        open={rules.open}
        model={rules.target}
        onClose={rules.hide}
      />
      <DeprecateModelDialog
        open={deprecating.open}
        model={deprecating.target}
        models={value?.items ?? []}
        onClose={deprecating.hide}
        onChanged={() => retry()}
      />
      <ConfirmDialog
        open={removing.open}
        title={t('manage.remove.title', { name: removing.target?.name ?? '' })}
        confirmLabel={t('manage.remove.action')}
        danger
        onClose={removing.hide}
        onConfirm={async () => {
          const model = removing.target;
          if (!model) return;
          await api.deleteModel(model.name);
          alertApi.post({
            message: t('manage.remove.done', { name: model.name }),
            severity: 'success',
            display: 'transient',
          });
          retry();
        }}
      >
        <DialogContentText>{t('manage.remove.body')}</DialogContentText>
      </ConfirmDialog>
    </>
  );
}
