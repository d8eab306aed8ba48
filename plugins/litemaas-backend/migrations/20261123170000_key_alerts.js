// @ts-check

/**
 * What each key's owner has been told: the budget level last notified (0,
 * 80 or 100 percent; it falls back when a new budget period starts) and
 * whether the expiry warning went out.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_key_alerts', table => {
    table.comment('Budget and expiry notifications sent per key');
    table.string('key_id', 36).primary().notNullable();
    table.integer('budget_level').notNullable().defaultTo(0);
    table.boolean('expiry_notified').notNullable().defaultTo(false);
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_key_alerts');
};
