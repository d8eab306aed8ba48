import { useMemo } from 'react';
import { EmptyState, Link, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { DeprecationCampaign } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import RefreshIcon from '@material-ui/icons/Refresh';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../../api';
import { useLitemaasText } from '../../../translationText';
import { DataTable, Loading, useLiteMaasPaths } from '../../common';
import { ErrorWithRetry } from '../../common/ErrorWithRetry';
import { useRetireWhen } from '../../deprecation/deprecationText';
import { useLocaleFormat } from '../../useLocaleFormat';
import { DeprecationRun } from './DeprecationRun';
import {
  CampaignStateChip,
  MovedProgress,
  byRetirement,
  useRemindersText,
} from './shared';

const CELL = { padding: '6px 8px' };

/**
 * The deprecated models the caller follows (admins: all): when each
 * retires, what to move to, and how many holders moved; each opens to
 * its holders. Admins also see the task's last run.
 */
export function DeprecationList(props: {
  canManage: boolean;
  linkTo(model: string): string;
  onOpen(model: string): void;
}) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const paths = useLiteMaasPaths();
  const when = useRetireWhen();
  const reminders = useRemindersText();
  const campaigns = useAsyncRetry(() => api.listDeprecations(), [api]);
  const items = useMemo(
    () => [...(campaigns.value?.items ?? [])].sort(byRetirement),
    [campaigns.value],
  );

  const columns: TableColumn<DeprecationCampaign>[] = [
    {
      title: t('deprecation.list.columns.model'),
      field: 'modelName',
      render: campaign => (
        <Link
          to={props.linkTo(campaign.modelName)}
          style={{ whiteSpace: 'nowrap' }}
        >
          <strong>{campaign.modelName}</strong>
        </Link>
      ),
    },
    {
      title: t('deprecation.list.columns.replacement'),
      field: 'replacement',
      render: campaign =>
        campaign.replacement ? (
          <Link
            to={paths.model(campaign.replacement)}
            style={{ whiteSpace: 'nowrap' }}
          >
            {campaign.replacement}
          </Link>
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('deprecation.list.none')}
          </Typography>
        ),
    },
    {
      title: t('deprecation.list.columns.retireAt'),
      field: 'retireAt',
      render: campaign => (
        <>
          <span
            title={format.dateTime(campaign.retireAt)}
            style={{ whiteSpace: 'nowrap' }}
          >
            {format.date(campaign.retiredAt ?? campaign.retireAt)}
          </span>
          {campaign.state === 'deprecated' && (
            <Typography variant="caption" color="textSecondary" component="div">
              {when(campaign.retireAt)}
            </Typography>
          )}
        </>
      ),
    },
    {
      title: t('deprecation.list.columns.state'),
      field: 'state',
      render: campaign => <CampaignStateChip campaign={campaign} />,
    },
    {
      title: t('deprecation.list.columns.progress'),
      customSort: (a, b) =>
        a.progress.moved / (a.progress.total || 1) -
        b.progress.moved / (b.progress.total || 1),
      render: campaign => <MovedProgress campaign={campaign} />,
    },
    {
      title: t('deprecation.list.columns.reminders'),
      field: 'remindersSent',
      sorting: false,
      render: campaign => (
        <Typography variant="body2">{reminders(campaign)}</Typography>
      ),
    },
  ];
  const tight = columns.map(column => ({
    ...column,
    width: 'auto',
    headerStyle: { ...CELL, ...column.headerStyle },
    cellStyle: { ...CELL, ...(column.cellStyle as object) },
  }));

  let body;
  if (campaigns.loading && !campaigns.value) {
    body = <Loading label={t('deprecation.list.loadWhat')} />;
  } else if (campaigns.error && !campaigns.value) {
    body = <ErrorWithRetry error={campaigns.error} onRetry={campaigns.retry} />;
  } else if (items.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title={t('deprecation.list.empty')}
        description={t('deprecation.list.emptyText')}
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
            {t('deprecation.list.description')}
          </Typography>
          <IconButton
            aria-label={t('deprecation.list.reload')}
            onClick={campaigns.retry}
          >
            <RefreshIcon />
          </IconButton>
        </Box>
        <DataTable<DeprecationCampaign>
          title={t('deprecation.list.title', {
            total: format.count(items.length),
          })}
          columns={tight}
          data={items}
          isLoading={campaigns.loading}
          onRowClick={(event, campaign) => {
            const target = event?.target as HTMLElement | undefined;
            if (!campaign || target?.closest('a,button')) return;
            props.onOpen(campaign.modelName);
          }}
        />
      </>
    );
  }

  return (
    <>
      {body}
      {props.canManage && <DeprecationRun onRan={campaigns.retry} />}
    </>
  );
}
