// @ts-check

/**
 * Model deprecation campaigns, and the notices each sent (claimed before
 * sending, so any number of replicas tell each holder once).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_model_deprecations', table => {
    table.comment('Models deprecated with a replacement and a retirement date');
    table.string('id', 64).primary().notNullable();
    table.string('model_name', 255).notNullable().index();
    table
      .string('live_model', 255)
      .nullable()
      .unique()
      .comment(
        'The model while the campaign is not cancelled: one live campaign per model',
      );
    table.string('replacement', 255).nullable();
    table.timestamp('retire_at', { useTz: true }).notNullable();
    table.text('note').nullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('deprecated | retired | cancelled');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.timestamp('announced_at', { useTz: true }).nullable();
    table
      .string('reminders_sent', 64)
      .notNullable()
      .defaultTo('')
      .comment('Days before retirement whose reminders all went out: "30,7"');
    table.timestamp('retired_at', { useTz: true }).nullable();
    table.timestamp('completed_at', { useTz: true }).nullable();
    table.string('cancelled_by', 255).nullable();
    table.timestamp('cancelled_at', { useTz: true }).nullable();
  });
  await knex.schema.createTable('litemaas_deprecation_notices', table => {
    table.comment('Who was told what about a deprecation, once each');
    table.string('campaign_id', 64).notNullable();
    table.string('recipient_ref', 255).notNullable();
    table
      .string('notice', 32)
      .notNullable()
      .comment('announce | remind-30 | remind-7 | remind-1 | retired');
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.primary(['campaign_id', 'recipient_ref', 'notice']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_deprecation_notices');
  await knex.schema.dropTable('litemaas_model_deprecations');
};
