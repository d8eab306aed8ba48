import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@litemaas/backstage-plugin-litemaas-backend',
  'migrations',
);

/** Brings the plugin's tables up to date. */
export async function applyDatabaseMigrations(knex: Knex): Promise<void> {
  await knex.migrate.latest({
    directory: migrationsDir,
    tableName: 'litemaas_knex_migrations',
  });
}

/** Undoes every migration; used by the migration tests. */
export async function rollbackDatabaseMigrations(knex: Knex): Promise<void> {
  await knex.migrate.rollback(
    { directory: migrationsDir, tableName: 'litemaas_knex_migrations' },
    true,
  );
}
