import { useLitemaasText } from '../../translationText';
import { useEffect, useState } from 'react';
import { Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  APPROVAL_RULE_KINDS,
  ApprovalRule,
  ApprovalRulesCheckResponse,
  CATALOG_CONDITION_FIELDS,
  LiteMaasModel,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import CircularProgress from '@material-ui/core/CircularProgress';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import IconButton from '@material-ui/core/IconButton';
import MenuItem from '@material-ui/core/MenuItem';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AddIcon from '@material-ui/icons/Add';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import DeleteIcon from '@material-ui/icons/Delete';
import EditIcon from '@material-ui/icons/Edit';
import LockIcon from '@material-ui/icons/Lock';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { FormDialog, ToneChip, errorMessage } from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { formatEntityRef } from '../format';
import { reasonText } from '../MyAccessPage/reasonText';
import { useLocaleFormat } from '../useLocaleFormat';
import {
  RuleFieldErrors,
  RuleFields,
  describeRule,
  fieldsOf,
  problemsOf,
  ruleOf,
} from './approvalRuleForm';

const TITLE_ID = 'approval-rules-title';

const useStyles = makeStyles(theme => ({
  rules: { listStyle: 'none', margin: 0, padding: 0 },
  rule: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  ruleText: { flex: 1, minWidth: 0 },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: theme.spacing(2),
    marginTop: theme.spacing(2),
  },
  wide: { gridColumn: '1 / -1' },
  // Refs and their examples need more room than a number.
  ref: { gridColumn: 'span 2' },
  panel: { padding: theme.spacing(2), marginTop: theme.spacing(2) },
  adminOnly: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    marginLeft: theme.spacing(1),
    color: theme.palette.text.secondary,
    fontSize: theme.typography.caption.fontSize,
  },
}));

/**
 * A model's approval rules: the list in order with what each does, a form
 * per rule, Save, and what the draft would do with a request. Read-only
 * when the rules come from app-config.
 */
