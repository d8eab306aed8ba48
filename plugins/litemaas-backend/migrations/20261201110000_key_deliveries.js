// @ts-check

/**
 * Single-use downloads of workshop keys made by automation (the scaffolder
 * action): the values sealed with AES-256-GCM under a key from config, kept
 * until the first download or the expiry, whichever is first.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_key_deliveries', table => {
    table.comment('Sealed, single-use downloads of provisioned key values');
    table.string('id', 36).primary().notNullable();
    table
      .string('token_hash', 64)
      .notNullable()
      .comment('sha256 of the download token; the token is only in the link');
    table
      .string('owner_ref', 255)
      .notNullable()
      .comment('The user who may download it');
    table.text('sealed').notNullable().comment('AES-256-GCM: iv, tag, data');
    table.integer('count').notNullable();
    table.string('alias_prefix', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table.index(['expires_at'], 'litemaas_key_deliveries_expiry_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_key_deliveries');
};
