// @ts-check

/**
 * Recertification campaigns: reviewers confirm or end every active grant
 * of some models by a deadline; one row per grant under review.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_recert_campaigns', table => {
    table.comment('Recertification campaigns over the grants of models');
    table.string('id', 36).primary().notNullable();
    table.string('name', 255).notNullable();
    table.text('model_names').notNullable().comment('JSON array');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('deadline', { useTz: true }).notNullable();
    table.string('on_deadline', 8).notNullable().comment('end | flag');
    table.string('status', 8).notNullable().comment('open | closed');
    table.timestamp('closed_at', { useTz: true }).nullable();
    table
      .integer('reminded_days')
      .nullable()
      .comment('The nearest reminder sent before the deadline');
    table.index(['status', 'deadline'], 'litemaas_recert_campaigns_open_idx');
  });
  await knex.schema.createTable('litemaas_recert_items', table => {
    table.comment('The grants a campaign reviews, and each decision');
    table
      .string('campaign_id', 36)
      .notNullable()
      .references('id')
      .inTable('litemaas_recert_campaigns')
      .onDelete('CASCADE');
    table.string('request_id', 36).notNullable();
    table.string('subject_ref', 255).notNullable();
    table.string('model_name', 255).notNullable();
    table
      .string('decision', 16)
      .notNullable()
      .comment('pending | keep | end | expired | flagged | gone');
    table.string('decided_by', 255).nullable();
    table.timestamp('decided_at', { useTz: true }).nullable();
    table.text('reason').nullable();
    table.primary(['campaign_id', 'request_id']);
    table.index(['request_id'], 'litemaas_recert_items_request_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_recert_items');
  await knex.schema.dropTable('litemaas_recert_campaigns');
};
