import { InputError } from '@backstage/errors';
import type { Knex } from 'knex';

/**
 * Position in a list sorted by `updated_at desc, id desc`: the last item of
 * the previous page. Opaque to clients.
 */
export interface ListCursor {
  updatedAt: string;
  id: string;
}

/**
 * Position in the approvals inbox, sorted by `submitted_at, handover_id,
 * role`: the last seat of the previous page. Opaque to clients.
 */
export interface InboxCursor {
  submittedAt: string;
  handoverId: string;
  role: string;
}

function encodeKey(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeKey(cursor: string, length: number): string[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every(part => typeof part === 'string')
    ) {
      return key;
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError('Invalid cursor');
}

export function encodeCursor(cursor: ListCursor): string {
  return encodeKey([cursor.updatedAt, cursor.id]);
}

export function decodeCursor(cursor: string): ListCursor {
  const [updatedAt, id] = decodeKey(cursor, 2);
  return { updatedAt, id };
}

export function encodeInboxCursor(cursor: InboxCursor): string {
  return encodeKey([cursor.submittedAt, cursor.handoverId, cursor.role]);
}

export function decodeInboxCursor(cursor: string): InboxCursor {
  const [submittedAt, handoverId, role] = decodeKey(cursor, 3);
  return { submittedAt, handoverId, role };
}

/**
 * Position in the search crawl, sorted by id: the id of the last handover of
 * the previous page. Opaque to clients.
 */
export function encodeIdCursor(id: string): string {
  return encodeKey([id]);
}

export function decodeIdCursor(cursor: string): string {
  const [id] = decodeKey(cursor, 1);
  // PostgreSQL text cannot hold U+0000; no id has one.
  if (id.includes('\u0000')) {
    throw new InputError('Invalid cursor');
  }
  return id;
}

/** Seats of `table` that come after `cursor` in the inbox's order. */
export function afterInboxCursor(
  qb: Knex.QueryBuilder,
  table: string,
  cursor: InboxCursor,
): void {
  qb.where(`${table}.submitted_at`, '>', cursor.submittedAt).orWhere(sameTime =>
    sameTime
      .where(`${table}.submitted_at`, '=', cursor.submittedAt)
      .andWhere(later =>
        later
          .where(`${table}.handover_id`, '>', cursor.handoverId)
          .orWhere(sameHandover =>
            sameHandover
              .where(`${table}.handover_id`, '=', cursor.handoverId)
              .andWhere(`${table}.role`, '>', cursor.role),
          ),
      ),
  );
}
