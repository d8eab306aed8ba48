import { Knex } from 'knex';

/** The names of every table in the test database, on SQLite or PostgreSQL. */
export async function tableNames(knex: Knex): Promise<string[]> {
  return knex.client.config.client === 'pg'
    ? (
        await knex.raw(
          'select tablename from pg_tables where schemaname = current_schema()',
        )
      ).rows.map((r: { tablename: string }) => r.tablename)
    : (
        await knex.raw("select name from sqlite_master where type = 'table'")
      ).map((r: { name: string }) => r.name);
}

/**
 * Every row of every table, as one text: for tests that a value (a key's,
 * a secret) is stored nowhere.
 */
export async function everyRowAsText(knex: Knex): Promise<string> {
  const rows = [];
  for (const table of await tableNames(knex)) {
    rows.push({ table, rows: await knex(table).select() });
  }
  return JSON.stringify(rows);
}
