import { mockCredentials } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/types';
import request from 'supertest';
import {
  PEOPLE,
  SERVICE_REF,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(180_000);

const base = '/api/overlevering';
const asKari = { Authorization: mockCredentials.user.header(PEOPLE.kari) };

// A handover is for a service: an entity of the kinds a service can be
// (Component and System unless configured), never a person or a group.
describe('what a handover can be for', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    async function start(config: JsonObject = {}) {
      return startOverleveringBackend({
        knex: await databases.init(databaseId),
        config,
      });
    }

    it('takes a component and refuses a person or a group, naming the kinds it takes', async () => {
      const backend = await start();
      try {
        const api = request(backend.server);
        const create = (entityRef: string) =>
          api.post(`${base}/handovers`).set(asKari).send({ entityRef });

        expect((await create(SERVICE_REF)).status).toBe(201);
        for (const ref of [PEOPLE.ola, 'group:default/hemithjelp']) {
          const refused = await create(ref);
          expect(refused.status).toBe(400);
          expect(refused.body.error.message).toBe(
            `entityRef: a handover is for a service, an entity of kind Component, System; ${ref} is of kind ${
              ref.startsWith('user') ? 'user' : 'group'
            }`,
          );
        }
        const kindless = await create('pasientflyt');
        expect(kindless.status).toBe(400);
        expect(kindless.body.error.message).toContain('Component, System');

        const listed = await api.get(`${base}/handovers?owner=me`).set(asKari);
        expect(listed.body.items.map((h: any) => h.entityRef)).toEqual([
          SERVICE_REF,
        ]);

        const form = await api.get(`${base}/form`).set(asKari);
        expect(form.body.serviceKinds).toEqual(['Component', 'System']);
      } finally {
        await backend.stop();
      }
    });

    it('takes the kinds overlevering.serviceKinds names instead', async () => {
      const backend = await start({
        overlevering: { serviceKinds: ['System'] },
      });
      try {
        const api = request(backend.server);
        const refused = await api
          .post(`${base}/handovers`)
          .set(asKari)
          .send({ entityRef: SERVICE_REF });
        expect(refused.status).toBe(400);
        expect(refused.body.error.message).toContain(
          'an entity of kind System;',
        );
        const form = await api.get(`${base}/form`).set(asKari);
        expect(form.body.serviceKinds).toEqual(['System']);
      } finally {
        await backend.stop();
      }
    });
  });
});
