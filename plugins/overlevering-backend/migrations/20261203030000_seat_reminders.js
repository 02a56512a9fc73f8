// @ts-check

/**
 * The reminders and escalations sent for seats that wait. A row is written
 * before the notification goes out and its key allows one row per reminder,
 * so two replicas never both send the same reminder.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('overlevering_seat_reminders', table => {
    table.comment(
      'Reminders and escalations sent for pending seats, one row each',
    );
    table
      .string('handover_id')
      .notNullable()
      .references('id')
      .inTable('overlevering_handovers')
      .onDelete('CASCADE')
      .comment('The handover');
    table.integer('round').notNullable().comment('Round number');
    table.string('role').notNullable().comment('Approver role id of the seat');
    table.string('kind', 16).notNullable().comment('reminder | escalation');
    table
      .integer('number')
      .notNullable()
      .comment(
        '1 for the first reminder of the seat, 2 for the next; 1 for the escalation',
      );
    table
      .text('recipient')
      .notNullable()
      .comment('JSON array of the entity refs it was sent to');
    table.string('sent_at').notNullable().comment('ISO-8601 UTC time');
    table.primary(['handover_id', 'round', 'role', 'kind', 'number']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('overlevering_seat_reminders');
};
