/*
 * The databases of a benchmark run: a SQLite directory of its own, or a
 * PostgreSQL database of its own (dropped and created for every run) where
 * each plugin gets a schema.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import knexFactory, { Knex } from 'knex';
import { BENCH_ROOT } from './machine';

export type DbKind = 'sqlite' | 'pg';

export const PG_DATABASE = 'overlevering_bench';

export interface PgSettings {
  host: string;
  port: number;
  user: string;
  password?: string;
}

export function pgSettings(): PgSettings {
  return {
    host: process.env.BENCH_PG_HOST ?? '127.0.0.1',
    port: Number(process.env.BENCH_PG_PORT ?? 5432),
    user: process.env.BENCH_PG_USER ?? 'postgres',
    ...(process.env.BENCH_PG_PASSWORD
      ? { password: process.env.BENCH_PG_PASSWORD }
      : {}),
  };
}

export function sqliteDirectory(size: number): string {
  return resolve(BENCH_ROOT, 'out', `sqlite-${size}`);
}

/** Empties the database of a run and returns the plugin's connection. */
export async function freshPluginDatabase(
  kind: DbKind,
  size: number,
): Promise<Knex> {
  if (kind === 'sqlite') {
    const dir = sqliteDirectory(size);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return knexFactory({
      client: 'better-sqlite3',
      connection: { filename: resolve(dir, 'overlevering.sqlite') },
      useNullAsDefault: true,
    });
  }
  const settings = pgSettings();
  const admin = knexFactory({
    client: 'pg',
    connection: { ...settings, database: 'postgres' },
  });
  try {
    await admin.raw(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()`,
      [PG_DATABASE],
    );
    await admin.raw(`drop database if exists ${PG_DATABASE}`);
    await admin.raw(`create database ${PG_DATABASE}`);
  } finally {
    await admin.destroy();
  }
  const db = knexFactory({
    client: 'pg',
    connection: { ...settings, database: PG_DATABASE },
    searchPath: ['overlevering'],
  });
  await db.raw('create schema if not exists overlevering');
  return db;
}

/**
 * The plugin's database as the running backend uses it, for reading only
 * (how many changes its outbox still has to tell).
 */
export function pluginDatabase(kind: DbKind, size: number): Knex {
  if (kind === 'sqlite') {
    return knexFactory({
      client: 'better-sqlite3',
      connection: {
        filename: resolve(sqliteDirectory(size), 'overlevering.sqlite'),
        options: { readonly: true },
      },
      useNullAsDefault: true,
    });
  }
  return knexFactory({
    client: 'pg',
    connection: { ...pgSettings(), database: PG_DATABASE },
    searchPath: ['overlevering'],
    pool: { min: 0, max: 1 },
  });
}

/** Drops the PostgreSQL database of the runs. */
export async function dropPgDatabase(): Promise<void> {
  const admin = knexFactory({
    client: 'pg',
    connection: { ...pgSettings(), database: 'postgres' },
  });
  try {
    await admin.raw(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()`,
      [PG_DATABASE],
    );
    await admin.raw(`drop database if exists ${PG_DATABASE}`);
  } finally {
    await admin.destroy();
  }
}

/** The `backend.database` block of the bench backend's config. */
export function backendDatabaseConfig(kind: DbKind, size: number): object {
  if (kind === 'sqlite') {
    return {
      client: 'better-sqlite3',
      connection: { directory: sqliteDirectory(size) },
    };
  }
  return {
    client: 'pg',
    pluginDivisionMode: 'schema',
    connection: { ...pgSettings(), database: PG_DATABASE },
  };
}

export async function pluginDatabaseSize(db: Knex): Promise<string> {
  if (db.client.config.client === 'pg') {
    const result = await db.raw(
      `select pg_size_pretty(sum(pg_total_relation_size(quote_ident(schemaname) || '.' || quote_ident(tablename)))::bigint) as size
       from pg_tables where schemaname = 'overlevering'`,
    );
    return result.rows[0].size;
  }
  const [{ page_count }] = await db.raw('pragma page_count');
  const [{ page_size }] = await db.raw('pragma page_size');
  return `${Math.round((page_count * page_size) / 2 ** 20)} MB`;
}
