// @ts-check

/**
 * Virtual keys the portal issued (or adopted) in LiteLLM. A key's raw value
 * is never stored: only its SHA-256, which is LiteLLM's own `token`.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_keys', table => {
    table.comment('Virtual keys in LiteLLM known to the portal');
    table.string('id', 36).primary().notNullable();
    table
      .string('alias', 255)
      .notNullable()
      .unique({ indexName: 'litemaas_keys_alias_uniq' })
      .comment('LiteLLM key_alias');
    table.string('name', 255).notNullable();
    table
      .string('subject_ref', 255)
      .notNullable()
      .comment('Owning user or group');
    table.string('created_by', 255).notNullable();
    table
      .string('origin', 16)
      .notNullable()
      .comment('portal | provisioned | adopted');
    table
      .string('status', 16)
      .notNullable()
      .comment('creating | active | revoking | revoked | failed');
    table
      .string('token_hash', 64)
      .nullable()
      .unique({ indexName: 'litemaas_keys_token_uniq' })
      .comment('sha256 hex of the raw key (LiteLLM token)');
    table.string('prefix', 32).nullable().comment('sk-...last4, for display');
    table.text('models').notNullable().comment('JSON array of model names');
    table.text('limits').notNullable().comment('KeyLimits, JSON');
    table.timestamp('expires_at', { useTz: true }).nullable();
    table.boolean('blocked').notNullable().defaultTo(false);
    table.double('spend').notNullable().defaultTo(0);
    table
      .string('retiring_token_hash', 64)
      .nullable()
      .comment('Previous value during a rotation grace period');
    table.timestamp('retire_at', { useTz: true }).nullable();
    table
      .string('operation', 16)
      .nullable()
      .comment('Saga in flight: create | rotate | revoke');
    table.text('operation_data').nullable();
    table.timestamp('operation_started_at', { useTz: true }).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.timestamp('revoked_at', { useTz: true }).nullable();
    table.timestamp('last_synced_at', { useTz: true }).nullable();
    table.index(['subject_ref', 'status'], 'litemaas_keys_subject_idx');
    table.index(['status'], 'litemaas_keys_status_idx');
  });

  await knex.schema.createTable('litemaas_settings', table => {
    table.comment('Admin settings, JSON by name');
    table.string('name', 64).primary().notNullable();
    table.text('value').notNullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_settings');
  await knex.schema.dropTable('litemaas_keys');
};
