import type { HandoverEventType } from '@hemit/plugin-overlevering-common';
import type { Knex } from 'knex';
import { v4 as uuid } from 'uuid';
import { eventHash, snapshotHash } from '../audit/hashes';
import { readRevision } from './revisionStorage';
import { EVENTS, type EventRow } from './rows';

// How the history and the snapshots are bound to their hashes. Every event
// is written here, with the hash of its content and of the handover's event
// before it; the writer holds the handover row's lock (every mutation moves
// that row first), so two events of one handover never take the same
// predecessor.

/** Appends an event to the handover's history, chained to the one before. */
export async function appendEvent(
  tx: Knex.Transaction,
  event: {
    handoverId: string;
    at: string;
    actor: string;
    type: HandoverEventType;
    data: Record<string, unknown>;
  },
): Promise<void> {
  const last: Pick<EventRow, 'hash'> | undefined = await tx(EVENTS)
    .where({ handover_id: event.handoverId })
    .orderBy('seq', 'desc')
    .first('hash');
  const previous = last?.hash ?? null;
  const id = uuid();
  await tx(EVENTS).insert({
    id,
    handover_id: event.handoverId,
    at: event.at,
    actor: event.actor,
    type: event.type,
    data: JSON.stringify(event.data),
    previous_hash: previous,
    hash: eventHash({ ...event, id }, previous),
  });
}

/** One event of the history as stored, with its links. */
export interface StoredEventLink {
  id: string;
  at: string;
  actor: string;
  type: string;
  data: unknown;
  previousHash: string | null;
  hash: string | null;
}

/** The whole history of a handover with its hashes, oldest first. */
export async function readEventChain(
  db: Knex,
  options: { id: string },
): Promise<StoredEventLink[]> {
  const rows: EventRow[] = await db(EVENTS)
    .where({ handover_id: options.id })
    .orderBy('seq', 'asc');
  return rows.map(row => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    type: row.type,
    data: readableData(row.data),
    previousHash: row.previous_hash,
    hash: row.hash,
  }));
}

/**
 * An event's data; text that is no longer JSON stays text, so that its hash
 * shows the change instead of the history failing to load.
 */
function readableData(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

/**
 * The hash of the snapshot of `revision` as stored now; undefined when it
 * is absent or can no longer be read.
 */
export async function storedSnapshotHash(
  db: Knex,
  options: { id: string; revision: number },
): Promise<string | undefined> {
  try {
    const document = await readRevision(db, options);
    return document === undefined ? undefined : snapshotHash(document);
  } catch {
    return undefined;
  }
}
