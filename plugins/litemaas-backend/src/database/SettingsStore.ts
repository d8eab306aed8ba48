import { Knex } from 'knex';

const TABLE = 'litemaas_settings';

/** Admin settings, one JSON value per name. */
export class SettingsStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get<T>(name: string): Promise<T | undefined> {
    const row = await this.knex(TABLE).where({ name }).first();
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  async put(name: string, value: unknown, actorRef: string): Promise<void> {
    await this.knex(TABLE)
      .insert({
        name,
        value: JSON.stringify(value),
        updated_by: actorRef,
        updated_at: this.now(),
      })
      .onConflict('name')
      .merge();
  }
}
