import { InputError } from '@backstage/errors';

/**
 * Position in a list sorted by `updated_at desc, id desc`: the last item of
 * the previous page. Opaque to clients.
 */
export interface ListCursor {
  updatedAt: string;
  id: string;
}

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.updatedAt, cursor.id])).toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string): ListCursor {
  try {
    const [updatedAt, id] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    if (typeof updatedAt === 'string' && typeof id === 'string') {
      return { updatedAt, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError('Invalid cursor');
}
