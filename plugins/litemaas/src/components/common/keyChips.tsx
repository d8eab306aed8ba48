import { ApiKey, KeyStatus } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  formatDuration,
  formatPercent,
  formatSpend,
  formatUsd,
} from '../format';
import { Tone, ToneChip, toneColor } from './chips';

const KEY_STATUSES: Record<
  KeyStatus,
  { tone: Tone; label: string; explanation: string }
> = {
  active: { tone: 'success', label: 'Active', explanation: 'Ready to use.' },
  'expiring-soon': {
    tone: 'warning',
    label: 'Expiring soon',
    explanation: 'Expires within a week: create a new key in time.',
  },
  expired: {
    tone: 'brown',
    label: 'Expired',
    explanation: 'Past its expiry date: requests with it are refused.',
  },
  blocked: {
    tone: 'error',
    label: 'Blocked',
    explanation: 'An admin blocked it: requests with it are refused.',
  },
  'over-budget': {
    tone: 'purple',
    label: 'Over budget',
    explanation:
      'Its spend reached the budget: requests are refused until the budget period starts again.',
  },
  revoking: {
    tone: 'warning',
    label: 'Revoking',
    explanation:
      'Revoked in the portal, not yet confirmed by the gateway (it was unavailable): it may still work until the portal retries, which it does automatically.',
  },
  revoked: {
    tone: 'neutral',
    label: 'Revoked',
    explanation: 'Deleted from the gateway: it no longer works.',
  },
  creating: {
    tone: 'info',
    label: 'Creating',
    explanation: 'Being created in the gateway.',
  },
  failed: {
    tone: 'pink',
    label: 'Failed',
    explanation: 'The gateway could not create it. It never worked.',
  },
};

/** Keys in these states exist in LiteLLM and can still be changed. */
export function isLiveKey(key: Pick<ApiKey, 'status'>): boolean {
  return (
    key.status !== 'revoked' &&
    key.status !== 'failed' &&
    key.status !== 'creating'
  );
}

export function keyStatusLabel(status: KeyStatus): string {
  return KEY_STATUSES[status]?.label ?? status;
}

/** One colour per key state, with what it means on hover. */
export function KeyStatusChip(props: { status: KeyStatus }) {
  const status = KEY_STATUSES[props.status];
  if (!status) return <ToneChip tone="neutral" label={props.status} />;
  return (
    <ToneChip
      tone={status.tone}
      label={status.label}
      title={status.explanation}
    />
  );
}

/** Keys made outside the create dialog say where they came from. */
export function KeyOriginChip(props: { origin: ApiKey['origin'] }) {
  if (props.origin === 'portal') return null;
  return (
    <ToneChip
      tone="info"
      label={props.origin === 'provisioned' ? 'Provisioned' : 'Adopted'}
      title={
        props.origin === 'provisioned'
          ? 'Made by an admin in a batch, e.g. for a workshop'
          : 'Found in LiteLLM and taken over by the portal'
      }
    />
  );
}

/** From this share of the budget on, the bar warns. */
export const BUDGET_WARNING_RATIO = 0.8;

export type BudgetTone = 'success' | 'warning' | 'error';

export function spendTone(ratio: number): BudgetTone {
  if (ratio >= 1) return 'error';
  if (ratio >= BUDGET_WARNING_RATIO) return 'warning';
  return 'success';
}

/** The share of the budget spent; a zero budget is used up from the start. */
export function budgetRatio(spend: number, maxBudget?: number): number {
  if (maxBudget) return spend / maxBudget;
  return maxBudget === 0 ? 1 : 0;
}

/**
 * Closest to (or past) its budget first, then the bigger spender; those
 * without a budget last. Ties are left to the caller.
 */
export function byBudgetUse(
  a: { spend: number; maxBudget?: number },
  b: { spend: number; maxBudget?: number },
): number {
  const hasA = a.maxBudget !== undefined;
  const hasB = b.maxBudget !== undefined;
  if (hasA !== hasB) return hasA ? -1 : 1;
  return (
    budgetRatio(b.spend, b.maxBudget) - budgetRatio(a.spend, a.maxBudget) ||
    b.spend - a.spend
  );
}

/** Where spend stands against a budget; `none` without a budget. */
export type BudgetState = BudgetTone | 'none';

export function budgetState(spend: number, maxBudget?: number): BudgetState {
  if (maxBudget === undefined) return 'none';
  return spendTone(budgetRatio(spend, maxBudget));
}

/**
 * Spend against a budget as a chip: used up, the share used from 80% on,
 * within budget, or no budget. `quiet` leaves out the last two, for places
 * that only need to draw attention.
 */
export function BudgetStatusChip(props: {
  spend: number;
  maxBudget?: number;
  quiet?: boolean;
}) {
  const { spend, maxBudget } = props;
  const state = budgetState(spend, maxBudget);
  if (state === 'error')
    return <ToneChip tone="error" label="Budget used up" />;
  if (state === 'warning') {
    const ratio = budgetRatio(spend, maxBudget);
    return (
      <ToneChip
        tone="warning"
        label={`${formatPercent(Math.floor(ratio * 100) / 100)} used`}
      />
    );
  }
  if (props.quiet) return null;
  return state === 'success' ? (
    <ToneChip tone="success" label="Within budget" />
  ) : (
    <ToneChip tone="neutral" label="No budget" />
  );
}

// Static rules, one per tone, nested under the root: they must beat the
// bar's own colour, whatever order the style sheets load in.
const useSpendStyles = makeStyles(theme => {
  const bar = (tone: Tone) => ({
    '& $bar': { backgroundColor: toneColor(theme, tone) },
  });
  return {
    root: { backgroundColor: theme.palette.action.hover },
    bar: {},
    success: bar('success'),
    warning: bar('warning'),
    error: bar('error'),
  };
});

/** Spend against the budget: "$8.00 of $10", a bar that warns from 80%. */
export function SpendBar(props: {
  spend: number;
  maxBudget?: number;
  budgetDuration?: string;
}) {
  const { spend, maxBudget, budgetDuration } = props;
  const ratio = budgetRatio(spend, maxBudget);
  const tone = spendTone(ratio);
  const classes = useSpendStyles();
  if (maxBudget === undefined) {
    return (
      <Typography variant="body2" component="div" style={{ minWidth: 110 }}>
        {formatSpend(spend)}
        <Typography variant="caption" color="textSecondary" component="div">
          No budget
        </Typography>
      </Typography>
    );
  }
  const label = `${formatSpend(spend)} of ${formatUsd(maxBudget)}`;
  return (
    <Box minWidth={110}>
      <Typography variant="body2" component="div">
        {label}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, Math.round(ratio * 100))}
        aria-label={`Spend: ${label}`}
        data-tone={tone}
        classes={{
          root: `${classes.root} ${classes[tone]}`,
          bar: classes.bar,
        }}
      />
      {budgetDuration && (
        <Typography variant="caption" color="textSecondary">
          per {formatDuration(budgetDuration)}
        </Typography>
      )}
    </Box>
  );
}
