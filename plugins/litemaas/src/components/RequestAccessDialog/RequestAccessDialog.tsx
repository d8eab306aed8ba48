import { useLitemaasText } from '../../translationText';
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
  EndDateField,
  FormDialog,
  FormDialogContent,
  LimitsFields,
  LimitsInput,
  errorMessage,
  hasLimits,
  latestGrantDay,
  localDayOf,
  ownAccess,
  parseLimits,
  useCheckEndDay,
  useKeysWords,
  useStatusLabel,
} from '../common';
import { formatEntityRef } from '../format';
import { useLanguage, useLocaleFormat } from '../useLocaleFormat';

/** @public */
export interface RequestAccessDialogProps {
  open: boolean;
  model: Pick<
    LiteMaasModel,
    | 'name'
    | 'accessPolicy'
    | 'defaultLimits'
    | 'myAccess'
    | 'maxGrantDays'
    | 'deprecation'
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
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const words = useKeysWords();
  const language = useLanguage();
  const statusLabel = useStatusLabel();
  /** "granted", "pending": a status inside a sentence's brackets. */
  const statusWord = (status: Parameters<typeof statusLabel>[0]) =>
    statusLabel(status).toLocaleLowerCase(language);
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
  // A model that limits grants needs an end: the longest one to start with.
  const [today] = useState(() => new Date());
  const latestDay = latestGrantDay(model.maxGrantDays, today);
  const [endDay, setEndDay] = useState(latestDay ?? '');
  const checkEndDay = useCheckEndDay();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();

  const team =
    chosenTeam || teams.find(ref => !activeFor(ref)) || teams[0] || '';
  const open = model.accessPolicy === 'open';
  const justificationMissing = !open && !justification.trim();
  const { limits, errors: limitErrors } = parseLimits(limitsInput, words);
  const end = checkEndDay(endDay, {
    min: localDayOf(today),
    max: latestDay,
    required: Boolean(latestDay),
  });
  let subjectProblem: string | undefined;
  if (who === 'self') {
    if (selfActive) {
      subjectProblem =
        selfActive.status === 'granted'
          ? t('access.request.selfHasAccess', { model: model.name })
          : t('access.request.selfHasPending', { model: model.name });
    }
  } else if (!team) {
    if (!identity.loading) subjectProblem = t('access.request.chooseTeam');
  } else if (activeFor(team)) {
    subjectProblem =
      activeFor(team) === 'granted'
        ? t('access.request.teamHasAccess', { team: formatEntityRef(team) })
        : t('access.request.teamHasPending', { team: formatEntityRef(team) });
  }
  const canSubmit =
    !submitting &&
    !(who === 'team' && !team) &&
    !justificationMissing &&
    !subjectProblem &&
    !end.error &&
    Object.keys(limitErrors).length === 0;

  const submit = async () => {
    const body: CreateAccessRequestBody = { modelName: model.name };
    if (who === 'team') body.subjectRef = team;
    if (justification.trim()) body.justification = justification.trim();
    if (hasLimits(limits)) body.limits = limits;
    if (end.end) body.expiresAt = end.end;
    setSubmitting(true);
    onBusy(true);
    setError(undefined);
    try {
      const request = await api.createAccessRequest(body);
      const values = {
        model: model.name,
        team: formatEntityRef(request.subjectRef),
      };
      const forTeam = who === 'team';
      alertApi.post(
        request.status === 'granted'
          ? {
              message: forTeam
                ? t('access.request.grantedFor', values)
                : t('access.request.granted', values),
              severity: 'success',
              display: 'transient',
            }
          : {
              message: forTeam
                ? t('access.request.pendingFor', values)
                : t('access.request.pending', values),
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
      title={t('access.request.title', { model: model.name })}
      error={error}
      submitLabel={t('access.request.submit')}
      busy={submitting}
      submitDisabled={!canSubmit}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Box mb={2}>
        {open ? (
          <Alert severity="info">
            {t('access.request.openInfo', { model: model.name })}
          </Alert>
        ) : (
          <Alert severity="warning">
            {t('access.request.restrictedInfo', { model: model.name })}
          </Alert>
        )}
      </Box>
      {model.deprecation?.state === 'deprecated' && (
        <Box mb={2}>
          <Alert severity="warning" data-testid="request-deprecation-warning">
            {model.deprecation.replacement
              ? t('deprecation.request.warningMove', {
                  model: model.name,
                  date: format.date(model.deprecation.retireAt),
                  replacement: model.deprecation.replacement,
                })
              : t('deprecation.request.warning', {
                  model: model.name,
                  date: format.date(model.deprecation.retireAt),
                })}
          </Alert>
        </Box>
      )}

      <FormControl component="fieldset" fullWidth margin="dense">
        <FormLabel component="legend">{t('access.request.who')}</FormLabel>
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
                ? t('access.request.myselfStatus', {
                    status: statusWord(selfActive.status),
                  })
                : t('access.request.myself')
            }
          />
          <FormControlLabel
            value="team"
            control={<Radio color="primary" />}
            label={t('access.request.aTeam')}
            disabled={!identity.loading && teams.length === 0}
          />
        </RadioGroup>
        {!identity.loading && teams.length === 0 && (
          <FormHelperText>{t('access.request.noTeams')}</FormHelperText>
        )}
      </FormControl>

      {who === 'team' && teams.length > 0 && (
        <TextField
          id="litemaas-request-team"
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          label={t('access.request.team')}
          value={team}
          onChange={e => setChosenTeam(e.target.value)}
          helperText={t('access.request.teamHelp')}
          variant="outlined"
          size="small"
          margin="dense"
          fullWidth
        >
          {teams.map(ref => {
            const status = activeFor(ref);
            return (
              <option key={ref} value={ref}>
                {status
                  ? t('access.request.teamStatus', {
                      team: formatEntityRef(ref),
                      status: statusWord(status),
                    })
                  : formatEntityRef(ref)}
              </option>
            );
          })}
        </TextField>
      )}
      {identity.loading && who === 'team' && (
        <Typography variant="caption" color="textSecondary">
          {t('access.request.loadingTeams')}
        </Typography>
      )}
      {subjectProblem && (
        <FormHelperText error>{subjectProblem}</FormHelperText>
      )}

      <TextField
        id="litemaas-request-justification"
        label={t('access.request.justification')}
        required={!open}
        value={justification}
        onChange={e => setJustification(e.target.value)}
        helperText={
          open
            ? t('access.request.justificationOptional')
            : t('access.request.justificationRequired')
        }
        multiline
        minRows={3}
        variant="outlined"
        margin="normal"
        fullWidth
        inputProps={{ maxLength: 2000 }}
      />

      <EndDateField
        id="litemaas-request-end"
        value={endDay}
        onChange={setEndDay}
        min={localDayOf(today)}
        max={latestDay}
        required={Boolean(latestDay)}
        error={end.error}
        helperText={
          model.maxGrantDays
            ? t('access.request.endMax', {
                days: format.count(model.maxGrantDays),
              })
            : t('access.request.endOptional')
        }
      />

      <Box mt={1} mb={1}>
        <Typography variant="subtitle2">
          {t('access.request.limits')}
        </Typography>
        <Typography variant="caption" color="textSecondary">
          {t('access.request.limitsDefault', {
            limits: format.limits(model.defaultLimits),
          })}
        </Typography>
      </Box>
      <LimitsFields
        idPrefix="litemaas-request"
        value={limitsInput}
        onChange={setLimitsInput}
        errors={limitErrors}
        fallback={model.defaultLimits}
        fallbackLabel={t('access.request.modelDefault')}
      />
    </FormDialogContent>
  );
}
