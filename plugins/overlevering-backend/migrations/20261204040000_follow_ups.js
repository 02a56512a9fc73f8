// @ts-check

/**
 * The follow-up after approval ("Overlevert til drift"): one row per
 * approved handover, from its approval until Hemithjelp closes it as handed
 * over to operations or extends it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('overlevering_follow_ups', table => {
    table.comment('The follow-up period of approved handovers');
    table
      .string('handover_id')
      .primary()
      .references('id')
      .inTable('overlevering_handovers')
      .onDelete('CASCADE')
      .comment('The handover');
    table.string('phase', 16).notNullable().comment('follow_up | handed_over');
    table.string('started_at').notNullable().comment('ISO-8601 UTC time');
    table.string('ends_on', 10).notNullable().comment('Last day, YYYY-MM-DD');
    table
      .text('met')
      .notNullable()
      .comment('JSON array of the exit criteria confirmed as met');
    table.string('owner_confirmed_by').nullable().comment('User entity ref');
    table.string('owner_confirmed_at').nullable().comment('ISO-8601 UTC time');
    table
      .string('hemithjelp_confirmed_by')
      .nullable()
      .comment('User entity ref');
    table
      .string('hemithjelp_confirmed_at')
      .nullable()
      .comment('ISO-8601 UTC time');
    table.string('handed_over_by').nullable().comment('User entity ref');
    table.string('handed_over_at').nullable().comment('ISO-8601 UTC time');
    table
      .text('extensions')
      .notNullable()
      .comment('JSON array of { until, reason, by, at }');
    table
      .string('end_told_at')
      .nullable()
      .comment('When the owner and Hemithjelp were told the period ended');
    table.index(['phase', 'ends_on'], 'overlevering_follow_ups_phase_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('overlevering_follow_ups');
};
