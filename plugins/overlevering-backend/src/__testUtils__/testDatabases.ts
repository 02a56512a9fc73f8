import { DatabaseService } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';

/**
 * The databases every store and API test runs on. PostgreSQL joins when
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING points at a server;
 * SQLite always runs.
 */
export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
}

/** A database service that hands out `knex` and runs migrations. */
export function databaseServiceFor(knex: Knex): DatabaseService {
  return { getClient: async () => knex, migrations: { skip: false } };
}
