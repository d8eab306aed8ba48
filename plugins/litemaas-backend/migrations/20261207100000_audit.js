// @ts-check

/**
 * The audit trail: every governance action, with who did it, to whom, the
 * state before and after and the reason. Appended to, never changed; rows
 * older than the retention are deleted by a daily task.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_audit_events', table => {
    table.comment('Governance actions, for admins and auditors');
    table.bigIncrements('id').primary();
    table.timestamp('at', { useTz: true }).notNullable();
    table
      .string('action', 100)
      .notNullable()
      .comment('The event id, e.g. access-approve or key-revoke');
    table.string('outcome', 16).notNullable().comment('succeeded or failed');
    table.string('actor_ref', 255).notNullable();
    table.string('subject_ref', 255).nullable();
    table.string('model_name', 255).nullable();
    table
      .string('target', 255)
      .nullable()
      .comment('The object acted on: a request or key id, a team, ...');
    table.text('reason').nullable();
    table.text('before_json').nullable();
    table.text('after_json').nullable();
    table
      .text('details_json')
      .nullable()
      .comment('The rest of what was asked, secrets removed');
    table.text('error').nullable();
    table.index(['at'], 'litemaas_audit_at_idx');
    table.index(['model_name', 'at'], 'litemaas_audit_model_idx');
    table.index(['actor_ref', 'at'], 'litemaas_audit_actor_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_audit_events');
};
