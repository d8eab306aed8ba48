// @ts-check

/**
 * Budget top-ups: more budget for a key, for a while, asked by its owner
 * and decided like an access request.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_budget_top_ups', table => {
    table.comment('Temporary raises of a key budget, and their decisions');
    table.string('id', 36).primary().notNullable();
    table.string('key_id', 36).notNullable();
    table.string('subject_ref', 255).notNullable();
    table.string('requested_by', 255).notNullable();
    table.double('amount').notNullable().comment('USD added to max_budget');
    table.integer('days').notNullable();
    table.text('justification').nullable();
    table
      .string('status', 16)
      .notNullable()
      .comment(
        'pending | applying | active | ending | ended | denied | cancelled',
      );
    table
      .string('active_slot', 36)
      .nullable()
      .unique({ indexName: 'litemaas_budget_top_ups_slot_uniq' })
      .comment('The key id until the top-up ended: one at a time per key');
    table.string('decided_by', 255).nullable();
    table.timestamp('decided_at', { useTz: true }).nullable();
    table.text('decision_reason').nullable();
    table.double('base_budget').nullable().comment('max_budget before');
    table
      .double('fallback_budget')
      .nullable()
      .comment('max_budget to go back to, fixed when ending starts');
    table.timestamp('applied_at', { useTz: true }).nullable();
    table.timestamp('ends_at', { useTz: true }).nullable();
    table.timestamp('ended_at', { useTz: true }).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['key_id'], 'litemaas_budget_top_ups_key_idx');
    table.index(['status', 'ends_at'], 'litemaas_budget_top_ups_status_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_budget_top_ups');
};
