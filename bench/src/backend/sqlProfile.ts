/*
 * BENCH_SQL_PROFILE=<file>: the bench backend times every SQLite statement
 * and writes the totals per statement to the file every 5 seconds.
 */
import { writeFileSync } from 'node:fs';

export function profileSqlite(file: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Client = require('knex/lib/dialects/better-sqlite3/index.js');
  const original = Client.prototype._query;
  const totals = new Map<string, { n: number; ms: number }>();
  Client.prototype._query = async function timed(
    connection: unknown,
    obj: any,
  ) {
    const start = performance.now();
    try {
      return await original.call(this, connection, obj);
    } finally {
      const key = String(obj?.sql ?? '').slice(0, 160);
      const t = totals.get(key) ?? { n: 0, ms: 0 };
      t.n += 1;
      t.ms += performance.now() - start;
      totals.set(key, t);
    }
  };
  setInterval(() => {
    const lines = [...totals]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 40)
      .map(
        ([sql, t]) =>
          `${t.ms.toFixed(0).padStart(8)} ms ${String(t.n).padStart(
            7,
          )}x  ${sql}`,
      );
    writeFileSync(file, `${lines.join('\n')}\n`);
  }, 5000).unref();
}
