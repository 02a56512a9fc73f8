// @ts-check

/**
 * A rejection can point at the sections of the form it concerns, so the
 * owner knows where to start. Seats decided before this have none.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('overlevering_assignments', table => {
    table
      .text('sections')
      .nullable()
      .comment(
        'The form sections a rejection points at, as a JSON array of section ids; null when none were named',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (knex.client.dialect === 'sqlite3') {
    // knex drops a SQLite column by copying every seat into a new table and
    // dropping the old one; SQLite drops the column in place.
    await knex.raw('ALTER TABLE overlevering_assignments DROP COLUMN sections');
    return;
  }
  await knex.schema.alterTable('overlevering_assignments', table => {
    table.dropColumn('sections');
  });
};
