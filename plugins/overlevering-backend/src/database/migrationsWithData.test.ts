import { mockCredentials } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import request from 'supertest';
import { SCHEMA_VERSION } from '@hemit/overlevering-form-schema';
import {
  completeDocument,
  PEOPLE,
  SERVICE_REF,
} from '@internal/overlevering-test-backend';
import { dumpTables } from '../__testUtils__/tableDump';
import {
  createTestDatabases,
  databaseServiceFor,
} from '../__testUtils__/testDatabases';
import { startOverleveringBackend } from '@internal/overlevering-test-backend';
import { DatabaseHandoverStore } from './DatabaseHandoverStore';
import {
  ALL_TABLES,
  CONDITIONS,
  DRAFT_KEYS,
  FOLLOW_UPS,
  MIGRATIONS_DIR,
  SHAREPOINT_ITEMS,
  OUTBOX,
  USAGE_LIMITS,
} from './rows';

// Migrations stepped down and up again on tables full of handovers in every
// state, and a document stored by version 1 of the form opened and saved
// through the API.

jest.setTimeout(180_000);

const SEATS = [
  { role: 'hemithjelp', approver: 'group:default/hemithjelp' },
  { role: 'fagansvarlig', approver: PEOPLE.per },
];

/** Handovers in every state: draft, in review, rejected, approved, deleted. */
async function fill(store: DatabaseHandoverStore) {
  const make = async (title: string) =>
    store.createHandover({
      owner: PEOPLE.kari,
      entityRef: SERVICE_REF,
      title,
      schemaVersion: 2,
      document: completeDocument(title),
    });
  const open = (id: string, round = 1, seats = SEATS) =>
    store.openRound({
      id,
      revision: 1,
      round,
      actor: PEOPLE.kari,
      optionalRoles: [],
      seats,
    });
  const decide = (id: string, role: string, reject = false, round = 1) =>
    store.decide({
      id,
      round,
      role,
      decision: reject ? 'reject' : 'approve',
      comment: reject ? 'Mangler ROS' : undefined,
      actor: role === 'hemithjelp' ? PEOPLE.hanne : PEOPLE.per,
    });

  const draft = await make('Utkast');
  await store.saveDocument({
    id: draft.id,
    revision: 1,
    actor: PEOPLE.kari,
    title: 'Utkast 2',
    schemaVersion: 2,
    document: completeDocument('Utkast 2'),
    changedSections: ['bestilling'],
  });

  const inReview = await make('Til godkjenning');
  await open(inReview.id);
  await decide(inReview.id, 'hemithjelp');

  const rejected = await make('Avslatt');
  await open(rejected.id);
  await decide(rejected.id, 'hemithjelp', true);
  await decide(rejected.id, 'fagansvarlig');

  const approved = await make('Godkjent');
  await open(approved.id);
  await decide(approved.id, 'hemithjelp', true);
  await decide(approved.id, 'fagansvarlig');
  // Round 2 asks only the seat that rejected.
  await open(approved.id, 2, [SEATS[0]]);
  await decide(approved.id, 'hemithjelp', false, 2);

  const withdrawn = await make('Trukket');
  await open(withdrawn.id);
  await store.withdrawRound({ id: withdrawn.id, round: 1, actor: PEOPLE.kari });
  await store.deleteHandover({ id: withdrawn.id, actor: PEOPLE.kari });

  return { draft, inReview, rejected, approved };
}

async function counts(knex: Knex) {
  const result: Record<string, number> = {};
  // The draft keys, the usage limits, the import's record of the old list
  // and the outbox of what changes are to tell are no handover's data (the
  // import's record is empty here), and come with later migrations.
  // The conditions of approvals "med forbehold" come later too (none here).
  const notHandovers = [
    DRAFT_KEYS,
    USAGE_LIMITS,
    SHAREPOINT_ITEMS,
    OUTBOX,
    CONDITIONS,
    FOLLOW_UPS,
  ];
  for (const table of ALL_TABLES.filter(t => !notHandovers.includes(t))) {
    const [{ n }] = await knex(table).count({ n: '*' });
    result[table] = Number(n);
  }
  return result;
}

