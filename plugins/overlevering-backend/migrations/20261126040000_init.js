// @ts-check

/**
 * Handovers, their document revisions, approval rounds, seats and history.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('overlevering_handovers', table => {
    table.comment('One handover to production: a form document and its state');
    table.string('id').primary().notNullable().comment('UUID of the handover');
    table
      .string('owner')
      .notNullable()
      .comment('User entity ref of the delivery owner');
    table
      .string('entity_ref')
      .nullable()
      .comment('Catalog entity ref of the service the handover is for');
    table
      .text('title')
      .notNullable()
      .comment('Copy of bestilling.tittel, for lists and search');
    table
      .string('status')
      .notNullable()
      .comment('draft | in_review | rejected | approved');
    table
      .integer('revision')
      .notNullable()
      .comment('Revision of the document; every save adds one');
    table
      .integer('version')
      .notNullable()
      .comment(
        'Change counter; every state change adds one under a compare-and-set',
      );
    table
      .integer('current_round')
      .notNullable()
      .defaultTo(0)
      .comment('Number of the latest round, 0 before the first submit');
    table
      .integer('schema_version')
      .notNullable()
      .comment('Form schema version the document was saved with');
    table.text('document').notNullable().comment('The form document as JSON');
    table
      .string('created_at')
      .notNullable()
      .comment('ISO-8601 UTC time of creation');
    table
      .string('updated_at')
      .notNullable()
      .comment('ISO-8601 UTC time of the latest change; lists sort on it');
    table
      .string('deleted_at')
      .nullable()
      .comment('Set when a draft is deleted; the row is kept for history');
    // "Mine overleveringer", the entity tab and the all-list: newest change first.
    table.index(
      ['owner', 'updated_at', 'id'],
      'overlevering_handovers_owner_idx',
    );
    table.index(
      ['entity_ref', 'updated_at', 'id'],
      'overlevering_handovers_entity_idx',
    );
    table.index(['updated_at', 'id'], 'overlevering_handovers_updated_idx');
  });

  await knex.schema.createTable('overlevering_revisions', table => {
    table.comment('Every saved revision of a handover document');
    table
      .string('handover_id')
      .notNullable()
      .references('id')
      .inTable('overlevering_handovers')
      .onDelete('CASCADE')
      .comment('The handover');
    table.integer('revision').notNullable().comment('Revision number');
    table.text('document').notNullable().comment('The document as JSON');
    table
      .string('created_by')
      .notNullable()
      .comment('User entity ref of the author');
    table.string('created_at').notNullable().comment('ISO-8601 UTC time');
    table.primary(['handover_id', 'revision']);
  });

  await knex.schema.createTable('overlevering_rounds', table => {
    table.comment('One submission of a handover for approval');
    table
      .string('handover_id')
      .notNullable()
      .references('id')
      .inTable('overlevering_handovers')
      .onDelete('CASCADE')
      .comment('The handover');
    table.integer('number').notNullable().comment('Round number, from 1');
    table
      .string('status')
      .notNullable()
      .comment('open | approved | rejected | withdrawn');
    table
      .integer('revision')
      .notNullable()
      .comment('The document revision this round decides on');
    table
      .string('submitted_by')
      .notNullable()
      .comment('User entity ref of the submitter');
    table.string('submitted_at').notNullable().comment('ISO-8601 UTC time');
    table.string('closed_at').nullable().comment('ISO-8601 UTC time');
    table.text('message').nullable().comment('Message to the approvers');
    table
      .text('optional_roles')
      .notNullable()
      .comment('JSON array of the optional role ids ticked at submit');
    // The primary key makes a second round with the same number impossible.
    table.primary(['handover_id', 'number']);
  });

  await knex.schema.createTable('overlevering_assignments', table => {
    table.comment('One approver seat in one round');
    table
      .string('handover_id')
      .notNullable()
      .references('id')
      .inTable('overlevering_handovers')
      .onDelete('CASCADE')
      .comment('The handover');
    table.integer('round').notNullable().comment('Round number');
    table.string('role').notNullable().comment('Approver role id');
    table
      .string('approver')
      .notNullable()
      .comment('User or group entity ref holding the seat');
    table
      .string('status')
      .notNullable()
      .comment('pending | approved | rejected | withdrawn');
    table.string('decided_by').nullable().comment('User entity ref');
    table.string('decided_at').nullable().comment('ISO-8601 UTC time');
    table.text('comment').nullable().comment('Comment with the decision');
    table
      .string('submitted_at')
      .notNullable()
      .comment('When the round opened; the inbox sorts on it');
    // One decision per seat and round.
    table.primary(['handover_id', 'round', 'role']);
    // The inbox: pending seats of a user or of the user's groups, oldest first.
    table.index(
      ['status', 'approver', 'submitted_at'],
      'overlevering_assignments_inbox_idx',
    );
  });

  await knex.schema.createTable('overlevering_events', table => {
    table.comment('The history of a handover: one row per change');
    table.bigIncrements('seq').primary().comment('Order of the events');
    table.string('id').notNullable().unique().comment('UUID of the event');
    table
      .string('handover_id')
      .notNullable()
      .references('id')
      .inTable('overlevering_handovers')
      .onDelete('CASCADE')
      .comment('The handover');
    table.string('at').notNullable().comment('ISO-8601 UTC time');
    table.string('actor').notNullable().comment('User entity ref of the actor');
    table
      .string('type')
      .notNullable()
      .comment('created | saved | submitted | ...');
    table.text('data').notNullable().comment('JSON with what changed');
    table.index(['handover_id', 'seq'], 'overlevering_events_handover_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('overlevering_events');
  await knex.schema.dropTable('overlevering_assignments');
  await knex.schema.dropTable('overlevering_rounds');
  await knex.schema.dropTable('overlevering_revisions');
  await knex.schema.dropTable('overlevering_handovers');
};
