// @ts-check

/**
 * The portal's own fields of models (access policy, owner, default limits),
 * access requests and grants, and their history.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_model_policies', table => {
    table.comment('Portal-side policy of a model, by public model name');
    table.string('model_name', 255).primary().notNullable();
    table
      .string('access_policy', 16)
      .notNullable()
      .comment('open | restricted | hidden');
    table.string('owner_ref', 255).nullable().comment('Catalog entity ref');
    table.text('description').nullable();
    table.text('default_limits').notNullable().comment('AccessLimits, JSON');
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('litemaas_access_requests', table => {
    table.comment('Access requests and the grants they became');
    table.string('id', 36).primary().notNullable();
    table.string('model_name', 255).notNullable();
    table
      .string('subject_ref', 255)
      .notNullable()
      .comment('user:... or group:... that gets access');
    table.string('requested_by', 255).notNullable();
    table.text('justification').nullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('pending | granted | denied | cancelled | revoked');
    table
      .string('active_slot', 520)
      .nullable()
      .unique({ indexName: 'litemaas_access_requests_active_uniq' })
      .comment(
        'subject|model while pending or granted, else null: one active request per pair',
      );
    table.text('limits').notNullable().comment('AccessLimits, JSON');
    table.string('decided_by', 255).nullable();
    table.timestamp('decided_at', { useTz: true }).nullable();
    table.text('decision_reason').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(
      ['status', 'model_name'],
      'litemaas_access_requests_status_idx',
    );
    table.index(['subject_ref'], 'litemaas_access_requests_subject_idx');
  });

  await knex.schema.createTable('litemaas_access_events', table => {
    table.comment('History of access requests: who did what, when and why');
    table.increments('id');
    table
      .string('request_id', 36)
      .notNullable()
      .references('id')
      .inTable('litemaas_access_requests')
      .onDelete('CASCADE');
    table.timestamp('at', { useTz: true }).notNullable();
    table.string('actor_ref', 255).notNullable();
    table.string('action', 32).notNullable();
    table.string('from_status', 16).nullable();
    table.string('to_status', 16).notNullable();
    table.text('reason').nullable();
    table.index(['request_id'], 'litemaas_access_events_request_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_access_events');
  await knex.schema.dropTable('litemaas_access_requests');
  await knex.schema.dropTable('litemaas_model_policies');
};
