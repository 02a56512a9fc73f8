import request from 'supertest';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { base, as } from './__testUtils__/requests';

// An approval carries over to the next round only while the parts of the
// form its role vouches for are as they were when it approved, on every
// database.

jest.setTimeout(180_000);

const approvedDocument = {
  ...completeDocument('PACS'),
  etablering: { servere: 'app01', tilgangsroller: 'Les og skriv' },
  produksjonssetting: { kunnskapsartikler: 'KB-1 Pålogging' },
};

describe('re-approval after an edit', () => {
  const databases = createTestDatabases();

  /**
   * Round 1 with Server ticked: every fixed seat approves, Server rejects.
   * Then the owner saves `edit` of the document and submits again.
   */
  async function resubmitAfter(
    databaseId: Parameters<typeof databases.init>[0],
    edit: (document: typeof approvedDocument) => Record<string, unknown>,
  ) {
    const knex = await databases.init(databaseId);
    const backend = await startOverleveringBackend({ knex });
    try {
      const api = () => request(backend.server);
      const created = await api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ document: approvedDocument })
        .expect(201);
      const url = `${base}/handovers/${created.body.id}`;
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
      const saved = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document: edit(approvedDocument) })
        .expect(200);
      const round2 = await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: saved.body.revision, optionalRoles: ['server'] })
        .expect(201);
      return round2.body.seats.map((seat: { role: string }) => seat.role);
    } finally {
      await backend.stop();
    }
  }

  it.each(databases.eachSupportedId())(
    'asks Hemithjelp again when the service-desk text it approved was rewritten, on %p',
    async databaseId => {
      const asked = await resubmitAfter(databaseId, document => ({
        ...document,
        etablering: { ...document.etablering, servere: 'app01 og db01' },
        produksjonssetting: {
          kunnskapsartikler: 'KB-1 Pålogging, KB-2 Utskrift',
        },
      }));
      expect(asked.sort()).toEqual(['hemithjelp', 'server']);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the approvals when the edit is elsewhere, or only adds empty answers, on %p',
    async databaseId => {
      const asked = await resubmitAfter(databaseId, document => ({
        ...document,
        bestilling: { tittel: 'PACS 2' },
        etablering: { ...document.etablering, servere: 'app01 og db01' },
        produksjonssetting: {
          ...document.produksjonssetting,
          kjenteFeil: [],
          hemithjelpOrientert: {},
        },
      }));
      expect(asked).toEqual(['server']);
    },
  );
});
