import { useState } from 'react';
import {
  AccessLimits,
  AccessRequest,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  EMPTY_LIMITS,
  FormDialog,
  FormDialogContent,
  LimitsFields,
  LimitsInput,
  errorMessage,
  hasLimits,
  limitsToInput,
  parseLimits,
  subjectLabel,
} from '../common';
import { formatEntityRef } from '../format';

/** "gpt-4o for alice" */
export function describeRequest(request: AccessRequest): string {
  const who =
    subjectLabel(request.subjectRef) === 'Me'
      ? formatEntityRef(request.subjectRef)
      : `team ${formatEntityRef(request.subjectRef)}`;
  return `${request.modelName} for ${who}`;
}

function titleFor(verb: string, requests: AccessRequest[]): string {
  return requests.length === 1
    ? `${verb} ${describeRequest(requests[0])}`
    : `${verb} ${requests.length} requests`;
}

function Targets(props: { requests: AccessRequest[] }) {
  const { requests } = props;
  if (requests.length === 1) {
    const [request] = requests;
    return (
      <Box mb={2}>
        <Typography variant="body2">
          Asked by {formatEntityRef(request.requestedBy)}
          {request.justification ? ':' : ' without a justification.'}
        </Typography>
        {request.justification && (
          <Typography variant="body2" color="textSecondary">
            “{request.justification}”
          </Typography>
        )}
      </Box>
    );
  }
  const shown = requests.slice(0, 5).map(describeRequest);
  return (
    <Box mb={2}>
      <Typography variant="body2">
        {shown.join(', ')}
        {requests.length > shown.length
          ? ` and ${requests.length - shown.length} more`
          : ''}
        .
      </Typography>
    </Box>
  );
}

export interface ApproveInput {
  limits?: AccessLimits;
  reason?: string;
}

/**
 * Approves one or many requests, optionally adjusting their limits. It
 * stays open and shows the error when the call as a whole fails.
 */
export function ApproveDialog(props: {
  open: boolean;
  requests: AccessRequest[];
  onClose(): void;
  onApprove(input: ApproveInput): Promise<void>;
}) {
  return (
    <FormDialog
      open={props.open}
      titleId="litemaas-approve-title"
      onClose={props.onClose}
    >
      <ApproveForm {...props} />
    </FormDialog>
  );
}

function ApproveForm(props: {
  requests: AccessRequest[];
  onClose(): void;
  onApprove(input: ApproveInput): Promise<void>;
}) {
  const { requests } = props;
  const single = requests.length === 1;
  const [limitsInput, setLimitsInput] = useState<LimitsInput>(() =>
    single ? limitsToInput(requests[0].limits) : EMPTY_LIMITS,
  );
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { limits, errors } = parseLimits(limitsInput);
  const invalid = Object.keys(errors).length > 0;

  const approve = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await props.onApprove({
        limits: hasLimits(limits) ? limits : undefined,
        reason: note.trim() || undefined,
      });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <FormDialogContent
      titleId="litemaas-approve-title"
      title={titleFor('Approve', requests)}
      submitLabel="Approve"
      busy={busy}
      submitDisabled={invalid}
      onSubmit={approve}
      onCancel={props.onClose}
    >
      <Targets requests={requests} />
      <Typography variant="subtitle2">Limits</Typography>
      <Box mb={2}>
        <Typography variant="caption" color="textSecondary">
          {single
            ? 'Adjust what was requested if needed. A blank field keeps the requested value.'
            : 'Leave a field blank to keep what each request asked for; a value here applies to all of them.'}
        </Typography>
      </Box>
      <LimitsFields
        idPrefix="litemaas-approve"
        value={limitsInput}
        onChange={setLimitsInput}
        errors={errors}
      />
      <TextField
        id="litemaas-approve-note"
        label="Note (optional)"
        helperText="The requester sees this note."
        value={note}
        onChange={e => setNote(e.target.value)}
        multiline
        minRows={2}
        variant="outlined"
        margin="normal"
        fullWidth
        inputProps={{ maxLength: 2000 }}
      />
      {/* Flush below the note's own margin, hence not the shared alert. */}
      {error && <Alert severity="error">{error}</Alert>}
    </FormDialogContent>
  );
}

/** Denies one or many requests; the reason is mandatory. */
export function DenyDialog(props: {
  open: boolean;
  requests: AccessRequest[];
  onClose(): void;
  onDeny(reason: string): Promise<void>;
}) {
  return (
    <FormDialog
      open={props.open}
      titleId="litemaas-deny-title"
      onClose={props.onClose}
    >
      <DenyForm {...props} />
    </FormDialog>
  );
}

function DenyForm(props: {
  requests: AccessRequest[];
  onClose(): void;
  onDeny(reason: string): Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const deny = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await props.onDeny(reason.trim());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <FormDialogContent
      titleId="litemaas-deny-title"
      title={titleFor('Deny', props.requests)}
      error={error}
      submitLabel="Deny"
      danger
      busy={busy}
      submitDisabled={!reason.trim()}
      onSubmit={deny}
      onCancel={props.onClose}
    >
      <Targets requests={props.requests} />
      <DialogContentText>
        Say why, so the requester knows what to change before asking for a
        review.
      </DialogContentText>
      <TextField
        id="litemaas-deny-reason"
        label="Reason"
        required
        helperText="Required. The requester sees this reason."
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
