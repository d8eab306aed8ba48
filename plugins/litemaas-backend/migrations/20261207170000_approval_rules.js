// @ts-check

/**
 * Approval rules per model, and what they need on a request: the count of
 * approvals it needs and who gave the first, and when admins were told it
 * waits too long.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_approval_rules', table => {
    table.comment('Approval rules of a model, saved over the API');
    table.string('model_name', 255).primary().notNullable();
    table.text('rules').notNullable().comment('JSON list of ApprovalRule');
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex.schema.alterTable('litemaas_access_requests', table => {
    table
      .integer('approvals_required')
      .nullable()
      .comment('2 when a twoApprovals rule applies');
    table.string('approval_rule', 255).nullable();
    table
      .string('first_approved_by', 255)
      .nullable()
      .comment('Set by a conditional update: the second must be another');
    table.timestamp('first_approved_at', { useTz: true }).nullable();
    table
      .timestamp('pending_since', { useTz: true })
      .nullable()
      .comment('When it last became pending (null: since created_at)');
    table
      .timestamp('escalated_at', { useTz: true })
      .nullable()
      .comment('Claimed once: admins were told it waits too long');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('litemaas_access_requests', table => {
    table.dropColumn('approvals_required');
    table.dropColumn('approval_rule');
    table.dropColumn('first_approved_by');
    table.dropColumn('first_approved_at');
    table.dropColumn('pending_since');
    table.dropColumn('escalated_at');
  });
  await knex.schema.dropTable('litemaas_approval_rules');
};
