import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { Knex } from 'knex';
import { relaxSqliteDurability } from './sqliteDurability';

// On SQLite a save's commit no longer waits for the disk (the whole backend
// waits with it): the plugin's database file runs with the write-ahead log
// and `synchronous = NORMAL`, also on a connection the pool opens later.
describe('relaxSqliteDurability', () => {
  let dir: string;
  let db: Knex;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'overlevering-sqlite-'));
    db = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'overlevering.sqlite') },
      useNullAsDefault: true,
    });
  });

  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const pragma = async (name: string) => {
    const [row] = await db.raw(`PRAGMA ${name}`);
    return Object.values(row)[0];
  };

  it('commits to the write-ahead log without waiting for the disk', async () => {
    expect(await pragma('journal_mode')).toBe('delete');
    await relaxSqliteDurability(db);
    expect(await pragma('journal_mode')).toBe('wal');
    // 1 = NORMAL (2 = FULL, the default).
    expect(await pragma('synchronous')).toBe(1);
  });

  it('keeps the setting on a connection the pool opens later', async () => {
    await db.destroy();
    // A pool that closes an idle connection at once and opens a new one.
    db = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'overlevering.sqlite') },
      useNullAsDefault: true,
      pool: { min: 0, max: 1, idleTimeoutMillis: 10, reapIntervalMillis: 10 },
    });
    await relaxSqliteDurability(db);
    const first = await db.client.acquireConnection();
    await db.client.releaseConnection(first);
    await new Promise(r => setTimeout(r, 200));
    const second = await db.client.acquireConnection();
    await db.client.releaseConnection(second);
    expect(second).not.toBe(first);
    expect(await pragma('synchronous')).toBe(1);
  });
});
