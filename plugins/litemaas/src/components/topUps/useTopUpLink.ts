import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiKey, TeamBudget } from '@litemaas/backstage-plugin-litemaas-common';
import { useLitemaasText } from '../../translationText';
import { useKeyStatusLabel } from '../common';
import { useLanguage } from '../useLocaleFormat';
import { CurrentTopUps } from './useCurrentTopUps';
import { topUpBlocker } from './topUpRules';

/** The query parameter the budget alerts link with. */
export const TOP_UP_PARAM = 'topUp';
/** The same for a team's budget: `?teamTopUp=<group ref>`. */
export const TEAM_TOP_UP_PARAM = 'teamTopUp';

/**
 * The one-click path from a budget alert: `?topUp=<keyId>` opens the
 * top-up dialog for that key once the keys and their top-ups are loaded,
 * once (the parameter is then dropped, so a reload does not open it
 * again). When the key cannot get more budget, `notice` says why.
 */
export function useTopUpLink(
  keys: ApiKey[] | undefined,
  topUps: CurrentTopUps,
  open: (key: ApiKey) => void,
): { notice?: string; dismiss(): void } {
  const t = useLitemaasText();
  const statusLabel = useKeyStatusLabel();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string>();
  const id = params.get(TOP_UP_PARAM);

  useEffect(() => {
    if (!id || !keys || !topUps.settled) return;
    const rest = new URLSearchParams(params);
    rest.delete(TOP_UP_PARAM);
    setParams(rest, { replace: true });

    const key = keys.find(k => k.id === id);
    if (!key) {
      setNotice(t('topUps.link.notFound'));
      return;
    }
    const name = key.name;
    const current = topUps.of(key.id);
    const blocker = topUpBlocker(key);
    if (blocker === 'playground') {
      setNotice(t('topUps.link.playground', { name }));
    } else if (blocker === 'notWorking') {
      setNotice(
        t('topUps.link.notWorking', {
          name,
          status: statusLabel(key.status).toLocaleLowerCase(language),
        }),
      );
    } else if (blocker === 'noBudget') {
      setNotice(t('topUps.link.noBudget', { name }));
    } else if (current?.status === 'pending') {
      setNotice(t('topUps.link.pending', { name }));
    } else if (current) {
      setNotice(t('topUps.link.running', { name }));
    } else {
      setNotice(undefined);
      open(key);
    }
  }, [id, keys, topUps, params, setParams, open, t, statusLabel, language]);

  return { notice, dismiss: () => setNotice(undefined) };
}

/**
 * The one-click path from a team's budget alert: `?teamTopUp=<group ref>`
 * opens the team's ask once its budget and top-ups are loaded, once. When
 * the team cannot ask now, `notice` says why.
 */
export function useTeamTopUpLink(
  teams: TeamBudget[] | undefined,
  topUps: CurrentTopUps,
  nameOf: (teamRef: string) => string,
  open: (team: TeamBudget) => void,
): { notice?: string; dismiss(): void } {
  const t = useLitemaasText();
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string>();
  const ref = params.get(TEAM_TOP_UP_PARAM);

  useEffect(() => {
    if (!ref || !teams || !topUps.settled) return;
    const rest = new URLSearchParams(params);
    rest.delete(TEAM_TOP_UP_PARAM);
    setParams(rest, { replace: true });

    const wanted = ref.toLocaleLowerCase('en-US');
    const team = teams.find(
      b => b.teamRef.toLocaleLowerCase('en-US') === wanted,
    );
    if (!team) {
      setNotice(t('topUps.link.teamNotFound'));
      return;
    }
    const name = nameOf(team.teamRef);
    const current = topUps.of(team.teamRef);
    if (current?.status === 'pending') {
      setNotice(t('topUps.link.pending', { name }));
    } else if (current) {
      setNotice(t('topUps.link.running', { name }));
    } else {
      setNotice(undefined);
      open(team);
    }
  }, [ref, teams, topUps, params, setParams, open, nameOf, t]);

  return { notice, dismiss: () => setNotice(undefined) };
}
