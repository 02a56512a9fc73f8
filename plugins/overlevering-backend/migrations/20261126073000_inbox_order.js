// @ts-check

/**
 * The approvals inbox reads each approver's pending seats in the inbox's own
 * order (oldest round first, then handover and role), straight from the
 * index, so a page costs the same however many seats are waiting. The new
 * index covers every query the old one served.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('overlevering_assignments', table => {
    table.index(
      ['status', 'approver', 'submitted_at', 'handover_id', 'role'],
      'overlevering_assignments_inbox_order_idx',
    );
  });
  await knex.schema.alterTable('overlevering_assignments', table => {
    table.dropIndex([], 'overlevering_assignments_inbox_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('overlevering_assignments', table => {
    table.index(
      ['status', 'approver', 'submitted_at'],
      'overlevering_assignments_inbox_idx',
    );
  });
  await knex.schema.alterTable('overlevering_assignments', table => {
    table.dropIndex([], 'overlevering_assignments_inbox_order_idx');
  });
};
