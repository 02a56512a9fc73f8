// @ts-check

// A decision record an auditor can trust: each round keeps the SHA-256 of the
// snapshot it decides on, each decided seat the SHA-256 of the snapshot it was
// decided on, and each history event the hash of its content and of the event
// before it, so that a change to any of them afterwards shows.
//
// The rows stored before this migration get their hashes here, in the order
// they were written. A migration keeps doing what it did when it was written,
// so it carries its own copy of the hashing; src/audit/hashes.ts is the one
// the backend runs, and gives the same hashes.

const { createHash } = require('node:crypto');

const ROUNDS = 'overlevering_rounds';
const SEATS = 'overlevering_assignments';
const EVENTS = 'overlevering_events';
const REVISIONS = 'overlevering_revisions';

/** @param {unknown} value @returns {string} */
function canonicalJson(value) {
  if (Array.isArray(value)) {
    return `[${value.map(item => canonicalJson(item ?? null)).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    return `{${Object.keys(record)
      .filter(key => record[key] !== undefined)
      .sort()
      .map(key => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** @param {string} text */
function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(ROUNDS, table => {
    table
      .string('snapshot_hash', 64)
      .nullable()
      .comment(
        'SHA-256 (hex) of the canonical JSON of the revision the round decides on, taken when it opened',
      );
  });
  await knex.schema.alterTable(SEATS, table => {
    table
      .string('snapshot_hash', 64)
      .nullable()
      .comment(
        'SHA-256 (hex) of the snapshot the decision was made on; null until decided',
      );
  });
  await knex.schema.alterTable(EVENTS, table => {
    table
      .string('previous_hash', 64)
      .nullable()
      .comment(
        "The hash of the handover's event before this one; null for its first",
      );
    table
      .string('hash', 64)
      .nullable()
      .comment(
        'SHA-256 (hex) of the canonical JSON of this event and previous_hash',
      );
  });

  // Each round's revision is stored whole (20261201020000_revision_deltas).
  const rounds = await knex(`${ROUNDS} as r`)
    .join(`${REVISIONS} as v`, {
      'v.handover_id': 'r.handover_id',
      'v.revision': 'r.revision',
    })
    .whereNotNull('v.document')
    .select('r.handover_id', 'r.number', 'v.document');
  for (const round of rounds) {
    const hash = sha256(canonicalJson(JSON.parse(round.document)));
    await knex(ROUNDS)
      .where({ handover_id: round.handover_id, number: round.number })
      .update({ snapshot_hash: hash });
    await knex(SEATS)
      .where({ handover_id: round.handover_id, round: round.number })
      .whereIn('status', ['approved', 'rejected'])
      .update({ snapshot_hash: hash });
  }

  const handovers = await knex(EVENTS).distinct('handover_id');
  for (const { handover_id: handoverId } of handovers) {
    const events = await knex(EVENTS)
      .where({ handover_id: handoverId })
      .orderBy('seq', 'asc')
      .select('seq', 'id', 'at', 'actor', 'type', 'data');
    /** @type {string | null} */
    let previous = null;
    for (const event of events) {
      const hash = sha256(
        canonicalJson({
          previous,
          id: event.id,
          handoverId,
          at: event.at,
          actor: event.actor,
          type: event.type,
          data: JSON.parse(event.data),
        }),
      );
      await knex(EVENTS)
        .where({ seq: event.seq })
        .update({ previous_hash: previous, hash });
      previous = hash;
    }
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  const columns = [
    [ROUNDS, 'snapshot_hash'],
    [SEATS, 'snapshot_hash'],
    [EVENTS, 'previous_hash'],
    [EVENTS, 'hash'],
  ];
  for (const [table, column] of columns) {
    if (knex.client.config.client.includes('sqlite')) {
      // knex drops a SQLite column by copying the table; SQLite drops it in
      // place.
      await knex.raw(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    } else {
      await knex.schema.alterTable(table, t => t.dropColumn(column));
    }
  }
};
