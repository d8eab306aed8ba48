import { Knex } from 'knex';

const TABLE = 'litemaas_teams';

export interface TeamRecord {
  teamRef: string;
  /** The budget threshold (0, 80 or 100 percent) last told to members. */
  budgetLevel: number;
}

/** The LiteLLM teams the portal has given a budget, and their alerts. */
export class TeamStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Remembers a team; a team already known keeps its alert level. */
  async remember(teamRef: string): Promise<void> {
    await this.knex(TABLE)
      .insert({ team_ref: teamRef, budget_level: 0, updated_at: this.now() })
      .onConflict('team_ref')
      .ignore();
  }

  async list(): Promise<TeamRecord[]> {
    const rows = await this.knex(TABLE).orderBy('team_ref');
    return rows.map(r => ({
      teamRef: r.team_ref,
      budgetLevel: Number(r.budget_level),
    }));
  }

  async setBudgetLevel(teamRef: string, level: number): Promise<void> {
    await this.knex(TABLE)
      .insert({
        team_ref: teamRef,
        budget_level: level,
        updated_at: this.now(),
      })
      .onConflict('team_ref')
      .merge();
  }
}
