import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { TeamStore } from '../database/TeamStore';
import { TeamBudgetService } from './TeamBudgetService';
import { budgetLevel } from './KeyAlerts';
import { PortalLinks, portalLinks } from './portalLinks';

/**
 * Tells a team's members when the team's LiteLLM budget passes 80% and
 * 100%: once each per budget period (the level falls back when LiteLLM
 * resets the spend).
 */
export class TeamBudgetAlerts {
  constructor(
    private readonly deps: {
      budgets: TeamBudgetService;
      teams: TeamStore;
      notifications?: NotificationService;
      logger: LoggerService;
      /** The app's pages the notifications link to. */
      links?: PortalLinks;
    },
  ) {}

  async run(): Promise<{ sent: number }> {
    const remembered = await this.deps.teams.list();
    const teamRefs = await this.deps.budgets.knownTeams(remembered);
    const previous = new Map(remembered.map(t => [t.teamRef, t.budgetLevel]));
    let sent = 0;
    for (const teamRef of teamRefs) {
      let budget;
      try {
        budget = await this.deps.budgets.budgetOf(teamRef);
      } catch (error) {
        this.deps.logger.warn(`Could not read team ${teamRef}: ${error}`);
        continue;
      }
      const max = budget.maxBudget;
      const level = budgetLevel(max, max ? budget.spend / max : 0);
      const before = previous.get(teamRef) ?? 0;
      if (level > before && max !== undefined) {
        sent += await this.notify(teamRef, level, budget.spend, max);
      }
      if (level !== before || !previous.has(teamRef)) {
        await this.deps.teams.setBudgetLevel(teamRef, level);
      }
    }
    return { sent };
  }

  private async notify(
    teamRef: string,
    level: number,
    spend: number,
    max: number,
  ): Promise<number> {
    if (!this.deps.notifications) return 0;
    const amounts = `$${spend.toFixed(2)} of $${max.toFixed(2)}`;
    try {
      await this.deps.notifications.send({
        recipients: { type: 'entity', entityRef: teamRef },
        payload: {
          title: `Team "${
            parseEntityRef(teamRef).name
          }" has used ${level}% of its budget`,
          description:
            level === 100
              ? `The team has spent ${amounts}; LiteLLM refuses its keys until the budget resets. Members may ask for more.`
              : `The team has spent ${amounts} this period. Members may ask for more.`,
          severity: level === 100 ? 'high' : 'normal',
          topic: `litemaas-team-budget-${teamRef}`,
          // Opens the ask for more budget on the team's card.
          link: `${
            (this.deps.links ?? portalLinks()).usage
          }?teamTopUp=${encodeURIComponent(teamRef)}`,
        },
      });
      return 1;
    } catch (error) {
      this.deps.logger.warn(`Could not send team notification: ${error}`);
      return 0;
    }
  }
}
