import { Fragment, useMemo, useState } from 'react';
import {
  EmptyState,
  Link,
  Progress,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  RecertificationCampaign,
  RecertificationDetail,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AddIcon from '@material-ui/icons/Add';
import RefreshIcon from '@material-ui/icons/Refresh';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useLitemaasText } from '../../../translationText';
import { litemaasApiRef } from '../../../api';
import { EntityRefLink, useModelList } from '../../common';
import { DataTable } from '../../common/DataTable';
import { ErrorWithRetry } from '../../common/ErrorWithRetry';
import { useLocaleFormat } from '../../useLocaleFormat';
import { CampaignStatusChip, decidedOf, useDeadlineNote } from './decisions';
import { StartCampaignDialog } from './StartCampaignDialog';

/** How many model names a row shows before "+N". */
const MODELS_SHOWN = 3;

const CELL = { padding: '6px 8px' };

const useStyles = makeStyles({ nowrap: { whiteSpace: 'nowrap' } });

/** Open campaigns first, the nearest deadline first; then the latest closed. */
function byUrgency(a: RecertificationCampaign, b: RecertificationCampaign) {
  if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
  if (a.status === 'open') return a.deadline.localeCompare(b.deadline);
  return (b.closedAt ?? b.deadline).localeCompare(a.closedAt ?? a.deadline);
}

/** "12 of 30 decided" over a bar. */
export function CampaignProgress(props: { campaign: RecertificationCampaign }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { total } = props.campaign.progress;
  const decided = decidedOf(props.campaign);
  if (total === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('recertification.progress.none')}
      </Typography>
    );
  }
  return (
    <Box minWidth={100}>
      <Typography variant="body2">
        {t('recertification.progress.decided', {
          decided: format.count(decided),
          total: format.count(total),
        })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={(decided / total) * 100}
        aria-label={t('recertification.progress.label')}
      />
    </Box>
  );
}

/**
 * The recertification campaigns over models the caller reviews: their
 * deadlines and progress, each opening to its grants; and a way to start
 * one.
 */
