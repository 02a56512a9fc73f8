// @ts-check

// Four eyes, made visible: where the portal lets the owner of a handover
// approve a seat of it herself, the seat says so, for the handover page, the
// approvals list and the decision record. Seats decided before this migration
// are marked where the person who decided is the owner now (who owned the
// handover at the time was not kept).

const SEATS = 'overlevering_assignments';
const HANDOVERS = 'overlevering_handovers';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(SEATS, table => {
    table
      .boolean('self_approved')
      .notNullable()
      .defaultTo(false)
      .comment('True when the owner of the handover decided the seat');
  });
  await knex(SEATS)
    .whereNotNull('decided_by')
    .whereExists(
      knex(HANDOVERS)
        .select(knex.raw('1'))
        .whereRaw('?? = ??', [`${HANDOVERS}.id`, `${SEATS}.handover_id`])
        .whereRaw('?? = ??', [`${HANDOVERS}.owner`, `${SEATS}.decided_by`]),
    )
    .update({ self_approved: true });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable(SEATS, table => {
    table.dropColumn('self_approved');
  });
};
