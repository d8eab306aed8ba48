import { useLitemaasText } from '../../translationText';
import { ReactNode, useState } from 'react';
import { Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { TeamBudget } from '@litemaas/backstage-plugin-litemaas-common';
import Button from '@material-ui/core/Button';
import DialogContentText from '@material-ui/core/DialogContentText';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import {
  BudgetStatusChip,
  ConfirmDialog,
  EntityRefLink,
  byBudgetUse,
  useDialogTarget,
} from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';
import { AdminSection } from './AdminSection';
import { TeamBudgetDialog } from './TeamBudgetDialog';

function Caption(props: { children: ReactNode }) {
  return (
    <Typography variant="caption" color="textSecondary" component="div">
      {props.children}
    </Typography>
  );
}

/**
 * Every team's budget in LiteLLM, for admins: spend in the current period
 * against the budget, when it resets, and setting, changing or removing it.
 */
export function TeamBudgets() {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listTeamBudgets({ scope: 'all' }),
    [api],
  );
  // `null`: a new budget for a team still to pick.
  const editing = useDialogTarget<TeamBudget | null>();
  // A new dialog each time, so it starts from the team's current values.
  const [dialogKey, setDialogKey] = useState(0);
  const removing = useDialogTarget<TeamBudget>();
  const budgets = value?.items ?? [];

  const period = (budget: TeamBudget): string => {
    if (budget.budgetDuration) return format.duration(budget.budgetDuration);
    return budget.maxBudget === undefined
      ? '—'
      : t('keysAdmin.teams.neverResets');
  };

  /** "$40 per 30 days", for messages. */
  const budgetText = (budget: TeamBudget): string => {
    const amount = format.usd(budget.maxBudget);
    return budget.budgetDuration
      ? t('keysAdmin.teams.budgetPer', {
          amount,
          period: format.duration(budget.budgetDuration),
        })
      : amount;
  };

  const edit = (budget: TeamBudget | null) => {
    setDialogKey(k => k + 1);
    editing.show(budget);
  };

  const saved = (budget: TeamBudget) => {
    alertApi.post({
      message: t('keysAdmin.teams.saved', {
        team: formatEntityRef(budget.teamRef),
        budget: budgetText(budget),
      }),
      severity: 'success',
      display: 'transient',
    });
    retry();
  };

  const remove = async () => {
    const target = removing.target!;
    await api.setTeamBudget({ teamRef: target.teamRef, maxBudget: null });
    alertApi.post({
      message: t('keysAdmin.teams.removed', {
        team: formatEntityRef(target.teamRef),
      }),
      severity: 'success',
      display: 'transient',
    });
    retry();
  };

  let body: ReactNode;
  if (loading && !value) {
    body = <Progress />;
  } else if (error && !value) {
    body = <ErrorWithRetry error={error} onRetry={retry} />;
  } else if (budgets.length === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        {t('keysAdmin.teams.empty')}
      </Typography>
    );
  } else {
    const rows = [...budgets].sort(
      (a, b) => byBudgetUse(a, b) || a.teamRef.localeCompare(b.teamRef),
    );
    body = (
      <TableContainer>
        <Table size="small" aria-label={t('keysAdmin.sections.teams')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('keysAdmin.teams.columns.team')}</TableCell>
              <TableCell align="right">
                {t('keysAdmin.teams.columns.spend')}
              </TableCell>
              <TableCell align="right">
                {t('keysAdmin.teams.columns.budget')}
              </TableCell>
              <TableCell>{t('keysAdmin.teams.columns.period')}</TableCell>
              <TableCell>{t('keysAdmin.teams.columns.nextReset')}</TableCell>
              <TableCell>{t('keysAdmin.teams.columns.status')}</TableCell>
              <TableCell align="right">
                {t('keysAdmin.teams.columns.actions')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(budget => {
              const team = formatEntityRef(budget.teamRef);
              const hasBudget = budget.maxBudget !== undefined;
              return (
                <TableRow key={budget.teamRef} hover>
                  <TableCell>
                    <EntityRefLink entityRef={budget.teamRef} />
                    {!budget.exists && (
                      <Caption>{t('keysAdmin.teams.notInLiteLLM')}</Caption>
                    )}
                  </TableCell>
                  <TableCell align="right">
                    {format.spend(budget.spend)}
                  </TableCell>
                  <TableCell align="right">
                    {hasBudget ? format.usd(budget.maxBudget) : '—'}
                    {budget.softBudget !== undefined && (
                      <Caption>
                        {t('keysAdmin.teams.alertAt', {
                          amount: format.usd(budget.softBudget),
                        })}
                      </Caption>
                    )}
                  </TableCell>
                  <TableCell>{period(budget)}</TableCell>
                  <TableCell>
                    {budget.budgetResetAt ? (
                      <span title={format.dateTime(budget.budgetResetAt)}>
                        {format.date(budget.budgetResetAt)}
                      </span>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                  <TableCell>
                    <BudgetStatusChip
                      spend={budget.spend}
                      maxBudget={budget.maxBudget}
                    />
                  </TableCell>
                  <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      color="primary"
                      aria-label={t(
                        hasBudget
                          ? 'keysAdmin.teams.editLabel'
                          : 'keysAdmin.teams.setLabel',
                        { team },
                      )}
                      onClick={() => edit(budget)}
                    >
                      {hasBudget
                        ? t('keysAdmin.teams.edit')
                        : t('keysAdmin.teams.setBudget')}
                    </Button>
                    {hasBudget && (
                      <Button
                        size="small"
                        color="secondary"
                        aria-label={t('keysAdmin.teams.removeLabel', { team })}
                        onClick={() => removing.show(budget)}
                      >
                        {t('keysAdmin.teams.remove')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    );
  }

  return (
    <AdminSection
      title={t('keysAdmin.sections.teams')}
      description={t('keysAdmin.teams.description')}
      action={
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          onClick={() => edit(null)}
        >
          {t('keysAdmin.teamBudget.titleNew')}
        </Button>
      }
    >
      {body}
      <TeamBudgetDialog
        key={dialogKey}
        open={editing.open}
        budget={editing.target ?? undefined}
        budgets={budgets}
        onClose={editing.hide}
        onSaved={saved}
      />
      <ConfirmDialog
        open={removing.open}
        title={t('keysAdmin.teams.removeTitle', {
          team: removing.target ? formatEntityRef(removing.target.teamRef) : '',
        })}
        confirmLabel={t('keysAdmin.teams.removeConfirm')}
        danger
        onConfirm={remove}
        onClose={removing.hide}
      >
        <DialogContentText>{t('keysAdmin.teams.removeText')}</DialogContentText>
      </ConfirmDialog>
    </AdminSection>
  );
}
