import { ReactNode, useState } from 'react';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  CreateKeyBody,
  IssuedKey,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import DialogContentText from '@material-ui/core/DialogContentText';
import Divider from '@material-ui/core/Divider';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { litemaasApiRef } from '../../api';
import {
  ComponentPicker,
  EMPTY_KEY_LIMITS,
  ExpiryField,
  FormDialog,
  FormDialogContent,
  KeyLimitsFields,
  KeyLimitsInput,
  ModelPicker,
  NoGrantsMessage,
  errorMessage,
  expiryOf,
  hasKeyLimits,
  isTeamRef,
  keyFormLimits,
  keyNameError,
  parseKeyLimits,
  settingsFor,
  useGrantedModels,
  useKeyOwners,
  useKeySettings,
  useKeysWords,
  useLiteMaasPaths,
} from '../common';
import { formatEntityRef } from '../format';
import { IssuedKeyDialog } from '../IssuedKeyDialog';

/** @public */
export interface CreateKeyDialogProps {
  open: boolean;
  /** Called when the dialog is cancelled, or closed after showing the key. */
  onClose(): void;
  /** Called as soon as the key exists, before its value is shown. */
  onCreated?(issued: IssuedKey): void;
}

const TITLE_ID = 'litemaas-create-key-title';
const SELF = 'me';

/**
 * Creates an API key for the caller or one of their teams, then shows its
 * value once.
 *
 * @public
 */
export function CreateKeyDialog(props: CreateKeyDialogProps) {
  const { open, onClose, onCreated } = props;
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<IssuedKey>();
  const [showing, setShowing] = useState(false);
  return (
    <>
      <FormDialog
        open={open && !showing}
        titleId={TITLE_ID}
        busy={busy}
        maxWidth="md"
        onClose={onClose}
      >
        {/* Unmounted when closed, so each opening starts afresh. */}
        <CreateKeyForm
          onBusy={setBusy}
          onCancel={onClose}
          onCreated={created => {
            setIssued(created);
            setShowing(true);
            onCreated?.(created);
          }}
        />
      </FormDialog>
      <IssuedKeyDialog
        open={open && showing}
        issued={issued}
        onDone={() => {
          setShowing(false);
          onClose();
        }}
        // The value lives no longer than the dialog that shows it.
        onExited={() => setIssued(undefined)}
      />
    </>
  );
}

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Box mt={2} mb={1}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        <strong>{props.title}</strong>
      </Typography>
      {props.children}
    </Box>
  );
}

