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

  /**
   * Stores the value unless the name has one; returns the value that holds.
   * Two replicas starting at once agree on the first one written.
   */
  async putIfAbsent<T>(name: string, value: T, actorRef: string): Promise<T> {
    await this.knex(TABLE)
      .insert({
        name,
        value: JSON.stringify(value),
        updated_by: actorRef,
        updated_at: this.now(),
      })
      .onConflict('name')
      .ignore();
    return (await this.get<T>(name))!;
  }

  /** Every setting whose name starts with the prefix, by name. */
  async listByPrefix<T>(prefix: string): Promise<Map<string, T>> {
    const rows = await this.knex(TABLE).whereRaw('substr(name, 1, ?) = ?', [
      prefix.length,
      prefix,
    ]);
    return new Map(
      rows.map(row => [row.name as string, JSON.parse(row.value) as T]),
    );
  }

  async delete(name: string): Promise<void> {
    await this.knex(TABLE).where({ name }).delete();
  }
}
