// @ts-check

/**
 * The LiteLLM teams the portal uses (a team is a catalog group; its entity
 * ref is the team id): made for team keys or given a budget by an admin.
 * Also what the team's members were last told about its budget (0, 80 or
 * 100 percent; it falls back when a new budget period starts).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_teams', table => {
    table.comment('LiteLLM teams used by the portal, and their budget alerts');
    table.string('team_ref', 255).primary().notNullable();
    table.integer('budget_level').notNullable().defaultTo(0);
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_teams');
};
