// @ts-check

/**
 * How much of their allowance of saves and new handovers each person has
 * used, shared by every replica of the backend so a limit holds whichever
 * one a request reaches.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('overlevering_usage_limits', table => {
    table.comment(
      'How much each person has used of the limited actions (saves, new handovers)',
    );
    table
      .string('user_ref', 255)
      .notNullable()
      .comment('User entity ref of the person');
    table
      .string('action', 32)
      .notNullable()
      .comment('The limited action: saves | creates');
    table
      .bigInteger('full_at')
      .notNullable()
      .comment(
        'Milliseconds since 1970 at which the allowance is whole again; each action moves it one interval on',
      );
    table.primary(['user_ref', 'action']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('overlevering_usage_limits');
};
