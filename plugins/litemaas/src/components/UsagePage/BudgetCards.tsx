import { ApiKey } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  BudgetTone,
  SpendBar,
  ToneChip,
  budgetRatio,
  spendTone,
  subjectLabel,
  toneColor,
} from '../common';
import { formatPercent } from '../format';

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
  name: { wordBreak: 'break-word' },
}));

type BudgetState = BudgetTone | 'none';

function budgetState(key: ApiKey): BudgetState {
  if (key.limits.maxBudget === undefined) return 'none';
  return spendTone(budgetRatio(key.spend, key.limits.maxBudget));
}

/** Closest to (or past) its budget first; keys without a budget last. */
function byBudgetUse(a: ApiKey, b: ApiKey): number {
  const hasA = a.limits.maxBudget !== undefined;
  const hasB = b.limits.maxBudget !== undefined;
  if (hasA !== hasB) return hasA ? -1 : 1;
  return (
    budgetRatio(b.spend, b.limits.maxBudget) -
      budgetRatio(a.spend, a.limits.maxBudget) ||
    b.spend - a.spend ||
    a.name.localeCompare(b.name)
  );
}

function BudgetChip(props: { state: BudgetState; ratio: number }) {
  if (props.state === 'error') {
    return <ToneChip tone="error" label="Budget used up" />;
  }
  if (props.state === 'warning') {
    return (
      <ToneChip
        tone="warning"
        label={`${formatPercent(Math.floor(props.ratio * 100) / 100)} used`}
      />
    );
  }
  return null;
}

/**
 * Each key's spend in its current budget period against its budget: amber
 * from 80%, red once used up (LiteLLM then refuses the key's requests).
 */
export function BudgetCards(props: { keys: ApiKey[] }) {
  const classes = useStyles();
  const keys = [...props.keys].sort(byBudgetUse);
  return (
    <Grid container spacing={2} component="ul" className={classes.list}>
      {keys.map(key => {
        const state = budgetState(key);
        const ratio = budgetRatio(key.spend, key.limits.maxBudget);
        const owner = subjectLabel(key.subjectRef);
        return (
          <Grid
            item
            key={key.id}
            xs={12}
            sm={6}
            md={4}
            lg={3}
            component="li"
            aria-label={`Budget of ${key.name}`}
            data-state={state}
          >
            <Paper
              variant="outlined"
              className={`${classes.card} ${
                state === 'none' ? '' : classes[state]
              }`}
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
                    <strong>{key.name}</strong>
                  </Typography>
                  <Typography variant="caption" color="textSecondary">
                    {owner === 'Me' ? 'Yours' : `Team ${owner}`}
                  </Typography>
                </Box>
                <BudgetChip state={state} ratio={ratio} />
              </Box>
              <SpendBar
                spend={key.spend}
                maxBudget={key.limits.maxBudget}
                budgetDuration={key.limits.budgetDuration}
              />
              {key.limits.maxBudget !== undefined &&
                !key.limits.budgetDuration && (
                  <Typography variant="caption" color="textSecondary">
                    for the key's lifetime
                  </Typography>
                )}
            </Paper>
          </Grid>
        );
      })}
    </Grid>
  );
}