export function CampaignList(props: {
  /** Where a campaign opens (a link within the page). */
  linkTo(id: string): string;
  onOpen(id: string): void;
}) {
  const classes = useStyles();
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const deadlineNote = useDeadlineNote();
  const models = useModelList();
  const [starting, setStarting] = useState(false);
  const campaigns = useAsyncRetry(() => api.listRecertifications(), [api]);

  const reviewable = useMemo(
    () =>
      (models.value?.items ?? [])
        .filter(m => m.canReview)
        .map(m => m.name)
        .sort(),
    [models.value],
  );
  const items = useMemo(
    () => [...(campaigns.value?.items ?? [])].sort(byUrgency),
    [campaigns.value],
  );

  const startButton = (
    <Button
      variant="contained"
      color="primary"
      startIcon={<AddIcon />}
      disabled={reviewable.length === 0}
      title={
        models.value && reviewable.length === 0
          ? t('recertification.start.noModels')
          : undefined
      }
      onClick={() => setStarting(true)}
    >
      {t('recertification.start.button')}
    </Button>
  );

  const columns: TableColumn<RecertificationCampaign>[] = [
    {
      title: t('recertification.listColumns.name'),
      field: 'name',
      width: 'auto',
      cellStyle: { minWidth: 120 },
      render: campaign => (
        <Link to={props.linkTo(campaign.id)}>
          <strong>{campaign.name}</strong>
        </Link>
      ),
    },
    {
      title: t('recertification.listColumns.models'),
      field: 'modelNames',
      width: 'auto',
      render: campaign => {
        const more = campaign.modelNames.length - MODELS_SHOWN;
        // A name never breaks at its hyphens; the list breaks between names.
        const shown = campaign.modelNames
          .slice(0, MODELS_SHOWN)
          .map((name, index) => (
            <Fragment key={name}>
              {index > 0 && ', '}
              <span className={classes.nowrap}>{name}</span>
            </Fragment>
          ));
        return (
          <span title={campaign.modelNames.join(', ')}>
            {shown}
            {more > 0 &&
              ` ${t('recertification.modelsMore', {
                more: format.count(more),
              })}`}
          </span>
        );
      },
    },
    {
      title: t('recertification.listColumns.deadline'),
      field: 'deadline',
      width: 'auto',
      render: campaign => (
        <>
          <span
            title={format.dateTime(campaign.deadline)}
            className={classes.nowrap}
          >
            {format.date(campaign.deadline)}
          </span>
          <Typography variant="caption" color="textSecondary" component="div">
            {deadlineNote(campaign)}
          </Typography>
        </>
      ),
    },
    {
      title: t('recertification.listColumns.onDeadline'),
      field: 'onDeadline',
      width: 'auto',
      render: campaign =>
        campaign.onDeadline === 'end'
          ? t('recertification.onDeadline.end')
          : t('recertification.onDeadline.flag'),
    },
    {
      title: t('recertification.listColumns.status'),
      field: 'status',
      width: 'auto',
      render: campaign => <CampaignStatusChip status={campaign.status} />,
    },
    {
      title: t('recertification.listColumns.progress'),
      width: 'auto',
      customSort: (a, b) =>
        decidedOf(a) / (a.progress.total || 1) -
        decidedOf(b) / (b.progress.total || 1),
      render: campaign => <CampaignProgress campaign={campaign} />,
    },
    {
      title: t('recertification.listColumns.createdBy'),
      field: 'createdBy',
      width: 'auto',
      render: campaign => (
        <>
          <EntityRefLink entityRef={campaign.createdBy} />
          <Typography
            variant="caption"
            color="textSecondary"
            component="div"
            title={format.dateTime(campaign.createdAt)}
          >
            {format.relativeTime(campaign.createdAt)}
          </Typography>
        </>
      ),
    },
  ];

  // Cells a little tighter than the default, headers too (their sort
  // arrows take room): seven columns fit at 1280 px in longer languages.
  const tightColumns = columns.map(column => ({
    ...column,
    headerStyle: { ...CELL, ...column.headerStyle },
    cellStyle: { ...CELL, ...(column.cellStyle as object) },
  }));

  let body;
  if (campaigns.loading && !campaigns.value) {
    body = <Progress />;
  } else if (campaigns.error && !campaigns.value) {
    body = <ErrorWithRetry error={campaigns.error} onRetry={campaigns.retry} />;
  } else if (items.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title={t('recertification.empty.title')}
        description={t('recertification.empty.description')}
        action={startButton}
      />
    );
  } else {
    body = (
      <>
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          mb={2}
          style={{ gap: 16 }}
        >
          <Typography
            variant="body2"
            color="textSecondary"
            style={{ flex: '1 1 320px' }}
          >
            {t('recertification.description')}
          </Typography>
          <IconButton
            aria-label={t('recertification.detail.reload')}
            onClick={campaigns.retry}
          >
            <RefreshIcon />
          </IconButton>
          {startButton}
        </Box>
        <DataTable<RecertificationCampaign>
          title={t('recertification.title', {
            total: format.count(items.length),
          })}
          columns={tightColumns}
          data={items}
          isLoading={campaigns.loading}
          onRowClick={(event, campaign) => {
            // Links and buttons handle their own clicks.
            const target = event?.target as HTMLElement | undefined;
            if (!campaign || target?.closest('a,button')) return;
            props.onOpen(campaign.id);
          }}
        />
      </>
    );
  }

  return (
    <>
      {body}
      <StartCampaignDialog
        open={starting}
        models={reviewable}
        onClose={() => setStarting(false)}
        onStarted={(detail: RecertificationDetail) => {
          setStarting(false);
          props.onOpen(detail.campaign.id);
        }}
      />
    </>
  );
}
