import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  ApiKey,
  BudgetTopUp,
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
} from './topUpRules';

const TITLE_ID = 'litemaas-ask-top-up-title';

interface AskTopUpProps {
  apiKey: ApiKey;
  onClose(): void;
  /** Called once the top-up was asked for. */
  onAsked(topUp: BudgetTopUp): void;
}

/**
 * Asks for more budget for a key, for a while: how much, for how many
 * days and why. An admin or the owners of the key's models decide.
 */
export function AskTopUpDialog(
  props: Omit<AskTopUpProps, 'apiKey'> & { open: boolean; apiKey?: ApiKey },
) {
  const [busy, setBusy] = useState(false);
  const { apiKey } = props;
  return (
    <FormDialog
      open={props.open && Boolean(apiKey)}
      titleId={TITLE_ID}
      busy={busy}
      onClose={props.onClose}
    >
      {/* Unmounted while closed: each opening starts afresh. */}
      {apiKey && <AskTopUpForm {...props} apiKey={apiKey} onBusy={setBusy} />}
    </FormDialog>
  );
}

function AskTopUpForm(props: AskTopUpProps & { onBusy(busy: boolean): void }) {
  const { apiKey, onBusy } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const words = useKeysWords();
  const { format } = words;
  const budget = apiKey.limits.maxBudget ?? 0;
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
    : t('topUps.dialog.justificationRequired');
  const shown = (field: 'amount' | 'days', message?: string) =>
    tried || touched[field] ? message : undefined;

  const submit = async () => {
    setTried(true);
    if (!amount.amount || !days.days || justificationError) return;
    setBusy(true);
    onBusy(true);
    setError(undefined);
    try {
      const asked = await api.requestKeyTopUp(apiKey.id, {
        amount: amount.amount,
        days: days.days,
        justification: justification.trim(),
      });
      alertApi.post({
        message: t('topUps.dialog.sent', { name: apiKey.name }),
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
      title={t('topUps.dialog.title', { name: apiKey.name })}
      error={error}
      submitLabel={t('topUps.dialog.submit')}
      busy={busy}
      onSubmit={submit}
      onCancel={props.onClose}
    >
      <DialogContentText>{t('topUps.dialog.intro')}</DialogContentText>
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
          (tried && justificationError) || t('topUps.dialog.justificationHelp')
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
            {t('topUps.dialog.effect', {
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
