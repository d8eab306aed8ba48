// @ts-check

/**
 * Grants that end: a grant's end date, the notices its subject was sent, a
 * pending ask to extend it, and a model's longest grant.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('litemaas_access_requests', table => {
    table
      .timestamp('expires_at', { useTz: true })
      .nullable()
      .comment('When the grant ends (asked end while pending); null: never');
    table
      .integer('expiry_notice_days')
      .nullable()
      .comment(
        'The nearest notice sent before the end (7, then 1): sent once each, across replicas',
      );
    table.timestamp('extension_until', { useTz: true }).nullable();
    table.text('extension_justification').nullable();
    table.string('extension_requested_by', 255).nullable();
    table.timestamp('extension_requested_at', { useTz: true }).nullable();
    table.index(
      ['status', 'expires_at'],
      'litemaas_access_requests_expiry_idx',
    );
  });
  await knex.schema.alterTable('litemaas_model_policies', table => {
    table
      .integer('max_grant_days')
      .nullable()
      .comment('Every grant ends at most this many days after it is given');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('litemaas_model_policies', table => {
    table.dropColumn('max_grant_days');
  });
  await knex.schema.alterTable('litemaas_access_requests', table => {
    table.dropIndex(
      ['status', 'expires_at'],
      'litemaas_access_requests_expiry_idx',
    );
    table.dropColumn('extension_requested_at');
    table.dropColumn('extension_requested_by');
    table.dropColumn('extension_justification');
    table.dropColumn('extension_until');
    table.dropColumn('expiry_notice_days');
    table.dropColumn('expires_at');
  });
};
