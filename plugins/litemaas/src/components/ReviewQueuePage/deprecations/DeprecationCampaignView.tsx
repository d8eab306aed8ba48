import { ReactNode, useEffect, useState } from 'react';
import { Link, TableColumn } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  DeprecationDetail,
  DeprecationSubject,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import IconButton from '@material-ui/core/IconButton';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import ArrowBackIcon from '@material-ui/icons/ArrowBack';
import NotificationsIcon from '@material-ui/icons/NotificationsActive';
import RefreshIcon from '@material-ui/icons/Refresh';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../../api';
import { useLitemaasText } from '../../../translationText';
import {
  DataTable,
  EntityRefLink,
  Loading,
  errorMessage,
  errorStatus,
  useLiteMaasPaths,
  useModelList,
  useRefreshModels,
} from '../../common';
import { ErrorWithRetry } from '../../common/ErrorWithRetry';
import { richText, slot } from '../../common/keysText';
import {
  CancelDeprecationDialog,
  DeprecateModelDialog,
  RetireNowDialog,
} from '../../deprecation/DeprecationDialogs';
import { useRetireWhen } from '../../deprecation/deprecationText';
import { formatEntityRef } from '../../format';
import { useLocaleFormat } from '../../useLocaleFormat';
import {
  CampaignStateChip,
  MovedProgress,
  SubjectStateChip,
  useRemindersText,
} from './shared';

const CELL = { padding: '6px 8px' };
const NOWRAP = { whiteSpace: 'nowrap' as const };

/** Those still using the model first, the biggest users first. */
function byUrgency(a: DeprecationSubject, b: DeprecationSubject) {
  const rank = { using: 0, idle: 1, moved: 2 } as Record<string, number>;
  return (
    (rank[a.state] ?? 3) - (rank[b.state] ?? 3) ||
    b.requests7d - a.requests7d ||
    a.subjectRef.localeCompare(b.subjectRef)
  );
}

/**
 * One deprecated model's campaign: when it retires and to what, who holds
 * it and whether they moved, the Components told, and the reminders.
 * Reviewers remind; admins also edit, cancel or retire now.
 */