describe('migrations with data', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'steps every migration down and up again without losing a row on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
      });
      const { inReview } = await fill(store);
      const before = await dumpTables(knex);
      const rows = await counts(knex);
      expect(rows).toEqual({
        overlevering_handovers: 5,
        overlevering_revisions: 6,
        overlevering_rounds: 5,
        overlevering_assignments: 9,
        // 22, and the start of the follow-up of the approved one.
        overlevering_events: 23,
      });

      // Down to the first migration, one step at a time, the rows staying.
      const [done] = await knex.migrate.list({ directory: MIGRATIONS_DIR });
      for (let step = 1; step < done.length; step++) {
        await knex.migrate.down({ directory: MIGRATIONS_DIR });
        expect(await counts(knex)).toEqual(rows);
      }
      // Up again: every row as it was, and the store goes on from there.
      await knex.migrate.latest({ directory: MIGRATIONS_DIR });
      expect(await dumpTables(knex)).toEqual(before);
      const outcome = await store.decide({
        id: inReview.id,
        round: 1,
        role: 'fagansvarlig',
        decision: 'approve',
        actor: PEOPLE.per,
      });
      expect(outcome).toMatchObject({ closed: true, status: 'approved' });
      const page = await store.listHandovers({ limit: 10, q: 'utkast' });
      expect(page.items.map(h => h.title)).toEqual(['Utkast 2']);

      // All the way down removes every table; up again gives empty ones.
      await knex.migrate.rollback({ directory: MIGRATIONS_DIR }, true);
      for (const table of ALL_TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }
      await knex.migrate.latest({ directory: MIGRATIONS_DIR });
      expect(Object.values(await counts(knex))).toEqual([0, 0, 0, 0, 0]);
      await fill(store);
      expect(await counts(knex)).toEqual(rows);
    },
  );

  it.each(databases.eachSupportedId())(
    'opens, exports, saves and submits a document stored by version 1 of the form on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      try {
        // As a backend of version 1 of the form stored it: no schemaVersion
        // in the document, the planned date under its old name, alerting as
        // two loose fields.
        const version1 = {
          bestilling: { tittel: 'Timebok', leveringsdato: '2026-09-01' },
          designfase: completeDocument().designfase,
          produksjonssetting: {
            varslingEtablert: true,
            varslingBeskrivelse: 'Varsler til vakttelefonen',
          },
        };
        const at = '2026-01-01T00:00:00.000Z';
        await knex('overlevering_handovers').insert({
          id: 'gammel',
          owner: PEOPLE.kari,
          entity_ref: SERVICE_REF,
          title: 'Timebok',
          search_title: 'timebok',
          status: 'draft',
          revision: 1,
          current_round: 0,
          schema_version: 1,
          document: JSON.stringify(version1),
          created_at: at,
          updated_at: at,
        });
        await knex('overlevering_revisions').insert({
          handover_id: 'gammel',
          revision: 1,
          document: JSON.stringify(version1),
          created_by: PEOPLE.kari,
          created_at: at,
        });
        const api = () => request(backend.server);
        const owner = {
          Authorization: mockCredentials.user.header(PEOPLE.kari),
        };
        const url = '/api/overlevering/handovers/gammel';

        const opened = await api().get(url).set(owner);
        expect(opened.status).toBe(200);
        expect(opened.body.document).toEqual({
          schemaVersion: SCHEMA_VERSION,
          bestilling: {
            tittel: 'Timebok',
            planlagtProduksjonsdato: '2026-09-01',
          },
          designfase: version1.designfase,
          produksjonssetting: {
            varsling: { svar: true, forklaring: 'Varsler til vakttelefonen' },
          },
        });

        const exported = await api()
          .get(`${url}/export?format=markdown`)
          .set(owner);
        expect(exported.status).toBe(200);
        expect(exported.text).toContain(
          '- **Planlagt produksjonssetting:** 01.09.2026',
        );
        expect(exported.text).toContain(
          '- **Er varsling satt opp?** Ja — Varsler til vakttelefonen',
        );

        // The round's snapshot is the stored version 1 revision, shown in
        // today's shape.
        const submitted = await api()
          .post(`${url}/submit`)
          .set(owner)
          .send({ revision: 1, optionalRoles: [] });
        expect(submitted.status).toBe(201);
        const snapshot = await api().get(`${url}/rounds/1/snapshot`).set(owner);
        expect(snapshot.body.document.bestilling).toEqual({
          tittel: 'Timebok',
          planlagtProduksjonsdato: '2026-09-01',
        });
        expect((await api().post(`${url}/withdraw`).set(owner)).status).toBe(
          200,
        );

        // Saving what was opened stores it in today's shape.
        const saved = await api()
          .put(`${url}/document`)
          .set(owner)
          .send({ revision: 1, document: opened.body.document });
        expect(saved.status).toBe(200);
        expect(saved.body.revision).toBe(2);
        const row = await knex('overlevering_handovers')
          .where({ id: 'gammel' })
          .first();
        expect(Number(row.schema_version)).toBe(SCHEMA_VERSION);
        expect(JSON.parse(row.document)).toEqual(opened.body.document);
      } finally {
        await backend.stop();
      }
    },
  );
});
