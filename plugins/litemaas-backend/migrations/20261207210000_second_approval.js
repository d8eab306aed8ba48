// @ts-check

/**
 * Who gave the second of two approvals, kept apart from the decision
 * columns, which a later change of the grant's limits rewrites.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('litemaas_access_requests', table => {
    table.string('second_approved_by', 255).nullable();
  });
  // Grants approved twice before: their decision was the second approval,
  // as far as it was not rewritten since.
  await knex('litemaas_access_requests')
    .whereNotNull('first_approved_by')
    .where('status', 'granted')
    .update({ second_approved_by: knex.ref('decided_by') });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('litemaas_access_requests', table => {
    table.dropColumn('second_approved_by');
  });
};
