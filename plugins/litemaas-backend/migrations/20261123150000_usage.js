// @ts-check

/**
 * Daily usage pulled from LiteLLM (`/user/daily/activity`): one row per
 * day, key and model, attributed to the portal's keys (and so to users and
 * teams) by the key hash. Queries aggregate here, in SQL.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_usage_daily', table => {
    table.comment('Daily usage per key and model, from LiteLLM');
    table.string('day', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table.string('key_hash', 64).notNullable();
    table.string('model', 255).notNullable();
    table.string('provider', 64).notNullable();
    table.string('key_id', 36).nullable().comment('Portal key, when known');
    table
      .string('subject_ref', 255)
      .nullable()
      .comment('Owner of the key, when known');
    table.double('spend').notNullable().defaultTo(0);
    table.bigInteger('prompt_tokens').notNullable().defaultTo(0);
    table.bigInteger('completion_tokens').notNullable().defaultTo(0);
    table.bigInteger('total_tokens').notNullable().defaultTo(0);
    table.integer('requests').notNullable().defaultTo(0);
    table.integer('successful_requests').notNullable().defaultTo(0);
    table.integer('failed_requests').notNullable().defaultTo(0);
    table.primary(['day', 'key_hash', 'model']);
    table.index(['subject_ref', 'day'], 'litemaas_usage_subject_idx');
    table.index(['model', 'day'], 'litemaas_usage_model_idx');
    table.index(['key_id', 'day'], 'litemaas_usage_key_idx');
  });
  await knex.schema.createTable('litemaas_usage_days', table => {
    table.comment('Which days are pulled, and whether they are final');
    table.string('day', 10).primary().notNullable();
    table.boolean('complete').notNullable();
    table.timestamp('synced_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_usage_days');
  await knex.schema.dropTable('litemaas_usage_daily');
};