export function DeprecationCampaignView(props: {
  model: string;
  canManage: boolean;
  onBack(): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const paths = useLiteMaasPaths();
  const when = useRetireWhen();
  const reminders = useRemindersText();
  const models = useModelList();
  const refreshModels = useRefreshModels();
  const { model, canManage } = props;

  const loaded = useAsyncRetry(() => api.getDeprecation(model), [api, model]);
  const [detail, setDetail] = useState<DeprecationDetail>();
  useEffect(() => {
    if (loaded.value) setDetail(loaded.value);
  }, [loaded.value]);
  const [reminding, setReminding] = useState(false);
  const [dialog, setDialog] = useState<'edit' | 'cancel' | 'retire'>();

  const remind = async () => {
    setReminding(true);
    try {
      const { reminded } = await api.remindDeprecation(model);
      let message: string;
      if (reminded === 0) message = t('deprecation.detail.remindedNone');
      else if (reminded === 1) message = t('deprecation.detail.remindedOne');
      else {
        message = t('deprecation.detail.reminded', {
          total: format.count(reminded),
        });
      }
      alertApi.post({ message, severity: 'success', display: 'transient' });
      loaded.retry();
    } catch (e) {
      alertApi.post({
        message: t('deprecation.detail.remindFailed', {
          error: errorMessage(e),
        }),
        severity: 'error',
      });
    } finally {
      setReminding(false);
    }
  };

  const back = (
    <Box mb={2}>
      <Button startIcon={<ArrowBackIcon />} onClick={props.onBack}>
        {t('deprecation.detail.back')}
      </Button>
    </Box>
  );

  if (!detail) {
    let state: ReactNode;
    if (loaded.error && errorStatus(loaded.error) === 404) {
      state = (
        <Alert severity="info">
          {t('deprecation.detail.notFound', { model })}
        </Alert>
      );
    } else if (loaded.error) {
      state = <ErrorWithRetry error={loaded.error} onRetry={loaded.retry} />;
    } else {
      state = <Loading label={t('deprecation.detail.loading')} />;
    }
    return (
      <>
        {back}
        {state}
      </>
    );
  }

  const { campaign, subjects, components } = detail;
  const retired = campaign.state === 'retired';
  const changed = () => {
    loaded.retry();
    refreshModels();
  };

  const subjectColumns: TableColumn<DeprecationSubject>[] = [
    {
      title: t('deprecation.detail.columns.subject'),
      field: 'subjectRef',
      cellStyle: NOWRAP,
      render: s => <EntityRefLink entityRef={s.subjectRef} />,
    },
    {
      title: t('deprecation.detail.columns.state'),
      field: 'state',
      customSort: byUrgency,
      render: s => <SubjectStateChip state={s.state} />,
    },
    {
      title: t('deprecation.detail.columns.requests'),
      field: 'requests7d',
      type: 'numeric',
      render: s => format.count(s.requests7d),
    },
    {
      title: t('deprecation.detail.columns.spend'),
      field: 'spend7d',
      type: 'numeric',
      cellStyle: NOWRAP,
      render: s => format.spend(s.spend7d),
    },
    {
      title: t('deprecation.detail.columns.lastUsed'),
      field: 'lastUsedDay',
      cellStyle: NOWRAP,
      render: s =>
        s.lastUsedDay ? (
          format.day(s.lastUsedDay, true)
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('deprecation.detail.never')}
          </Typography>
        ),
    },
    {
      title: t('deprecation.detail.columns.replacementRequests'),
      field: 'replacementRequests7d',
      type: 'numeric',
      render: s => format.count(s.replacementRequests7d),
    },
    {
      title: t('deprecation.detail.columns.replacementAccess'),
      field: 'hasReplacementAccess',
      render: s =>
        s.hasReplacementAccess
          ? t('deprecation.detail.yes')
          : t('deprecation.detail.no'),
    },
    {
      title: t('deprecation.detail.columns.keys'),
      sorting: false,
      render: s =>
        s.keys.length ? (
          <Box display="flex" flexDirection="column" style={{ gap: 2 }}>
            {s.keys.map(key => (
              <Typography key={key.id} variant="body2" component="div">
                <span style={NOWRAP}>{key.name}</span>
                {key.componentRef && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    component="div"
                  >
                    <EntityRefLink entityRef={key.componentRef} />
                  </Typography>
                )}
              </Typography>
            ))}
          </Box>
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('deprecation.detail.noKeys')}
          </Typography>
        ),
    },
  ];
  const columns = subjectColumns.map(column => ({
    ...column,
    width: 'auto',
    headerStyle: { ...CELL, ...column.headerStyle },
    cellStyle: { ...CELL, ...(column.cellStyle as object) },
  }));

  return (
    <>
      {back}
      <Box component={Paper} p={2} mb={2}>
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 12 }}
        >
          <Typography variant="h5" component="h2">
            <Link to={paths.model(campaign.modelName)}>
              {campaign.modelName}
            </Link>
          </Typography>
          <CampaignStateChip campaign={campaign} />
          <Box
            display="flex"
            flexWrap="wrap"
            marginLeft="auto"
            alignItems="center"
            style={{ gap: 8 }}
          >
            {!retired && (
              <Button
                variant="contained"
                color="primary"
                size="small"
                startIcon={
                  reminding ? (
                    <CircularProgress size={14} />
                  ) : (
                    <NotificationsIcon />
                  )
                }
                disabled={reminding}
                onClick={remind}
              >
                {t('deprecation.detail.remind')}
              </Button>
            )}
            {canManage && (
              <>
                <Button
                  variant="outlined"
                  size="small"
                  onClick={() => setDialog('edit')}
                >
                  {t('deprecation.detail.edit')}
                </Button>
                {!retired && (
                  <Button
                    variant="outlined"
                    size="small"
                    color="secondary"
                    onClick={() => setDialog('retire')}
                  >
                    {t('deprecation.retire.action')}
                  </Button>
                )}
                <Button
                  variant="outlined"
                  size="small"
                  onClick={() => setDialog('cancel')}
                >
                  {t('deprecation.cancel.action')}
                </Button>
              </>
            )}
            <IconButton
              aria-label={t('deprecation.detail.reload')}
              onClick={loaded.retry}
            >
              {loaded.loading ? (
                <CircularProgress size={20} />
              ) : (
                <RefreshIcon />
              )}
            </IconButton>
          </Box>
        </Box>
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="flex-start"
          mt={1}
          style={{ gap: 32 }}
        >
          <Box flex="1 1 360px">
            <Typography
              variant="body2"
              title={format.dateTime(campaign.retireAt)}
            >
              {retired
                ? t('deprecation.detail.retiredOn', {
                    date: format.date(campaign.retiredAt ?? campaign.retireAt),
                  })
                : t('deprecation.detail.retires', {
                    date: format.date(campaign.retireAt),
                    when: when(campaign.retireAt),
                  })}
            </Typography>
            <Typography variant="body2">
              {campaign.replacement
                ? richText(
                    t('deprecation.detail.replacement', {
                      replacement: slot('replacement'),
                    }),
                    {
                      replacement: (
                        <Link to={paths.model(campaign.replacement)}>
                          {campaign.replacement}
                        </Link>
                      ),
                    },
                  )
                : t('deprecation.detail.noReplacement')}
            </Typography>
            {campaign.note && (
              <Typography variant="body2" style={{ whiteSpace: 'pre-line' }}>
                {t('deprecation.banner.note', { note: campaign.note })}
              </Typography>
            )}
            <Typography variant="body2" color="textSecondary">
              {t('deprecation.detail.by', {
                name: formatEntityRef(campaign.createdBy),
                date: format.date(campaign.createdAt),
              })}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {t('deprecation.detail.remindersSent', {
                list: reminders(campaign),
              })}
            </Typography>
          </Box>
          <Box flex="0 1 320px">
            <MovedProgress campaign={campaign} />
          </Box>
        </Box>
      </Box>

      {subjects.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('deprecation.detail.noHolders')}
        </Typography>
      ) : (
        <DataTable<DeprecationSubject>
          label={t('deprecation.detail.holdersLabel')}
          title={t('deprecation.detail.holders', {
            total: format.count(subjects.length),
          })}
          columns={columns}
          data={[...subjects].sort(byUrgency)}
          isLoading={loaded.loading}
          options={{ padding: 'dense' }}
        />
      )}

      <Box mt={3} component={Paper} p={2}>
        <Typography variant="h6" component="h3" gutterBottom>
          {t('deprecation.detail.components', {
            total: format.count(components.length),
          })}
        </Typography>
        {components.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            {t('deprecation.detail.componentsNone')}
          </Typography>
        ) : (
          <Box
            component="ul"
            m={0}
            pl={0}
            style={{ listStyle: 'none' }}
            aria-label={t('deprecation.detail.components', {
              total: format.count(components.length),
            })}
          >
            {components.map(c => (
              <Box
                component="li"
                key={c.componentRef}
                display="flex"
                flexWrap="wrap"
                py={0.5}
                style={{ columnGap: 16 }}
              >
                <EntityRefLink entityRef={c.componentRef} />
                <Typography
                  variant="body2"
                  color="textSecondary"
                  component="span"
                >
                  {t('deprecation.detail.owner')}:{' '}
                  {c.ownerRef ? (
                    <EntityRefLink entityRef={c.ownerRef} />
                  ) : (
                    t('deprecation.detail.noOwner')
                  )}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
      </Box>

      {canManage && (
        <>
          <DeprecateModelDialog
            open={dialog === 'edit'}
            model={{ name: campaign.modelName, deprecation: campaign }}
            models={models.value?.items ?? []}
            onClose={() => setDialog(undefined)}
            onChanged={changed}
          />
          <RetireNowDialog
            open={dialog === 'retire'}
            model={campaign.modelName}
            onClose={() => setDialog(undefined)}
            onRetired={next => {
              setDetail(next);
              changed();
            }}
          />
          <CancelDeprecationDialog
            open={dialog === 'cancel'}
            model={campaign.modelName}
            retired={retired}
            onClose={() => setDialog(undefined)}
            onCancelled={() => {
              refreshModels();
              props.onBack();
            }}
          />
        </>
      )}
    </>
  );
}
