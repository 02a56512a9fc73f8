import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  handoverCreatePermission,
  RESOURCE_TYPE_OVERLEVERING_HANDOVER,
} from '@hemit/plugin-overlevering-common';
import request from 'supertest';
import { completeDocument, PEOPLE } from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { startOverleveringBackend } from '@internal/overlevering-test-backend';

jest.setTimeout(180_000);

const base = '/api/overlevering';

type Actor =
  | 'owner'
  | 'seat holder'
  | 'group member'
  | 'other user'
  | 'service'
  | 'anonymous';

const headerOf: Record<Actor, () => string> = {
  owner: () => mockCredentials.user.header(PEOPLE.kari),
  // Ola holds the user seat Tjenesteutvikler.
  'seat holder': () => mockCredentials.user.header(PEOPLE.ola),
  // Hanne is a member of Hemithjelp, which holds a group seat.
  'group member': () => mockCredentials.user.header(PEOPLE.hanne),
  'other user': () => mockCredentials.user.header(PEOPLE.eva),
  service: () => mockCredentials.service.header(),
  anonymous: () => mockCredentials.none.header(),
};

/** The seat each actor tries to decide. */
const seatOf: Record<Actor, string> = {
  owner: 'hemithjelp',
  'seat holder': 'tjenesteutvikler',
  'group member': 'hemithjelp',
  'other user': 'hemithjelp',
  service: 'hemithjelp',
  anonymous: 'hemithjelp',
};

interface Route {
  name: string;
  /** Whether the route needs an open round to act on. */
  submitted?: boolean;
  call: (
    api: () => request.SuperTest<request.Test>,
    url: string,
    actor: Actor,
  ) => request.Test;
  expected: Record<Actor, number>;
}

const readers = {
  owner: 200,
  'seat holder': 200,
  'group member': 200,
  'other user': 200,
  service: 403,
  anonymous: 401,
};
const ownerOnly = (ok: number) => ({
  owner: ok,
  'seat holder': 403,
  'group member': 403,
  'other user': 403,
  service: 403,
  anonymous: 401,
});

const routes: Route[] = [
  {
    name: 'GET /form',
    call: api => api().get(`${base}/form`),
    expected: { ...readers, service: 200 },
  },
  {
    name: 'GET /handovers',
    call: api => api().get(`${base}/handovers`),
    expected: readers,
  },
  {
    name: 'POST /handovers',
    call: api => api().post(`${base}/handovers`).send({}),
    expected: {
      ...readers,
      owner: 201,
      'seat holder': 201,
      'group member': 201,
      'other user': 201,
    },
  },
  {
    name: 'GET /handovers/:id',
    call: (api, url) => api().get(url),
    expected: readers,
  },
  {
    name: 'DELETE /handovers/:id',
    call: (api, url) => api().delete(url),
    expected: ownerOnly(204),
  },
  {
    name: 'PUT /handovers/:id/owner',
    call: (api, url) => api().put(`${url}/owner`).send({ owner: PEOPLE.ola }),
    expected: ownerOnly(200),
  },
  {
    name: 'PUT /handovers/:id/document',
    call: (api, url) =>
      api()
        .put(`${url}/document`)
        .send({ revision: 1, document: completeDocument('Endret') }),
    expected: ownerOnly(200),
  },
  {
    name: 'POST /handovers/:id/submit',
    call: (api, url) =>
      api().post(`${url}/submit`).send({ revision: 1, optionalRoles: [] }),
    expected: ownerOnly(201),
  },
  {
    name: 'POST /handovers/:id/withdraw',
    submitted: true,
    call: (api, url) => api().post(`${url}/withdraw`),
    expected: ownerOnly(200),
  },
  {
    name: 'POST /handovers/:id/discard',
    call: (api, url) => api().post(`${url}/discard`),
    expected: ownerOnly(200),
  },
  {
    name: 'POST /handovers/:id/rounds/1/decisions',
    submitted: true,
    call: (api, url, actor) =>
      api()
        .post(`${url}/rounds/1/decisions`)
        .send({ role: seatOf[actor], decision: 'approve' }),
    expected: {
      owner: 403,
      'seat holder': 200,
      'group member': 200,
      'other user': 403,
      service: 403,
      anonymous: 401,
    },
  },
  {
    name: 'GET /handovers/:id/rounds/1/snapshot',
    submitted: true,
    call: (api, url) => api().get(`${url}/rounds/1/snapshot`),
    expected: readers,
  },
  {
    name: 'GET /handovers/:id/history',
    call: (api, url) => api().get(`${url}/history`),
    expected: readers,
  },
  {
    name: 'GET /handovers/:id/audit',
    call: (api, url) => api().get(`${url}/audit`),
    expected: readers,
  },
  {
    name: 'GET /handovers/:id/export',
    call: (api, url) => api().get(`${url}/export?format=markdown`),
    expected: readers,
  },
  {
    name: 'GET /approvals',
    call: api => api().get(`${base}/approvals`),
    expected: readers,
  },
  {
    name: 'GET /approvals/count',
    call: api => api().get(`${base}/approvals/count`),
    expected: readers,
  },
];

