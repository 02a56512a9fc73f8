// @ts-check

/**
 * Title search that treats æ, ø and å alike on every database: SQLite's
 * lower() folds only ASCII, so the backend stores the lower-cased title
 * itself and searches that column.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('overlevering_handovers', table => {
    table
      .text('search_title')
      .notNullable()
      .defaultTo('')
      .comment('The title lower-cased by the backend, for search');
  });
  // Existing rows: lower() is right for ASCII titles; a later save refreshes
  // the column with the backend's folding.
  await knex('overlevering_handovers').update({
    search_title: knex.raw('lower(title)'),
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (knex.client.dialect === 'sqlite3') {
    // knex drops a SQLite column by copying the table into a new one and
    // dropping the old, which inside the migration's transaction cascades
    // to every round, seat, revision and event. SQLite drops it in place.
    await knex.raw(
      'ALTER TABLE overlevering_handovers DROP COLUMN search_title',
    );
    return;
  }
  await knex.schema.alterTable('overlevering_handovers', table => {
    table.dropColumn('search_title');
  });
};
