// @ts-check

/**
 * Days whose usage LiteLLM answered with less than the portal has (LiteLLM
 * restored from an older backup, or started on an empty database). The
 * portal keeps what it has and waits for an admin to accept LiteLLM's answer.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_usage_holds', table => {
    table.comment('Usage pulls held back because LiteLLM answered less');
    table.string('day', 10).primary().notNullable().comment('YYYY-MM-DD');
    for (const side of ['portal', 'litellm']) {
      table.bigInteger(`${side}_requests`).notNullable();
      table.bigInteger(`${side}_tokens`).notNullable();
      table.double(`${side}_spend`).notNullable();
    }
    table
      .integer('sightings')
      .notNullable()
      .comment('Consecutive pulls that got this same smaller answer');
    table.timestamp('first_seen_at', { useTz: true }).notNullable();
    table.timestamp('last_seen_at', { useTz: true }).notNullable();
    table
      .string('accepted_by', 255)
      .nullable()
      .comment("The admin who accepted LiteLLM's answer for the next pull");
    table.timestamp('accepted_at', { useTz: true }).nullable();
    table
      .string('dismissed_by', 255)
      .nullable()
      .comment(
        "The admin who kept the portal's figures: merged, not asked again",
      );
    table.timestamp('dismissed_at', { useTz: true }).nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_usage_holds');
};
