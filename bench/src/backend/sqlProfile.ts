/*
 * BENCH_SQL_PROFILE=<file>: the bench backend times every SQLite statement
 * and writes the totals per database file and statement to the file every
 * 5 seconds, and each second's own totals as a line of `<file>.jsonl` (the
 * time and the statements of that second), so the statements of one route
 * can be summed over the seconds it ran (the run's log says when each route
 * ended and how long it took).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

type Totals = Map<string, { n: number; ms: number }>;

function add(totals: Totals, key: string, ms: number) {
  const t = totals.get(key) ?? { n: 0, ms: 0 };
  t.n += 1;
  t.ms += ms;
  totals.set(key, t);
}

export function profileSqlite(file: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Client = require('knex/lib/dialects/better-sqlite3/index.js');
  const original = Client.prototype._query;
  const totals: Totals = new Map();
  let second: Totals = new Map();
  Client.prototype._query = async function timed(
    connection: { name?: string },
    obj: any,
  ) {
    const start = performance.now();
    try {
      return await original.call(this, connection, obj);
    } finally {
      const db = basename(String(connection?.name ?? '?'), '.sqlite');
      const key = `${db}: ${String(obj?.sql ?? '').slice(0, 160)}`;
      const ms = performance.now() - start;
      add(totals, key, ms);
      add(second, key, ms);
    }
  };
  writeFileSync(`${file}.jsonl`, '');
  setInterval(() => {
    if (second.size === 0) return;
    const line = { t: new Date().toISOString(), s: Object.fromEntries(second) };
    second = new Map();
    appendFileSync(`${file}.jsonl`, `${JSON.stringify(line)}\n`);
  }, 1000).unref();
  setInterval(() => {
    const lines = [...totals]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 60)
      .map(
        ([sql, t]) =>
          `${t.ms.toFixed(0).padStart(8)} ms ${String(t.n).padStart(
            7,
          )}x  ${sql}`,
      );
    writeFileSync(file, `${lines.join('\n')}\n`);
  }, 5000).unref();
}
