import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  ApiKey,
  BudgetTopUp,
  TeamBudget,
  TOP_UP_MAX_DAYS,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import DialogContentText from '@material-ui/core/DialogContentText';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useLitemaasText } from '../../translationText';
import { litemaasApiRef } from '../../api';
import {
  FormDialog,
  FormDialogContent,
  errorMessage,
  useKeysWords,
} from '../common';
import {
  TOP_UP_DEFAULT_DAYS,
  endOf,
  parseTopUpAmount,
  parseTopUpDays,
  teamName,
} from './topUpRules';

const TITLE_ID = 'litemaas-ask-top-up-title';

/** What gets more budget: a key, or a team's budget. */
type Target = { apiKey: ApiKey } | { team: TeamBudget };

type AskTopUpProps = Target & {
  onClose(): void;
  /** Called once the top-up was asked for. */
  onAsked(topUp: BudgetTopUp): void;
};

/**
 * Asks for more budget for a key (`apiKey`) or a team (`team`), for a
 * while: how much, for how many days and why. For a key an admin or the
 * owners of its models decide; for a team, an admin.
 */
export function AskTopUpDialog(props: {
  open: boolean;
  apiKey?: ApiKey;
  team?: TeamBudget;
  onClose(): void;
  onAsked(topUp: BudgetTopUp): void;
}) {
  const [busy, setBusy] = useState(false);
  const { apiKey, team, onClose, onAsked } = props;
  let target: Target | undefined;
  if (apiKey) target = { apiKey };
  else if (team) target = { team };
  return (
    <FormDialog
      open={props.open && Boolean(target)}
      titleId={TITLE_ID}
      busy={busy}
      onClose={onClose}
    >
      {/* Unmounted while closed: each opening starts afresh. */}
      {target && (
        <AskTopUpForm
          {...target}
          onClose={onClose}
          onAsked={onAsked}
          onBusy={setBusy}
        />
      )}
    </FormDialog>
  );
}

function AskTopUpForm(props: AskTopUpProps & { onBusy(busy: boolean): void }) {
  const { onBusy } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const words = useKeysWords();
  const { format } = words;
  const team = 'team' in props ? props.team : undefined;
  const apiKey = 'apiKey' in props ? props.apiKey : undefined;
  const name = team ? teamName(t, team.teamRef) : apiKey!.name;
  const budget = (team ? team.maxBudget : apiKey!.limits.maxBudget) ?? 0;
  // Doubling the budget by default: the usual answer to "nearly used up".
  const [amountText, setAmountText] = useState(
    budget > 0 ? String(budget) : '',
  );
  const [daysText, setDaysText] = useState(String(TOP_UP_DEFAULT_DAYS));
  const [justification, setJustification] = useState('');
  // Mistakes in a field show once it was typed in, or on submitting.
  const [tried, setTried] = useState(false);
  const [touched, setTouched] = useState({ amount: false, days: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [now] = useState(() => Date.now());

  const amount = parseTopUpAmount(amountText, words, t);
  const days = parseTopUpDays(daysText, words, t);
  const justificationError = justification.trim()
    ? undefined
    : t(
        team
          ? 'topUps.team.justificationRequired'
          : 'topUps.dialog.justificationRequired',
      );
  const shown = (field: 'amount' | 'days', message?: string) =>
    tried || touched[field] ? message : undefined;

  const submit = async () => {
    setTried(true);
    if (!amount.amount || !days.days || justificationError) return;
    setBusy(true);
    onBusy(true);
    setError(undefined);
    try {
      const body = {
        amount: amount.amount,
        days: days.days,
        justification: justification.trim(),
      };
      const asked = team
        ? await api.requestTeamTopUp({ teamRef: team.teamRef, ...body })
        : await api.requestKeyTopUp(apiKey!.id, body);
      alertApi.post({
        message: t('topUps.dialog.sent', { name }),
        severity: 'success',
        display: 'transient',
      });
      onBusy(false);
      props.onAsked(asked);
      props.onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
      onBusy(false);
    }
  };

  return (
    <FormDialogContent
      titleId={TITLE_ID}
      title={t('topUps.dialog.title', { name })}
      error={error}
      submitLabel={t('topUps.dialog.submit')}
      busy={busy}
      onSubmit={submit}
      onCancel={props.onClose}
    >
      <DialogContentText>
        {t(team ? 'topUps.team.intro' : 'topUps.dialog.intro')}
      </DialogContentText>
      <Grid container spacing={2}>
        <Grid item xs={12} sm={6}>
          <TextField
            id="litemaas-top-up-amount"
            label={t('topUps.dialog.amount')}
            value={amountText}
            onChange={e => {
              setAmountText(e.target.value);
              setTouched(current => ({ ...current, amount: true }));
            }}
            required
            error={Boolean(shown('amount', amount.error))}
            helperText={
              shown('amount', amount.error) ??
              t('topUps.dialog.amountHelp', { budget: format.usd(budget) })
            }
            inputProps={{ inputMode: 'decimal' }}
            variant="outlined"
            margin="normal"
            fullWidth
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <TextField
            id="litemaas-top-up-days"
            label={t('topUps.dialog.days')}
            value={daysText}
            onChange={e => {
              setDaysText(e.target.value);
              setTouched(current => ({ ...current, days: true }));
            }}
            required
            error={Boolean(shown('days', days.error))}
            helperText={
              shown('days', days.error) ??
              t('topUps.dialog.daysHelp', {
                min: format.count(1),
                max: format.count(TOP_UP_MAX_DAYS),
              })
            }
            inputProps={{ inputMode: 'numeric' }}
            variant="outlined"
            margin="normal"
            fullWidth
          />
        </Grid>
      </Grid>
      <TextField
        id="litemaas-top-up-justification"
        label={t('topUps.dialog.justification')}
        value={justification}
        onChange={e => setJustification(e.target.value)}
        required
        error={tried && Boolean(justificationError)}
        helperText={
          (tried && justificationError) ||
          t(
            team
              ? 'topUps.team.justificationHelp'
              : 'topUps.dialog.justificationHelp',
          )
        }
        multiline
        minRows={3}
        variant="outlined"
        margin="normal"
        fullWidth
        inputProps={{ maxLength: 2000 }}
      />
      {amount.amount !== undefined && days.days !== undefined && (
        <Box mt={1}>
          <Alert severity="info">
            {t(team ? 'topUps.team.effect' : 'topUps.dialog.effect', {
              from: format.usd(budget),
              to: format.usd(budget + amount.amount),
              date: format.date(endOf(days.days, now)),
            })}
          </Alert>
        </Box>
      )}
    </FormDialogContent>
  );
}
