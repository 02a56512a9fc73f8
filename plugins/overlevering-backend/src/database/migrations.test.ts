import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(180_000);

const migrationsDir = resolvePackagePath(
  '@hemit/plugin-overlevering-backend',
  'migrations',
);

const TABLES = [
  'overlevering_handovers',
  'overlevering_revisions',
  'overlevering_rounds',
  'overlevering_assignments',
  'overlevering_events',
];

describe('migrations', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'creates every table and removes them again on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);

      await knex.migrate.latest({ directory: migrationsDir });
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(true);
      }
      // The tables accept a handover with a round, a seat and an event.
      await knex('overlevering_handovers').insert({
        id: 'h1',
        owner: 'user:default/kari.nordmann',
        title: 'Ny tjeneste',
        search_title: 'ny tjeneste',
        status: 'in_review',
        revision: 1,
        version: 1,
        current_round: 1,
        schema_version: 1,
        document: '{}',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      });
      await knex('overlevering_rounds').insert({
        handover_id: 'h1',
        number: 1,
        status: 'open',
        revision: 1,
        submitted_by: 'user:default/kari.nordmann',
        submitted_at: '2026-01-01T00:00:00.000Z',
        optional_roles: '[]',
      });
      // A second round 1 for the same handover is impossible.
      const duplicate = await knex('overlevering_rounds')
        .insert({
          handover_id: 'h1',
          number: 1,
          status: 'open',
          revision: 1,
          submitted_by: 'user:default/kari.nordmann',
          submitted_at: '2026-01-01T00:00:00.000Z',
          optional_roles: '[]',
        })
        .then(
          () => 'inserted',
          () => 'refused',
        );
      expect(duplicate).toBe('refused');

      // The title search column is filled for rows that existed before it
      // (after the newer migration of the inbox's index has gone down).
      await knex.migrate.down({ directory: migrationsDir });
      await knex.migrate.down({ directory: migrationsDir });
      expect(
        await knex.schema.hasColumn('overlevering_handovers', 'search_title'),
      ).toBe(false);
      await knex.migrate.up({ directory: migrationsDir });
      expect(
        await knex('overlevering_handovers').select('search_title'),
      ).toEqual([{ search_title: 'ny tjeneste' }]);

      await knex.migrate.rollback({ directory: migrationsDir }, true);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }

      // And up again, to prove that down left nothing behind.
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await knex('overlevering_handovers').count({ n: '*' })).toEqual([
        { n: expect.anything() },
      ]);
    },
  );
});
