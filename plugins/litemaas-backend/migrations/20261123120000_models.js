// @ts-check

/**
 * Models the portal has seen in LiteLLM, one row per public model name (a
 * name may have several deployments). LiteLLM stays the source of truth for
 * deployments; this table lets the catalog survive a LiteLLM outage and
 * remember models that vanished (marked unavailable, never deleted).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_models', table => {
    table.comment('Models seen in LiteLLM /model/info, by public name');
    table
      .string('model_name', 255)
      .primary()
      .notNullable()
      .comment('Public model name clients send as `model`');
    table.string('provider', 255).notNullable();
    table.text('details').notNullable().comment('Normalised model info, JSON');
    table.boolean('available').notNullable().defaultTo(true);
    table.timestamp('first_seen_at', { useTz: true }).notNullable();
    table.timestamp('last_seen_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_models');
};
