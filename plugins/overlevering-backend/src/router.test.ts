import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  completeDocument,
  PEOPLE,
  SERVICE_REF,
} from '@internal/overlevering-test-backend';
import { expectMatchesSpec, requestOf } from './__testUtils__/specChecker';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { startOverleveringBackend } from '@internal/overlevering-test-backend';
import { base, as } from './__testUtils__/requests';

jest.setTimeout(180_000);

// Real requests to every route, successes and refusals, each answer checked
// against the OpenAPI document; and bodies the document forbids are refused.
describe('the API and its OpenAPI document', () => {
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

  it('answers every route as the document says', async () => {
    const api = () => request(backend.server);
    const check = async (pending: request.Test, status: number) => {
      const res = await pending;
      expect({ status: res.status, body: res.body }).toMatchObject({ status });
      expectMatchesSpec(res);
      return res;
    };

    await check(
      api()
        .get(`${base}/health`)
        .set({ Authorization: mockCredentials.none.header() }),
      200,
    );
    await check(api().get(`${base}/form?locale=en`).set(as(PEOPLE.kari)), 200);
    const created = await check(
      api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ entityRef: SERVICE_REF, document: completeDocument() }),
      201,
    );
    const url = `${base}/handovers/${created.body.id}`;
    await check(api().get(url).set(as(PEOPLE.kari)), 200);
    await check(api().get(`${base}/handovers/nope`).set(as(PEOPLE.kari)), 404);
    await check(
      api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document: completeDocument('Ny') }),
      200,
    );
    await check(
      api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document: completeDocument('Gammel') }),
      409,
    );
    await check(
      api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 2, optionalRoles: ['nettverk'], message: 'Klar' }),
      201,
    );
    await check(
      api().get(`${base}/approvals?status=pending`).set(as(PEOPLE.nils)),
      200,
    );
    const count = await check(
      api().get(`${base}/approvals/count`).set(as(PEOPLE.nils)),
      200,
    );
    expect(count.body).toEqual({ pending: 1 });
    // Each person has one key for their browser's sealed unsaved edits:
    // the same every time, another person's differs, and nothing caches it.
    const karisKey = await check(
      api().get(`${base}/me/draft-key`).set(as(PEOPLE.kari)),
      200,
    );
    expect(Buffer.from(karisKey.body.key, 'base64')).toHaveLength(32);
    expect(karisKey.headers['cache-control']).toBe('no-store');
    const again = await api().get(`${base}/me/draft-key`).set(as(PEOPLE.kari));
    expect(again.body.key).toBe(karisKey.body.key);
    const olasKey = await api().get(`${base}/me/draft-key`).set(as(PEOPLE.ola));
    expect(olasKey.body.key).not.toBe(karisKey.body.key);
    await check(
      api()
        .get(`${base}/me/draft-key`)
        .set({ Authorization: mockCredentials.none.header() }),
      401,
    );
    await check(
      api()
        .post(`${url}/rounds/1/decisions`)
        .set(as(PEOPLE.nils))
        .send({ role: 'nettverk', decision: 'reject', comment: 'Brannmur' }),
      200,
    );
    await check(
      api()
        .post(`${url}/rounds/1/decisions`)
        .set(as(PEOPLE.eva))
        .send({ role: 'hemithjelp', decision: 'approve' }),
      403,
    );
    const snapshot = await check(
      api().get(`${url}/rounds/1/snapshot`).set(as(PEOPLE.nils)),
      200,
    );
    expect(snapshot.body).toMatchObject({ round: 1, revision: 2 });
    expect(snapshot.body.document.bestilling.tittel).toBe('Ny');
    await check(
      api().get(`${url}/rounds/2/snapshot`).set(as(PEOPLE.nils)),
      404,
    );
    await check(api().post(`${url}/withdraw`).set(as(PEOPLE.kari)), 200);
    await check(api().get(`${url}/history`).set(as(PEOPLE.kari)), 200);
    await check(
      api()
        .put(`${url}/owner`)
        .set(as(PEOPLE.kari))
        .send({ owner: 'user:default/finnes.ikke' }),
      400,
    );
    await check(
      api()
        .put(`${url}/owner`)
        .set(as(PEOPLE.kari))
        .send({ owner: PEOPLE.ola }),
      200,
    );
    const other = await check(
      api().post(`${base}/handovers`).set(as(PEOPLE.kari)).send({}),
      201,
    );
    const third = await check(
      api().post(`${base}/handovers`).set(as(PEOPLE.kari)).send({}),
      201,
    );
    await check(
      api()
        .post(`${base}/handovers/${third.body.id}/discard`)
        .set(as(PEOPLE.eva)),
      403,
    );
    const discarded = await check(
      api()
        .post(`${base}/handovers/${third.body.id}/discard`)
        .set(as(PEOPLE.kari)),
      200,
    );
    expect(discarded.body.status).toBe('discarded');
    await check(
      api()
        .post(`${base}/handovers/${third.body.id}/discard`)
        .set(as(PEOPLE.kari)),
      409,
    );
    await check(
      api()
        .get(`${base}/handovers?owner=me&status=discarded`)
        .set(as(PEOPLE.kari)),
      200,
    );
    await check(
      api().delete(`${base}/handovers/${other.body.id}`).set(as(PEOPLE.kari)),
      204,
    );
    await check(
      api().get(`${url}/export?format=markdown&round=1`).set(as(PEOPLE.ola)),
      200,
    );
    const page = await check(
      api().get(`${base}/handovers?owner=me&limit=1`).set(as(PEOPLE.ola)),
      200,
    );
    expect(page.body.items).toHaveLength(1);
    await check(api().get(`${base}/handovers?q=Ny`).set(as(PEOPLE.eva)), 200);
    // A client that sends every filter, most of them empty, as api.md shows.
    await check(
      api()
        .get(`${base}/handovers?owner=me&entityRef=&status=&q=&limit=&cursor=`)
        .set(as(PEOPLE.ola)),
      200,
    );
    await check(
      api()
        .get(`${base}/handovers`)
        .set({ Authorization: mockCredentials.none.header() }),
      401,
    );
  });

  it('refuses bodies and parameters the document forbids, before any change', async () => {
    const api = () => request(backend.server);
    const created = await api()
      .post(`${base}/handovers`)
      .set(as(PEOPLE.kari))
      .send({});
    const url = `${base}/handovers/${created.body.id}`;
    const refusals = [
      api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ owner: PEOPLE.eva }),
      api().put(`${url}/document`).set(as(PEOPLE.kari)).send({ document: {} }),
      api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: '1', document: {} }),
      api().post(`${url}/submit`).set(as(PEOPLE.kari)).send({ revision: 1 }),
      api()
        .post(`${url}/rounds/1/decisions`)
        .set(as(PEOPLE.kari))
        .send({ role: 'hemithjelp', decision: 'maybe' }),
      api()
        .post(`${url}/rounds/x/decisions`)
        .set(as(PEOPLE.kari))
        .send({ role: 'a', decision: 'approve' }),
      api().get(`${base}/handovers?limit=abc`).set(as(PEOPLE.kari)),
      api().get(`${base}/handovers?status=lost`).set(as(PEOPLE.kari)),
      api().get(`${base}/handovers?cursor=garbage`).set(as(PEOPLE.kari)),
      api().get(`${url}/export?format=pdf`).set(as(PEOPLE.kari)),
    ];
    for (const pending of refusals) {
      const res = await pending;
      expect({ url: requestOf(res).path, status: res.status }).toEqual({
        url: requestOf(res).path,
        status: 400,
      });
      expectMatchesSpec(res);
    }
    const unchanged = await api().get(url).set(as(PEOPLE.kari));
    expect(unchanged.body).toMatchObject({ revision: 1, owner: PEOPLE.kari });
  });
});
