// @ts-check

/**
 * One key per person for the copies of unsaved edits that the browser keeps
 * until the backend has them. The browser seals those copies with this key
 * and holds it only in memory, so on a shared PC the next person finds
 * nothing they can read.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('overlevering_draft_keys', table => {
    table.comment(
      'Key of each person for the sealed copies of unsaved edits in the browser',
    );
    table
      .string('user_ref', 255)
      .primary()
      .notNullable()
      .comment('User entity ref of the person');
    table
      .string('draft_key', 64)
      .notNullable()
      .comment('256-bit AES key, base64');
    table
      .string('created_at', 32)
      .notNullable()
      .comment('When the key was made (ISO 8601)');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('overlevering_draft_keys');
};