export function ApprovalRulesDialog(props: {
  open: boolean;
  model?: LiteMaasModel;
  onClose(): void;
}) {
  const { open, model } = props;
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const classes = useStyles();
  const modelName = model?.name ?? '';
  const loaded = useAsyncRetry(
    async () =>
      open && modelName ? api.getApprovalRules(modelName) : undefined,
    [api, open, modelName],
  );
  const [draft, setDraft] = useState<ApprovalRule[]>([]);
  const [changed, setChanged] = useState(false);
  // The rule being edited: its index, 'new', or none.
  const [editing, setEditing] = useState<number | 'new'>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>();

  useEffect(() => {
    if (loaded.value) {
      setDraft(loaded.value.rules);
      setChanged(false);
      setEditing(undefined);
      setProblems(undefined);
    }
  }, [loaded.value]);

  const readOnly = loaded.value ? !loaded.value.editable : true;
  // An admin's admins-only rule stays as it is for everyone else.
  const locked = (rule: ApprovalRule) =>
    Boolean(rule.adminOnly) && !loaded.value?.canSetAdminOnly;
  const change = (next: ApprovalRule[]) => {
    setDraft(next);
    setChanged(true);
    setProblems(undefined);
  };
  const move = (index: number, by: number) => {
    const next = [...draft];
    const [rule] = next.splice(index, 1);
    next.splice(index + by, 0, rule);
    change(next);
  };

  const save = async () => {
    setSaving(true);
    setProblems(undefined);
    try {
      const saved = await api.setApprovalRules(modelName, draft);
      setDraft(saved.rules);
      setChanged(false);
      alertApi.post({
        message: t('rules.saved', { model: modelName }),
        severity: 'success',
        display: 'transient',
      });
      props.onClose();
    } catch (e) {
      setProblems(problemsOf(errorMessage(e)));
    } finally {
      setSaving(false);
    }
  };

  let content;
  if (loaded.loading || (!loaded.value && !loaded.error)) {
    content = <Progress />;
  } else if (loaded.error) {
    content = <ErrorWithRetry error={loaded.error} onRetry={loaded.retry} />;
  } else {
    const value = loaded.value!;
    content = (
      <>
        <Typography variant="body2" paragraph>
          {t('rules.intro')}
        </Typography>
        {model?.accessPolicy === 'open' && (
          <Box mb={2}>
            <Alert severity="info">
              {t('rules.openModel', { model: modelName })}
            </Alert>
          </Box>
        )}
        {!value.editable && (
          <Box mb={2}>
            <Alert severity="info">{t('rules.fromConfig')}</Alert>
          </Box>
        )}
        {value.updatedBy && value.updatedAt && (
          <Typography variant="caption" color="textSecondary" component="p">
            {t('rules.updated', {
              who: formatEntityRef(value.updatedBy),
              when: format.relativeTime(value.updatedAt),
            })}
          </Typography>
        )}
        {draft.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            {t('rules.none')}
          </Typography>
        ) : (
          <ul className={classes.rules} aria-label={t('rules.action')}>
            {draft.map((rule, index) =>
              editing === index ? (
                <li key={`edit-${index}`}>
                  <RuleForm
                    rule={rule}
                    canSetAdminOnly={Boolean(loaded.value?.canSetAdminOnly)}
                    others={draft.filter((_, i) => i !== index)}
                    onCancel={() => setEditing(undefined)}
                    onApply={next => {
                      change(draft.map((r, i) => (i === index ? next : r)));
                      setEditing(undefined);
                    }}
                  />
                </li>
              ) : (
                <li key={rule.name} className={classes.rule}>
                  <ToneChip tone="info" label={t(`rules.kinds.${rule.kind}`)} />
                  <div className={classes.ruleText}>
                    <Typography variant="body2">
                      <strong>{rule.name}</strong>
                      {rule.adminOnly && (
                        <Tooltip title={t('rules.adminOnlyHelp')}>
                          <span className={classes.adminOnly}>
                            <LockIcon fontSize="inherit" />
                            {t('rules.adminOnly')}
                          </span>
                        </Tooltip>
                      )}
                    </Typography>
                    <Typography variant="body2" color="textSecondary">
                      {describeRule(rule, t, format)}
                    </Typography>
                  </div>
                  {!readOnly && (
                    <Box display="flex" flexShrink={0}>
                      <IconButton
                        size="small"
                        aria-label={t('rules.up', { name: rule.name })}
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                      >
                        <ArrowUpwardIcon fontSize="small" />
                      </IconButton>
                      <IconButton
                        size="small"
                        aria-label={t('rules.down', { name: rule.name })}
                        disabled={index === draft.length - 1}
                        onClick={() => move(index, 1)}
                      >
                        <ArrowDownwardIcon fontSize="small" />
                      </IconButton>
                      <IconButton
                        size="small"
                        aria-label={t('rules.editLabel', { name: rule.name })}
                        disabled={locked(rule)}
                        onClick={() => setEditing(index)}
                      >
                        <EditIcon fontSize="small" />
                      </IconButton>
                      <IconButton
                        size="small"
                        aria-label={t('rules.removeLabel', {
                          name: rule.name,
                        })}
                        disabled={locked(rule)}
                        onClick={() =>
                          change(draft.filter((_, i) => i !== index))
                        }
                      >
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </Box>
                  )}
                </li>
              ),
            )}
          </ul>
        )}
        {!readOnly &&
          (editing === 'new' ? (
            <RuleForm
              canSetAdminOnly={Boolean(loaded.value?.canSetAdminOnly)}
              others={draft}
              onCancel={() => setEditing(undefined)}
              onApply={rule => {
                change([...draft, rule]);
                setEditing(undefined);
              }}
            />
          ) : (
            <Box mt={1}>
              <Button
                color="primary"
                startIcon={<AddIcon />}
                onClick={() => setEditing('new')}
                disabled={editing !== undefined}
              >
                {t('rules.add')}
              </Button>
            </Box>
          ))}
        {problems && (
          <Box mt={2}>
            <Alert severity="error">
              <AlertTitle>{t('rules.notSaved')}</AlertTitle>
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {problems.map(p => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </Alert>
          </Box>
        )}
        <CheckPanel modelName={modelName} rules={draft} />
      </>
    );
  }

  return (
    <FormDialog
      open={open}
      titleId={TITLE_ID}
      busy={saving}
      maxWidth="md"
      onClose={props.onClose}
    >
      <DialogTitle id={TITLE_ID}>
        {t('rules.title', { model: modelName })}
      </DialogTitle>
      <DialogContent dividers>{content}</DialogContent>
      <DialogActions>
        {changed && (
          <Box mr="auto" pl={2}>
            <Typography variant="caption" color="textSecondary">
              {t('rules.unsaved')}
            </Typography>
          </Box>
        )}
        <Button onClick={props.onClose} disabled={saving}>
          {t('rules.close')}
        </Button>
        {!readOnly && (
          <Button
            variant="contained"
            color="primary"
            onClick={save}
            disabled={saving || !changed || editing !== undefined}
            startIcon={saving ? <CircularProgress size={16} /> : undefined}
          >
            {t('rules.save')}
          </Button>
        )}
      </DialogActions>
    </FormDialog>
  );
}

/** The form of one rule, inline in the list. */
function RuleForm(props: {
  rule?: ApprovalRule;
  /** Admins mark rules admins-only. */
  canSetAdminOnly: boolean;
  others: ApprovalRule[];
  onApply(rule: ApprovalRule): void;
  onCancel(): void;
}) {
  const t = useLitemaasText();
  const classes = useStyles();
  const [fields, setFields] = useState<RuleFields>(() => fieldsOf(props.rule));
  const [errors, setErrors] = useState<RuleFieldErrors>({});
  const set = (patch: Partial<RuleFields>) => {
    setFields(current => ({ ...current, ...patch }));
    setErrors({});
  };
  const hasEscalate = props.others.some(r => r.kind === 'escalate');
  const apply = () => {
    const result = ruleOf(
      fields,
      props.others.map(r => r.name),
    );
    if (!result.rule) {
      setErrors(result.errors);
      return;
    }
    props.onApply(result.rule);
  };
  const field = (
    name: keyof RuleFields,
    label: string,
    helperText?: string,
    className?: string,
  ) => (
    <TextField
      id={`rule-${name}`}
      label={label}
      value={fields[name] as string}
      onChange={e => set({ [name]: e.target.value } as Partial<RuleFields>)}
      error={Boolean(errors[name])}
      helperText={errors[name] ? t(errors[name]!) : helperText}
      variant="outlined"
      size="small"
      className={className}
    />
  );

  return (
    <Paper variant="outlined" className={classes.panel}>
      <Typography variant="subtitle2">
        {props.rule
          ? t('rules.form.editTitle', { name: props.rule.name })
          : t('rules.form.addTitle')}
      </Typography>
      <div className={classes.fields}>
        {field('name', t('rules.form.name'), t('rules.form.nameHelp'))}
        <TextField
          id="rule-kind"
          select
          label={t('rules.form.kind')}
          value={fields.kind}
          onChange={e => set({ kind: e.target.value as RuleFields['kind'] })}
          variant="outlined"
          size="small"
          helperText={
            fields.kind === 'escalate' && hasEscalate
              ? t('rules.form.oneEscalate')
              : undefined
          }
          error={fields.kind === 'escalate' && hasEscalate}
        >
          {APPROVAL_RULE_KINDS.map(kind => (
            <MenuItem key={kind} value={kind}>
              {t(`rules.kinds.${kind}`)}
            </MenuItem>
          ))}
        </TextField>
        {fields.kind === 'autoApprove' && (
          <>
            {field(
              'groups',
              t('rules.form.groups'),
              t('rules.form.groupsHelp'),
              classes.wide,
            )}
            <Typography
              variant="caption"
              color="textSecondary"
              className={classes.wide}
            >
              {t('rules.form.ceiling')}
            </Typography>
            {field('maxBudget', t('rules.form.maxBudget'))}
            {field(
              'budgetDuration',
              t('rules.form.budgetDuration'),
              t('rules.form.budgetDurationHelp'),
            )}
            {field('tpm', t('rules.form.tpm'))}
            {field('rpm', t('rules.form.rpm'))}
          </>
        )}
        {fields.kind === 'twoApprovals' &&
          field(
            'aboveBudget',
            t('rules.form.aboveBudget'),
            t('rules.form.aboveBudgetHelp'),
            classes.wide,
          )}
        {fields.kind === 'escalate' &&
          field(
            'afterDays',
            t('rules.form.afterDays'),
            t('rules.form.afterDaysHelp'),
          )}
        {fields.kind === 'deny' && (
          <>
            <TextField
              id="rule-require-kind"
              select
              label={t('rules.form.requireKind')}
              value={fields.requireKind}
              onChange={e =>
                set({
                  requireKind: e.target.value as RuleFields['requireKind'],
                })
              }
              variant="outlined"
              size="small"
            >
              {['Component', 'System', 'Resource', 'API'].map(kind => (
                <MenuItem key={kind} value={kind}>
                  {kind}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              id="rule-require-owner"
              select
              label={t('rules.form.requireOwner')}
              value={fields.requireOwner}
              onChange={e =>
                set({
                  requireOwner: e.target.value as RuleFields['requireOwner'],
                })
              }
              variant="outlined"
              size="small"
            >
              <MenuItem value="subject">{t('rules.say.subject')}</MenuItem>
              <MenuItem value="requester">{t('rules.say.requester')}</MenuItem>
            </TextField>
            {CATALOG_CONDITION_FIELDS.map(name => (
              <TextField
                key={name}
                id={`rule-filter-${name}`}
                label={t('rules.form.filter', { field: name })}
                value={fields.filter[name] ?? ''}
                onChange={e =>
                  set({ filter: { ...fields.filter, [name]: e.target.value } })
                }
                helperText={t('rules.form.filterHelp')}
                variant="outlined"
                size="small"
              />
            ))}
            {field('reason', t('rules.form.reason'), undefined, classes.wide)}
          </>
        )}
      </div>
      {props.canSetAdminOnly && (
        <FormControlLabel
          control={
            <Checkbox
              checked={fields.adminOnly}
              onChange={e => set({ adminOnly: e.target.checked })}
              color="primary"
            />
          }
          label={t('rules.form.adminOnly')}
        />
      )}
      <Box display="flex" justifyContent="flex-end" mt={2} style={{ gap: 8 }}>
        <Button onClick={props.onCancel}>{t('rules.form.cancel')}</Button>
        <Button
          variant="outlined"
          color="primary"
          onClick={apply}
          disabled={fields.kind === 'escalate' && hasEscalate}
        >
          {t('rules.form.apply')}
        </Button>
      </Box>
    </Paper>
  );
}

/** "What would happen": the draft rules tried on a request, nothing written. */
function CheckPanel(props: { modelName: string; rules: ApprovalRule[] }) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const classes = useStyles();
  const [subject, setSubject] = useState('');
  const [requester, setRequester] = useState('');
  const [limits, setLimits] = useState({
    maxBudget: '',
    budgetDuration: '',
    tpm: '',
    rpm: '',
  });
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<ApprovalRulesCheckResponse>();
  const [error, setError] = useState<string>();
  const num = (value: string) =>
    value.trim() === '' ? undefined : Number(value.trim());

  const check = async () => {
    setChecking(true);
    setError(undefined);
    setResult(undefined);
    try {
      const asked = {
        maxBudget: num(limits.maxBudget),
        tpm: num(limits.tpm),
        rpm: num(limits.rpm),
        budgetDuration: limits.budgetDuration.trim() || undefined,
      };
      setResult(
        await api.checkApprovalRules(props.modelName, {
          subjectRef: subject.trim(),
          ...(requester.trim() ? { requestedBy: requester.trim() } : {}),
          limits: Object.fromEntries(
            Object.entries(asked).filter(([, v]) => v !== undefined),
          ),
          rules: props.rules,
        }),
      );
    } catch (e) {
      setError(t('rules.check.failed', { error: errorMessage(e) }));
    } finally {
      setChecking(false);
    }
  };

  const limitField = (name: keyof typeof limits, label: string) => (
    <TextField
      id={`check-${name}`}
      label={label}
      value={limits[name]}
      onChange={e => setLimits(l => ({ ...l, [name]: e.target.value }))}
      variant="outlined"
      size="small"
    />
  );

  let severity: 'success' | 'error' | 'info' | 'warning' = 'info';
  if (result?.outcome === 'granted') severity = 'success';
  else if (result?.outcome === 'denied') severity = 'error';
  else if (result?.outcome === 'twoApprovals') severity = 'warning';

  return (
    <Paper
      variant="outlined"
      className={classes.panel}
      component="section"
      aria-labelledby="approval-rules-check"
    >
      <Typography variant="h6" id="approval-rules-check">
        {t('rules.check.title')}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {t('rules.check.intro')}
      </Typography>
      <div className={classes.fields}>
        <TextField
          id="check-subject"
          label={t('rules.check.subject')}
          helperText={t('rules.check.subjectHelp')}
          value={subject}
          onChange={e => setSubject(e.target.value)}
          variant="outlined"
          size="small"
          className={classes.ref}
        />
        <TextField
          id="check-requester"
          label={t('rules.check.requester')}
          helperText={t('rules.check.requesterHelp')}
          value={requester}
          onChange={e => setRequester(e.target.value)}
          variant="outlined"
          size="small"
          className={classes.ref}
        />
        <Typography
          variant="caption"
          color="textSecondary"
          className={classes.wide}
        >
          {t('rules.check.limits')}
        </Typography>
        {limitField('maxBudget', t('rules.check.maxBudget'))}
        {limitField('budgetDuration', t('rules.check.budgetDuration'))}
        {limitField('tpm', t('rules.check.tpm'))}
        {limitField('rpm', t('rules.check.rpm'))}
      </div>
      <Box mt={2}>
        <Button
          variant="outlined"
          color="primary"
          onClick={check}
          disabled={checking || !subject.trim()}
          startIcon={checking ? <CircularProgress size={16} /> : undefined}
        >
          {t('rules.check.run')}
        </Button>
      </Box>
      <Box mt={2} aria-live="polite">
        {error && <Alert severity="error">{error}</Alert>}
        {result && (
          <Alert severity={severity}>
            <AlertTitle>
              {t(`rules.check.outcome.${result.outcome}`, {
                rule: result.rule ?? '',
              })}
            </AlertTitle>
            <div>
              {t('rules.check.why', { reason: reasonText(result.reason, t) })}
            </div>
            <div>
              {t('rules.check.looked', {
                limits: format.limits(result.limits),
              })}
            </div>
            {result.escalateAfterDays !== undefined && (
              <div>
                {t('rules.check.escalate', {
                  duration: format.duration(`${result.escalateAfterDays}d`),
                })}
              </div>
            )}
          </Alert>
        )}
      </Box>
    </Paper>
  );
}
