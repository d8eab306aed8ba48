import { useCallback } from 'react';
import { ApiKey, KeyStatus } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { keysMessages } from '../../messages/keys';
import { Tone, ToneChip, toneColor } from './chips';
import { KeysMessageKey, KeysText, useKeysWords } from './keysText';

type StatusName = keyof typeof keysMessages.keys.status & string;
type StatusLabel = Exclude<StatusName, `${string}Help`>;

/** Each state's tone and message (its label; `…Help` says what it means). */
const KEY_STATUSES: Record<KeyStatus, { tone: Tone; message: StatusLabel }> = {
  active: { tone: 'success', message: 'active' },
  'expiring-soon': { tone: 'warning', message: 'expiringSoon' },
  expired: { tone: 'brown', message: 'expired' },
  blocked: { tone: 'error', message: 'blocked' },
  'over-budget': { tone: 'purple', message: 'overBudget' },
  revoking: { tone: 'warning', message: 'revoking' },
  revoked: { tone: 'neutral', message: 'revoked' },
  creating: { tone: 'info', message: 'creating' },
  failed: { tone: 'pink', message: 'failed' },
};

function statusText(t: KeysText, status: KeyStatus) {
  const known = KEY_STATUSES[status];
  if (!known) return undefined;
  const label: KeysMessageKey = `keys.status.${known.message}`;
  const help: KeysMessageKey = `keys.status.${known.message}Help`;
  return { tone: known.tone, label: t(label), explanation: t(help) };
}

/** Keys in these states exist in LiteLLM and can still be changed. */
export function isLiveKey(key: Pick<ApiKey, 'status'>): boolean {
  return (
    key.status !== 'revoked' &&
    key.status !== 'failed' &&
    key.status !== 'creating'
  );
}

/** Key states' names ("Active", "Expired", ...) in the reader's language. */
export function useKeyStatusLabel(): (status: KeyStatus) => string {
  const { t } = useKeysWords();
  return useCallback(
    (status: KeyStatus) => statusText(t, status)?.label ?? status,
    [t],
  );
}

/** One colour per key state, with what it means on hover. */
export function KeyStatusChip(props: { status: KeyStatus }) {
  const { t } = useKeysWords();
  const status = statusText(t, props.status);
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
  const { t } = useKeysWords();
  switch (props.origin) {
    case 'provisioned':
      return (
        <ToneChip
          tone="info"
          label={t('keys.origin.provisioned')}
          title={t('keys.origin.provisionedHelp')}
        />
      );
    case 'adopted':
      return (
        <ToneChip
          tone="info"
          label={t('keys.origin.adopted')}
          title={t('keys.origin.adoptedHelp')}
        />
      );
    case 'playground':
      return (
        <ToneChip
          tone="info"
          label={t('keys.origin.playground')}
          title={t('keys.origin.playgroundHelp')}
        />
      );
    default:
      return null;
  }
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
  const { t, format } = useKeysWords();
  const state = budgetState(spend, maxBudget);
  if (state === 'error')
    return <ToneChip tone="error" label={t('keys.budget.usedUp')} />;
  if (state === 'warning') {
    const ratio = budgetRatio(spend, maxBudget);
    return (
      <ToneChip
        tone="warning"
        label={t('keys.budget.used', {
          percent: format.percent(Math.floor(ratio * 100) / 100),
        })}
      />
    );
  }
  if (props.quiet) return null;
  return state === 'success' ? (
    <ToneChip tone="success" label={t('keys.budget.within')} />
  ) : (
    <ToneChip tone="neutral" label={t('keys.budget.none')} />
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
  const { t, format } = useKeysWords();
  if (maxBudget === undefined) {
    return (
      <Typography variant="body2" component="div" style={{ minWidth: 110 }}>
        {format.spend(spend)}
        <Typography variant="caption" color="textSecondary" component="div">
          {t('keys.budget.none')}
        </Typography>
      </Typography>
    );
  }
  const label = t('keys.budget.spendOf', {
    spend: format.spend(spend),
    budget: format.usd(maxBudget),
  });
  return (
    <Box minWidth={110}>
      <Typography variant="body2" component="div">
        {label}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, Math.round(ratio * 100))}
        aria-label={t('keys.budget.spendLabel', { amount: label })}
        data-tone={tone}
        classes={{
          root: `${classes.root} ${classes[tone]}`,
          bar: classes.bar,
        }}
      />
      {budgetDuration && (
        <Typography variant="caption" color="textSecondary">
          {t('keys.budget.per', { period: format.duration(budgetDuration) })}
        </Typography>
      )}
    </Box>
  );
}
