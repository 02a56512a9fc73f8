// @ts-check

/**
 * The items of the old SharePoint list "Overlevering til produksjon" that
 * were imported, each with the handover it became. A second import of the
 * same list finds its handovers here instead of creating them again, and can
 * tell whether the list or the portal changed them since.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('overlevering_sharepoint_items', table => {
    table.comment(
      'Items of the old SharePoint list imported as handovers, by their ID in the list',
    );
    table
      .integer('sharepoint_id')
      .primary()
      .notNullable()
      .comment('The item ID in the SharePoint list');
    table
      .string('handover_id')
      .notNullable()
      .unique()
      .references('id')
      .inTable('overlevering_handovers')
      .comment('The handover the item was imported as');
    table
      .string('fingerprint', 64)
      .notNullable()
      .comment(
        'SHA-256 of what the last import read from the item; the same on an unchanged item',
      );
    table
      .integer('handover_revision')
      .notNullable()
      .comment('The revision of the handover the last import wrote');
    table
      .string('handover_updated_at')
      .notNullable()
      .comment(
        'The updated_at the last import gave the handover; any later change in the portal moves it',
      );
    table
      .string('imported_at')
      .notNullable()
      .comment('ISO-8601 UTC time of the last import that wrote the item');
    table
      .string('imported_by')
      .notNullable()
      .comment('User entity ref of who ran that import');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('overlevering_sharepoint_items');
};
