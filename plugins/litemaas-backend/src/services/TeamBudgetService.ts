import { AuditorService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InputError,
  NotAllowedError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  TeamBudget,
  TeamBudgetUpdate,
} from '@litemaas/backstage-plugin-litemaas-common';
import { KeyStore } from '../database/KeyStore';
import { TeamRecord, TeamStore } from '../database/TeamStore';
import { TopUpStore } from '../database/TopUpStore';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';
import { LiteLlmTeam, liteLlmTime } from '../gateways/litellm/types';
import { Caller } from '../permissions/Caller';
import { audited } from './audit';

/** The periods LiteLLM understands (`duration_in_seconds`). */
const PERIOD = /^\d+(s|m|h|d|w|mo)$/;
/** Teams asked of LiteLLM at once when an admin lists them all. */
const CONCURRENCY = 8;

/**
 * Budgets on LiteLLM teams. A team is a catalog group whose entity ref is
 * the team's id in LiteLLM; LiteLLM keeps the budget and the spend, the
 * portal reads and sets them.
 */
export class TeamBudgetService {
  /** What LiteLLM last said of each team, to answer while it is down. */
  private readonly lastSeen = new Map<
    string,
    { budget: TeamBudget; at: Date }
  >();

  constructor(
    private readonly deps: {
      litellm: LiteLlmClient;
      teams: TeamStore;
      keys: KeyStore;
      auditor: AuditorService;
      /** Whether a group is in the catalog; without it, any group ref goes. */
      groupExists?: (groupRef: string) => Promise<boolean>;
      /** The team's running top-ups, which an admin's budget replaces. */
      topUps?: Pick<TopUpStore, 'endForTeam'>;
    },
  ) {}

  /** The caller's own teams, as LiteLLM sees them. */
  async listMine(caller: Caller): Promise<TeamBudget[]> {
    const groups = caller.ownershipRefs.filter(ref =>
      ref.toLocaleLowerCase('en-US').startsWith('group:'),
    );
    return this.budgetsOf(groups);
  }

  /** Admins: every team the portal knows (budgeted, or owning keys). */
  async listAll(caller: Caller): Promise<TeamBudget[]> {
    this.requireAdmin(caller);
    return this.budgetsOf(await this.knownTeams());
  }

  /**
   * The teams alerts and admins look at; `remembered` saves reading the
   * portal's team list again when the caller has it.
   */
  async knownTeams(remembered?: TeamRecord[]): Promise<string[]> {
    const [teams, owners] = await Promise.all([
      remembered ?? this.deps.teams.list(),
      this.deps.keys.teamOwners(),
    ]);
    return [...new Set([...teams.map(t => t.teamRef), ...owners])].sort();
  }

  /**
   * A team's budget as LiteLLM has it; while LiteLLM is unavailable, as
   * this replica last saw it, marked stale (LiteLLM keeps the spend, the
   * portal does not).
   */
  async budgetOf(teamRef: string): Promise<TeamBudget> {
    try {
      const budget = toTeamBudget(
        teamRef,
        await this.deps.litellm.teamInfo(teamRef),
      );
      this.lastSeen.set(teamRef, { budget, at: new Date() });
      return budget;
    } catch (error) {
      const seen = this.lastSeen.get(teamRef);
      if (!(error instanceof ServiceUnavailableError) || !seen) throw error;
      return {
        ...seen.budget,
        stale: { reason: error.message, asOf: seen.at.toISOString() },
      };
    }
  }