const actors = Object.keys(headerOf) as Actor[];

describe('authorization', () => {
  const databases = createTestDatabases();

  describe('without a permission policy (the user guide default)', () => {
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;

    beforeAll(async () => {
      backend = await startOverleveringBackend({
        knex: await databases.init('SQLITE_3'),
      });
    });

    afterAll(() => backend.stop());

    async function handover(submitted: boolean) {
      const api = () => request(backend.server);
      const owner = { Authorization: headerOf.owner() };
      const created = await api()
        .post(`${base}/handovers`)
        .set(owner)
        .send({ document: completeDocument() });
      const url = `${base}/handovers/${created.body.id}`;
      if (submitted) {
        const res = await api()
          .post(`${url}/submit`)
          .set(owner)
          .send({ revision: 1, optionalRoles: [] });
        expect(res.status).toBe(201);
      }
      return url;
    }

    describe.each(routes.map(r => [r.name, r] as const))('%s', (_, route) => {
      it.each(actors)('as %s', async actor => {
        const url = await handover(route.submitted ?? false);
        const res = await route
          .call(() => request(backend.server) as any, url, actor)
          .set({ Authorization: headerOf[actor]() });
        expect(res.status).toBe(route.expected[actor]);
      });
    });
  });

  describe('with a policy that lets only owners and seat holders see a handover', () => {
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;

    beforeAll(async () => {
      const claimsOf = (credentials: any): string[] => {
        const ref = credentials.principal.userEntityRef;
        return ref === PEOPLE.hanne ? [ref, 'group:default/hemithjelp'] : [ref];
      };
      const permissions = mockServices.permissions.mock({
        authorize: async (requests, options) =>
          requests.map(r => ({
            result:
              r.permission.name === handoverCreatePermission.name &&
              (options.credentials as any).principal.userEntityRef ===
                PEOPLE.eva
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          })),
        authorizeConditional: async (requests, options) =>
          requests.map(
            (): PolicyDecision => ({
              result: AuthorizeResult.CONDITIONAL,
              pluginId: 'overlevering',
              resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
              conditions: {
                anyOf: [
                  {
                    rule: 'IS_HANDOVER_OWNER',
                    resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
                    params: { claims: claimsOf(options.credentials) },
                  },
                  {
                    rule: 'IS_HANDOVER_SEAT_HOLDER',
                    resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
                    params: { claims: claimsOf(options.credentials) },
                  },
                ],
              },
            }),
          ) as any,
      });
      backend = await startOverleveringBackend({
        knex: await databases.init('SQLITE_3'),
        permissions,
      });
    });

    afterAll(() => backend.stop());

    it('hides the handover from others, in reads and in lists, and refuses create where denied', async () => {
      const api = () => request(backend.server);
      const as = (user: string) => ({
        Authorization: mockCredentials.user.header(user),
      });
      const created = await api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ document: completeDocument('Hemmelig') });
      expect(created.status).toBe(201);
      const url = `${base}/handovers/${created.body.id}`;
      await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] });

      expect((await api().get(url).set(as(PEOPLE.kari))).status).toBe(200);
      expect((await api().get(url).set(as(PEOPLE.ola))).status).toBe(200);
      expect((await api().get(url).set(as(PEOPLE.hanne))).status).toBe(200);
      // Eva neither owns nor holds a seat: the handover looks absent.
      expect((await api().get(url).set(as(PEOPLE.eva))).status).toBe(404);
      expect(
        (await api().get(`${url}/history`).set(as(PEOPLE.eva))).status,
      ).toBe(404);

      const listed = async (user: string) =>
        (await api().get(`${base}/handovers`).set(as(user))).body.items.map(
          (h: any) => h.id,
        );
      expect(await listed(PEOPLE.ola)).toEqual([created.body.id]);
      expect(await listed(PEOPLE.hanne)).toEqual([created.body.id]);
      expect(await listed(PEOPLE.eva)).toEqual([]);

      const denied = await api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.eva))
        .send({});
      expect(denied.status).toBe(403);
    });
  });
});
