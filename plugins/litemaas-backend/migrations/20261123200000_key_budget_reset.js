// @ts-check

/**
 * When each key's budget next resets, as LiteLLM reports it
 * (`budget_reset_at`), for the budget cards.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('litemaas_keys', table => {
    table
      .timestamp('budget_reset_at', { useTz: true })
      .nullable()
      .comment("When LiteLLM next resets the key's spend");
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('litemaas_keys', table => {
    table.dropColumn('budget_reset_at');
  });
};
