// @ts-check

/**
 * What safe reconciliation needs to remember between runs:
 * - a revision on every key row, so a repair applies only to the row it read;
 * - observations: what one run saw missing or unknown, so a key is acted on
 *   only after two consecutive runs saw the same;
 * - held-back actions, waiting for an admin when a run would have done too
 *   much at once;
 * - the last report of each scheduled task, the same on every replica;
 * - the admins' "leave it" on keys made outside the portal.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('litemaas_keys', table => {
    table
      .integer('revision')
      .notNullable()
      .defaultTo(0)
      .comment('Bumped on every change: writes conditional on what was read');
  });

  await knex.schema.createTable('litemaas_reconcile_observations', table => {
    table.comment('What reconciliation saw missing or unknown, run by run');
    table
      .string('subject', 200)
      .primary()
      .notNullable()
      .comment('record:<key id>:<token hash> or gateway:<token hash>');
    table.timestamp('first_seen_at', { useTz: true }).notNullable();
    table.timestamp('last_seen_at', { useTz: true }).notNullable();
    table
      .integer('runs')
      .notNullable()
      .comment('Consecutive runs that saw it so');
  });

  await knex.schema.createTable('litemaas_reconcile_holds', table => {
    table.comment('Destructive repairs held back for an admin to confirm');
    table.string('id', 36).primary().notNullable();
    table.string('subject', 200).notNullable();
    table
      .string('action', 32)
      .notNullable()
      .comment('mark-revoked | delete-from-gateway');
    table.string('key_id', 36).nullable();
    table.string('token_hash', 64).notNullable();
    table.string('alias', 255).nullable();
    table.string('owner_ref', 255).nullable();
    table.text('reason').notNullable();
    table
      .string('state', 16)
      .notNullable()
      .comment('held | confirming | confirmed | dismissed | obsolete');
    table.text('outcome').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.string('decided_by', 255).nullable();
    table.timestamp('decided_at', { useTz: true }).nullable();
    table.index(['state'], 'litemaas_reconcile_holds_state_idx');
    table.index(['subject'], 'litemaas_reconcile_holds_subject_idx');
  });

  await knex.schema.createTable('litemaas_task_reports', table => {
    table.comment(
      'The last run of each scheduled task, as every replica shows it',
    );
    table.string('task_id', 100).primary().notNullable();
    table.timestamp('started_at', { useTz: true }).nullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('idle | running | ok | failed');
    table.text('error').nullable();
    table.text('report').nullable().comment('The last successful report, JSON');
    table.timestamp('report_at', { useTz: true }).nullable();
    table.timestamp('requested_at', { useTz: true }).nullable();
    table.string('requested_by', 255).nullable();
  });

  await knex.schema.createTable('litemaas_unmanaged_decisions', table => {
    table.comment('Keys made outside the portal that an admin chose to leave');
    table.string('token_hash', 64).primary().notNullable();
    table.string('decision', 16).notNullable().comment('left');
    table.string('decided_by', 255).notNullable();
    table.timestamp('decided_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_unmanaged_decisions');
  await knex.schema.dropTable('litemaas_task_reports');
  await knex.schema.dropTable('litemaas_reconcile_holds');
  await knex.schema.dropTable('litemaas_reconcile_observations');
  await knex.schema.alterTable('litemaas_keys', table => {
    table.dropColumn('revision');
  });
};
