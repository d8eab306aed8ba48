// @ts-check

/**
 * Every value hash a key has had. A rotated key's usage keeps arriving under
 * its old hash for today and yesterday: the usage pull attributes it to the
 * key by this table long after the old value's grace period ended.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_key_hashes', table => {
    table.comment('Every value hash (LiteLLM token) each key has had');
    table
      .string('token_hash', 64)
      .primary()
      .notNullable()
      .comment('sha256 hex of a raw value the key had');
    table.string('key_id', 36).notNullable().index('litemaas_key_hashes_key');
    table.timestamp('first_seen_at', { useTz: true }).notNullable();
  });
  const keys = await knex('litemaas_keys').select(
    'id',
    'token_hash',
    'retiring_token_hash',
    'created_at',
  );
  const rows = [];
  for (const key of keys) {
    for (const hash of [key.token_hash, key.retiring_token_hash]) {
      if (hash) {
        rows.push({
          token_hash: hash,
          key_id: key.id,
          first_seen_at: key.created_at,
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    await knex('litemaas_key_hashes')
      .insert(rows.slice(i, i + 500))
      .onConflict('token_hash')
      .ignore();
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_key_hashes');
};
