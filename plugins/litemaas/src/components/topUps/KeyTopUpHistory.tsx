import { ReactNode, createContext, useContext } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  BudgetTopUp,
  BudgetTopUpStatus,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { useLitemaasText } from '../../translationText';
import { litemaasApiRef } from '../../api';
import { Tone, ToneChip, errorMessage } from '../common';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';
import { daysText, useTopUpStatusLabel } from './topUpRules';

const TONES: Record<BudgetTopUpStatus, Tone> = {
  pending: 'warning',
  applying: 'info',
  active: 'success',
  ending: 'info',
  ended: 'neutral',
  denied: 'error',
  cancelled: 'neutral',
};

/** A top-up's state as a chip coloured by meaning. */
export function TopUpStatusChip(props: { status: BudgetTopUpStatus }) {
  const label = useTopUpStatusLabel();
  return (
    <ToneChip
      tone={TONES[props.status] ?? 'neutral'}
      label={label(props.status)}
    />
  );
}

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    padding: theme.spacing(1, 0),
    '& + &': { borderTop: `1px solid ${theme.palette.divider}` },
  },
  quote: { overflowWrap: 'anywhere' },
}));

/** "alice", or "LiteMaaS" for what the portal did by itself. */
function who(ref: string) {
  return ref.startsWith('system:') ? 'LiteMaaS' : formatEntityRef(ref);
}

function Caption(props: { children: ReactNode }) {
  const classes = useStyles();
  return (
    <Typography
      variant="body2"
      color="textSecondary"
      component="div"
      className={classes.quote}
    >
      {props.children}
    </Typography>
  );
}

/** One top-up: what was asked, what applied, who decided and why. */
function TopUpEntry(props: { topUp: BudgetTopUp }) {
  const classes = useStyles();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { topUp } = props;
  const applied = topUp.baseBudget !== undefined && topUp.appliedAt;
  const ranUntil = topUp.endedAt ?? topUp.endsAt;
  return (
    <li className={classes.item}>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <TopUpStatusChip status={topUp.status} />
        <Typography variant="body2" component="span">
          <strong>
            {t('topUps.history.amountFor', {
              amount: format.usd(topUp.amount),
              period: daysText(format.language, topUp.days),
            })}
          </strong>
        </Typography>
        {applied && (
          <Typography variant="body2" component="span">
            {t('topUps.history.budgetChange', {
              from: format.usd(topUp.baseBudget),
              to: format.usd((topUp.baseBudget ?? 0) + topUp.amount),
            })}
          </Typography>
        )}
        {topUp.appliedAt && ranUntil && (
          <Typography variant="body2" component="span">
            {t(topUp.endedAt ? 'topUps.history.ran' : 'topUps.history.runs', {
              from: format.date(topUp.appliedAt),
              until: format.date(ranUntil),
            })}
          </Typography>
        )}
      </Box>
      <Caption>
        {t('topUps.history.askedBy', {
          who: who(topUp.requestedBy),
          when: format.relativeTime(topUp.createdAt),
        })}
        {topUp.justification &&
          ` · ${t('topUps.history.justification', {
            text: topUp.justification,
          })}`}
      </Caption>
      {topUp.decidedBy && (
        <Caption>
          {t(
            topUp.status === 'denied'
              ? 'topUps.history.deniedBy'
              : 'topUps.history.approvedBy',
            {
              who: who(topUp.decidedBy),
              when: format.relativeTime(topUp.decidedAt),
            },
          )}
          {topUp.decisionReason &&
            ` · ${t(
              topUp.status === 'denied'
                ? 'topUps.history.reason'
                : 'topUps.history.note',
              { text: topUp.decisionReason },
            )}`}
        </Caption>
      )}
    </li>
  );
}

/**
 * Changes when top-ups may have: open histories load again. A context,
 * because a table's open detail panel keeps the function it was opened
 * with, and so the props it was first given.
 */
export const TopUpVersion = createContext<number>(0);

/** A key's top-ups, newest first, for its details. */
export function KeyTopUpHistory(props: { keyId: string; keyName: string }) {
  const classes = useStyles();
  const t = useLitemaasText();
  const api = useApi(litemaasApiRef);
  const version = useContext(TopUpVersion);
  const { value, loading, error } = useAsync(
    () => api.listKeyTopUps(props.keyId),
    [api, props.keyId, version],
  );

  let body;
  if (loading && !value) {
    body = <LinearProgress aria-label={t('topUps.details.loading')} />;
  } else if (error) {
    body = (
      <Alert severity="error">
        {t('topUps.details.failed', { error: errorMessage(error) })}
      </Alert>
    );
  } else if (!value?.items.length) {
    body = (
      <Typography variant="body2" color="textSecondary">
        {t('topUps.details.none')}
      </Typography>
    );
  } else {
    const items = [...value.items].sort((a, b) =>
      b.createdAt.localeCompare(a.createdAt),
    );
    body = (
      <ul
        className={classes.list}
        aria-label={t('topUps.details.label', { name: props.keyName })}
      >
        {items.map(topUp => (
          <TopUpEntry key={topUp.id} topUp={topUp} />
        ))}
      </ul>
    );
  }
  return (
    <Box py={1}>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {t('topUps.details.title')}
      </Typography>
      {body}
    </Box>
  );
}
