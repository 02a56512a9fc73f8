// @ts-check

/**
 * The conditions of approvals "med forbehold": each with its text, who
 * follows it up and by when, open until closed with a comment.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('overlevering_conditions', table => {
    table.comment('Conditions of approvals "med forbehold", one row each');
    table.string('id').primary().comment('UUID of the condition');
    table
      .string('handover_id')
      .notNullable()
      .references('id')
      .inTable('overlevering_handovers')
      .onDelete('CASCADE')
      .comment('The handover');
    table.integer('round').notNullable().comment('Round whose decision set it');
    table.string('role').notNullable().comment('Seat whose decision set it');
    table
      .integer('position')
      .notNullable()
      .comment('Order within the decision');
    table.text('text').notNullable().comment('What must be done');
    table
      .string('follow_up')
      .notNullable()
      .comment('User entity ref of who follows it up');
    table.string('due', 10).notNullable().comment('Due date, YYYY-MM-DD');
    table.string('status', 8).notNullable().comment('open | closed');
    table
      .string('set_by')
      .notNullable()
      .comment('User entity ref of the approver');
    table.string('set_at').notNullable().comment('ISO-8601 UTC time');
    table.string('closed_by').nullable().comment('User entity ref');
    table.string('closed_at').nullable().comment('ISO-8601 UTC time');
    table.text('closing_comment').nullable().comment('How it was met');
    table
      .integer('reminders_sent')
      .notNullable()
      .defaultTo(0)
      .comment('Reminders sent to the follow-up person since it was overdue');
    table
      .string('last_reminded_at')
      .nullable()
      .comment('ISO-8601 UTC time of the latest reminder');
    table.index(['handover_id'], 'overlevering_conditions_handover_idx');
    table.index(['status', 'due'], 'overlevering_conditions_open_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('overlevering_conditions');
};
