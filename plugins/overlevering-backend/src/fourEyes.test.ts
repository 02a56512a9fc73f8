import request from 'supertest';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { base, as } from './__testUtils__/requests';

// An approval belongs to the person who gave it, and the owner of a handover
// approves it herself only where the portal allows it, and then visibly.

jest.setTimeout(180_000);

type Api = () => ReturnType<typeof request>;

/** Opens round 1 of a new handover by Kari; `document` fills the seats. */
async function firstRound(api: Api, document: Record<string, unknown>) {
  const created = await api()
    .post(`${base}/handovers`)
    .set(as(PEOPLE.kari))
    .send({ document })
    .expect(201);
  const url = `${base}/handovers/${created.body.id}`;
  const round = await api()
    .post(`${url}/submit`)
    .set(as(PEOPLE.kari))
    .send({ revision: 1, optionalRoles: [] })
    .expect(201);
  return { url, round: round.body };
}

describe('four eyes and who holds a seat', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'asks the owner, as the new seksjonsleder, instead of carrying Siri’s approval over, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      try {
        const api = () => request(backend.server);
        const { url } = await firstRound(api, completeDocument());
        for (const [person, role] of FIXED_SEAT_HOLDERS) {
          await api()
            .post(`${url}/rounds/1/decisions`)
            .set(as(person))
            .send(
              role === 'hemithjelp'
                ? { role, decision: 'reject', comment: 'Mangler kontaktpunkt' }
                : { role, decision: 'approve' },
            )
            .expect(200);
        }
        // The owner writes herself in as seksjonsleder, and raises a cost.
        const document = completeDocument();
        const saved = await api()
          .put(`${url}/document`)
          .set(as(PEOPLE.kari))
          .send({
            revision: 1,
            document: {
              ...document,
              designfase: {
                ...document.designfase,
                seksjonsleder: PEOPLE.kari,
              },
              driftskostnader: {
                kostnader: [
                  {
                    beskrivelse: 'Lisens',
                    kategori: 'lisens',
                    belop: 999999999,
                    periode: 'aarlig',
                  },
                ],
              },
            },
          })
          .expect(200);
        const round2 = await api()
          .post(`${url}/submit`)
          .set(as(PEOPLE.kari))
          .send({ revision: saved.body.revision, optionalRoles: [] })
          .expect(201);
        const asked = Object.fromEntries(
          round2.body.seats.map((s: { role: string; approver: string }) => [
            s.role,
            s.approver,
          ]),
        );
        expect(asked).toEqual({
          hemithjelp: 'group:default/hemithjelp',
          seksjonsleder: PEOPLE.kari,
        });

        // Development allows it: Kari approves her own seat, and it says so.
        const decided = await api()
          .post(`${url}/rounds/2/decisions`)
          .set(as(PEOPLE.kari))
          .send({ role: 'seksjonsleder', decision: 'approve' })
          .expect(200);
        const seat = decided.body.seats.find(
          (s: { role: string }) => s.role === 'seksjonsleder',
        );
        expect(seat).toMatchObject({
          decidedBy: PEOPLE.kari,
          selfApproved: true,
        });
        const handover = await api().get(url).set(as(PEOPLE.kari)).expect(200);
        const others = handover.body.rounds
          .flatMap((r: { seats: { selfApproved?: boolean }[] }) => r.seats)
          .filter((s: { selfApproved?: boolean }) => s.selfApproved);
        expect(others).toHaveLength(1);
        // Approved; the record says who approved her own seat.
        await api()
          .post(`${url}/rounds/2/decisions`)
          .set(as(PEOPLE.hanne))
          .send({ role: 'hemithjelp', decision: 'approve' })
          .expect(200);
        const exported = await api()
          .get(`${url}/export?format=markdown`)
          .set(as(PEOPLE.kari))
          .set('Accept-Language', 'nb')
          .expect(200);
        expect(exported.text).toContain(
          'Kari Nordmann (leveranseansvarlig selv)',
        );
      } finally {
        await backend.stop();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses, without self-approval, a submit that names the owner in a person seat, naming the field, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({
        knex,
        config: { overlevering: { allowSelfApproval: false } },
      });
      try {
        const api = () => request(backend.server);
        const document = completeDocument();
        const created = await api()
          .post(`${base}/handovers`)
          .set(as(PEOPLE.kari))
          .send({
            document: {
              ...document,
              designfase: { ...document.designfase, fagansvarlig: PEOPLE.kari },
            },
          })
          .expect(201);
        const url = `${base}/handovers/${created.body.id}`;
        const refused = await api()
          .post(`${url}/submit`)
          .set(as(PEOPLE.kari))
          .set('Accept-Language', 'nb')
          .send({ revision: 1, optionalRoles: [] })
          .expect(400);
        expect(JSON.stringify(refused.body)).toContain(
          'designfase.fagansvarlig',
        );
        expect(JSON.stringify(refused.body)).toMatch(/kan ikke være deg selv/);
        const after = await api().get(url).set(as(PEOPLE.kari)).expect(200);
        expect(after.body.status).toBe('draft');
        expect(after.body.rounds).toEqual([]);
      } finally {
        await backend.stop();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses with 409 a decision on content that changed since the page was loaded, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      try {
        const api = () => request(backend.server);
        const { url, round } = await firstRound(api, completeDocument());
        expect(round.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
        const stale = await api()
          .post(`${url}/rounds/1/decisions`)
          .set(as(PEOPLE.hanne))
          .send({
            role: 'hemithjelp',
            decision: 'approve',
            snapshotHash: 'f'.repeat(64),
          })
          .expect(409);
        expect(stale.body.error.message).toMatch(/changed since your page/);
        const seats = await api().get(url).set(as(PEOPLE.hanne)).expect(200);
        expect(
          seats.body.rounds[0].seats.find(
            (s: { role: string }) => s.role === 'hemithjelp',
          ).status,
        ).toBe('pending');
        await api()
          .post(`${url}/rounds/1/decisions`)
          .set(as(PEOPLE.hanne))
          .send({
            role: 'hemithjelp',
            decision: 'approve',
            snapshotHash: round.snapshotHash,
          })
          .expect(200);
      } finally {
        await backend.stop();
      }
    },
  );
});
