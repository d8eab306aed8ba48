import { useLitemaasText } from '../../translationText';
import { useState } from 'react';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  ProvisionKeysBody,
  ProvisionKeysResponse,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Dialog from '@material-ui/core/Dialog';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { litemaasApiRef } from '../../api';
import {
  DoneOnceCopiedActions,
  FormDialogContent,
  IssuedValues,
  ModelPicker,
  errorMessage,
  parseAmount,
  useKeySettings,
  useKeysWords,
  useModelList,
} from '../common';
import { useLocaleFormat } from '../useLocaleFormat';

const TITLE_ID = 'litemaas-provision-title';
const PREFIX_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const PARTICIPANT_PATTERN = /^[A-Za-z0-9._@+-]{1,100}$/;

/** The participants as typed: one a line, blanks and repeats dropped. */
export function parseParticipants(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Keys for many people at once, e.g. a workshop. Running it again with the
 * same prefix makes keys only for participants that have none (or failed).
 */
export function ProvisionKeysDialog(props: {
  open: boolean;
  onClose(): void;
  onProvisioned(): void;
}) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ProvisionKeysResponse>();
  return (
    <Dialog
      open={props.open}
      // Once values are shown, only "Done" closes it (see below).
      onClose={busy || result ? undefined : props.onClose}
      disableEscapeKeyDown={Boolean(result)}
      aria-labelledby={TITLE_ID}
      maxWidth="md"
      fullWidth
      TransitionProps={{ onExited: () => setResult(undefined) }}
    >
      {result ? (
        <ProvisionResult result={result} onDone={props.onClose} />
      ) : (
        <ProvisionForm
          onBusy={setBusy}
          onCancel={props.onClose}
          onDone={response => {
            setResult(response);
            props.onProvisioned();
          }}
        />
      )}
    </Dialog>
  );
}

