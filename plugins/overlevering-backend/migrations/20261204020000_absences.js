// @ts-check

// Absences and deputies (fravær og stedfortreder): while a person is away,
// the deputy they named decides their person seats on their behalf, and the
// seat keeps both names.

const ABSENCES = 'overlevering_absences';
const SEATS = 'overlevering_assignments';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(ABSENCES, table => {
    table.comment('Periods a person is away, and who decides for them');
    table.string('id').primary().comment('UUID');
    table
      .string('person')
      .notNullable()
      .comment('User ref of the absent person');
    table.string('deputy').notNullable().comment('User ref of the deputy');
    table
      .string('from_date', 10)
      .notNullable()
      .comment('First day away, YYYY-MM-DD in Europe/Oslo');
    table
      .string('to_date', 10)
      .notNullable()
      .comment('Last day away, included, YYYY-MM-DD in Europe/Oslo');
    table.string('created_at').notNullable().comment('ISO-8601 UTC time');
    table
      .string('ended_at')
      .nullable()
      .comment('ISO-8601 UTC time the absent person ended it early');
    table.index(['person', 'to_date'], 'overlevering_absences_person_idx');
    table.index(['deputy', 'to_date'], 'overlevering_absences_deputy_idx');
  });
  await knex.schema.alterTable(SEATS, table => {
    table
      .string('on_behalf_of')
      .nullable()
      .comment('User ref of the absent person a deputy decided the seat for');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable(SEATS, table => {
    table.dropColumn('on_behalf_of');
  });
  await knex.schema.dropTable(ABSENCES);
};
