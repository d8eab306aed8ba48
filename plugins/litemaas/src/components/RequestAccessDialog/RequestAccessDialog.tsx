import { useMemo, useState } from 'react';
import {
  alertApiRef,
  identityApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import {
  AccessRequest,
  CreateAccessRequestBody,
  LiteMaasModel,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { litemaasApiRef } from '../../api';
import {
  EMPTY_LIMITS,
  FormDialog,
  FormDialogContent,
  LimitsFields,
  LimitsInput,
  errorMessage,
  hasLimits,
  ownAccess,
  parseLimits,
  statusLabel,
} from '../common';
import { formatEntityRef, formatLimits } from '../format';

/** @public */
export interface RequestAccessDialogProps {
  open: boolean;
  model: Pick<
    LiteMaasModel,
    'name' | 'accessPolicy' | 'defaultLimits' | 'myAccess'
  >;
  onClose(): void;
  /** Called with the created request (granted at once or pending). */
  onRequested?(request: AccessRequest): void;
  /** Start with "A team" chosen, e.g. when the caller already has access. */
  forTeam?: boolean;
}

const TITLE_ID = 'litemaas-request-access-title';

/**
 * Asks for access to a model, for the caller or for one of their teams.
 *
 * @public
 */
export function RequestAccessDialog(props: RequestAccessDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog
      open={props.open}
      titleId={TITLE_ID}
      busy={busy}
      onClose={props.onClose}
    >
      {/* The dialog unmounts its content when closed, so each opening starts afresh. */}
      <RequestAccessForm {...props} onBusy={setBusy} />
    </FormDialog>
  );
}

function RequestAccessForm(
  props: RequestAccessDialogProps & { onBusy(busy: boolean): void },
) {
  const { model, onClose, onRequested, onBusy } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const identityApi = useApi(identityApiRef);
  const identity = useAsync(
    () => identityApi.getBackstageIdentity(),
    [identityApi],
  );

  const teams = useMemo(
    () =>
      (identity.value?.ownershipEntityRefs ?? [])
        .filter(ref => ref.toLocaleLowerCase('en-US').startsWith('group:'))
        .sort((a, b) => formatEntityRef(a).localeCompare(formatEntityRef(b))),
    [identity.value],
  );
  const activeBySubject = useMemo(
    () =>
      new Map(
        model.myAccess.map(a => [
          a.subjectRef.toLocaleLowerCase('en-US'),
          a.status,
        ]),
      ),
    [model.myAccess],
  );
  const activeFor = (ref: string) =>
    activeBySubject.get(ref.toLocaleLowerCase('en-US'));
  const selfActive = ownAccess(model);

  const [who, setWho] = useState<'self' | 'team'>(
    props.forTeam || selfActive ? 'team' : 'self',
  );
  const [chosenTeam, setChosenTeam] = useState('');
  const [justification, setJustification] = useState('');
  const [limitsInput, setLimitsInput] = useState<LimitsInput>(EMPTY_LIMITS);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();

  const team = chosenTeam || teams.find(t => !activeFor(t)) || teams[0] || '';
  const open = model.accessPolicy === 'open';
  const justificationMissing = !open && !justification.trim();
  const { limits, errors: limitErrors } = parseLimits(limitsInput);
  const subjectProblem =
    who === 'self'
      ? selfActive &&
        `You already have ${
          selfActive.status === 'granted' ? 'access' : 'a pending request'
        } for ${model.name}.`
      : (!team && !identity.loading && 'Choose a team.') ||
        (activeFor(team) &&
          `${formatEntityRef(team)} already has ${
            activeFor(team) === 'granted' ? 'access' : 'a pending request'
          }.`);
  const canSubmit =
    !submitting &&
    !(who === 'team' && !team) &&
    !justificationMissing &&
    !subjectProblem &&
    Object.keys(limitErrors).length === 0;

  const submit = async () => {
    const body: CreateAccessRequestBody = { modelName: model.name };
    if (who === 'team') body.subjectRef = team;
    if (justification.trim()) body.justification = justification.trim();
    if (hasLimits(limits)) body.limits = limits;
    setSubmitting(true);
    onBusy(true);
    setError(undefined);
    try {
      const request = await api.createAccessRequest(body);
      const forWhom =
        who === 'team' ? ` for ${formatEntityRef(request.subjectRef)}` : '';
      alertApi.post(
        request.status === 'granted'
          ? {
              message: `Access to ${model.name} granted${forWhom}. It is ready to use.`,
              severity: 'success',
              display: 'transient',
            }
          : {
              message: `Request for ${model.name}${forWhom} sent. It is pending review by the model's owner or an admin; you will be notified of the decision.`,
              severity: 'info',
              display: 'transient',
            },
      );
      onBusy(false);
      onRequested?.(request);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setSubmitting(false);
      onBusy(false);
    }
  };

  return (
    <FormDialogContent
      titleId={TITLE_ID}
      title={`Request access to ${model.name}`}
      error={error}
      submitLabel="Submit request"
      busy={submitting}
      submitDisabled={!canSubmit}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Box mb={2}>
        {open ? (
          <Alert severity="info">
            {model.name} is an open model: access is granted at once when you
            submit.
          </Alert>
        ) : (
          <Alert severity="warning">
            {model.name} is restricted: your request waits until the model's
            owner or an admin approves it. You will be notified of their
            decision.
          </Alert>
        )}
      </Box>

      <FormControl component="fieldset" fullWidth margin="dense">
        <FormLabel component="legend">Who needs access?</FormLabel>
        <RadioGroup
          row
          name="litemaas-subject"
          value={who}
          onChange={e => setWho(e.target.value as 'self' | 'team')}
        >
          <FormControlLabel
            value="self"
            control={<Radio color="primary" />}
            disabled={Boolean(selfActive)}
            label={
              selfActive
                ? `Myself (${statusLabel(selfActive.status).toLowerCase()})`
                : 'Myself'
            }
          />
          <FormControlLabel
            value="team"
            control={<Radio color="primary" />}
            label="A team"
            disabled={!identity.loading && teams.length === 0}
          />
        </RadioGroup>
        {!identity.loading && teams.length === 0 && (
          <FormHelperText>
            You are not a member of any team, so you can ask for yourself only.
          </FormHelperText>
        )}
      </FormControl>

      {who === 'team' && teams.length > 0 && (
        <TextField
          id="litemaas-request-team"
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          label="Team"
          value={team}
          onChange={e => setChosenTeam(e.target.value)}
          helperText="Everyone in the team can use the access."
          variant="outlined"
          size="small"
          margin="dense"
          fullWidth
        >
          {teams.map(ref => {
            const status = activeFor(ref);
            return (
              <option key={ref} value={ref}>
                {formatEntityRef(ref)}
                {status ? ` (${statusLabel(status).toLowerCase()})` : ''}
              </option>
            );
          })}
        </TextField>
      )}
      {identity.loading && who === 'team' && (
        <Typography variant="caption" color="textSecondary">
          Loading your teams…
        </Typography>
      )}
      {subjectProblem && (
        <FormHelperText error>{subjectProblem}</FormHelperText>
      )}

      <TextField
        id="litemaas-request-justification"
        label="Justification"
        required={!open}
        value={justification}
        onChange={e => setJustification(e.target.value)}
        helperText={
          open
            ? 'Optional: what you will use the model for.'
            : 'Required: tell the reviewer what you will use the model for.'
        }
        multiline
        minRows={3}
        variant="outlined"
        margin="normal"
        fullWidth
        inputProps={{ maxLength: 2000 }}
      />

      <Box mt={1} mb={1}>
        <Typography variant="subtitle2">Limits (optional)</Typography>
        <Typography variant="caption" color="textSecondary">
          Leave blank to get the model's defaults (
          {formatLimits(model.defaultLimits)}).
        </Typography>
      </Box>
      <LimitsFields
        idPrefix="litemaas-request"
        value={limitsInput}
        onChange={setLimitsInput}
        errors={limitErrors}
        fallback={model.defaultLimits}
        fallbackLabel="Model default"
      />
    </FormDialogContent>
  );
}