function ProvisionForm(props: {
  onBusy(busy: boolean): void;
  onCancel(): void;
  onDone(result: ProvisionKeysResponse): void;
}) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const words = useKeysWords();
  const modelList = useModelList();
  const settings = useKeySettings();
  const [prefix, setPrefix] = useState('');
  const [participantsText, setParticipantsText] = useState('');
  const [models, setModels] = useState<string[]>([]);
  const [days, setDays] = useState('7');
  const [budget, setBudget] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();

  const available = (modelList.value?.items ?? [])
    .filter(m => m.available)
    .map(m => m.name)
    .sort((a, b) => a.localeCompare(b));
  const participants = parseParticipants(participantsText);
  const badParticipants = participants.filter(
    p => !PARTICIPANT_PATTERN.test(p),
  );
  const maxDays = settings.value?.maxExpiresInDays;
  const dayCount = Number(days.trim());
  const budgetValue = parseAmount(budget, words);

  // The backend's rules, checked here so mistakes show before sending.
  const errors: Record<string, string | undefined> = {
    models:
      models.length === 0 ? t('keysAdmin.provision.chooseModel') : undefined,
    budget: typeof budgetValue === 'string' ? budgetValue : undefined,
  };
  if (!prefix.trim()) errors.prefix = t('keysAdmin.provision.prefixRequired');
  else if (!PREFIX_PATTERN.test(prefix.trim())) {
    errors.prefix = t('keysAdmin.provision.prefixPattern');
  }
  if (participants.length === 0) {
    errors.participants = t('keysAdmin.provision.participantsRequired');
  } else if (badParticipants.length) {
    errors.participants = t('keysAdmin.provision.participantsInvalid', {
      list: `${badParticipants.slice(0, 3).join(', ')}${
        badParticipants.length > 3 ? ', …' : ''
      }`,
    });
  }
  if (!/^\d+$/.test(days.trim()) || dayCount < 1) {
    errors.days = t('keysAdmin.provision.daysInvalid');
  } else if (maxDays !== undefined && dayCount > maxDays) {
    errors.days = t('keysAdmin.provision.daysMax', {
      n: format.count(maxDays),
    });
  }
  const shown = (message?: string) => (submitted ? message : undefined);

  const submit = async () => {
    setSubmitted(true);
    if (Object.values(errors).some(Boolean) || submitting) return;
    const body: ProvisionKeysBody = {
      aliasPrefix: prefix.trim(),
      participants,
      models,
      expiresInDays: dayCount,
      ...(typeof budgetValue === 'number' && {
        limits: { maxBudget: budgetValue },
      }),
    };
    setSubmitting(true);
    props.onBusy(true);
    setError(undefined);
    try {
      const result = await api.provisionKeys(body);
      props.onBusy(false);
      props.onDone(result);
    } catch (e) {
      setError(errorMessage(e));
      setSubmitting(false);
      props.onBusy(false);
    }
  };

  return (
    <FormDialogContent
      titleId={TITLE_ID}
      title={t('keysAdmin.provision.title')}
      dividers
      error={error}
      submitLabel={
        participants.length
          ? t('keysAdmin.provision.submit', {
              n: format.count(participants.length),
            })
          : t('keysAdmin.provision.submitNone')
      }
      busy={submitting}
      onSubmit={submit}
      onCancel={props.onCancel}
    >
      <DialogContentText>
        {t('keysAdmin.provision.explanation')}
      </DialogContentText>
      <Grid container spacing={2}>
        <Grid item xs={12} sm={6}>
          <TextField
            id="litemaas-provision-prefix"
            label={t('keysAdmin.provision.prefix')}
            placeholder="workshop-2026-11-"
            required
            value={prefix}
            onChange={e => setPrefix(e.target.value)}
            error={Boolean(shown(errors.prefix))}
            helperText={
              shown(errors.prefix) ?? t('keysAdmin.provision.prefixHint')
            }
            inputProps={{ maxLength: 100 }}
            variant="outlined"
            size="small"
            fullWidth
          />
        </Grid>
        <Grid item xs={6} sm={3}>
          <TextField
            id="litemaas-provision-days"
            label={t('keysAdmin.provision.days')}
            required
            value={days}
            onChange={e => setDays(e.target.value)}
            error={Boolean(shown(errors.days))}
            helperText={
              shown(errors.days) ??
              (maxDays !== undefined
                ? t('keysAdmin.provision.daysHint', {
                    n: format.count(maxDays),
                  })
                : ' ')
            }
            inputProps={{ inputMode: 'numeric' }}
            variant="outlined"
            size="small"
            fullWidth
          />
        </Grid>
        <Grid item xs={6} sm={3}>
          <TextField
            id="litemaas-provision-budget"
            label={t('keysAdmin.provision.budget')}
            value={budget}
            onChange={e => setBudget(e.target.value)}
            error={Boolean(errors.budget)}
            helperText={errors.budget ?? t('keysAdmin.provision.budgetHint')}
            inputProps={{ inputMode: 'decimal' }}
            variant="outlined"
            size="small"
            fullWidth
          />
        </Grid>
        <Grid item xs={12}>
          <TextField
            id="litemaas-provision-participants"
            label={t('keysAdmin.provision.participants')}
            required
            placeholder={'alice@example.com\nbob@example.com'}
            value={participantsText}
            onChange={e => setParticipantsText(e.target.value)}
            error={Boolean(shown(errors.participants))}
            helperText={
              shown(errors.participants) ??
              t('keysAdmin.provision.participantsHint', {
                n: format.count(participants.length),
              })
            }
            multiline
            minRows={4}
            maxRows={12}
            variant="outlined"
            fullWidth
          />
        </Grid>
      </Grid>
      {modelList.loading && !modelList.value ? (
        <Progress />
      ) : (
        <ModelPicker
          id="litemaas-provision-models"
          options={available}
          value={models}
          onChange={setModels}
          error={shown(errors.models)}
          helperText={t('keysAdmin.provision.modelsHint')}
          empty={
            <Alert severity="info">{t('keysAdmin.provision.noModels')}</Alert>
          }
        />
      )}
    </FormDialogContent>
  );
}

function ProvisionResult(props: {
  result: ProvisionKeysResponse;
  onDone(): void;
}) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { created, existing, failed } = props.result;
  const [copied, setCopied] = useState(false);
  const values = created.map(c => ({
    participant: c.participant,
    alias: c.alias,
    value: c.value ?? '',
  }));

  return (
    <>
      <DialogTitle id={TITLE_ID}>
        {t('keysAdmin.provision.resultTitle')}
      </DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" gutterBottom role="status">
          {t('keysAdmin.provision.summary', {
            created: format.count(created.length),
            existing: format.count(existing.length),
            failed: format.count(failed.length),
          })}
        </Typography>

        {created.length > 0 && (
          <IssuedValues values={values} onCopied={setCopied} />
        )}

        {existing.length > 0 && (
          <Box mt={2}>
            <Typography variant="subtitle2" component="h3">
              {t('keysAdmin.provision.existingTitle')}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {existing.map(e => `${e.participant} (${e.alias})`).join(', ')}
            </Typography>
          </Box>
        )}

        {failed.length > 0 && (
          <Box mt={2}>
            <Alert severity="error">
              <Typography variant="subtitle2" component="h3">
                {t('keysAdmin.provision.failedTitle')}
              </Typography>
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {failed.map(f => (
                  <li key={f.participant}>
                    {f.participant}: {f.error}
                  </li>
                ))}
              </ul>
            </Alert>
          </Box>
        )}
      </DialogContent>
      <DoneOnceCopiedActions
        safeToClose={copied || created.length === 0}
        warning={t('keysAdmin.provision.notCopied')}
        onDone={props.onDone}
      />
    </>
  );
}
