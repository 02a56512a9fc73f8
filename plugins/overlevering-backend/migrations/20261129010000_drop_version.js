// @ts-check

// SQLite changes a column by copying the table into a new one and dropping
// the old: with foreign keys on, that drop would delete every round, seat,
// revision and event of every handover. Foreign keys can only be switched
// off outside a transaction, so this migration runs without one there.
exports.config = { transaction: false };

/**
 * Runs `change` with SQLite's foreign keys off (and in one transaction);
 * other databases alter a column in place, in a transaction of their own.
 *
 * @param {import('knex').Knex} knex
 * @param {(trx: import('knex').Knex.Transaction) => Promise<void>} change
 */
async function alterSafely(knex, change) {
  const sqlite = knex.client.config.client.includes('sqlite');
  if (sqlite) {
    await knex.raw('PRAGMA foreign_keys = OFF');
  }
  try {
    await knex.transaction(change);
  } finally {
    if (sqlite) {
      await knex.raw('PRAGMA foreign_keys = ON');
    }
  }
}

/**
 * Drops the change counter of a handover. Every state change is guarded by
 * the columns it is about (revision, status, current round, owner), so the
 * counter was written but never compared.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await alterSafely(knex, trx =>
    trx.schema.alterTable('overlevering_handovers', table => {
      table.dropColumn('version');
    }),
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await alterSafely(knex, trx =>
    trx.schema.alterTable('overlevering_handovers', table => {
      table
        .integer('version')
        .notNullable()
        .defaultTo(1)
        .comment(
          'Change counter; every state change adds one under a compare-and-set',
        );
    }),
  );
};
