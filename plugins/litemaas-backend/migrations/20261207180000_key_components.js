// @ts-check

/**
 * A key may be tied to a catalog Component: its spend then rolls up by
 * Component, and through the catalog by System and Domain.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('litemaas_keys', table => {
    table
      .string('component_ref', 255)
      .nullable()
      .comment('The catalog Component whose spend this key is, if any');
    table.index(['component_ref'], 'litemaas_keys_component_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('litemaas_keys', table => {
    table.dropIndex(['component_ref'], 'litemaas_keys_component_idx');
    table.dropColumn('component_ref');
  });
};
