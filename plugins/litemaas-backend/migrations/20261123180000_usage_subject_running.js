// @ts-check

/**
 * Running totals per key owner: for every pulled day, each owner's usage
 * from their first day up to and including that day. The usage of every
 * owner over any range is then two rows per owner (the total at the range's
 * end minus the total just before it) instead of one row per owner and day,
 * so "top consumers" costs the same for 7 days as for a year.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('litemaas_usage_subject_running', table => {
    table.comment('Cumulative usage per key owner, as of each pulled day');
    table.string('day', 10).notNullable();
    table.string('subject_ref', 255).notNullable();
    table.double('spend').notNullable().defaultTo(0);
    table.bigInteger('prompt_tokens').notNullable().defaultTo(0);
    table.bigInteger('completion_tokens').notNullable().defaultTo(0);
    table.bigInteger('total_tokens').notNullable().defaultTo(0);
    table.bigInteger('requests').notNullable().defaultTo(0);
    table.bigInteger('successful_requests').notNullable().defaultTo(0);
    table.bigInteger('failed_requests').notNullable().defaultTo(0);
    table.primary(['day', 'subject_ref']);
  });
  // Days pulled before this table existed, oldest first.
  const columns = [
    'spend',
    'prompt_tokens',
    'completion_tokens',
    'total_tokens',
    'requests',
    'successful_requests',
    'failed_requests',
  ];
  const summed = columns.map(c => `sum(${c})`).join(', ');
  const days = await knex('litemaas_usage_subject_days')
    .distinct('day')
    .orderBy('day');
  let before = '';
  for (const { day } of days) {
    await knex.raw(
      `INSERT INTO litemaas_usage_subject_running (day, subject_ref, ${columns})
       SELECT ?, subject_ref, ${summed} FROM (
         SELECT subject_ref, ${columns} FROM litemaas_usage_subject_running WHERE day = ?
         UNION ALL
         SELECT subject_ref, ${columns} FROM litemaas_usage_subject_days WHERE day = ?
       ) AS u GROUP BY subject_ref`,
      [day, before, day],
    );
    before = day;
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('litemaas_usage_subject_running');
};
