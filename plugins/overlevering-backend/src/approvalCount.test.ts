import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { completeDocument, PEOPLE } from '@internal/overlevering-test-backend';
import { startOverleveringBackend } from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { base, as } from './__testUtils__/requests';

jest.setTimeout(180_000);

// The number on the approvals badge: the seats the inbox lists.
describe('the count of waiting approvals', () => {
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

    const countFor = async (person: string) => {
      const res = await api().get(`${base}/approvals/count`).set(as(person));
      expect(res.status).toBe(200);
      return res.body.pending;
    };
    const inboxFor = async (person: string) => {
      const res = await api()
        .get(`${base}/approvals?status=pending`)
        .set(as(person));
      return res.body.items.length;
    };

    it('counts the seats waiting for the person and their groups, as the inbox lists them', async () => {
      expect(await countFor(PEOPLE.erik)).toBe(0);

      const send = async (title: string, optionalRoles: string[]) => {
        const created = await api()
          .post(`${base}/handovers`)
          .set(as(PEOPLE.kari))
          .send({ document: completeDocument(title) });
        const url = `${base}/handovers/${created.body.id}`;
        await api()
          .post(`${url}/submit`)
          .set(as(PEOPLE.kari))
          .send({ revision: 1, optionalRoles });
        return url;
      };
      const first = await send('En', ['server']);
      await send('To', []);

      // Erik is in both the server and the hemithjelp group: three seats.
      expect(await countFor(PEOPLE.erik)).toBe(3);
      expect(await inboxFor(PEOPLE.erik)).toBe(3);
      // Per is fagansvarlig of both.
      expect(await countFor(PEOPLE.per)).toBe(2);
      expect(await countFor(PEOPLE.eva)).toBe(0);

      // A decided seat no longer waits, for anyone in the group.
      await api()
        .post(`${first}/rounds/1/decisions`)
        .set(as(PEOPLE.hanne))
        .send({ role: 'hemithjelp', decision: 'approve' });
      expect(await countFor(PEOPLE.erik)).toBe(2);
      // A withdrawn round no longer waits either.
      await api().post(`${first}/withdraw`).set(as(PEOPLE.kari));
      expect(await countFor(PEOPLE.erik)).toBe(1);
      expect(await countFor(PEOPLE.per)).toBe(1);
      expect(await inboxFor(PEOPLE.per)).toBe(1);
    });

    it('needs a signed-in user', async () => {
      const res = await api()
        .get(`${base}/approvals/count`)
        .set({ Authorization: mockCredentials.none.header() });
      expect(res.status).toBe(401);
    });
  });
});
