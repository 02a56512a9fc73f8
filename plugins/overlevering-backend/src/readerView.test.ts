import request from 'supertest';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  SERVICE_REF,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { base, as } from './__testUtils__/requests';

jest.setTimeout(180_000);

// What people read off a handover besides the document: a history without
// saves that changed nothing, the inbox with the planned go-live date, and
// how many seats approved a handover.
describe('what readers see', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;
    const api = () => request(backend.server);

    beforeAll(async () => {
      backend = await startOverleveringBackend({
        knex: await databases.init(databaseId),
      });
    });

    afterAll(async () => {
      await backend.stop();
    });

    async function create(document: Record<string, unknown>) {
      const created = await api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ entityRef: SERVICE_REF, document });
      expect(created.status).toBe(201);
      return `${base}/handovers/${created.body.id}`;
    }

    async function eventTypes(url: string) {
      const history = await api().get(`${url}/history`).set(as(PEOPLE.kari));
      return history.body.items.map((e: { type: string }) => e.type);
    }

    it('keeps a save that changes nothing out of the revisions and the history', async () => {
      const document = completeDocument('Uendret');
      const url = await create(document);
      await backend.delivered();
      const published = backend.signals.publish.mock.calls.length;

      // Opening sections writes empty values the user never gave.
      const looked = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({
          revision: 1,
          document: {
            ...document,
            bestilling: { ...document.bestilling, beskrivelse: '' },
            etablering: {},
            driftskostnader: { kostnader: [] },
          },
        });
      expect(looked.status).toBe(200);
      expect(looked.body.revision).toBe(1);
      const same = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document });
      expect(same.body.revision).toBe(1);
      expect(await eventTypes(url)).toEqual(['created']);
      // Nobody's page reloads for it.
      await backend.delivered();
      expect(backend.signals.publish.mock.calls.length).toBe(published);

      // A real change is one revision and one event naming its section.
      const changed = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({
          revision: 1,
          document: { ...document, etablering: { servere: 'app01' } },
        });
      expect(changed.body.revision).toBe(2);
      const history = await api().get(`${url}/history`).set(as(PEOPLE.kari));
      expect(
        history.body.items.map((e: any) => [e.type, e.data.sections]),
      ).toEqual([
        ['created', undefined],
        ['saved', ['etablering']],
      ]);

      // Sending the old document again on the old revision is still refused.
      const stale = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toContain('current revision is 2');
    });

    it('gives the inbox the planned go-live date and when the round opened', async () => {
      const document = completeDocument('Med dato');
      const url = await create({
        ...document,
        bestilling: {
          ...document.bestilling,
          planlagtProduksjonsdato: '2026-12-15',
        },
      });
      const before = new Date().toISOString();
      const submitted = await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] });
      expect(submitted.status).toBe(201);
      const noDate = await create(completeDocument('Uten dato'));
      await api()
        .post(`${noDate}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] });

      const inbox = await api().get(`${base}/approvals`).set(as(PEOPLE.per));
      const mine = (title: string) =>
        inbox.body.items.find((i: any) => i.handover.title === title);
      expect(mine('Med dato')).toMatchObject({
        plannedDate: '2026-12-15',
        submittedAt: submitted.body.submittedAt,
        handover: { owner: PEOPLE.kari, entityRef: SERVICE_REF },
      });
      expect(mine('Med dato').submittedAt >= before).toBe(true);
      expect(mine('Uten dato')).toBeDefined();
      expect(mine('Uten dato').plannedDate).toBeUndefined();
    });

    it('says how many seats approved an approved handover, across its rounds', async () => {
      const url = await create(completeDocument('Godkjent over to runder'));
      await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: ['server'] });
      const decide = (
        round: number,
        person: string,
        role: string,
        reject = false,
      ) =>
        api()
          .post(`${url}/rounds/${round}/decisions`)
          .set(as(person))
          .send(
            reject
              ? { role, decision: 'reject', comment: 'Mangler servere' }
              : { role, decision: 'approve' },
          );
      for (const [person, role] of FIXED_SEAT_HOLDERS) {
        expect((await decide(1, person, role)).status).toBe(200);
      }
      expect((await decide(1, PEOPLE.sara, 'server', true)).status).toBe(200);
      const rejected = await api().get(url).set(as(PEOPLE.kari));
      expect(rejected.body.status).toBe('rejected');
      expect(rejected.body.approvedSeats).toBeUndefined();
      await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: ['server'] });
      expect((await decide(2, PEOPLE.sara, 'server')).status).toBe(200);

      const approved = await api().get(url).set(as(PEOPLE.kari));
      expect(approved.body).toMatchObject({
        status: 'approved',
        approvedSeats: 7,
      });
      // The last round asked only Server; the lists count every seat too.
      expect(approved.body.currentRound).toMatchObject({ approved: 1 });
      const list = await api()
        .get(`${base}/handovers?owner=me&status=approved`)
        .set(as(PEOPLE.kari));
      const listed = list.body.items.find(
        (h: any) => h.title === 'Godkjent over to runder',
      );
      expect(listed).toMatchObject({ status: 'approved', approvedSeats: 7 });
    });
  });
});