function CreateKeyForm(props: {
  onBusy(busy: boolean): void;
  onCancel(): void;
  onCreated(issued: IssuedKey): void;
}) {
  const { onBusy, onCancel, onCreated } = props;
  const api = useApi(litemaasApiRef);
  const paths = useLiteMaasPaths();
  const words = useKeysWords();
  const { t } = words;
  const owners = useKeyOwners();
  const grants = useGrantedModels();
  const settings = useKeySettings();

  const [name, setName] = useState('');
  const [ownerChoice, setOwnerChoice] = useState(SELF);
  const [componentRef, setComponentRef] = useState<string | null>(null);
  const [models, setModels] = useState<string[]>([]);
  // Unset: follow the owner's default, which differs for teams.
  const [expiryChoice, setExpiryChoice] = useState<string>();
  const [expiryDate, setExpiryDate] = useState('');
  const [limitsInput, setLimitsInput] =
    useState<KeyLimitsInput>(EMPTY_KEY_LIMITS);
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();

  const owner = ownerChoice === SELF ? owners.userRef ?? '' : ownerChoice;
  const team = isTeamRef(owner) ? formatEntityRef(owner) : undefined;
  const kind = settingsFor(settings.value, owner);
  const granted = owner ? grants.modelsFor(owner) : [];
  let ownerHint = owners.teams.length
    ? t('keys.createDialog.ownerOnlyYou')
    : t('keys.createDialog.ownerNoTeam');
  if (team) {
    ownerHint = t('keys.createDialog.ownerTeam', { team });
  }
  const choice =
    expiryChoice ?? (kind ? String(kind.defaultExpiresInDays) : 'keep');

  const nameError = keyNameError(name, words);
  const modelsError =
    models.length === 0 ? t('keys.form.chooseModel') : undefined;
  const expiry = expiryOf(
    choice,
    expiryDate,
    settings.value?.maxExpiresInDays,
    undefined,
    words,
  );
  const form = keyFormLimits(kind, models, grants.limitsFor(owner));
  const limits = parseKeyLimits(limitsInput, {
    maximums: form.maximums,
    models,
    perModel: form.perModel,
    minBudgetDuration: form.minBudgetDuration,
    words,
  });

  const changeOwner = (next: string) => {
    setOwnerChoice(next);
    const ref = next === SELF ? owners.userRef ?? '' : next;
    const allowed = grants.modelsFor(ref);
    // A key can only carry what its owner was granted.
    setModels(current => current.filter(m => allowed.includes(m)));
  };

  const submit = async () => {
    setSubmitted(true);
    if (
      nameError ||
      modelsError ||
      expiry.error ||
      !limits.valid ||
      !owner ||
      submitting
    ) {
      return;
    }
    const body: CreateKeyBody = {
      name: name.trim(),
      models,
      ...(team && { subjectRef: owner }),
      ...(componentRef && { componentRef }),
      ...expiry.value,
      ...(hasKeyLimits(limits.limits) && { limits: limits.limits }),
    };
    setSubmitting(true);
    onBusy(true);
    setError(undefined);
    try {
      const issued = await api.createKey(body);
      onBusy(false);
      onCreated(issued);
    } catch (e) {
      setError(errorMessage(e));
      setSubmitting(false);
      onBusy(false);
    }
  };

  const loading = owners.loading || grants.loading;

  return (
    <FormDialogContent
      titleId={TITLE_ID}
      title={t('keys.createDialog.title')}
      dividers
      error={error}
      submitLabel={t('keys.createDialog.submit')}
      busy={submitting}
      submitDisabled={!owner}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <DialogContentText>{t('keys.createDialog.intro')}</DialogContentText>

      <Grid container spacing={2}>
        <Grid item xs={12} sm={6}>
          <TextField
            id="litemaas-create-key-name"
            label={t('keys.form.name')}
            required
            value={name}
            onChange={e => setName(e.target.value)}
            error={submitted && Boolean(nameError)}
            helperText={
              (submitted && nameError) || t('keys.createDialog.nameHint')
            }
            inputProps={{ maxLength: 100 }}
            variant="outlined"
            size="small"
            fullWidth
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <TextField
            id="litemaas-create-key-owner"
            select
            SelectProps={{ native: true }}
            label={t('keys.createDialog.owner')}
            value={ownerChoice}
            onChange={e => changeOwner(e.target.value)}
            helperText={ownerHint}
            variant="outlined"
            size="small"
            fullWidth
          >
            <option value={SELF}>{t('keys.createDialog.myself')}</option>
            {owners.teams.map(ref => (
              <option key={ref} value={ref}>
                {t('keys.createDialog.teamOption', {
                  team: formatEntityRef(ref),
                })}
              </option>
            ))}
          </TextField>
        </Grid>
        <Grid item xs={12}>
          <ComponentPicker
            id="litemaas-create-key-component"
            value={componentRef}
            onChange={setComponentRef}
          />
        </Grid>
      </Grid>

      {/* The picker's own legend titles this part. */}
      <Box mt={2} mb={1}>
        {loading && <Progress />}
        {!loading && grants.error && (
          <Alert severity="error">
            {t('keys.createDialog.accessError', {
              error: errorMessage(grants.error),
            })}
          </Alert>
        )}
        {!loading && !grants.error && (
          <ModelPicker
            id="litemaas-create-key-models"
            options={granted}
            value={models}
            onChange={setModels}
            error={submitted ? modelsError : undefined}
            helperText={
              team
                ? t('keys.form.modelsOfTeam', { team })
                : t('keys.form.modelsOfYou')
            }
            empty={<NoGrantsMessage team={team} modelsPath={paths.root} />}
          />
        )}
      </Box>

      <Divider />
      <Section title={t('keys.createDialog.expiry')}>
        <ExpiryField
          idPrefix="litemaas-create-key"
          choice={choice}
          onChoiceChange={setExpiryChoice}
          date={expiryDate}
          onDateChange={setExpiryDate}
          settings={settings.value}
          defaultDays={kind?.defaultExpiresInDays}
          keepLabel={kind ? undefined : t('keys.createDialog.theDefault')}
          error={submitted || expiryDate ? expiry.error : undefined}
        />
      </Section>

      <Divider />
      <Section title={t('keys.form.limits')}>
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          gutterBottom
        >
          {t('keys.createDialog.limitsHelp')}
          {form.budgetForGood && ` ${t('keys.createDialog.budgetForGood')}`}
        </Typography>
        {settings.error && (
          <Box mb={2}>
            <Alert severity="warning">
              {t('keys.createDialog.settingsError', {
                error: errorMessage(settings.error),
              })}
            </Alert>
          </Box>
        )}
        <KeyLimitsFields
          idPrefix="litemaas-create-key"
          value={limitsInput}
          onChange={setLimitsInput}
          errors={limits.errors}
          defaults={form.defaults}
          maximums={form.maximums}
          models={models}
          perModel={form.perModel}
        />
      </Section>
    </FormDialogContent>
  );
}
