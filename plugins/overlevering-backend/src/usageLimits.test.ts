import type { JsonObject } from '@backstage/types';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  completeDocument,
  PEOPLE,
  SERVICE_REF,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { base, as } from './__testUtils__/requests';

jest.setTimeout(180_000);

// One person cannot fill the database: saves and new handovers are limited
// per person, the count is shared by every replica, and a refusal says in
// the person's language when to try again.
describe('usage limits', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    const backends: Awaited<ReturnType<typeof startOverleveringBackend>>[] = [];

    async function start(limits: JsonObject) {
      const backend = await startOverleveringBackend({
        knex,
        config: { overlevering: { limits } },
      });
      backends.push(backend);
      return request(backend.server);
    }

    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    afterEach(async () => {
      await Promise.all(backends.splice(0).map(b => b.stop()));
    });

    async function create(api: ReturnType<typeof request>, user = PEOPLE.kari) {
      return api
        .post(`${base}/handovers`)
        .set(as(user))
        .send({ entityRef: SERVICE_REF, document: completeDocument() });
    }

    it('refuses the save after the burst with 429 and Retry-After, stores nothing of it, and takes it once the time has passed', async () => {
      const api = await start({
        saves: { count: 60, per: '1 minute', burst: 3 },
      });
      const created = await create(api);
      const { id } = created.body;
      let revision = created.body.revision;
      const save = (title: string, language = 'nb') =>
        api
          .put(`${base}/handovers/${id}/document`)
          .set(as(PEOPLE.kari))
          .set('Accept-Language', language)
          .send({ revision, document: completeDocument(title) });

      for (let n = 1; n <= 3; n++) {
        const saved = await save(`Tittel ${n}`);
        expect(saved.status).toBe(200);
        revision = saved.body.revision;
      }
      const refused = await save('For mye');
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.body.error).toMatchObject({
        name: 'TooManyRequestsError',
        message:
          'Du har lagret svært mange ganger på kort tid. Prøv igjen om 1 sekund.',
      });
      const inEnglish = await save('Too much', 'en');
      expect(inEnglish.status).toBe(429);
      expect(inEnglish.body.error.message).toBe(
        'You have saved very many times in a short while. Try again in 1 second.',
      );
      const stored = await api
        .get(`${base}/handovers/${id}`)
        .set(as(PEOPLE.kari));
      expect(stored.body.revision).toBe(revision);
      expect(stored.body.title).toBe('Tittel 3');

      // Another person has an allowance of their own.
      const other = await create(api, PEOPLE.ola);
      const theirs = await api
        .put(`${base}/handovers/${other.body.id}/document`)
        .set(as(PEOPLE.ola))
        .send({ revision: 1, document: completeDocument('Ola sin') });
      expect(theirs.status).toBe(200);

      await new Promise(resolve => setTimeout(resolve, 1100));
      const later = await save('Senere');
      expect(later.status).toBe(200);
    });

    it('refuses new handovers after the burst, saying in minutes when to try again', async () => {
      const api = await start({
        creates: { count: 30, per: '1 hour', burst: 2 },
      });
      expect((await create(api)).status).toBe(201);
      expect((await create(api)).status).toBe(201);
      const refused = await api
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .set('Accept-Language', 'en')
        .send({ entityRef: SERVICE_REF, document: completeDocument() });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(115);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(120);
      expect(refused.body.error.message).toBe(
        'You have created many handovers in a short while. Try again in 2 minutes.',
      );
      const listed = await api
        .get(`${base}/handovers?owner=me`)
        .set(as(PEOPLE.kari));
      expect(listed.body.items).toHaveLength(2);
    });

    it('holds the limit across replicas on one database, even for requests at the same moment', async () => {
      const limits = { creates: { count: 30, per: '1 hour', burst: 5 } };
      const replicas = [await start(limits), await start(limits)];
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, (_, i) => create(replicas[i % 2])),
      );
      const statuses = outcomes.map(o => o.status).sort();
      expect(statuses.filter(s => s === 201)).toHaveLength(5);
      expect(statuses.filter(s => s === 429)).toHaveLength(7);
    });

    it('limits by default to a burst of twenty saves and ten new handovers', async () => {
      const api = await start({});
      const created = await create(api);
      let revision = created.body.revision;
      const started = Date.now();
      let accepted = 0;
      let refusal = 0;
      for (let n = 1; n <= 60 && refusal === 0; n++) {
        const saved = await api
          .put(`${base}/handovers/${created.body.id}/document`)
          .set(as(PEOPLE.kari))
          .send({ revision, document: completeDocument(`Tittel ${n}`) });
        if (saved.status === 200) {
          accepted += 1;
          revision = saved.body.revision;
        } else {
          refusal = saved.status;
        }
      }
      // Twenty at once, and one more for each second the saves took.
      const seconds = Math.ceil((Date.now() - started) / 1000);
      expect(refusal).toBe(429);
      expect(accepted).toBeGreaterThanOrEqual(20);
      expect(accepted).toBeLessThanOrEqual(20 + seconds);

      // Ten new handovers, the first of them made above.
      const creates: number[] = [];
      for (let n = 2; n <= 10; n++) creates.push((await create(api)).status);
      expect(creates).toEqual(Array(9).fill(201));
      expect((await create(api)).status).toBe(429);
    });
  });
});
