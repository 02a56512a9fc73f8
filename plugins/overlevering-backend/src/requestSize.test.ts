import request from 'supertest';
import {
  completeDocument,
  PEOPLE,
  SERVICE_REF,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { base, as } from './__testUtils__/requests';

jest.setTimeout(120_000);

// A body larger than the backend reads is refused as too large (413), in
// the request's language; one it reads but the form does not allow stays a
// refused document (400).
describe('request size', () => {
  const databases = createTestDatabases();
  let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;

  beforeAll(async () => {
    backend = await startOverleveringBackend({
      knex: await databases.init('SQLITE_3'),
    });
  });

  afterAll(async () => {
    await backend.stop();
  });

  it('answers 413 with a clear message to a body over 1 MB', async () => {
    const created = await request(backend.server)
      .post(`${base}/handovers`)
      .set(as(PEOPLE.kari))
      .send({ entityRef: SERVICE_REF, document: completeDocument() });
    const url = `${base}/handovers/${created.body.id}/document`;
    const huge = {
      revision: 1,
      document: {
        ...completeDocument(),
        bestilling: { tittel: 'Stor', beskrivelse: 'x'.repeat(1_100_000) },
      },
    };

    const refused = await request(backend.server)
      .put(url)
      .set(as(PEOPLE.kari))
      .send(huge);
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({
      error: {
        name: 'PayloadTooLargeError',
        message: 'Forespørselen er for stor. Den kan være høyst 1 MB.',
      },
      response: { statusCode: 413 },
    });
    const inEnglish = await request(backend.server)
      .put(url)
      .set(as(PEOPLE.kari))
      .set('Accept-Language', 'en')
      .send(huge);
    expect(inEnglish.status).toBe(413);
    expect(inEnglish.body.error.message).toBe(
      'The request is too large. It can be at most 1 MB.',
    );

    // Under the limit but over what the form allows: a refused document.
    const tooLong = await request(backend.server)
      .put(url)
      .set(as(PEOPLE.kari))
      .send({
        revision: 1,
        document: {
          ...completeDocument(),
          bestilling: { tittel: 'Lang', beskrivelse: 'x'.repeat(20_000) },
        },
      });
    expect(tooLong.status).toBe(400);

    const stored = await request(backend.server)
      .get(`${base}/handovers/${created.body.id}`)
      .set(as(PEOPLE.kari));
    expect(stored.body.revision).toBe(1);
  });
});