  /** Admins: sets or removes a team's budget, making the team if needed. */
  async setBudget(
    caller: Caller,
    update: TeamBudgetUpdate,
  ): Promise<TeamBudget> {
    this.requireAdmin(caller);
    const teamRef = await this.checkedTeamRef(update.teamRef);
    checkAmounts(update);
    const removing = update.maxBudget === null;
    return audited(
      this.deps.auditor,
      'litemaas-team-budget-set',
      caller,
      { ...update, teamRef },
      async note => {
        const current = await this.deps.litellm.ensureTeam(
          teamRef,
          parseEntityRef(teamRef).name,
        );
        await this.deps.teams.remember(teamRef);
        // Sending a period restarts the budget window in LiteLLM: only a
        // changed one is sent.
        const periodChanged =
          update.budgetDuration !== undefined &&
          update.budgetDuration !== (current.budget_duration ?? null);
        const team = await this.deps.litellm.updateTeamBudget(teamRef, {
          max_budget: update.maxBudget,
          soft_budget: removing ? null : update.softBudget ?? null,
          ...(periodChanged && { budget_duration: update.budgetDuration }),
        });
        // The budget set here is the budget: a running top-up ends without
        // taking its amount off it later (nor re-applying over it).
        const topUpsEnded = (await this.deps.topUps?.endForTeam(teamRef)) ?? 0;
        if (topUpsEnded) {
          note({
            reason: `Replaces ${topUpsEnded} running budget top-up${
              topUpsEnded === 1 ? '' : 's'
            }`,
          });
        }
        return toTeamBudget(teamRef, team);
      },
    );
  }

  private async budgetsOf(teamRefs: string[]): Promise<TeamBudget[]> {
    const out: TeamBudget[] = [];
    for (let i = 0; i < teamRefs.length; i += CONCURRENCY) {
      out.push(
        ...(await Promise.all(
          teamRefs.slice(i, i + CONCURRENCY).map(ref => this.budgetOf(ref)),
        )),
      );
    }
    return out;
  }

  private requireAdmin(caller: Caller) {
    if (!caller.canManage) {
      throw new NotAllowedError('Only admins can see and set all team budgets');
    }
  }

  private async checkedTeamRef(raw: string): Promise<string> {
    const parsed = parseGroupRef(raw);
    if (!parsed) {
      throw new InputError(
        `teamRef must be a group's entity ref such as group:default/payments, not '${raw}'`,
      );
    }
    const ref = stringifyEntityRef(parsed);
    if (this.deps.groupExists && !(await this.deps.groupExists(ref))) {
      throw new InputError(`There is no group ${ref} in the catalog`);
    }
    return ref;
  }
}

/** The ref's parts when it names a group, else undefined. */
function parseGroupRef(raw: string) {
  try {
    const parsed = parseEntityRef(raw);
    return parsed.kind.toLocaleLowerCase('en-US') === 'group'
      ? parsed
      : undefined;
  } catch {
    return undefined;
  }
}

function checkAmounts(update: TeamBudgetUpdate) {
  const { maxBudget, softBudget, budgetDuration } = update;
  if (maxBudget !== null && !(maxBudget > 0)) {
    throw new InputError('maxBudget must be more than 0 (or null to remove)');
  }
  if (softBudget !== undefined && softBudget !== null) {
    if (!(softBudget > 0))
      throw new InputError('softBudget must be more than 0');
    if (maxBudget !== null && softBudget >= maxBudget) {
      throw new InputError('softBudget must be below maxBudget');
    }
  }
  if (
    budgetDuration !== undefined &&
    budgetDuration !== null &&
    !PERIOD.test(budgetDuration)
  ) {
    throw new InputError(
      `budgetDuration must look like 30d, 1w or 1mo, not '${budgetDuration}'`,
    );
  }
}

function toTeamBudget(
  teamRef: string,
  team: LiteLlmTeam | undefined,
): TeamBudget {
  if (!team) return { teamRef, exists: false, spend: 0 };
  const budget: TeamBudget = { teamRef, exists: true, spend: team.spend ?? 0 };
  if (typeof team.max_budget === 'number') budget.maxBudget = team.max_budget;
  if (typeof team.soft_budget === 'number') {
    budget.softBudget = team.soft_budget;
  }
  if (team.budget_duration) budget.budgetDuration = team.budget_duration;
  const resetAt = liteLlmTime(team.budget_reset_at);
  if (resetAt) budget.budgetResetAt = resetAt.toISOString();
  return budget;
}
