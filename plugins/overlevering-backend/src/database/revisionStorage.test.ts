import { mockCredentials } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  completeDocument,
  PEOPLE,
  SERVICE_REF,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import {
  createTestDatabases,
  databaseServiceFor,
} from '../__testUtils__/testDatabases';
import { DatabaseHandoverStore } from './DatabaseHandoverStore';
import { MIGRATIONS_DIR, REVISIONS } from './rows';

jest.setTimeout(300_000);

const base = '/api/overlevering';
const as = (user: string) => ({
  Authorization: mockCredentials.user.header(user),
});
const HEMITHJELP = 'group:default/hemithjelp';
const DELTAS_MIGRATION = '20261201020000_revision_deltas.js';

/** A document the form accepts, about 430 KB: forty known errors, written out. */
function largeDocument(title: string) {
  return {
    ...completeDocument(title),
    produksjonssetting: {
      kjenteFeil: Array.from({ length: 42 }, (_, i) => ({
        beskrivelse: `Feil ${i}: ${'skjer ved innlogging. '.repeat(240)}`,
        omgaelse: `Omgåelse ${i}: ${'logg inn på nytt. '.repeat(280)}`,
      })),
    },
  };
}

/** Bytes of every stored revision of the handovers, as the database counts them. */
async function revisionBytes(knex: Knex, ids?: string[]): Promise<number> {
  const bytes = knex.client.config.client.includes('sqlite')
    ? (column: string) => knex.raw('length(cast(?? as blob))', [column])
    : (column: string) => knex.raw('octet_length(??)', [column]);
  const query = knex(REVISIONS).select({
    document: knex.raw('coalesce(sum(?), 0)', [bytes('document')]),
    patch: knex.raw('coalesce(sum(?), 0)', [bytes('patch')]),
  });
  if (ids) query.whereIn('handover_id', ids);
  const [row] = await query;
  return Number(row.document) + Number(row.patch);
}

