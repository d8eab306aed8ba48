import { useLitemaasText } from '../../translationText';
import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { TeamBudget } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import { litemaasApiRef } from '../../api';
import {
  CatalogEntityPicker,
  ConfirmDialog,
  EMPTY_KEY_LIMITS,
  KeyLimitField,
  KeyLimitsErrors,
  KeyLimitsFields,
  KeyLimitsInput,
  keyLimitsToInput,
  KeysWords,
  parseKeyLimits,
  useKeysWords,
} from '../common';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';

/** A team's budget is these key limits, and only these. */
const BUDGET_FIELDS: KeyLimitField[] = [
  'maxBudget',
  'softBudget',
  'budgetDuration',
];

function budgetInput(budget?: TeamBudget): KeyLimitsInput {
  if (budget?.maxBudget === undefined) return EMPTY_KEY_LIMITS;
  return keyLimitsToInput({
    maxBudget: budget.maxBudget,
    softBudget: budget.softBudget,
    budgetDuration: budget.budgetDuration,
  });
}

/**
 * What is wrong with a team budget as typed: the key limits' own checks
 * (amounts, a soft budget below the maximum, a period such as 30d), and a
 * maximum above zero, which a team budget cannot do without.
 */
function parseTeamBudget(
  input: KeyLimitsInput,
  messages: { required: string; positive: string },
  words: KeysWords,
) {
  const { limits, errors } = parseKeyLimits(input, { words });
  const budgetErrors: KeyLimitsErrors = { ...errors };
  const max = limits.maxBudget;
  if (!errors.maxBudget && (max === undefined || max <= 0)) {
    budgetErrors.maxBudget =
      max === undefined ? messages.required : messages.positive;
  }
  const valid = BUDGET_FIELDS.every(field => !budgetErrors[field]);
  return { limits, errors: budgetErrors, valid };
}

/**
 * Sets a team's budget: the team (fixed when editing one), its maximum,
 * an optional soft budget that only alerts, and how often it resets.
 * LiteLLM then refuses the team's keys once their spend together reaches
 * the maximum.
 */
export function TeamBudgetDialog(props: {
  open: boolean;
  /** The team being edited; a new budget when absent. */
  budget?: TeamBudget;
  /** Every team's budget, to start from one a picked team already has. */
  budgets: TeamBudget[];
  onClose(): void;
  onSaved(budget: TeamBudget): void;
}) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const words = useKeysWords();
  const editing = props.budget;
  const [team, setTeam] = useState<string | null>(editing?.teamRef ?? null);
  const [input, setInput] = useState(() => budgetInput(editing));
  const [submitted, setSubmitted] = useState(false);
  const parsed = parseTeamBudget(
    input,
    {
      required: t('keysAdmin.teamBudget.budgetRequired'),
      positive: t('keysAdmin.teamBudget.budgetPositive', {
        amount: format.usd(0),
      }),
    },
    words,
  );
  // Mistakes in what was typed show at once; what is missing, after Save.
  const errors: KeyLimitsErrors =
    submitted || input.maxBudget.trim()
      ? parsed.errors
      : { ...parsed.errors, maxBudget: undefined };
  const teamError =
    submitted && !team ? t('keysAdmin.teamBudget.pickTeam') : undefined;

  const pickTeam = (ref: string | null) => {
    setTeam(ref);
    const existing = props.budgets.find(b => b.teamRef === ref);
    if (existing?.maxBudget !== undefined) setInput(budgetInput(existing));
  };

  const save = async () => {
    setSubmitted(true);
    if (!team || !parsed.valid) return false;
    const { maxBudget, softBudget, budgetDuration } = parsed.limits;
    const saved = await api.setTeamBudget({
      teamRef: team,
      maxBudget: maxBudget!,
      // Blank fields clear what the team had.
      softBudget: softBudget ?? null,
      budgetDuration: budgetDuration ?? null,
    });
    props.onSaved(saved);
    return undefined;
  };

  return (
    <ConfirmDialog
      open={props.open}
      title={
        editing
          ? t('keysAdmin.teamBudget.titleEdit', {
              team: formatEntityRef(editing.teamRef),
            })
          : t('keysAdmin.teamBudget.titleNew')
      }
      confirmLabel={t('keysAdmin.teamBudget.save')}
      onConfirm={save}
      onClose={props.onClose}
    >
      <DialogContentText>
        {t('keysAdmin.teamBudget.explanation')}
      </DialogContentText>
      <Box mb={2}>
        {editing ? (
          <TextField
            id="litemaas-team-budget-team"
            label={t('keysAdmin.teamBudget.team')}
            value={formatEntityRef(editing.teamRef)}
            helperText={editing.teamRef}
            variant="outlined"
            size="small"
            fullWidth
            disabled
          />
        ) : (
          <CatalogEntityPicker
            id="litemaas-team-budget-team"
            label={t('keysAdmin.teamBudget.team')}
            kinds={['Group']}
            noun={{
              one: t('keysAdmin.teamBudget.teamNoun'),
              many: t('keysAdmin.teamBudget.teamNounMany'),
            }}
            value={team}
            onChange={pickTeam}
            error={teamError}
            helperText={t('keysAdmin.teamBudget.teamHint')}
          />
        )}
      </Box>
      <KeyLimitsFields
        idPrefix="litemaas-team-budget"
        value={input}
        onChange={setInput}
        errors={errors}
        fields={BUDGET_FIELDS}
      />
    </ConfirmDialog>
  );
}
