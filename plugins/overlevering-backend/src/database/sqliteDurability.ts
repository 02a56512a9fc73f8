import type { Knex } from 'knex';

/**
 * On SQLite (development and demos; production runs on PostgreSQL), lets a
 * commit return without waiting for the disk: the write-ahead log with
 * `synchronous = NORMAL`. better-sqlite3 is synchronous, so every commit
 * that waits for the disk (about 12 ms on a shared machine) stops the whole
 * backend; each save and decision commits its change and the outbox's
 * delivery after it. The trade: a power cut or an OS crash (not a crash of
 * the backend) may lose the last commits before the log's next checkpoint;
 * the database is never corrupted and keeps every change whole or not at
 * all. Other plugins' SQLite files are left as they are.
 *
 * @internal
 */
export async function relaxSqliteDurability(db: Knex): Promise<void> {
  const client = String(db.client.config.client);
  if (!client.includes('sqlite')) {
    return;
  }
  // A connection the pool opens later (the pool holds one) gets the same.
  db.client.pool?.on?.('createSuccess', (_id: unknown, connection: any) => {
    if (typeof connection?.pragma === 'function') {
      connection.pragma('journal_mode = WAL');
      connection.pragma('synchronous = NORMAL');
    }
  });
  // An in-memory database answers `memory` and stays as it is.
  await db.raw('PRAGMA journal_mode = WAL');
  await db.raw('PRAGMA synchronous = NORMAL');
}
