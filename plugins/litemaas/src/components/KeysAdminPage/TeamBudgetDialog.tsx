import { useState } from 'react';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { TeamBudget } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';
import { litemaasApiRef } from '../../api';
import {
  ConfirmDialog,
  EMPTY_KEY_LIMITS,
  KeyLimitField,
  KeyLimitsErrors,
  KeyLimitsFields,
  KeyLimitsInput,
  errorMessage,
  keyLimitsToInput,
  parseKeyLimits,
} from '../common';
import { formatEntityRef } from '../format';

/** A team's budget is these key limits, and only these. */
const BUDGET_FIELDS: KeyLimitField[] = [
  'maxBudget',
  'softBudget',
  'budgetDuration',
];

interface TeamOption {
  ref: string;
  label: string;
}

function teamOption(group: Entity): TeamOption {
  const ref = stringifyEntityRef(group);
  const short = formatEntityRef(ref);
  const profile = (group.spec as { profile?: { displayName?: string } })
    ?.profile;
  const title = group.metadata.title ?? profile?.displayName;
  return {
    ref,
    label: title && title !== short ? `${title} (${short})` : short,
  };
}

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
function parseTeamBudget(input: KeyLimitsInput) {
  const { limits, errors } = parseKeyLimits(input);
  const budgetErrors: KeyLimitsErrors = { ...errors };
  const max = limits.maxBudget;
  if (!errors.maxBudget && (max === undefined || max <= 0)) {
    budgetErrors.maxBudget =
      max === undefined ? 'Set a budget in USD' : 'Set a budget above $0';
  }
  const valid = BUDGET_FIELDS.every(field => !budgetErrors[field]);
  return { limits, errors: budgetErrors, valid };
}

/** Groups from the catalog, to pick the team from. */
function TeamPicker(props: {
  value: string | null;
  onChange(ref: string | null): void;
  error?: string;
}) {
  const catalogApi = useApi(catalogApiRef);
  const groups = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Group' },
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'metadata.title',
        'spec.profile.displayName',
      ],
    });
    return items.map(teamOption).sort((a, b) => a.label.localeCompare(b.label));
  }, [catalogApi]);
  const options = groups.value ?? [];
  const selected = options.find(o => o.ref === props.value) ?? null;
  let helperText = props.error ?? 'A group from the catalog';
  if (groups.error) {
    helperText = `Could not load the teams from the catalog: ${errorMessage(
      groups.error,
    )}`;
  }
  return (
    <Autocomplete
      id="litemaas-team-budget-team"
      options={options}
      value={selected}
      onChange={(_, option: TeamOption | null) =>
        props.onChange(option?.ref ?? null)
      }
      getOptionLabel={option => option.label}
      getOptionSelected={(option, value) => option.ref === value.ref}
      loading={groups.loading}
      loadingText="Loading teams…"
      noOptionsText="No such team in the catalog"
      renderInput={params => (
        <TextField
          {...params}
          label="Team"
          variant="outlined"
          size="small"
          error={Boolean(props.error || groups.error)}
          helperText={helperText}
        />
      )}
    />
  );
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
  const editing = props.budget;
  const [team, setTeam] = useState<string | null>(editing?.teamRef ?? null);
  const [input, setInput] = useState(() => budgetInput(editing));
  const [submitted, setSubmitted] = useState(false);
  const parsed = parseTeamBudget(input);
  // Mistakes in what was typed show at once; what is missing, after Save.
  const errors: KeyLimitsErrors =
    submitted || input.maxBudget.trim()
      ? parsed.errors
      : { ...parsed.errors, maxBudget: undefined };
  const teamError = submitted && !team ? 'Pick a team' : undefined;

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
          ? `Budget of ${formatEntityRef(editing.teamRef)}`
          : 'Set team budget'
      }
      confirmLabel="Save"
      onConfirm={save}
      onClose={props.onClose}
    >
      <DialogContentText>
        The spend of all of the team's keys together. LiteLLM refuses the team's
        keys once it reaches the budget, until the period starts again.
      </DialogContentText>
      <Box mb={2}>
        {editing ? (
          <TextField
            id="litemaas-team-budget-team"
            label="Team"
            value={formatEntityRef(editing.teamRef)}
            helperText={editing.teamRef}
            variant="outlined"
            size="small"
            fullWidth
            disabled
          />
        ) : (
          <TeamPicker value={team} onChange={pickTeam} error={teamError} />
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
