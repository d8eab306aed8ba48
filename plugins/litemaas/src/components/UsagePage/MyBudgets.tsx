import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { LoadError, Loading, isLiveKey, useLiteMaasPaths } from '../common';
import { KeyBudgetCards, TeamBudgetCards, hasTeamBudget } from './BudgetCards';

function Section(props: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <Box mt={3} component="section" aria-label={props.title}>
      <Typography variant="h6" component="h2">
        {props.title}
      </Typography>
      <Box mb={2}>
        <Typography variant="body2" color="textSecondary">
          {props.description}
        </Typography>
      </Box>
      {props.children}
    </Box>
  );
}

/**
 * The caller's key budgets and their teams' budgets. Each loads on its own:
 * one failing leaves the other, and the rest of the page, in place.
 * `version` reloads both when it changes (after a sync).
 */
export function MyBudgets(props: { version: number }) {
  const api = useApi(litemaasApiRef);
  const paths = useLiteMaasPaths();
  const keys = useAsyncRetry(
    () => api.listKeys({ scope: 'mine' }),
    [api, props.version],
  );
  const teams = useAsyncRetry(
    () => api.listTeamBudgets({ scope: 'mine' }),
    [api, props.version],
  );
  const liveKeys = keys.value?.items.filter(isLiveKey) ?? [];
  const teamBudgets = teams.value?.items.filter(hasTeamBudget) ?? [];

  return (
    <>
      <Section
        title="Key budgets"
        description="Spend in each key's current budget period. LiteLLM refuses a key's requests once its budget is used up."
      >
        {keys.loading && !keys.value && <Loading label="Loading your keys" />}
        {keys.error && !keys.value && (
          <LoadError what="your keys" error={keys.error} retry={keys.retry} />
        )}
        {keys.value && liveKeys.length === 0 && (
          <Typography variant="body2">
            You have no API keys. Create one on the{' '}
            <Link to={paths.keys}>API keys</Link> tab.
          </Typography>
        )}
        {liveKeys.length > 0 && <KeyBudgetCards keys={liveKeys} />}
      </Section>
      <Section
        title="Team budgets"
        description="Spend of all of a team's keys together in the current period. LiteLLM refuses the team's keys once the team's budget is used up, whatever each key has left."
      >
        {teams.loading && !teams.value && (
          <Loading label="Loading your teams' budgets" />
        )}
        {teams.error && !teams.value && (
          <LoadError
            what="your teams' budgets"
            error={teams.error}
            retry={teams.retry}
          />
        )}
        {teams.value && teamBudgets.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            None of your teams has a budget.
          </Typography>
        )}
        {teamBudgets.length > 0 && <TeamBudgetCards budgets={teamBudgets} />}
      </Section>
    </>
  );
}
