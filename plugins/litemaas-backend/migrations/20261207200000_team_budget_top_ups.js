// @ts-check

/**
 * Budget top-ups of teams: a top-up raises either a key's budget (key_id)
 * or a LiteLLM team's (team_ref). The one-at-a-time slot holds the key id
 * or the team ref, so it grows to fit a ref.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('litemaas_budget_top_ups', table => {
    table.string('key_id', 36).nullable().alter();
    table.string('active_slot', 255).nullable().alter();
  });
  await knex.schema.alterTable('litemaas_budget_top_ups', table => {
    table
      .string('team_ref', 255)
      .nullable()
      .comment('The team (catalog group) whose budget it raises, or null');
    table.index(['team_ref'], 'litemaas_budget_top_ups_team_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex('litemaas_budget_top_ups').whereNull('key_id').delete();
  await knex.schema.alterTable('litemaas_budget_top_ups', table => {
    table.dropIndex(['team_ref'], 'litemaas_budget_top_ups_team_idx');
    table.dropColumn('team_ref');
  });
  await knex.schema.alterTable('litemaas_budget_top_ups', table => {
    table.string('key_id', 36).notNullable().alter();
    table.string('active_slot', 36).nullable().alter();
  });
};
