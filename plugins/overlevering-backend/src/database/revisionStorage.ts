import type { Knex } from 'knex';
import {
  applyPatch,
  diffDocuments,
  type PatchOperation,
} from './documentDelta';
import { HANDOVERS, REVISIONS, type RevisionRow } from './rows';

// How the revisions of a document are stored, so that storage grows with
// what a save changed and not with the size of the document. A revision is
// stored whole where it is read on its own (the first one, each one a round
// decides on) and whenever the patches since the last whole copy add up to
// the size of the document, which keeps reading any revision to at most a
// document's worth of patches. Every other revision is the JSON Patch from
// the one before it. The latest document is always whole in the handover
// row itself. Migration 20261201020000_revision_deltas.js applies the same
// rule to the revisions stored before it.

/** The number of bytes of a text column, as the database counts them. */
function byteLength(db: Knex, column: string): Knex.Raw {
  return db.client.config.client.includes('sqlite')
    ? db.raw('length(cast(?? as blob))', [column])
    : db.raw('octet_length(??)', [column]);
}

/** Stores the first revision of a handover, whole. */
export async function writeFirstRevision(
  tx: Knex.Transaction,
  options: { id: string; document: string; actor: string; at: string },
): Promise<void> {
  const row: RevisionRow = {
    handover_id: options.id,
    revision: 1,
    document: options.document,
    patch: null,
    created_by: options.actor,
    created_at: options.at,
  };
  await tx(REVISIONS).insert(row);
}

/**
 * Stores revision `revision` that follows the document `previous` (the
 * revision before it, as stored): as the patch between them, or whole when
 * the patches since the last whole copy would reach the document's size.
 */
export async function writeSavedRevision(
  tx: Knex.Transaction,
  options: {
    id: string;
    revision: number;
    previous: string;
    document: string;
    actor: string;
    at: string;
  },
): Promise<void> {
  const patch = JSON.stringify(
    diffDocuments(JSON.parse(options.previous), JSON.parse(options.document)),
  );
  const lastWhole = tx(REVISIONS)
    .where({ handover_id: options.id })
    .whereNotNull('document')
    .max('revision');
  const [{ bytes }] = await tx(REVISIONS)
    .where({ handover_id: options.id })
    .where('revision', '>', lastWhole)
    .select({
      bytes: tx.raw('coalesce(sum(?), 0)', [byteLength(tx, 'patch')]),
    });
  const whole =
    Number(bytes) + Buffer.byteLength(patch) >=
    Buffer.byteLength(options.document);
  const row: RevisionRow = {
    handover_id: options.id,
    revision: options.revision,
    document: whole ? options.document : null,
    patch: whole ? null : patch,
    created_by: options.actor,
    created_at: options.at,
  };
  await tx(REVISIONS).insert(row);
}

/**
 * Makes the handover's current revision `revision` whole, for the round that
 * decides on it: copied from the handover row in the database.
 */
export async function keepRevisionWhole(
  tx: Knex.Transaction,
  options: { id: string; revision: number },
): Promise<void> {
  await tx(REVISIONS)
    .where({ handover_id: options.id, revision: options.revision })
    .whereNull('document')
    .update({
      document: tx(HANDOVERS).select('document').where({ id: options.id }),
      patch: null,
    });
}

/**
 * The document as revision `revision` stored it: the last whole copy at or
 * before it with the patches after it applied; undefined when absent.
 */
export async function readRevision(
  db: Knex,
  options: { id: string; revision: number },
): Promise<Record<string, unknown> | undefined> {
  const lastWhole = db(REVISIONS)
    .where({ handover_id: options.id })
    .where('revision', '<=', options.revision)
    .whereNotNull('document')
    .max('revision');
  const rows: Pick<RevisionRow, 'revision' | 'document' | 'patch'>[] = await db(
    REVISIONS,
  )
    .where({ handover_id: options.id })
    .where('revision', '>=', lastWhole)
    .where('revision', '<=', options.revision)
    .orderBy('revision', 'asc')
    .select('revision', 'document', 'patch');
  const last = rows[rows.length - 1];
  if (!last || Number(last.revision) !== options.revision) {
    return undefined;
  }
  let document: unknown = JSON.parse(rows[0].document!);
  for (const row of rows.slice(1)) {
    document = applyPatch(document, JSON.parse(row.patch!) as PatchOperation[]);
  }
  return document as Record<string, unknown>;
}
