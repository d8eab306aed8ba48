import { ReactNode } from 'react';
import { ApiKey, TeamBudget } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  BudgetStatusChip,
  EntityRefLink,
  SpendBar,
  budgetState,
  byBudgetUse,
  subjectLabel,
  toneColor,
} from '../common';
import { formatDate, formatDateTime, formatEntityRef } from '../format';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', padding: 0, margin: 0 },
  card: {
    padding: theme.spacing(1.5, 2),
    height: '100%',
    boxSizing: 'border-box',
    borderLeft: `4px solid ${theme.palette.divider}`,
  },
  success: { borderLeftColor: toneColor(theme, 'success') },
  warning: { borderLeftColor: toneColor(theme, 'warning') },
  error: { borderLeftColor: toneColor(theme, 'error') },
  none: {},
  name: { wordBreak: 'break-word' },
}));

/** What a card shows: a key's or a team's spend against its budget. */
interface BudgetItem {
  id: string;
  /** Plain text, for sorting and the card's accessible name. */
  name: string;
  title: ReactNode;
  caption: string;
  spend: number;
  maxBudget?: number;
  budgetDuration?: string;
  /** Below the bar: when the budget resets, or that it never does. */
  note?: ReactNode;
}

function Note(props: { children: ReactNode }) {
  return (
    <Typography variant="caption" color="textSecondary" component="div">
      {props.children}
    </Typography>
  );
}

/**
 * Spend in the current budget period against the budget: amber from 80%,
 * red once used up (LiteLLM then refuses the requests).
 */
function BudgetCardList(props: { items: BudgetItem[] }) {
  const classes = useStyles();
  return (
    <Grid container spacing={2} component="ul" className={classes.list}>
      {[...props.items]
        .sort((a, b) => byBudgetUse(a, b) || a.name.localeCompare(b.name))
        .map(item => {
          const state = budgetState(item.spend, item.maxBudget);
          return (
            <Grid
              item
              key={item.id}
              xs={12}
              sm={6}
              md={4}
              lg={3}
              component="li"
              aria-label={`Budget of ${item.name}`}
              data-state={state}
            >
              <Paper
                variant="outlined"
                className={`${classes.card} ${classes[state]}`}
              >
                <Box
                  display="flex"
                  alignItems="flex-start"
                  justifyContent="space-between"
                  mb={1}
                  style={{ gap: 8 }}
                >
                  <Box>
                    <Typography variant="body2" className={classes.name}>
                      <strong>{item.title}</strong>
                    </Typography>
                    <Typography variant="caption" color="textSecondary">
                      {item.caption}
                    </Typography>
                  </Box>
                  <BudgetStatusChip
                    spend={item.spend}
                    maxBudget={item.maxBudget}
                    quiet
                  />
                </Box>
                <SpendBar
                  spend={item.spend}
                  maxBudget={item.maxBudget}
                  budgetDuration={item.budgetDuration}
                />
                {item.note && <Note>{item.note}</Note>}
              </Paper>
            </Grid>
          );
        })}
    </Grid>
  );
}

/** Each of the caller's keys against its budget. */
export function KeyBudgetCards(props: { keys: ApiKey[] }) {
  return (
    <BudgetCardList
      items={props.keys.map(key => {
        const owner = subjectLabel(key.subjectRef);
        const lifetime =
          key.limits.maxBudget !== undefined && !key.limits.budgetDuration;
        return {
          id: key.id,
          name: key.name,
          title: key.name,
          caption: owner === 'Me' ? 'Yours' : `Team ${owner}`,
          spend: key.spend,
          maxBudget: key.limits.maxBudget,
          budgetDuration: key.limits.budgetDuration,
          note: lifetime
            ? "for the key's lifetime"
            : resetOn(key.budgetResetAt),
        };
      })}
    />
  );
}

/** "resets Dec 1, 2026", with the exact time on hover. */
function resetOn(at?: string): ReactNode {
  if (!at) return undefined;
  return <span title={formatDateTime(at)}>resets {formatDate(at)}</span>;
}

/** When a team's budget starts again, or that it does not. */
function resetNote(budget: TeamBudget): ReactNode {
  if (budget.stale) {
    return (
      <span title={budget.stale.reason}>
        as of {formatDateTime(budget.stale.asOf)} (the gateway is unavailable)
      </span>
    );
  }
  if (!budget.budgetDuration) return "for the team's lifetime";
  return resetOn(budget.budgetResetAt);
}

/** Each of the caller's teams against its budget (teams with one only). */
export function TeamBudgetCards(props: { budgets: TeamBudget[] }) {
  return (
    <BudgetCardList
      items={props.budgets.map(budget => ({
        id: budget.teamRef,
        name: `team ${formatEntityRef(budget.teamRef)}`,
        title: <EntityRefLink entityRef={budget.teamRef} />,
        caption: 'Team budget, shared by its keys',
        spend: budget.spend,
        maxBudget: budget.maxBudget,
        budgetDuration: budget.budgetDuration,
        note: resetNote(budget),
      }))}
    />
  );
}

/** A team with a budget to show: known to LiteLLM, with a maximum set. */
export function hasTeamBudget(budget: TeamBudget): boolean {
  return budget.exists && budget.maxBudget !== undefined;
}
