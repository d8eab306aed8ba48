import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  BudgetTopUp,
  BudgetTopUpDecisionBody,
  TOP_UP_MAX_DAYS,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import DialogContentText from '@material-ui/core/DialogContentText';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useLitemaasText } from '../../../translationText';
import { litemaasApiRef } from '../../../api';
import {
  FormDialog,
  FormDialogContent,
  errorMessage,
  useKeysWords,
} from '../../common';
import { formatEntityRef } from '../../format';
import {
  daysText,
  endOf,
  parseTopUpAmount,
  parseTopUpDays,
  useTopUpTargetName,
} from '../../topUps';

interface DecisionProps {
  open: boolean;
  /** A top-up waiting for a decision. */
  topUp?: BudgetTopUp;
  onClose(): void;
  onDone(): void;
}

/** Runs a decision: the dialog stays open with the error when it fails. */
function useDecision(onBusy: (busy: boolean) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (decide: () => Promise<void>) => {
    setBusy(true);
    onBusy(true);
    setError(undefined);
    try {
      await decide();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      onBusy(false);
    }
  };
  return { busy, error, run };
}

const APPROVE_TITLE_ID = 'litemaas-approve-top-up-title';
const DENY_TITLE_ID = 'litemaas-deny-top-up-title';

/**
 * Approves a top-up as asked, or for another amount or period: the key's
 * budget rises at once and falls back after the days given.
 */
export function ApproveTopUpDialog(props: DecisionProps) {
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog
      open={props.open && Boolean(props.topUp)}
      titleId={APPROVE_TITLE_ID}
      busy={busy}
      onClose={props.onClose}
    >
      {/* Unmounted while closed: each opening starts afresh. */}
      {props.topUp && (
        <ApproveTopUpForm {...props} topUp={props.topUp} onBusy={setBusy} />
      )}
    </FormDialog>
  );
}