describe('revision storage', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('grows by what eight saves of a 430 KB document changed, not by eight documents', async () => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      try {
        const api = request(backend.server);
        let document = largeDocument('Stor leveranse');
        const size = Buffer.byteLength(JSON.stringify(document));
        expect(size).toBeGreaterThan(420_000);
        const created = await api
          .post(`${base}/handovers`)
          .set(as(PEOPLE.kari))
          .send({ entityRef: SERVICE_REF, document });
        expect(created.status).toBe(201);
        const { id } = created.body;
        const before = await revisionBytes(knex, [id]);

        let revision = created.body.revision;
        let changed = 0;
        for (let save = 1; save <= 8; save++) {
          // One known error's text edited, as a person typing would.
          const kjenteFeil = [...document.produksjonssetting.kjenteFeil];
          kjenteFeil[save] = {
            ...kjenteFeil[save],
            omgaelse: `${kjenteFeil[save].omgaelse} Ring Hemithjelp (${save}).`,
          };
          document = { ...document, produksjonssetting: { kjenteFeil } };
          changed += Buffer.byteLength(kjenteFeil[save].omgaelse);
          const saved = await api
            .put(`${base}/handovers/${id}/document`)
            .set(as(PEOPLE.kari))
            .send({ revision, document });
          expect(saved.status).toBe(200);
          revision = saved.body.revision;
        }
        expect(revision).toBe(9);

        // Each save cost the field it changed (a patch replaces a text
        // whole), with a little to say where: about 5 KB, against 430 KB.
        const grown = (await revisionBytes(knex, [id])) - before;
        expect(grown).toBeGreaterThanOrEqual(changed);
        expect(grown).toBeLessThan(changed + 8 * 200);
        expect(grown).toBeLessThan(size / 8);

        // The round's snapshot is the document as sent, whole.
        const submitted = await api
          .post(`${base}/handovers/${id}/submit`)
          .set(as(PEOPLE.kari))
          .send({ revision, optionalRoles: [] });
        expect(submitted.status).toBe(201);
        const snapshot = await api
          .get(`${base}/handovers/${id}/rounds/1/snapshot`)
          .set(as(PEOPLE.hanne));
        expect(snapshot.status).toBe(200);
        expect(snapshot.body.revision).toBe(9);
        const current = await api
          .get(`${base}/handovers/${id}`)
          .set(as(PEOPLE.kari));
        expect(current.body.document).toMatchObject(document);
        expect(snapshot.body.document).toEqual(current.body.document);
        // Keeping it whole for the round costs one document, once.
        const afterSubmit = (await revisionBytes(knex, [id])) - before;
        expect(afterSubmit).toBeLessThan(size + size / 8);
      } finally {
        await backend.stop();
      }
    });

    it('reads every revision and every round exactly as it was saved', async () => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
      });
      const saved: Record<string, unknown>[] = [];
      let document: Record<string, any> = {
        bestilling: { tittel: 'Runder', beskrivelse: 'x'.repeat(3000) },
        rader: Array.from({ length: 30 }, (_, i) => ({ navn: `rad ${i}` })),
      };
      const h = await store.createHandover({
        owner: PEOPLE.kari,
        title: 'Runder',
        schemaVersion: 2,
        document,
      });
      saved[1] = document;
      let revision = 1;
      const save = async (next: Record<string, any>) => {
        await store.saveDocument({
          id: h.id,
          revision,
          actor: PEOPLE.kari,
          title: 'Runder',
          schemaVersion: 2,
          document: next,
          changedSections: ['bestilling'],
        });
        revision += 1;
        saved[revision] = next;
        document = next;
      };
      const edits: ((d: Record<string, any>) => Record<string, any>)[] = [
        d => ({ ...d, bestilling: { ...d.bestilling, tittel: 'Runder 2' } }),
        d => ({ ...d, rader: [{ navn: 'først' }, ...d.rader] }),
        d => ({
          ...d,
          rader: d.rader.filter((_: unknown, i: number) => i !== 7),
        }),
        d => ({ ...d, ny: { felt: ['a', 'b'] } }),
        d => {
          const { ny, ...rest } = d;
          return { ...rest, bestilling: { tittel: ny.felt.join('') } };
        },
        // Everything rewritten: more than the document's size in patches,
        // so a whole copy follows.
        d => ({ ...d, bestilling: { tittel: 'y'.repeat(4000) } }),
        d => ({ ...d, bestilling: { tittel: 'z'.repeat(4000) } }),
      ];
      const rounds: number[] = [];
      for (let round = 1; round <= 3; round++) {
        for (const edit of edits) await save(edit(document));
        await store.openRound({
          id: h.id,
          revision,
          round,
          actor: PEOPLE.kari,
          optionalRoles: [],
          seats: [{ role: 'hemithjelp', approver: HEMITHJELP }],
        });
        rounds.push(revision);
        await store.decide({
          id: h.id,
          round,
          role: 'hemithjelp',
          decision: 'reject',
          comment: 'Mer',
          actor: PEOPLE.hanne,
        });
      }
      await save({ ...document, etter: true });

      for (let r = 1; r <= revision; r++) {
        expect({
          r,
          document: await store.getRevision({ id: h.id, revision: r }),
        }).toEqual({
          r,
          document: saved[r],
        });
      }
      expect(
        await store.getRevision({ id: h.id, revision: revision + 1 }),
      ).toBeUndefined();

      // The first revision and each round's are whole; most others are patches.
      const rows = await knex(REVISIONS)
        .where({ handover_id: h.id })
        .orderBy('revision')
        .select('revision', 'document', 'patch');
      const whole = rows
        .filter(row => row.document !== null)
        .map(row => Number(row.revision));
      for (const row of rows) {
        expect((row.document === null) !== (row.patch === null)).toBe(true);
      }
      expect(whole).toEqual(expect.arrayContaining([1, ...rounds]));
      expect(rows.filter(row => row.patch !== null).length).toBeGreaterThan(
        rows.length / 2,
      );
    });

    it('turns revisions stored whole before into patches, losing nothing, and back', async () => {
      const knex = await databases.init(databaseId);
      // The tables as the migration before this one left them.
      for (;;) {
        const [, pending] = await knex.migrate.list({
          directory: MIGRATIONS_DIR,
        });
        if (pending[0].file === DELTAS_MIGRATION) break;
        await knex.migrate.up({ directory: MIGRATIONS_DIR });
      }
      const at = '2026-01-01T08:00:00.000Z';
      const documents = Array.from({ length: 6 }, (_, i) => ({
        bestilling: {
          tittel: `Versjon ${i + 1}`,
          beskrivelse: 'x'.repeat(2000),
        },
        ...(i >= 3 ? { designfase: { tjeneste: SERVICE_REF } } : {}),
      }));
      await knex('overlevering_handovers').insert({
        id: 'h1',
        owner: PEOPLE.kari,
        title: 'Versjon 6',
        search_title: 'versjon 6',
        status: 'in_review',
        revision: 6,
        current_round: 1,
        schema_version: 2,
        document: JSON.stringify(documents[5]),
        created_at: at,
        updated_at: at,
      });
      await knex(REVISIONS).insert(
        documents.map((d, i) => ({
          handover_id: 'h1',
          revision: i + 1,
          document: JSON.stringify(d),
          created_by: PEOPLE.kari,
          created_at: at,
        })),
      );
      await knex('overlevering_rounds').insert({
        handover_id: 'h1',
        number: 1,
        status: 'open',
        revision: 4,
        submitted_by: PEOPLE.kari,
        submitted_at: at,
        optional_roles: '[]',
      });
      const wholeBytes = documents.reduce(
        (sum, d) => sum + Buffer.byteLength(JSON.stringify(d)),
        0,
      );

      await knex.migrate.up({
        directory: MIGRATIONS_DIR,
        name: DELTAS_MIGRATION,
      });
      const rows = await knex(REVISIONS).orderBy('revision');
      expect(rows.map(row => row.document !== null)).toEqual([
        true, // the first
        false,
        false,
        true, // round 1 decides on it
        false,
        false,
      ]);
      expect(await revisionBytes(knex)).toBeLessThan(wholeBytes / 2);
      const store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
      });
      for (let r = 1; r <= 6; r++) {
        expect(await store.getRevision({ id: 'h1', revision: r })).toEqual(
          documents[r - 1],
        );
      }

      // Down again: every revision whole, as it was.
      await knex.migrate.down({
        directory: MIGRATIONS_DIR,
        name: DELTAS_MIGRATION,
      });
      const restored = await knex(REVISIONS).orderBy('revision');
      expect(restored.map(row => JSON.parse(row.document))).toEqual(documents);
      expect(await knex.schema.hasColumn(REVISIONS, 'patch')).toBe(false);
    });
  });
});
