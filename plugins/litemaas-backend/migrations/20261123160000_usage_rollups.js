// @ts-check

/**
 * Per-day rollups of the daily usage, by model and by subject, kept in step
 * with litemaas_usage_daily when a day is pulled. Global views (admins,
 * model owners) read these: a few hundred rows a day instead of one per key.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  /** @param {import('knex').Knex.CreateTableBuilder} table */
  const metrics = table => {
    table.double('spend').notNullable().defaultTo(0);
    table.bigInteger('prompt_tokens').notNullable().defaultTo(0);
    table.bigInteger('completion_tokens').notNullable().defaultTo(0);
    table.bigInteger('total_tokens').notNullable().defaultTo(0);
    table.integer('requests').notNullable().defaultTo(0);
    table.integer('successful_requests').notNullable().defaultTo(0);
    table.integer('failed_requests').notNullable().defaultTo(0);
  };
  await knex.schema.createTable('litemaas_usage_model_days', table => {
    table.comment('Daily usage per model and provider');
    table.string('day', 10).notNullable();
    table.string('model', 255).notNullable();
    table.string('provider', 64).notNullable();
    metrics(table);
    table.primary(['day', 'model', 'provider']);
    table.index(['model', 'day'], 'litemaas_usage_model_days_model_idx');
  });
  await knex.schema.createTable('litemaas_usage_subject_days', table => {
    table.comment('Daily usage per key owner (unknown keys as "unknown")');
    table.string('day', 10).notNullable();
    table.string('subject_ref', 255).notNullable();
    metrics(table);
    table.primary(['day', 'subject_ref']);
    table.index(
      ['subject_ref', 'day'],
      'litemaas_usage_subject_days_subject_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_usage_subject_days');
  await knex.schema.dropTable('litemaas_usage_model_days');
};
