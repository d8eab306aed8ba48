import { ReactNode, useMemo } from 'react';
import { TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { BudgetTopUp } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useLitemaasText } from '../../translationText';
import { litemaasApiRef } from '../../api';
import { EntityRefLink, Identifier, Loading } from '../common';
import { DataTable } from '../common/DataTable';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';
import { TopUpStatusChip } from './KeyTopUpHistory';
import { daysText } from './topUpRules';

function Caption(props: { children: ReactNode }) {
  return (
    <Typography
      variant="caption"
      color="textSecondary"
      component="div"
      style={{ overflowWrap: 'anywhere' }}
    >
      {props.children}
    </Typography>
  );
}

/** "alice", or "LiteMaaS" for what the portal did by itself. */
function who(ref: string) {
  return ref.startsWith('system:') ? 'LiteMaaS' : formatEntityRef(ref);
}

/**
 * Budget top-ups of keys and teams, newest first: what was asked, what
 * applied, who decided and why, and when each ends or ended. `mine` shows
 * the caller's and their teams'; `all` everyone's (admins). `version`
 * reloads the list when it changes.
 */
export function TopUpHistory(props: {
  scope: 'mine' | 'all';
  version?: unknown;
}) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { scope } = props;
  const topUps = useAsyncRetry(
    () => api.listTopUps({ scope }),
    [api, scope, props.version],
  );

  const columns: TableColumn<BudgetTopUp>[] = [
    {
      title: t('topUps.usage.columns.target'),
      field: 'keyName',
      highlight: true,
      render: topUp => (
        <>
          <Typography variant="body2" component="div">
            <strong>
              {topUp.teamRef ? (
                <EntityRefLink entityRef={topUp.teamRef} />
              ) : (
                <Identifier maxWidth={200}>{topUp.keyName}</Identifier>
              )}
            </strong>
          </Typography>
          <Caption>
            {topUp.teamRef
              ? t('topUps.usage.team')
              : `${t('topUps.usage.key')} · ${formatEntityRef(
                  topUp.subjectRef,
                )}`}
          </Caption>
          <Caption>
            <span title={format.dateTime(topUp.createdAt)}>
              {t('topUps.history.askedBy', {
                who: who(topUp.requestedBy),
                when: format.relativeTime(topUp.createdAt),
              })}
            </span>
          </Caption>
        </>
      ),
    },
    {
      title: t('topUps.usage.columns.amount'),
      field: 'amount',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: topUp => (
        <>
          <Typography variant="body2" component="div">
            {t('topUps.history.amountFor', {
              amount: format.usd(topUp.amount),
              period: daysText(format.language, topUp.days),
            })}
          </Typography>
          {topUp.appliedAt && topUp.baseBudget !== undefined && (
            <Caption>
              {t('topUps.history.budgetChange', {
                from: format.usd(topUp.baseBudget),
                to: format.usd(topUp.baseBudget + topUp.amount),
              })}
            </Caption>
          )}
        </>
      ),
    },
    {
      title: t('topUps.usage.columns.status'),
      field: 'status',
      width: 'auto',
      render: topUp => <TopUpStatusChip status={topUp.status} />,
    },
    {
      title: t('topUps.usage.columns.decision'),
      field: 'decidedAt',
      cellStyle: { minWidth: 180 },
      render: topUp => {
        if (!topUp.decidedBy) {
          return topUp.status === 'pending' ? (
            <Typography variant="body2" color="textSecondary">
              {t('topUps.usage.waiting')}
            </Typography>
          ) : (
            '—'
          );
        }
        const denied = topUp.status === 'denied';
        return (
          <>
            <Typography variant="body2" component="div">
              {t(
                denied
                  ? 'topUps.history.deniedBy'
                  : 'topUps.history.approvedBy',
                {
                  who: who(topUp.decidedBy),
                  when: format.relativeTime(topUp.decidedAt),
                },
              )}
            </Typography>
            {topUp.decisionReason && (
              <Caption>
                {t(denied ? 'topUps.history.reason' : 'topUps.history.note', {
                  text: topUp.decisionReason,
                })}
              </Caption>
            )}
          </>
        );
      },
    },
    {
      title: t('topUps.usage.columns.ends'),
      field: 'endsAt',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: topUp => {
        const at = topUp.endedAt ?? topUp.endsAt;
        if (!at) return '—';
        return (
          <span title={format.dateTime(at)}>
            {t(topUp.endedAt ? 'topUps.usage.endedOn' : 'topUps.usage.endsOn', {
              date: format.date(at),
            })}
          </span>
        );
      },
    },
  ];

  const value = topUps.value;
  const items = useMemo(
    () =>
      [...(value?.items ?? [])].sort((a, b) =>
        b.createdAt.localeCompare(a.createdAt),
      ),
    [value],
  );
  const title = t('topUps.usage.title');
  const description =
    scope === 'all'
      ? t('topUps.usage.descriptionAll')
      : t('topUps.usage.description');
  let state;
  if (topUps.loading && !value) {
    state = <Loading label={t('topUps.usage.loading')} />;
  } else if (topUps.error && !value) {
    state = <ErrorWithRetry error={topUps.error} onRetry={topUps.retry} />;
  } else if (items.length === 0) {
    state = (
      <Typography variant="body2" color="textSecondary">
        {scope === 'all' ? t('topUps.usage.noneAll') : t('topUps.usage.none')}
      </Typography>
    );
  }

  return (
    <Box mt={3} component="section" aria-label={title}>
      {state ? (
        <Paper>
          <Box p={3}>
            <Typography variant="h6" component="h2">
              {title}
            </Typography>
            <Typography variant="body2" color="textSecondary" gutterBottom>
              {description}
            </Typography>
            {state}
          </Box>
        </Paper>
      ) : (
        <DataTable<BudgetTopUp>
          label={title}
          title={t('topUps.usage.tableTitle', {
            total: format.count(items.length),
          })}
          subtitle={description}
          columns={columns}
          data={items}
          isLoading={topUps.loading}
          options={{ pageSize: 10 }}
        />
      )}
    </Box>
  );
}
