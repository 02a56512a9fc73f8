import { createHash } from 'node:crypto';

// The hashes of the decision record. Migration 20261202010000_decision_record
// fills them for the rows stored before it with its own copy of these
// functions, so a change here must keep giving the same hashes.

/**
 * A JSON value as one canonical text (RFC 8785): object keys sorted by their
 * UTF-16 code units, no whitespace, numbers and strings as JSON.stringify
 * writes them. The same value always gives the same text, whatever order its
 * keys were stored in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(item => canonicalJson(item ?? null)).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter(key => record[key] !== undefined)
      .sort()
      .map(key => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The SHA-256 (hex) of a document as a round decides on it. */
export function snapshotHash(document: unknown): string {
  return sha256(canonicalJson(document));
}

/** One event of a handover's history, as its hash covers it. */
export interface ChainedEvent {
  id: string;
  handoverId: string;
  at: string;
  actor: string;
  type: string;
  data: unknown;
}

/**
 * The hash of an event: its content and the hash of the event before it
 * (null for a handover's first), so that changing, removing or reordering
 * any event breaks every link after it.
 */
export function eventHash(
  event: ChainedEvent,
  previous: string | null,
): string {
  return sha256(
    canonicalJson({
      previous,
      id: event.id,
      handoverId: event.handoverId,
      at: event.at,
      actor: event.actor,
      type: event.type,
      data: event.data,
    }),
  );
}
