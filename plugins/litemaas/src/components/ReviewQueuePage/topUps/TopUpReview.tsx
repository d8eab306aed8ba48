import { ReactNode, useMemo } from 'react';
import { Progress, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { BudgetTopUp } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useLitemaasText } from '../../../translationText';
import { litemaasApiRef } from '../../../api';
import { EntityRefLink, Identifier, useDialogTarget } from '../../common';
import { DataTable } from '../../common/DataTable';
import { ErrorWithRetry } from '../../common/ErrorWithRetry';
import { formatEntityRef } from '../../format';
import { useLocaleFormat } from '../../useLocaleFormat';
import { daysText, useTopUpTargetName } from '../../topUps';
import { ApproveTopUpDialog, DenyTopUpDialog } from './TopUpDecisionDialogs';

function Caption(props: { children: ReactNode }) {
  return (
    <Typography variant="caption" color="textSecondary" component="div">
      {props.children}
    </Typography>
  );
}

/**
 * Top-ups the caller may decide (an admin, or whoever reviews every model
 * on the key): approve as asked or for less, or deny with a reason.
 */
export function TopUpReview() {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const topUps = useAsyncRetry(
    () => api.listTopUps({ scope: 'review', status: ['pending'] }),
    [api],
  );
  const nameOf = useTopUpTargetName();
  const approving = useDialogTarget<BudgetTopUp>();
  const denying = useDialogTarget<BudgetTopUp>();

  const columns: TableColumn<BudgetTopUp>[] = [
    {
      title: t('topUps.review.columns.key'),
      field: 'keyName',
      highlight: true,
      render: topUp => (
        <Typography variant="body2" component="span">
          <strong>
            <Identifier maxWidth={180}>{nameOf(topUp)}</Identifier>
          </strong>
        </Typography>
      ),
    },
    {
      title: t('topUps.review.columns.owner'),
      field: 'subjectRef',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: topUp => <EntityRefLink entityRef={topUp.subjectRef} />,
    },
    {
      // The key's budget now and with the top-up, where the backend says
      // what it is now, else the amount asked; for how long below (one
      // column less, so the table fits 1280 px in German).
      title: t('topUps.review.columns.budget'),
      field: 'amount',
      type: 'numeric',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: topUp => (
        <>
          <strong>
            {topUp.baseBudget === undefined
              ? t('topUps.review.plus', { amount: format.usd(topUp.amount) })
              : t('topUps.review.budgetChange', {
                  from: format.usd(topUp.baseBudget),
                  to: format.usd(topUp.baseBudget + topUp.amount),
                })}
          </strong>
          <Caption>
            {t('topUps.review.forDays', {
              period: daysText(format.language, topUp.days),
            })}
          </Caption>
        </>
      ),
    },
    {
      title: t('topUps.review.columns.justification'),
      field: 'justification',
      width: 'auto',
      cellStyle: { minWidth: 200, overflowWrap: 'anywhere' },
      render: topUp =>
        topUp.justification ?? (
          <Typography variant="body2" color="textSecondary">
            {t('review.noJustification')}
          </Typography>
        ),
    },
    {
      title: t('topUps.review.columns.asked'),
      field: 'createdAt',
      width: 'auto',
      cellStyle: { whiteSpace: 'nowrap' },
      render: topUp => (
        <>
          <span title={format.dateTime(topUp.createdAt)}>
            {format.relativeTime(topUp.createdAt)}
          </span>
          <Caption>
            {t('topUps.review.askedBy', {
              name: formatEntityRef(topUp.requestedBy),
            })}
          </Caption>
        </>
      ),
    },
    {
      title: t('topUps.review.columns.decide'),
      field: 'id',
      width: 'auto',
      sorting: false,
      align: 'right',
      cellStyle: { whiteSpace: 'nowrap' },
      // Stacked, so the row fits at 1280 px.
      render: topUp => (
        <Box display="flex" flexDirection="column" alignItems="flex-end">
          <Button
            size="small"
            color="primary"
            onClick={() => approving.show(topUp)}
            aria-label={t('topUps.review.approveLabel', {
              name: nameOf(topUp),
            })}
          >
            {t('topUps.review.approve')}
          </Button>
          <Button
            size="small"
            onClick={() => denying.show(topUp)}
            aria-label={t('topUps.review.denyLabel', { name: nameOf(topUp) })}
          >
            {t('topUps.review.deny')}
          </Button>
        </Box>
      ),
    },
  ];

  const description = t('topUps.review.description');
  const value = topUps.value;
  // Oldest first: who waits longest comes first.
  const items = useMemo(
    () =>
      [...(value?.items ?? [])].sort((a, b) =>
        a.createdAt.localeCompare(b.createdAt),
      ),
    [value],
  );
  let state;
  if (topUps.loading && !topUps.value) state = <Progress />;
  else if (topUps.error && !topUps.value) {
    state = <ErrorWithRetry error={topUps.error} onRetry={topUps.retry} />;
  } else if (items.length === 0) {
    state = (
      <Typography variant="body2" color="textSecondary">
        {t('topUps.review.none')}
      </Typography>
    );
  }

  return (
    <Box component="section" aria-label={t('topUps.review.heading')}>
      {state ? (
        <Paper>
          <Box p={3}>
            <Typography variant="h6" component="h2">
              {t('topUps.review.heading')}
            </Typography>
            <Typography variant="body2" color="textSecondary" gutterBottom>
              {description}
            </Typography>
            {state}
          </Box>
        </Paper>
      ) : (
        <DataTable<BudgetTopUp>
          label={t('topUps.review.heading')}
          title={t('topUps.review.title', {
            total: format.count(items.length),
          })}
          subtitle={description}
          columns={columns}
          data={items}
          isLoading={topUps.loading}
        />
      )}
      <ApproveTopUpDialog
        open={approving.open}
        topUp={approving.target}
        onClose={approving.hide}
        onDone={topUps.retry}
      />
      <DenyTopUpDialog
        open={denying.open}
        topUp={denying.target}
        onClose={denying.hide}
        onDone={topUps.retry}
      />
    </Box>
  );
}
