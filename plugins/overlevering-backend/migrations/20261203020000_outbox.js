// @ts-check

/**
 * What each change of a handover is to tell people (notifications and
 * signals), written in the same transaction as the change, so that a change
 * that is committed is told, and one that is not is never told. A worker
 * delivers the rows and deletes them; a row that keeps failing is parked for
 * an administrator.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('overlevering_outbox', table => {
    table.comment(
      'Notifications and signals of committed changes, waiting to be delivered',
    );
    table
      .bigIncrements('seq')
      .comment('Order of writing: older changes are delivered first');
    table
      .string('id', 36)
      .notNullable()
      .unique()
      .comment('UUID of the row, as the administration routes name it');
    table
      .string('handover_id')
      .notNullable()
      .comment('The handover the change was made to');
    table
      .string('type', 32)
      .notNullable()
      .comment('What happened: the type of the change, as its signal names it');
    table
      .text('change')
      .notNullable()
      .comment('JSON: what delivery needs to know of the change');
    table
      .text('done')
      .notNullable()
      .defaultTo('[]')
      .comment(
        'JSON array: the keys of the messages of the change already delivered',
      );
    table
      .integer('attempts')
      .notNullable()
      .defaultTo(0)
      .comment('Failed deliveries so far');
    table
      .string('next_attempt_at')
      .notNullable()
      .comment('ISO-8601 UTC time from which the row may be delivered');
    table
      .string('claim', 36)
      .nullable()
      .comment('UUID of the delivery that has the row; null when none');
    table
      .string('claimed_until')
      .nullable()
      .comment(
        'ISO-8601 UTC time until which the claim holds; another delivery may take the row after it',
      );
    table.text('last_error').nullable().comment('Why the last delivery failed');
    table
      .string('parked_at')
      .nullable()
      .comment(
        'ISO-8601 UTC time the row was given up after the most attempts; null while it is retried',
      );
    table
      .string('created_at')
      .notNullable()
      .comment('ISO-8601 UTC time of the change');
    table.index(['parked_at', 'next_attempt_at'], 'overlevering_outbox_due');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('overlevering_outbox');
};
