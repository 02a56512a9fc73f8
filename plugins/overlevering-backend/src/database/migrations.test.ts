import { createTestDatabases } from '../__testUtils__/testDatabases';
import { ALL_TABLES, MIGRATIONS_DIR } from './rows';

jest.setTimeout(180_000);

describe('migrations', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'creates every table and removes them again on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);

      await knex.migrate.latest({ directory: MIGRATIONS_DIR });
      for (const table of ALL_TABLES) {
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

      // Step down the migrations newer than the mark of self-approved seats
      // (each is checked on its own elsewhere in this test or its own).
      const latest = async () => {
        const [completed] = await knex.migrate.list({
          directory: MIGRATIONS_DIR,
        });
        return completed
          .map((m: { name: string }) => m.name)
          .sort()
          .pop();
      };
      while ((await latest()) > '20261202020000_self_approved_seats.js') {
        await knex.migrate.down({ directory: MIGRATIONS_DIR });
      }
      // The mark of self-approved seats goes with its migration; the seats stay.
      await knex('overlevering_assignments').insert({
        handover_id: 'h1',
        round: 1,
        role: 'seksjonsleder',
        approver: 'user:default/kari.nordmann',
        status: 'approved',
        decided_by: 'user:default/kari.nordmann',
        decided_at: '2026-01-01T00:00:00.000Z',
        submitted_at: '2026-01-01T00:00:00.000Z',
        self_approved: true,
      });
      await knex.migrate.down({ directory: MIGRATIONS_DIR });
      expect(
        await knex.schema.hasColumn(
          'overlevering_assignments',
          'self_approved',
        ),
      ).toBe(false);
      expect(
        await knex('overlevering_assignments').select('role'),
      ).toContainEqual({ role: 'seksjonsleder' });
      await knex('overlevering_assignments')
        .where({ role: 'seksjonsleder' })
        .delete();

      // The hashes of the decision record go with their migration; the
      // rounds, seats and events stay.
      await knex('overlevering_events').insert({
        id: 'e1',
        handover_id: 'h1',
        at: '2026-01-01T00:00:00.000Z',
        actor: 'user:default/kari.nordmann',
        type: 'created',
        data: '{"revision":1}',
        previous_hash: null,
        hash: 'a'.repeat(64),
      });
      await knex.migrate.down({ directory: MIGRATIONS_DIR });
      expect(await knex.schema.hasColumn('overlevering_events', 'hash')).toBe(
        false,
      );
      expect(
        await knex.schema.hasColumn('overlevering_rounds', 'snapshot_hash'),
      ).toBe(false);
      expect(await knex('overlevering_events').select('id')).toEqual([
        { id: 'e1' },
      ]);

      // Each person's use of the limited actions goes with its migration.
      await knex('overlevering_usage_limits').insert({
        user_ref: 'user:default/kari.nordmann',
        action: 'saves',
        full_at: 1_767_254_400_000,
      });
      await knex.migrate.down({ directory: MIGRATIONS_DIR });
      expect(await knex.schema.hasTable('overlevering_usage_limits')).toBe(
        false,
      );

      // The items imported from the old SharePoint list go with their
      // migration; the handovers they became stay.
      await knex('overlevering_sharepoint_items').insert({
        sharepoint_id: 12,
        handover_id: 'h1',
        fingerprint: 'a'.repeat(64),
        handover_revision: 1,
        handover_updated_at: '2026-01-01T00:00:00.000Z',
        imported_at: '2026-01-01T00:00:00.000Z',
        imported_by: 'user:default/erik.drift',
      });
      await knex.migrate.down({ directory: MIGRATIONS_DIR });
      expect(await knex.schema.hasTable('overlevering_sharepoint_items')).toBe(
        false,
      );
      expect(await knex('overlevering_handovers').select('id')).toEqual([
        { id: 'h1' },
      ]);

      // A revision may be stored as a patch; stepping that migration down
      // stores every revision whole again (revisionStorage.test.ts).
      await knex.migrate.down({ directory: MIGRATIONS_DIR });
      expect(
        await knex.schema.hasColumn('overlevering_revisions', 'patch'),
      ).toBe(false);

      // A seat keeps the sections its rejection points at; stepping that
      // migration down removes the column and keeps the seat.
      await knex('overlevering_assignments').insert({
        handover_id: 'h1',
        round: 1,
        role: 'hemithjelp',
        approver: 'group:default/hemithjelp',
        status: 'rejected',
        sections: '["etablering"]',
        submitted_at: '2026-01-01T00:00:00.000Z',
      });
      await knex.migrate.down({ directory: MIGRATIONS_DIR });
      expect(
        await knex.schema.hasColumn('overlevering_assignments', 'sections'),
      ).toBe(false);
      expect(
        await knex('overlevering_assignments').select('role', 'status'),
      ).toEqual([{ role: 'hemithjelp', status: 'rejected' }]);

      // The draft keys' table goes with its migration.
      await knex('overlevering_draft_keys').insert({
        user_ref: 'user:default/kari.nordmann',
        draft_key: 'a2V5',
        created_at: '2026-01-01T00:00:00.000Z',
      });
      await knex.migrate.down({ directory: MIGRATIONS_DIR });
      expect(await knex.schema.hasTable('overlevering_draft_keys')).toBe(false);

      // A handover's change counter is gone; stepping that migration down
      // gives the existing rows one.
      expect(
        await knex.schema.hasColumn('overlevering_handovers', 'version'),
      ).toBe(false);
      await knex.migrate.down({ directory: MIGRATIONS_DIR });
      expect(await knex('overlevering_handovers').select('version')).toEqual([
        { version: 1 },
      ]);

      // The title search column is filled for rows that existed before it
      // (after the newer migration of the inbox's index has gone down).
      await knex.migrate.down({ directory: MIGRATIONS_DIR });
      await knex.migrate.down({ directory: MIGRATIONS_DIR });
      expect(
        await knex.schema.hasColumn('overlevering_handovers', 'search_title'),
      ).toBe(false);
      await knex.migrate.up({ directory: MIGRATIONS_DIR });
      expect(
        await knex('overlevering_handovers').select('search_title'),
      ).toEqual([{ search_title: 'ny tjeneste' }]);

      await knex.migrate.rollback({ directory: MIGRATIONS_DIR }, true);
      for (const table of ALL_TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }

      // And up again, to prove that down left nothing behind.
      await knex.migrate.latest({ directory: MIGRATIONS_DIR });
      expect(await knex('overlevering_handovers').count({ n: '*' })).toEqual([
        { n: expect.anything() },
      ]);
    },
  );
});
