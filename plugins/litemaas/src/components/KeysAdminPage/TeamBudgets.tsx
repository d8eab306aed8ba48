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
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatEntityRef,
  formatSpend,
  formatUsd,
} from '../format';
import { AdminSection } from './AdminSection';
import { TeamBudgetDialog } from './TeamBudgetDialog';

function Caption(props: { children: ReactNode }) {
  return (
    <Typography variant="caption" color="textSecondary" component="div">
      {props.children}
    </Typography>
  );
}

function period(budget: TeamBudget): string {
  if (budget.budgetDuration) return formatDuration(budget.budgetDuration);
  return budget.maxBudget === undefined ? '—' : 'Never resets';
}

/** "$40 per 30 days", for messages. */
function budgetText(budget: TeamBudget): string {
  const max = formatUsd(budget.maxBudget);
  return budget.budgetDuration
    ? `${max} per ${formatDuration(budget.budgetDuration)}`
    : max;
}

/**
 * Every team's budget in LiteLLM, for admins: spend in the current period
 * against the budget, when it resets, and setting, changing or removing it.
 */
export function TeamBudgets() {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
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

  const edit = (budget: TeamBudget | null) => {
    setDialogKey(k => k + 1);
    editing.show(budget);
  };

  const saved = (budget: TeamBudget) => {
    alertApi.post({
      message: `Budget of ${formatEntityRef(
        budget.teamRef,
      )} set to ${budgetText(budget)}.`,
      severity: 'success',
      display: 'transient',
    });
    retry();
  };

  const remove = async () => {
    const target = removing.target!;
    await api.setTeamBudget({ teamRef: target.teamRef, maxBudget: null });
    alertApi.post({
      message: `Budget of ${formatEntityRef(target.teamRef)} removed.`,
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
        The portal knows no teams yet: teams appear here once they have access
        to a model or a key. Set a budget for any group of the catalog with the
        button above.
      </Typography>
    );
  } else {
    const rows = [...budgets].sort(
      (a, b) => byBudgetUse(a, b) || a.teamRef.localeCompare(b.teamRef),
    );
    body = (
      <TableContainer>
        <Table size="small" aria-label="Team budgets">
          <TableHead>
            <TableRow>
              <TableCell>Team</TableCell>
              <TableCell align="right">Spend</TableCell>
              <TableCell align="right">Budget</TableCell>
              <TableCell>Period</TableCell>
              <TableCell>Next reset</TableCell>
              <TableCell>Status</TableCell>
              <TableCell align="right">Actions</TableCell>
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
                    {!budget.exists && <Caption>Not in LiteLLM yet</Caption>}
                  </TableCell>
                  <TableCell align="right">
                    {formatSpend(budget.spend)}
                  </TableCell>
                  <TableCell align="right">
                    {hasBudget ? formatUsd(budget.maxBudget) : '—'}
                    {budget.softBudget !== undefined && (
                      <Caption>alert at {formatUsd(budget.softBudget)}</Caption>
                    )}
                  </TableCell>
                  <TableCell>{period(budget)}</TableCell>
                  <TableCell>
                    {budget.budgetResetAt ? (
                      <span title={formatDateTime(budget.budgetResetAt)}>
                        {formatDate(budget.budgetResetAt)}
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
                      aria-label={`${
                        hasBudget ? 'Edit' : 'Set'
                      } the budget of ${team}`}
                      onClick={() => edit(budget)}
                    >
                      {hasBudget ? 'Edit' : 'Set budget'}
                    </Button>
                    {hasBudget && (
                      <Button
                        size="small"
                        color="secondary"
                        aria-label={`Remove the budget of ${team}`}
                        onClick={() => removing.show(budget)}
                      >
                        Remove
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
      title="Team budgets"
      description="A team's budget caps the spend of all its keys together, on top of each key's own budget. LiteLLM refuses the team's keys once it is used up, until the period starts again."
      action={
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          onClick={() => edit(null)}
        >
          Set team budget
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
        title={`Remove the budget of ${
          removing.target ? formatEntityRef(removing.target.teamRef) : ''
        }?`}
        confirmLabel="Remove budget"
        danger
        onConfirm={remove}
        onClose={removing.hide}
      >
        <DialogContentText>
          The team's keys are then limited by their own budgets only. Its spend
          so far stays on record.
        </DialogContentText>
      </ConfirmDialog>
    </AdminSection>
  );
}
