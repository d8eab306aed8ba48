// @ts-check

/**
 * Users who left the catalog: seen missing once, then twice (the grace
 * period starts), then offboarded (or kept by an admin).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_departures', table => {
    table.comment('Users missing from the catalog, and their offboarding');
    table.string('subject_ref', 255).primary().notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('suspected | departing | offboarded | kept');
    table.timestamp('first_missing_at', { useTz: true }).notNullable();
    table.timestamp('confirmed_at', { useTz: true }).nullable();
    table.timestamp('offboard_at', { useTz: true }).nullable();
    table.timestamp('offboarded_at', { useTz: true }).nullable();
    table.integer('keys_revoked').nullable();
    table.integer('grants_ended').nullable();
    table.string('kept_by', 255).nullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('litemaas_catalog_users_seen', table => {
    table.comment(
      'Users with access the catalog has had: only they can leave it (a subject never in the catalog, such as a workshop participant, is not offboarded)',
    );
    table.string('subject_ref', 255).primary().notNullable();
    table.timestamp('last_seen_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_catalog_users_seen');
  await knex.schema.dropTable('litemaas_departures');
};
