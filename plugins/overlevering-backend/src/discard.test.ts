import request from 'supertest';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  SERVICE_REF,
} from '@internal/overlevering-test-backend';
import { startOverleveringBackend } from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { base, as } from './__testUtils__/requests';

jest.setTimeout(180_000);

// The owner gives up a handover: it is kept, with its history, as
// `discarded`; it leaves the lists unless asked for, and nothing more can
// happen to it.
describe('discarding a handover', () => {
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

    async function draft(title: string, owner = PEOPLE.kari) {
      const res = await api()
        .post(`${base}/handovers`)
        .set(as(owner))
        .send({ entityRef: SERVICE_REF, document: completeDocument(title) });
      expect(res.status).toBe(201);
      return `${base}/handovers/${res.body.id}`;
    }

    async function submit(url: string) {
      const res = await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] });
      expect(res.status).toBe(201);
    }

    const mine = async (query = '') =>
      (
        await api()
          .get(`${base}/handovers?owner=me${query}`)
          .set(as(PEOPLE.kari))
      ).body.items.map((h: { title: string }) => h.title);

    it('keeps a discarded draft with its history, out of the lists unless asked for', async () => {
      const url = await draft('Gis opp');
      await draft('Beholdes');

      const discarded = await api().post(`${url}/discard`).set(as(PEOPLE.kari));
      expect(discarded.status).toBe(200);
      expect(discarded.body).toMatchObject({
        status: 'discarded',
        title: 'Gis opp',
        revision: 1,
      });

      // Still there to read, with what happened to it.
      const read = await api().get(url).set(as(PEOPLE.kari));
      expect(read.status).toBe(200);
      expect(read.body.status).toBe('discarded');
      const history = await api().get(`${url}/history`).set(as(PEOPLE.kari));
      expect(history.body.items.map((e: { type: string }) => e.type)).toEqual([
        'created',
        'discarded',
      ]);
      expect(history.body.items[1].actor).toBe(PEOPLE.kari);

      // Not in "Mine overleveringer" or the service's list by default...
      expect(await mine()).toEqual(['Beholdes']);
      const forService = await api()
        .get(`${base}/handovers?entityRef=${encodeURIComponent(SERVICE_REF)}`)
        .set(as(PEOPLE.kari));
      expect(forService.body.items.map((h: any) => h.title)).not.toContain(
        'Gis opp',
      );
      // ...but the status filter shows it.
      expect(await mine('&status=discarded')).toEqual(['Gis opp']);

      // Open pages hear of it.
      await backend.delivered();
      expect(backend.signals.publish).toHaveBeenCalledWith(
        expect.objectContaining({
          channel: `overlevering:handover:${discarded.body.id}`,
          message: expect.objectContaining({
            type: 'discarded',
            status: 'discarded',
          }),
        }),
      );
    });

    it('refuses to edit, submit or discard again what is discarded, and changes nothing', async () => {
      const url = await draft('Ferdig med');
      expect(
        (await api().post(`${url}/discard`).set(as(PEOPLE.kari))).status,
      ).toBe(200);

      const save = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document: completeDocument('Likevel') });
      expect(save.status).toBe(409);
      expect(save.body.error.message).toMatch(/discarded/);
      const submitted = await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] });
      expect(submitted.status).toBe(409);
      expect(submitted.body.error.message).toMatch(/discarded/);
      const again = await api().post(`${url}/discard`).set(as(PEOPLE.kari));
      expect(again.status).toBe(409);

      const after = await api().get(url).set(as(PEOPLE.kari));
      expect(after.body).toMatchObject({
        status: 'discarded',
        revision: 1,
        title: 'Ferdig med',
        rounds: [],
      });
      const history = await api().get(`${url}/history`).set(as(PEOPLE.kari));
      expect(history.body.items).toHaveLength(2);
    });

    it('lets only the owner discard', async () => {
      const url = await draft('Karis');
      for (const other of [PEOPLE.ola, PEOPLE.eva]) {
        const res = await api().post(`${url}/discard`).set(as(other));
        expect(res.status).toBe(403);
      }
      const res = await api().post(`${url}/discard`).set(as(PEOPLE.kari));
      expect(res.status).toBe(200);
    });

    it('refuses while a round is open and once approved, and allows it after a rejection', async () => {
      const inReview = await draft('Til godkjenning');
      await submit(inReview);
      const open = await api().post(`${inReview}/discard`).set(as(PEOPLE.kari));
      expect(open.status).toBe(409);
      expect((await api().get(inReview).set(as(PEOPLE.kari))).body.status).toBe(
        'in_review',
      );

      const approved = await draft('Godkjent');
      await submit(approved);
      for (const [person, role] of FIXED_SEAT_HOLDERS) {
        const res = await api()
          .post(`${approved}/rounds/1/decisions`)
          .set(as(person))
          .send({ role, decision: 'approve' });
        expect(res.status).toBe(200);
      }
      const final = await api()
        .post(`${approved}/discard`)
        .set(as(PEOPLE.kari));
      expect(final.status).toBe(409);
      expect((await api().get(approved).set(as(PEOPLE.kari))).body.status).toBe(
        'approved',
      );

      // A rejected handover is back with its owner, who may give it up.
      const rejected = await draft('Avslått');
      await submit(rejected);
      for (const [person, role] of FIXED_SEAT_HOLDERS) {
        const res = await api()
          .post(`${rejected}/rounds/1/decisions`)
          .set(as(person))
          .send(
            role === 'hemithjelp'
              ? { role, decision: 'reject', comment: 'Mangler ROS' }
              : { role, decision: 'approve' },
          );
        expect(res.status).toBe(200);
      }
      expect((await api().get(rejected).set(as(PEOPLE.kari))).body.status).toBe(
        'rejected',
      );
      const gaveUp = await api()
        .post(`${rejected}/discard`)
        .set(as(PEOPLE.kari));
      expect(gaveUp.status).toBe(200);
      expect(gaveUp.body.status).toBe('discarded');
      // Its rounds stay as they were.
      expect(gaveUp.body.rounds.map((r: any) => r.status)).toEqual([
        'rejected',
      ]);
    });

    it('lets one of two racing discards win, and records it once', async () => {
      const url = await draft('To faner');
      const answers = await Promise.all([
        api().post(`${url}/discard`).set(as(PEOPLE.kari)),
        api().post(`${url}/discard`).set(as(PEOPLE.kari)),
      ]);
      expect(answers.map(a => a.status).sort()).toEqual([200, 409]);
      const history = await api().get(`${url}/history`).set(as(PEOPLE.kari));
      expect(
        history.body.items.filter((e: any) => e.type === 'discarded'),
      ).toHaveLength(1);
    });
  });
});
