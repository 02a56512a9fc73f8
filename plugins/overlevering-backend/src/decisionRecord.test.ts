import type { Knex } from 'knex';
import request from 'supertest';
import {
  completeDocument,
  DISPLAY_NAMES,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { snapshotHash } from './audit/hashes';
import { expectMatchesSpec } from './__testUtils__/specChecker';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { MIGRATIONS_DIR } from './database/rows';
import { base, as } from './__testUtils__/requests';

// The decision record of a handover: every decision bound to the hash of the
// snapshot it was made on, the history a hash chain, and a check an auditor
// can run that names the first link a change in the database broke, on
// every database.

jest.setTimeout(180_000);

describe('the decision record', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;
    const api = () => request(backend.server);

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startOverleveringBackend({ knex });
    });

    afterAll(async () => {
      await backend.stop();
    });

    /**
     * A handover approved in round 2: in round 1 every fixed seat approves
     * and Server rejects; the owner describes the second server, and Server
     * approves.
     */
    async function approvedHandover() {
      const created = await api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({
          document: {
            ...completeDocument('PACS'),
            etablering: { servere: 'app01' },
          },
        })
        .expect(201);
      const id: string = created.body.id;
      const url = `${base}/handovers/${id}`;
      await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: ['server'] })
        .expect(201);
      for (const [person, role] of FIXED_SEAT_HOLDERS) {
        await api()
          .post(`${url}/rounds/1/decisions`)
          .set(as(person))
          .send({ role, decision: 'approve' })
          .expect(200);
      }
      await api()
        .post(`${url}/rounds/1/decisions`)
        .set(as(PEOPLE.sara))
        .send({ role: 'server', decision: 'reject', comment: 'Mangler db01' })
        .expect(200);
      await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({
          revision: 1,
          document: {
            ...created.body.document,
            etablering: { servere: 'app01 og db01' },
          },
        })
        .expect(200);
      await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 2, optionalRoles: ['server'] })
        .expect(201);
      await api()
        .post(`${url}/rounds/2/decisions`)
        .set(as(PEOPLE.sara))
        .send({ role: 'server', decision: 'approve', comment: 'Ok nå' })
        .expect(200);
      return { id, url };
    }

    const audit = async (url: string) => {
      const res = await api().get(`${url}/audit`).set(as(PEOPLE.conny));
      expect(res.status).toBe(200);
      expectMatchesSpec(res);
      return res.body;
    };

    /** Rewrites the JSON in a column of one row, as someone with database access could. */
    async function tamper(
      table: string,
      where: Record<string, unknown>,
      column: string,
      change: (value: any) => unknown,
    ) {
      const row = await knex(table).where(where).first(column);
      const changed = await knex(table)
        .where(where)
        .update({ [column]: JSON.stringify(change(JSON.parse(row[column]))) });
      expect(changed).toBe(1);
    }

    it('verifies an untouched record, each decision bound to the snapshot it was made on', async () => {
      const { id, url } = await approvedHandover();
      const record = await audit(url);
      expect(record).toMatchObject({ handoverId: id, verified: true });
      expect(record.brokenLink).toBeUndefined();

      // Each round's hash is the SHA-256 of the revision it decided on, as
      // stored; rounds on different content have different hashes.
      const [round1, round2] = record.rounds;
      for (const round of [round1, round2]) {
        const stored = await knex('overlevering_revisions')
          .where({ handover_id: id, revision: round.revision })
          .first('document');
        expect(round.snapshotHash).toBe(
          snapshotHash(JSON.parse(stored.document)),
        );
        // An auditor recomputes it from the snapshot the API gives.
        const snapshot = await api()
          .get(`${url}/rounds/${round.number}/snapshot`)
          .set(as(PEOPLE.conny));
        expect(snapshotHash(snapshot.body.document)).toBe(round.snapshotHash);
        for (const seat of round.seats) {
          expect(seat.snapshotHash).toBe(round.snapshotHash);
        }
      }
      expect(round1.snapshotHash).not.toBe(round2.snapshotHash);
      expect(round1.seats.find((s: any) => s.role === 'server')).toMatchObject({
        status: 'rejected',
        decidedBy: PEOPLE.sara,
        comment: 'Mangler db01',
      });

      // The chain covers the whole history, and its head is the last event's.
      const history = await api().get(`${url}/history`).set(as(PEOPLE.kari));
      expect(record.events).toBe(history.body.items.length);
      const last = await knex('overlevering_events')
        .where({ handover_id: id })
        .orderBy('seq', 'desc')
        .first('hash');
      expect(record.chainHead).toBe(last.hash);

      // The handover itself carries the hashes too.
      const handover = await api().get(url).set(as(PEOPLE.kari));
      expect(handover.body.rounds[1]).toMatchObject({
        snapshotHash: round2.snapshotHash,
        seats: [expect.objectContaining({ snapshotHash: round2.snapshotHash })],
      });
    });

    it('names the changed event when a history row is rewritten in the database', async () => {
      const { id, url } = await approvedHandover();
      const rejection = await knex('overlevering_events')
        .where({ handover_id: id, type: 'decided' })
        .whereLike('data', '%Mangler db01%')
        .first('id');
      await tamper(
        'overlevering_events',
        { id: rejection.id },
        'data',
        data => ({
          ...data,
          comment: 'Alt i orden',
        }),
      );
      const record = await audit(url);
      expect(record.verified).toBe(false);
      expect(record.brokenLink).toMatchObject({
        kind: 'event',
        eventId: rejection.id,
      });
    });

    it('names the event after a removed one', async () => {
      const { id, url } = await approvedHandover();
      const events = await knex('overlevering_events')
        .where({ handover_id: id })
        .orderBy('seq', 'asc')
        .select('id', 'type');
      const saved = events.findIndex(e => e.type === 'saved');
      await knex('overlevering_events')
        .where({ id: events[saved].id })
        .delete();
      const record = await audit(url);
      expect(record.verified).toBe(false);
      expect(record.brokenLink).toMatchObject({
        kind: 'event',
        eventId: events[saved + 1].id,
      });
    });

    it('names the round whose snapshot was changed after it was sent', async () => {
      const { id, url } = await approvedHandover();
      await tamper(
        'overlevering_revisions',
        { handover_id: id, revision: 1 },
        'document',
        document => ({ ...document, etablering: { servere: 'app01 og db01' } }),
      );
      const record = await audit(url);
      expect(record.verified).toBe(false);
      expect(record.brokenLink).toMatchObject({ kind: 'snapshot', round: 1 });
    });

    it('names the seat whose decision was changed, and says so at the end of the export', async () => {
      const { id, url } = await approvedHandover();
      const seat = { handover_id: id, round: 1, role: 'server' };
      expect(
        await knex('overlevering_assignments')
          .where(seat)
          .update({ status: 'approved', comment: null }),
      ).toBe(1);
      const record = await audit(url);
      expect(record.verified).toBe(false);
      expect(record.brokenLink).toMatchObject({
        kind: 'decision',
        round: 1,
        role: 'server',
      });
      const exported = await api()
        .get(`${url}/export?format=markdown`)
        .set(as(PEOPLE.kari));
      expect(exported.text).toContain(
        '**Kontrollen feilet:** beslutningen til Server i runde 1 stemmer ikke med historikken.',
      );
    });

    it("ends the export of an approved handover with the record, in the reader's language", async () => {
      const { url } = await approvedHandover();
      const record = await audit(url);
      const nb = await api()
        .get(`${url}/export?format=markdown`)
        .set(as(PEOPLE.kari));
      const section = nb.text.slice(nb.text.indexOf('## Beslutningsprotokoll'));
      expect(section).toContain(
        'Kontrollert: historikken, øyeblikksbildene og beslutningene er uendret siden de ble skrevet.',
      );
      expect(section).toContain(`\`${record.chainHead}\``);
      expect(section).toContain('### Runde 1 — Avslått');
      expect(section).toContain(`Sendt av ${DISPLAY_NAMES[PEOPLE.kari]} `);
      expect(section).toMatch(
        new RegExp(
          `\\| Server \\| Avslått \\| ${
            DISPLAY_NAMES[PEOPLE.sara]
          } på vegne av Server \\| \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d \\S+ \\| Mangler db01 \\| \`${
            record.rounds[0].snapshotHash
          }\` \\|`,
        ),
      );
      expect(section).toContain('### Runde 2 — Godkjent');
      expect(section).not.toMatch(/user:default|group:default/);

      const en = await api()
        .get(`${url}/export?format=markdown&locale=en`)
        .set(as(PEOPLE.kari));
      expect(en.text).toContain('## Decision record');
      expect(en.text).toContain('### Round 1 — Rejected');
      expect(en.text).toContain('| Server | Approved | ');
    });

    it('gives the rows stored before it the hashes the backend gives them', async () => {
      const { id, url } = await approvedHandover();
      const hashes = async () => ({
        events: await knex('overlevering_events')
          .where({ handover_id: id })
          .orderBy('seq')
          .select('previous_hash', 'hash'),
        rounds: await knex('overlevering_rounds')
          .where({ handover_id: id })
          .orderBy('number')
          .select('snapshot_hash'),
        seats: await knex('overlevering_assignments')
          .where({ handover_id: id })
          .orderBy(['round', 'role'])
          .select('snapshot_hash'),
      });
      const written = await hashes();
      const migration = {
        directory: MIGRATIONS_DIR,
        name: '20261202010000_decision_record.js',
      };
      await knex.migrate.down(migration);
      expect(await knex.schema.hasColumn('overlevering_events', 'hash')).toBe(
        false,
      );
      await knex.migrate.up(migration);
      expect(await hashes()).toEqual(written);
      expect(await audit(url)).toMatchObject({ verified: true });
    });

    it('leaves the record out of the export of a handover not approved', async () => {
      const created = await api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ document: completeDocument('Utkast') })
        .expect(201);
      const exported = await api()
        .get(`${base}/handovers/${created.body.id}/export?format=markdown`)
        .set(as(PEOPLE.kari));
      expect(exported.status).toBe(200);
      expect(exported.text).not.toContain('Beslutningsprotokoll');
      // Its record still verifies: a history without rounds.
      const record = await audit(`${base}/handovers/${created.body.id}`);
      expect(record).toMatchObject({ verified: true, events: 1, rounds: [] });
    });
  });
});
