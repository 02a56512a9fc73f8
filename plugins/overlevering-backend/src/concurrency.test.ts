import knexFactory, { Knex } from 'knex';
import request from 'supertest';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { startOverleveringBackend } from '@internal/overlevering-test-backend';
import { base, as } from './__testUtils__/requests';

jest.setTimeout(180_000);

type Backend = Awaited<ReturnType<typeof startOverleveringBackend>>;

// Many people acting at once: every transition has exactly one winner and
// the losers get 409 with nothing changed. On PostgreSQL the requests are
// spread over two plugin instances (two replicas) with their own connection
// pools on one database; SQLite in memory cannot be shared, so there one
// instance takes all of them.
describe('concurrent actions', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const backends: Backend[] = [];
    const extraKnex: Knex[] = [];

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      backends.push(await startOverleveringBackend({ knex }));
      if (databaseId.startsWith('POSTGRES')) {
        // A second pool to the same database, as a second replica has.
        const second = knexFactory(knex.client.config);
        extraKnex.push(second);
        backends.push(await startOverleveringBackend({ knex: second }));
      }
    });

    afterAll(async () => {
      for (const b of backends) {
        await b.stop();
      }
      for (const k of extraKnex) {
        await k.destroy();
      }
    });

    /** Sends the i-th request to one of the replicas, in turn. */
    const api = (i: number) => request(backends[i % backends.length].server);

    async function draft() {
      const created = await api(0)
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ document: completeDocument() });
      expect(created.status).toBe(201);
      return `${base}/handovers/${created.body.id}`;
    }

    async function submitted(optionalRoles: string[] = []) {
      const url = await draft();
      const res = await api(0)
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles });
      expect(res.status).toBe(201);
      return url;
    }

    async function history(url: string): Promise<string[]> {
      const res = await api(0).get(`${url}/history`).set(as(PEOPLE.kari));
      return res.body.items.map((e: { type: string }) => e.type);
    }

    const statuses = (responses: request.Response[]) =>
      responses.map(r => r.status).sort();

    it('keeps exactly one of many saves on the same revision', async () => {
      const url = await draft();
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          api(i)
            .put(`${url}/document`)
            .set(as(PEOPLE.kari))
            .send({ revision: 1, document: completeDocument(`Versjon ${i}`) }),
        ),
      );
      expect(statuses(responses)).toEqual([200, ...Array(9).fill(409)]);
      const winner = responses.find(r => r.status === 200)!;
      const current = await api(1).get(url).set(as(PEOPLE.kari));
      expect(current.body.revision).toBe(2);
      expect(current.body.title).toBe(winner.body.title);
      expect((await history(url)).filter(t => t === 'saved')).toHaveLength(1);
    });

    it('opens exactly one round for many simultaneous submits', async () => {
      const url = await draft();
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          api(i)
            .post(`${url}/submit`)
            .set(as(PEOPLE.kari))
            .send({ revision: 1, optionalRoles: [] }),
        ),
      );
      expect(statuses(responses)).toEqual([201, ...Array(7).fill(409)]);
      const current = await api(1).get(url).set(as(PEOPLE.kari));
      expect(current.body.rounds).toHaveLength(1);
    });

    it('decides a group seat once when its members answer at the same time', async () => {
      const url = await submitted();
      const members = [PEOPLE.hanne, PEOPLE.erik];
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          api(i)
            .post(`${url}/rounds/1/decisions`)
            .set(as(members[i % 2]))
            .send(
              i % 3
                ? { role: 'hemithjelp', decision: 'approve' }
                : { role: 'hemithjelp', decision: 'reject', comment: 'Nei' },
            ),
        ),
      );
      expect(statuses(responses)).toEqual([200, ...Array(9).fill(409)]);
      expect((await history(url)).filter(t => t === 'decided')).toHaveLength(1);
    });

    it('closes the round exactly once when every seat answers at the same time', async () => {
      const url = await submitted(['server', 'nettverk']);
      const seats: [string, string][] = [
        ...FIXED_SEAT_HOLDERS,
        [PEOPLE.sara, 'server'],
        [PEOPLE.nils, 'nettverk'],
      ];
      const responses = await Promise.all(
        seats.map(([user, role], i) =>
          api(i)
            .post(`${url}/rounds/1/decisions`)
            .set(as(user))
            .send(
              role === 'nettverk'
                ? { role, decision: 'reject', comment: 'Mangler brannmur' }
                : { role, decision: 'approve' },
            ),
        ),
      );
      expect(statuses(responses)).toEqual(Array(8).fill(200));
      const current = await api(1).get(url).set(as(PEOPLE.kari));
      expect(current.body.status).toBe('rejected');
      expect(current.body.rounds[0]).toMatchObject({ status: 'rejected' });
      expect(current.body.currentRound).toMatchObject({
        pending: 0,
        approved: 7,
        rejected: 1,
      });
      const types = await history(url);
      expect(types.filter(t => t === 'decided')).toHaveLength(8);
      expect(types.filter(t => t === 'round_closed')).toHaveLength(1);
    });
  });
});
