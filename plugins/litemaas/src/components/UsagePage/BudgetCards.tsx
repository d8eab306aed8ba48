import { LitemaasText, useLitemaasText } from '../../translationText';
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
  toneColor,
} from '../common';
import { formatEntityRef } from '../format';
import { LocaleFormat } from '../localeFormat';
import { useLocaleFormat } from '../useLocaleFormat';

type Translate = LitemaasText;

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
  /** Below the note: e.g. a key's budget top-up, or asking for one. */
  extra?: ReactNode;
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
  const t = useLitemaasText();
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
              aria-label={t('usage.budgets.cardLabel', { name: item.name })}
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
                {item.extra}
              </Paper>
            </Grid>
          );
        })}
    </Grid>
  );
}

/**
 * Each of the caller's keys against its budget. `extra` adds to a key's
 * card below the bar (its budget top-up).
 */
export function KeyBudgetCards(props: {
  keys: ApiKey[];
  extra?(key: ApiKey): ReactNode;
}) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return (
    <BudgetCardList
      items={props.keys.map(key => {
        const mine = key.subjectRef
          .toLocaleLowerCase('en-US')
          .startsWith('user:');
        const lifetime =
          key.limits.maxBudget !== undefined && !key.limits.budgetDuration;
        return {
          id: key.id,
          name: key.name,
          title: key.name,
          caption: mine
            ? t('usage.budgets.yours')
            : t('usage.budgets.team', {
                name: formatEntityRef(key.subjectRef),
              }),
          spend: key.spend,
          maxBudget: key.limits.maxBudget,
          budgetDuration: key.limits.budgetDuration,
          note: lifetime
            ? t('usage.budgets.keyLifetime')
            : resetOn(key.budgetResetAt, t, format),
          extra: props.extra?.(key),
        };
      })}
    />
  );
}

/** "resets Dec 1, 2026", with the exact time on hover. */
function resetOn(
  at: string | undefined,
  t: Translate,
  format: LocaleFormat,
): ReactNode {
  if (!at) return undefined;
  return (
    <span title={format.dateTime(at)}>
      {t('usage.budgets.resets', { date: format.date(at) })}
    </span>
  );
}

/** When a team's budget starts again, or that it does not. */
function resetNote(
  budget: TeamBudget,
  t: Translate,
  format: LocaleFormat,
): ReactNode {
  if (budget.stale) {
    return (
      <span title={budget.stale.reason}>
        {t('usage.budgets.stale', { time: format.dateTime(budget.stale.asOf) })}
      </span>
    );
  }
  if (!budget.budgetDuration) return t('usage.budgets.teamLifetime');
  return resetOn(budget.budgetResetAt, t, format);
}

/**
 * Each of the caller's teams against its budget (teams with one only).
 * `extra` adds to a team's card below the bar (its budget top-up).
 */
export function TeamBudgetCards(props: {
  budgets: TeamBudget[];
  extra?(budget: TeamBudget): ReactNode;
}) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return (
    <BudgetCardList
      items={props.budgets.map(budget => ({
        id: budget.teamRef,
        name: t('usage.budgets.teamName', {
          name: formatEntityRef(budget.teamRef),
        }),
        title: <EntityRefLink entityRef={budget.teamRef} />,
        caption: t('usage.budgets.teamCaption'),
        spend: budget.spend,
        maxBudget: budget.maxBudget,
        budgetDuration: budget.budgetDuration,
        note: resetNote(budget, t, format),
        extra: props.extra?.(budget),
      }))}
    />
  );
}

/** A team with a budget to show: known to LiteLLM, with a maximum set. */
export function hasTeamBudget(budget: TeamBudget): boolean {
  return budget.exists && budget.maxBudget !== undefined;
}