function ApproveTopUpForm(
  props: DecisionProps & { topUp: BudgetTopUp; onBusy(busy: boolean): void },
) {
  const { topUp } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const words = useKeysWords();
  const { format } = words;
  const [amountText, setAmountText] = useState(String(topUp.amount));
  const [daysInput, setDaysInput] = useState(String(topUp.days));
  const [note, setNote] = useState('');
  const [now] = useState(() => Date.now());
  const decision = useDecision(props.onBusy);
  const amount = parseTopUpAmount(amountText, words, t);
  const days = parseTopUpDays(daysInput, words, t);
  const name = useTopUpTargetName()(topUp);
  const team = Boolean(topUp.teamRef);

  const approve = () =>
    decision.run(async () => {
      if (amount.amount === undefined || days.days === undefined) return;
      const body: BudgetTopUpDecisionBody = {};
      // What was asked goes as asked; only a change is sent.
      if (amount.amount !== topUp.amount) body.amount = amount.amount;
      if (days.days !== topUp.days) body.days = days.days;
      if (note.trim()) body.reason = note.trim();
      const approved = await api.approveTopUp(topUp.id, body);
      alertApi.post({
        message: t('topUps.review.approved', {
          name,
          amount: format.usd(approved.amount),
          date: format.date(approved.endsAt ?? endOf(approved.days)),
        }),
        severity: 'success',
        display: 'transient',
      });
      props.onDone();
      props.onClose();
    });

  const valid = amount.amount !== undefined && days.days !== undefined;
  const until = valid ? format.date(endOf(days.days!, now)) : '';
  return (
    <FormDialogContent
      titleId={APPROVE_TITLE_ID}
      title={t('topUps.review.approveTitle', { name })}
      error={decision.error}
      submitLabel={t('topUps.review.approveSubmit')}
      busy={decision.busy}
      submitDisabled={!valid}
      onSubmit={approve}
      onCancel={props.onClose}
    >
      <DialogContentText>
        {t('topUps.review.approveIntro', {
          who: formatEntityRef(topUp.requestedBy),
          amount: format.usd(topUp.amount),
          period: daysText(format.language, topUp.days),
        })}{' '}
        {t('topUps.review.approveHelp')}
      </DialogContentText>
      {topUp.justification && (
        <DialogContentText style={{ overflowWrap: 'anywhere' }}>
          “{topUp.justification}”
        </DialogContentText>
      )}
      <Grid container spacing={2}>
        <Grid item xs={12} sm={6}>
          <TextField
            id="litemaas-approve-top-up-amount"
            label={t('topUps.dialog.amount')}
            value={amountText}
            onChange={e => setAmountText(e.target.value)}
            required
            error={Boolean(amount.error)}
            helperText={amount.error}
            inputProps={{ inputMode: 'decimal' }}
            variant="outlined"
            margin="normal"
            fullWidth
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <TextField
            id="litemaas-approve-top-up-days"
            label={t('topUps.dialog.days')}
            value={daysInput}
            onChange={e => setDaysInput(e.target.value)}
            required
            error={Boolean(days.error)}
            helperText={
              days.error ??
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
      {valid && (
        <Box mt={1}>
          <Alert severity="info">
            {topUp.baseBudget === undefined
              ? t(
                  team
                    ? 'topUps.team.approveEffectRaise'
                    : 'topUps.review.approveEffectRaise',
                  { amount: format.usd(amount.amount), date: until },
                )
              : t(
                  team
                    ? 'topUps.team.approveEffect'
                    : 'topUps.review.approveEffect',
                  {
                    from: format.usd(topUp.baseBudget),
                    to: format.usd(topUp.baseBudget + amount.amount!),
                    date: until,
                  },
                )}
          </Alert>
        </Box>
      )}
      <TextField
        id="litemaas-approve-top-up-note"
        label={t('review.note')}
        helperText={t('review.noteHelp')}
        value={note}
        onChange={e => setNote(e.target.value)}
        multiline
        minRows={2}
        variant="outlined"
        margin="normal"
        fullWidth
        inputProps={{ maxLength: 2000 }}
      />
    </FormDialogContent>
  );
}

/** Refuses a top-up, with the reason the key's owners read. */
export function DenyTopUpDialog(props: DecisionProps) {
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog
      open={props.open && Boolean(props.topUp)}
      titleId={DENY_TITLE_ID}
      busy={busy}
      onClose={props.onClose}
    >
      {props.topUp && (
        <DenyTopUpForm {...props} topUp={props.topUp} onBusy={setBusy} />
      )}
    </FormDialog>
  );
}

function DenyTopUpForm(
  props: DecisionProps & { topUp: BudgetTopUp; onBusy(busy: boolean): void },
) {
  const { topUp } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const [reason, setReason] = useState('');
  const decision = useDecision(props.onBusy);
  const name = useTopUpTargetName()(topUp);

  const deny = () =>
    decision.run(async () => {
      await api.denyTopUp(topUp.id, reason.trim());
      alertApi.post({
        message: t('topUps.review.denied', { name }),
        severity: 'success',
        display: 'transient',
      });
      props.onDone();
      props.onClose();
    });

  return (
    <FormDialogContent
      titleId={DENY_TITLE_ID}
      title={t('topUps.review.denyTitle', { name })}
      error={decision.error}
      submitLabel={t('topUps.review.denySubmit')}
      danger
      busy={decision.busy}
      submitDisabled={!reason.trim()}
      onSubmit={deny}
      onCancel={props.onClose}
    >
      <DialogContentText>
        {t(
          topUp.teamRef
            ? 'topUps.team.denyExplanation'
            : 'topUps.review.denyExplanation',
        )}
      </DialogContentText>
      <TextField
        id="litemaas-deny-top-up-reason"
        label={t('review.reason')}
        required
        helperText={t('review.reasonHelp')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        multiline
        minRows={3}
        variant="outlined"
        fullWidth
        inputProps={{ maxLength: 2000 }}
      />
    </FormDialogContent>
  );
}
