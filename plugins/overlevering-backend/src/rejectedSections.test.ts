import request from 'supertest';
import { SECTION_IDS } from '@hemit/overlevering-form-schema';
import { spec } from '@hemit/plugin-overlevering-common';
import {
  completeDocument,
  PEOPLE,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { dumpTables } from './__testUtils__/tableDump';
import { expectMatchesSpec } from './__testUtils__/specChecker';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { base, as } from './__testUtils__/requests';

// A rejection can point at the sections of the form it concerns: stored with
// the seat, shown on the round and in the history, on every database.

jest.setTimeout(180_000);

describe('a rejection that points at sections', () => {
  const databases = createTestDatabases();

  it('offers exactly the sections of the form', () => {
    expect(spec.components.schemas.SectionId.enum).toEqual(SECTION_IDS);
  });

  it.each(databases.eachSupportedId())(
    'is stored with the seat and shown on the round on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      try {
        const api = () => request(backend.server);
        const created = await api()
          .post(`${base}/handovers`)
          .set(as(PEOPLE.kari))
          .send({ document: completeDocument('PACS') });
        const url = `${base}/handovers/${created.body.id}`;
        await api()
          .post(`${url}/submit`)
          .set(as(PEOPLE.kari))
          .send({ revision: 1, optionalRoles: ['server'] })
          .expect(201);
        const decide = (user: string, body: object) =>
          api().post(`${url}/rounds/1/decisions`).set(as(user)).send(body);

        // Refused, and nothing changes: an unknown section, sections with an
        // approval.
        const before = await dumpTables(knex);
        for (const [user, body] of [
          [
            PEOPLE.sara,
            {
              role: 'server',
              decision: 'reject',
              comment: 'Mangler',
              sections: ['etablering', 'drift'],
            },
          ],
          [
            PEOPLE.sara,
            { role: 'server', decision: 'approve', sections: ['etablering'] },
          ],
        ] as const) {
          const refused = await decide(user, body);
          expect(refused.status).toBe(400);
          expectMatchesSpec(refused);
        }
        expect(await dumpTables(knex)).toEqual(before);

        // Named out of order, kept in the form's order.
        const rejected = await decide(PEOPLE.sara, {
          role: 'server',
          decision: 'reject',
          comment: 'Serverne er ikke beskrevet',
          sections: ['produksjonssetting', 'etablering'],
        });
        expect(rejected.status).toBe(200);
        expectMatchesSpec(rejected);
        expect(
          rejected.body.seats.find(
            (s: { role: string }) => s.role === 'server',
          ),
        ).toMatchObject({
          status: 'rejected',
          comment: 'Serverne er ikke beskrevet',
          sections: ['etablering', 'produksjonssetting'],
        });

        // A rejection without sections has none; the owner sees both.
        await decide(PEOPLE.per, {
          role: 'fagansvarlig',
          decision: 'reject',
          comment: 'ROS mangler',
        }).expect(200);
        const handover = await api().get(url).set(as(PEOPLE.kari));
        const seats = handover.body.rounds[0].seats;
        expect(
          seats.find((s: { role: string }) => s.role === 'server'),
        ).toMatchObject({ sections: ['etablering', 'produksjonssetting'] });
        expect(
          seats.find((s: { role: string }) => s.role === 'fagansvarlig'),
        ).not.toHaveProperty('sections');

        const history = await api().get(`${url}/history`).set(as(PEOPLE.kari));
        expect(
          history.body.items.find(
            (e: { type: string; data: { role?: string } }) =>
              e.type === 'decided' && e.data.role === 'server',
          ).data,
        ).toMatchObject({ sections: ['etablering', 'produksjonssetting'] });
      } finally {
        await backend.stop();
      }
    },
  );
});
