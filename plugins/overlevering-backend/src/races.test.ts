import knexFactory, { Knex } from 'knex';
import request from 'supertest';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { startOverleveringBackend } from '@internal/overlevering-test-backend';
import { expectInvariants, Outcome } from './__testUtils__/invariants';
import { base, as } from './__testUtils__/requests';

// Bursts of conflicting actions on many handovers at once, spread over two
// plugin instances (two replicas, each with its own connection pool) on one
// PostgreSQL database; SQLite in memory cannot be shared, so there one
// instance takes them all. Afterwards the tables themselves must hold the
// invariants of the approval round, and every loser must have got 409.

jest.setTimeout(600_000);

/** Handovers per kind of burst; four kinds, 8 to 10 requests each. */
const BURSTS = Number(process.env.OVERLEVERING_RACE_BURSTS ?? 30);

type Backend = Awaited<ReturnType<typeof startOverleveringBackend>>;
describe('races across replicas', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const backends: Backend[] = [];
    const extraKnex: Knex[] = [];
    let knex: Knex;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backends.push(await startOverleveringBackend({ knex }));
      if (databaseId.startsWith('POSTGRES')) {
        const second = knexFactory(knex.client.config);
        extraKnex.push(second);
        backends.push(await startOverleveringBackend({ knex: second }));
      }
    });

    afterAll(async () => {
      for (const b of backends) await b.stop();
      for (const k of extraKnex) await k.destroy();
    });

    const initiallySubmitted = new Set<string>();
    let turn = 0;
    /** The next replica, in turn. */
    const api = () => request(backends[turn++ % backends.length].server);

    async function draft(title: string) {
      const res = await api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ document: completeDocument(title) });
      expect(res.status).toBe(201);
      return res.body.id as string;
    }

    async function submitted(title: string) {
      const id = await draft(title);
      const res = await api()
        .post(`${base}/handovers/${id}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] });
      expect(res.status).toBe(201);
      initiallySubmitted.add(id);
      return id;
    }

    const save = (id: string, revision: number, title: string) =>
      api()
        .put(`${base}/handovers/${id}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision, document: completeDocument(title) })
        .then(
          (r): Outcome => ({
            handoverId: id,
            action: 'save',
            status: r.status,
            title,
            revision,
          }),
        );
    const submit = (id: string, revision: number) =>
      api()
        .post(`${base}/handovers/${id}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision, optionalRoles: [] })
        .then(
          (r): Outcome => ({
            handoverId: id,
            action: 'submit',
            status: r.status,
          }),
        );
    const withdraw = (id: string) =>
      api()
        .post(`${base}/handovers/${id}/withdraw`)
        .set(as(PEOPLE.kari))
        .then(
          (r): Outcome => ({
            handoverId: id,
            action: 'withdraw',
            status: r.status,
          }),
        );
    const decide = (id: string, user: string, role: string, reject = false) =>
      api()
        .post(`${base}/handovers/${id}/rounds/1/decisions`)
        .set(as(user))
        .send(
          reject
            ? { role, decision: 'reject', comment: `Nei fra ${user}` }
            : { role, decision: 'approve' },
        )
        .then(
          (r): Outcome => ({
            handoverId: id,
            action: 'decide',
            status: r.status,
            role,
          }),
        );

    /** One of each kind of burst, all at once, each on a handover of its own. */
    async function burstRound(i: number): Promise<Outcome[]> {
      const [seatRace, submitWithdraw, saveSave, decideWithdraw] =
        await Promise.all([
          submitted(`Setet ${i}`),
          submitted(`Send eller trekk ${i}`),
          draft(`Lagre ${i}`),
          submitted(`Beslutt eller trekk ${i}`),
        ]);
      const members = [PEOPLE.hanne, PEOPLE.erik];
      const burst: Promise<Outcome>[] = [
        // The same group seat, decided by both of its members at once.
        ...Array.from({ length: 10 }, (_, k) =>
          decide(seatRace, members[k % 2], 'hemithjelp', k % 3 === 0),
        ),
        // Withdraws and submits of one handover in review, interleaved.
        ...Array.from({ length: 6 }, (_, k) =>
          k % 2 ? submit(submitWithdraw, 1) : withdraw(submitWithdraw),
        ),
        // Ten saves on revision 1, and two on revision 2, which exists only
        // after one of the first has won.
        ...Array.from({ length: 10 }, (_, k) =>
          save(saveSave, k < 8 ? 1 : 2, `Versjon ${i}.${k}`),
        ),
        // Every seat answers while the owner withdraws the round.
        ...FIXED_SEAT_HOLDERS.map(([user, role]) =>
          decide(decideWithdraw, user, role),
        ),
        withdraw(decideWithdraw),
        withdraw(decideWithdraw),
      ];
      return Promise.all(burst);
    }

    it(`keeps the invariants of the approval round through ${BURSTS} rounds of bursts`, async () => {
      const started = Date.now();
      const outcomes: Outcome[] = [];
      for (let i = 0; i < BURSTS; i++) {
        outcomes.push(...(await burstRound(i)));
      }
      const seconds = (Date.now() - started) / 1000;
      const count = (p: (o: Outcome) => boolean) => outcomes.filter(p).length;
      // The figures docs/reliability.md quotes.
      // eslint-disable-next-line no-console
      console.log(
        `Races on ${databaseId} with ${backends.length} replica(s): ${
          outcomes.length
        } concurrent requests in ${seconds.toFixed(1)} s, ${count(
          o => o.status < 300,
        )} won, ${count(o => o.status === 409)} lost with 409, ${count(
          o => o.status >= 500,
        )} with 5xx`,
      );

      const byAction = new Map<string, number>();
      for (const o of outcomes) {
        const key = `${o.action} ${o.status}`;
        byAction.set(key, (byAction.get(key) ?? 0) + 1);
      }
      // eslint-disable-next-line no-console
      console.log(
        [...byAction.entries()]
          .sort()
          .map(([k, v]) => `  ${k}: ${v}`)
          .join('\n'),
      );

      // Every loser got 409; nothing else went wrong.
      expect(outcomes.filter(o => o.status >= 300 && o.status !== 409)).toEqual(
        [],
      );
      expect(outcomes.length).toBeGreaterThanOrEqual(BURSTS * 34);

      await expectInvariants(knex, outcomes, initiallySubmitted);
    });

    // Deterministic orders of the same conflicts, so each kind of race also
    // has a known winner to check against.
    it('gives a seat decided by two members at once to exactly one of them', async () => {
      const id = await submitted('To medlemmer');
      const outcomes = await Promise.all([
        decide(id, PEOPLE.hanne, 'hemithjelp'),
        decide(id, PEOPLE.erik, 'hemithjelp', true),
      ]);
      expect(outcomes.map(o => o.status).sort()).toEqual([200, 409]);
      const seat = await knex('overlevering_assignments')
        .where({ handover_id: id, round: 1, role: 'hemithjelp' })
        .first();
      const winner = outcomes[0].status === 200 ? PEOPLE.hanne : PEOPLE.erik;
      expect(seat.decided_by).toBe(winner);
      expect(seat.status).toBe(
        winner === PEOPLE.hanne ? 'approved' : 'rejected',
      );
    });
  });
});
