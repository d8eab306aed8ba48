import { useLitemaasText } from '../../translationText';
import { useCallback, useState } from 'react';
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
  CheckedEndDay,
  EMPTY_LIMITS,
  EndDateField,
  FormDialog,
  FormDialogContent,
  LimitsFields,
  LimitsInput,
  errorMessage,
  hasLimits,
  limitsToInput,
  isUserRef,
  latestGrantDay,
  localDayOf,
  parseLimits,
  useCheckEndDay,
  useKeysWords,
} from '../common';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';

/** Describes a request in the reader's language: "gpt-4o for alice". */
export function useDescribeRequest(): (request: AccessRequest) => string {
  const t = useLitemaasText();
  return useCallback(
    (request: AccessRequest) =>
      isUserRef(request.subjectRef)
        ? t('review.describeUser', {
            model: request.modelName,
            user: formatEntityRef(request.subjectRef),
          })
        : t('review.describeTeam', {
            model: request.modelName,
            team: formatEntityRef(request.subjectRef),
          }),
    [t],
  );
}

function Targets(props: { requests: AccessRequest[] }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const describeRequest = useDescribeRequest();
  const { requests } = props;
  if (requests.length === 1) {
    const [request] = requests;
    const name = formatEntityRef(request.requestedBy);
    return (
      <Box mb={2}>
        <Typography variant="body2">
          {request.justification
            ? t('review.askedBy', { name })
            : t('review.askedByWithout', { name })}
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
  const list = shown.join(t('review.listSeparator'));
  return (
    <Box mb={2}>
      <Typography variant="body2">
        {requests.length > shown.length
          ? t('review.targetsMore', {
              list,
              more: format.count(requests.length - shown.length),
            })
          : t('review.targets', { list })}
      </Typography>
    </Box>
  );
}

export interface ApproveInput {
  limits?: AccessLimits;
  reason?: string;
  /** One request only: when the grant ends (ISO). */
  expiresAt?: string;
}

/**
 * Approves one or many requests, optionally adjusting their limits (and,
 * for one request, its end). It stays open and shows the error when the
 * call as a whole fails.
 */
export function ApproveDialog(props: {
  open: boolean;
  requests: AccessRequest[];
  /** The model's longest grant in days, for one request's end. */
  maxGrantDaysOf?(model: string): number | undefined;
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
  maxGrantDaysOf?(model: string): number | undefined;
  onClose(): void;
  onApprove(input: ApproveInput): Promise<void>;
}) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const words = useKeysWords();
  const describeRequest = useDescribeRequest();
  const { requests } = props;
  const single = requests.length === 1;
  const [limitsInput, setLimitsInput] = useState<LimitsInput>(() =>
    single ? limitsToInput(requests[0].limits) : EMPTY_LIMITS,
  );
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { limits, errors } = parseLimits(limitsInput, words);
  // One request's end: the one asked for, within the model's longest grant.
  const checkEndDay = useCheckEndDay();
  const [today] = useState(() => new Date());
  const maxGrantDays = single
    ? props.maxGrantDaysOf?.(requests[0].modelName)
    : undefined;
  const latestDay = latestGrantDay(maxGrantDays, today);
  const [endDay, setEndDay] = useState(() =>
    single && requests[0].expiresAt ? localDayOf(requests[0].expiresAt) : '',
  );
  const end: CheckedEndDay = single
    ? checkEndDay(endDay, { min: localDayOf(today), max: latestDay })
    : {};
  const invalid = Object.keys(errors).length > 0 || Boolean(end.error);

  const approve = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await props.onApprove({
        limits: hasLimits(limits) ? limits : undefined,
        reason: note.trim() || undefined,
        ...(end.end && { expiresAt: end.end }),
      });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <FormDialogContent
      titleId="litemaas-approve-title"
      title={
        single
          ? t('review.approveOne', { request: describeRequest(requests[0]) })
          : t('review.approveMany', { total: format.count(requests.length) })
      }
      submitLabel={t('review.approve')}
      busy={busy}
      submitDisabled={invalid}
      onSubmit={approve}
      onCancel={props.onClose}
    >
      <Targets requests={requests} />
      <Typography variant="subtitle2">{t('review.limits')}</Typography>
      <Box mb={2}>
        <Typography variant="caption" color="textSecondary">
          {single ? t('review.approveHintOne') : t('review.approveHintMany')}
        </Typography>
      </Box>
      <LimitsFields
        idPrefix="litemaas-approve"
        value={limitsInput}
        onChange={setLimitsInput}
        errors={errors}
      />
      {single && (
        <EndDateField
          id="litemaas-approve-end"
          value={endDay}
          onChange={setEndDay}
          min={localDayOf(today)}
          max={latestDay}
          error={end.error}
          helperText={
            maxGrantDays
              ? t('review.endMax', { days: format.count(maxGrantDays) })
              : t('review.endOptional')
          }
        />
      )}
      <TextField
        id="litemaas-approve-note"
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
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const describeRequest = useDescribeRequest();
  const { requests } = props;
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
      title={
        requests.length === 1
          ? t('review.denyOne', { request: describeRequest(requests[0]) })
          : t('review.denyMany', { total: format.count(requests.length) })
      }
      error={error}
      submitLabel={t('review.deny')}
      danger
      busy={busy}
      submitDisabled={!reason.trim()}
      onSubmit={deny}
      onCancel={props.onClose}
    >
      <Targets requests={requests} />
      <DialogContentText>{t('review.denyExplanation')}</DialogContentText>
      <TextField
        id="litemaas-deny-reason"
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
