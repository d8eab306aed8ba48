import { useLitemaasText } from '../../translationText';
import { ReactNode, useCallback, useState } from 'react';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { ApiKey, TeamBudget } from '@litemaas/backstage-plugin-litemaas-common';
import {
  LoadError,
  Loading,
  budgetState,
  isLiveKey,
  useDialogTarget,
  useLiteMaasPaths,
} from '../common';
import {
  AskTopUpDialog,
  KeyTopUpState,
  TopUpHistory,
  TopUpState,
  teamName,
  topUpBlocker,
  useCurrentTopUps,
  useTeamTopUpLink,
} from '../topUps';
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
  const t = useLitemaasText();
  const keys = useAsyncRetry(
    () => api.listKeys({ scope: 'mine' }),
    [api, props.version],
  );
  const teams = useAsyncRetry(
    () => api.listTeamBudgets({ scope: 'mine' }),
    [api, props.version],
  );
  // Bumped when a key's top-ups change.
  const [topUpVersion, setTopUpVersion] = useState(0);
  const topUps = useCurrentTopUps(`${props.version}-${topUpVersion}`);
  const askingTopUp = useDialogTarget<ApiKey>();
  const askingTeamTopUp = useDialogTarget<TeamBudget>();
  const liveKeys = keys.value?.items.filter(isLiveKey) ?? [];

  // A key nearing (80%) or past its budget offers more; one with a
  // top-up waiting or running shows it.
  const topUpOf = (key: ApiKey) => {
    const state = budgetState(key.spend, key.limits.maxBudget);
    return (
      <KeyTopUpState
        apiKey={key}
        topUp={topUps.of(key.id)}
        canAsk={
          topUps.settled &&
          (state === 'warning' || state === 'error') &&
          !topUpBlocker(key)
        }
        onAsk={askingTopUp.show}
        onChanged={() => setTopUpVersion(v => v + 1)}
      />
    );
  };
  const teamBudgets = teams.value?.items.filter(hasTeamBudget) ?? [];
  const teamNameOf = useCallback((ref: string) => teamName(t, ref), [t]);
  const teamLink = useTeamTopUpLink(
    teams.value ? teamBudgets : undefined,
    topUps,
    teamNameOf,
    askingTeamTopUp.show,
  );
  // A team's budget covers every model its members use, and only this
  // card shows it: any member may ask for more (an admin decides), unless
  // LiteLLM could not be read just now.
  const teamTopUpOf = (budget: TeamBudget) => (
    <TopUpState
      name={teamName(t, budget.teamRef)}
      topUp={topUps.of(budget.teamRef)}
      canAsk={topUps.settled && !budget.stale}
      onAsk={() => askingTeamTopUp.show(budget)}
      onChanged={() => setTopUpVersion(v => v + 1)}
    />
  );

  return (
    <>
      <Section
        title={t('usage.budgets.keysTitle')}
        description={t('usage.budgets.keysDescription')}
      >
        {keys.loading && !keys.value && (
          <Loading label={t('usage.budgets.loadingKeys')} />
        )}
        {keys.error && !keys.value && (
          <LoadError
            what={t('usage.budgets.yourKeys')}
            error={keys.error}
            retry={keys.retry}
          />
        )}
        {keys.value && liveKeys.length === 0 && (
          <Typography variant="body2">
            {t('usage.budgets.noKeys')}{' '}
            <Link to={paths.keys}>{t('page.tabs.keys')}</Link>
            {/* No space before a full stop. */}
            {/^\p{P}/u.test(t('usage.budgets.noKeysAfter')) ? '' : ' '}
            {t('usage.budgets.noKeysAfter')}
          </Typography>
        )}
        {liveKeys.length > 0 && (
          <KeyBudgetCards keys={liveKeys} extra={topUpOf} />
        )}
        <AskTopUpDialog
          open={askingTopUp.open}
          apiKey={askingTopUp.target}
          onClose={askingTopUp.hide}
          onAsked={() => setTopUpVersion(v => v + 1)}
        />
      </Section>
      <Section
        title={t('usage.budgets.teamsTitle')}
        description={t('usage.budgets.teamsDescription')}
      >
        {teamLink.notice && (
          <Box mb={2}>
            <Alert
              severity="info"
              onClose={teamLink.dismiss}
              closeText={t('topUps.link.close')}
            >
              {teamLink.notice}
            </Alert>
          </Box>
        )}
        {teams.loading && !teams.value && (
          <Loading label={t('usage.budgets.loadingTeams')} />
        )}
        {teams.error && !teams.value && (
          <LoadError
            what={t('usage.budgets.yourTeams')}
            error={teams.error}
            retry={teams.retry}
          />
        )}
        {teams.value && teamBudgets.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            {t('usage.budgets.noTeams')}
          </Typography>
        )}
        {teamBudgets.length > 0 && (
          <TeamBudgetCards budgets={teamBudgets} extra={teamTopUpOf} />
        )}
        <AskTopUpDialog
          open={askingTeamTopUp.open}
          team={askingTeamTopUp.target}
          onClose={askingTeamTopUp.hide}
          onAsked={() => {
            setTopUpVersion(v => v + 1);
            teams.retry();
          }}
        />
      </Section>
      <TopUpHistory scope="mine" version={`${props.version}-${topUpVersion}`} />
    </>
  );
}
