import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  AccessRequest,
  GrantExtensionDecisionBody,
} from '@litemaas/backstage-plugin-litemaas-common';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { useLitemaasText } from '../../translationText';
import { litemaasApiRef } from '../../api';
import {
  EndDateField,
  FormDialog,
  FormDialogContent,
  addDays,
  errorMessage,
  latestGrantDay,
  localDayOf,
  useCheckEndDay,
} from '../common';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';

interface DecisionProps {
  open: boolean;
  /** A grant with an extension waiting. */
  grant?: AccessRequest;
  onClose(): void;
  onDone(): void;
}

/** Which grant, in the words of the messages: "gpt-4o", "payments". */
function named(grant: AccessRequest) {
  return {
    model: grant.modelName,
    subject: formatEntityRef(grant.subjectRef),
  };
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

const APPROVE_TITLE_ID = 'litemaas-approve-extension-title';
const DENY_TITLE_ID = 'litemaas-deny-extension-title';

/**
 * Moves a grant's end to the day its holders asked for, or to another
 * one within the model's longest grant.
 */
export function ApproveExtensionDialog(
  props: DecisionProps & { maxGrantDays?: number },
) {
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog
      open={props.open && Boolean(props.grant?.extension)}
      titleId={APPROVE_TITLE_ID}
      busy={busy}
      onClose={props.onClose}
    >
      {props.grant?.extension && (
        <ApproveExtensionForm
          {...props}
          grant={props.grant}
          until={props.grant.extension.until}
          onBusy={setBusy}
        />
      )}
    </FormDialog>
  );
}

function ApproveExtensionForm(
  props: DecisionProps & {
    grant: AccessRequest;
    /** The end asked for. */
    until: string;
    maxGrantDays?: number;
    onBusy(busy: boolean): void;
  },
) {
  const { grant, until } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const checkEndDay = useCheckEndDay();
  const [today] = useState(() => new Date());
  const askedDay = localDayOf(until);
  const [day, setDay] = useState(askedDay);
  const [note, setNote] = useState('');
  const decision = useDecision(props.onBusy);
  const end = grant.expiresAt ?? today.toISOString();
  const min = addDays(localDayOf(end), 1);
  const max = latestGrantDay(props.maxGrantDays, today);
  const checked = checkEndDay(day, { min, max, required: true });

  const approve = () =>
    decision.run(async () => {
      // Only the ask shown here: one made since is refused, not approved.
      const body: GrantExtensionDecisionBody = {
        requestedAt: grant.extension?.requestedAt,
      };
      // The asked day as asked; another day as picked here.
      if (day !== askedDay && checked.end) body.until = checked.end;
      if (note.trim()) body.reason = note.trim();
      const extended = await api.approveGrantExtension(grant.id, body);
      alertApi.post({
        message: t('review.extensions.approved', {
          ...named(grant),
          date: format.date(extended.expiresAt ?? checked.end),
        }),
        severity: 'success',
        display: 'transient',
      });
      props.onDone();
      props.onClose();
    });

  return (
    <FormDialogContent
      titleId={APPROVE_TITLE_ID}
      title={t('review.extensions.approveTitle', named(grant))}
      error={decision.error}
      submitLabel={t('review.extensions.approveSubmit')}
      busy={decision.busy}
      submitDisabled={Boolean(checked.error)}
      onSubmit={approve}
      onCancel={props.onClose}
    >
      <DialogContentText>
        {t('review.extensions.approveExplanation', {
          ...named(grant),
          until: format.date(until),
          end: format.date(end),
        })}
      </DialogContentText>
      {grant.extension?.justification && (
        <DialogContentText>“{grant.extension.justification}”</DialogContentText>
      )}
      <EndDateField
        id="litemaas-approve-extension-until"
        label={t('review.extensions.until')}
        value={day}
        onChange={setDay}
        min={min}
        max={max}
        required
        error={checked.error}
        helperText={
          props.maxGrantDays
            ? t('access.request.endMax', {
                days: format.count(props.maxGrantDays),
              })
            : undefined
        }
      />
      <TextField
        id="litemaas-approve-extension-note"
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

/** Refuses an asked extension, with the reason its holders read. */
export function DenyExtensionDialog(props: DecisionProps) {
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog
      open={props.open && Boolean(props.grant)}
      titleId={DENY_TITLE_ID}
      busy={busy}
      onClose={props.onClose}
    >
      {props.grant && (
        <DenyExtensionForm {...props} grant={props.grant} onBusy={setBusy} />
      )}
    </FormDialog>
  );
}

function DenyExtensionForm(
  props: DecisionProps & { grant: AccessRequest; onBusy(busy: boolean): void },
) {
  const { grant } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const [reason, setReason] = useState('');
  const decision = useDecision(props.onBusy);

  const deny = () =>
    decision.run(async () => {
      await api.denyGrantExtension(
        grant.id,
        reason.trim(),
        grant.extension?.requestedAt,
      );
      alertApi.post({
        message: t('review.extensions.denied', named(grant)),
        severity: 'success',
        display: 'transient',
      });
      props.onDone();
      props.onClose();
    });

  return (
    <FormDialogContent
      titleId={DENY_TITLE_ID}
      title={t('review.extensions.denyTitle', named(grant))}
      error={decision.error}
      submitLabel={t('review.extensions.denySubmit')}
      danger
      busy={decision.busy}
      submitDisabled={!reason.trim()}
      onSubmit={deny}
      onCancel={props.onClose}
    >
      <DialogContentText>
        {t('review.extensions.denyExplanation', {
          end: format.date(grant.expiresAt),
        })}
      </DialogContentText>
      <TextField
        id="litemaas-deny-extension-reason"
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
