import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  SERVICE_REF,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { RESOURCE_TYPE_OVERLEVERING_HANDOVER } from '@hemit/plugin-overlevering-common';
import { expectMatchesSpec } from './__testUtils__/specChecker';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { SEARCH_PAGE_SIZE } from './service/HandoverSearchDocuments';
import { base, as } from './__testUtils__/requests';

jest.setTimeout(180_000);

const asService = { Authorization: mockCredentials.service.header() };

// What Backstage search reads of the handovers: the collator's crawl, open to
// backend services only, and the permission framework's question whether a
// reader may see one search result.
describe('handovers for search', () => {
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

    async function create(
      document: Record<string, unknown>,
      owner = PEOPLE.kari,
    ): Promise<string> {
      const res = await api()
        .post(`${base}/handovers`)
        .set(as(owner))
        .send({ entityRef: SERVICE_REF, document });
      expect(res.status).toBe(201);
      return res.body.id;
    }

    /** Every search document, page after page as the collator reads them. */
    async function crawl() {
      const items: any[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const res = await api()
          .get(`${base}/search/documents`)
          .query(cursor ? { cursor } : {})
          .set(asService);
        expect(res.status).toBe(200);
        expectMatchesSpec(res);
        items.push(...res.body.items);
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor);
      return { items, pages };
    }

    it('gives each handover with its service, owner and status by name and its answers as text', async () => {
      const id = await create({
        ...completeDocument('Pasientflyt 3.0 for akuttmottaket'),
        bestilling: {
          tittel: 'Pasientflyt 3.0 for akuttmottaket',
          beskrivelse: 'Ny triage-modul <beta> & **raskere** oversikt',
        },
        etablering: { servere: 'pf-app01 og pf-app02' },
      });

      const { items } = await crawl();
      const found = items.find(item => item.id === id);
      expect(found).toMatchObject({
        title: 'Pasientflyt 3.0 for akuttmottaket',
        status: 'draft',
        statusText: 'Utkast',
        owner: PEOPLE.kari,
        ownerName: 'Kari Nordmann',
        entityRef: SERVICE_REF,
        serviceName: 'Pasientflyt',
        location: `/overlevering/h/${id}`,
      });
      // The user's text as typed, the form's labels, people by name.
      expect(found.text).toContain(
        'Ny triage-modul <beta> & **raskere** oversikt',
      );
      expect(found.text).toContain('pf-app01 og pf-app02');
      expect(found.text).toContain('Ola Utvikler');
      expect(found.text).not.toContain('user:default/');
      // Questions nobody answered are not text to search.
      expect(found.text).not.toContain('Ikke utfylt');
    });

    it('says where a handover stands in bokmål as it moves on', async () => {
      const id = await create(completeDocument('Til godkjenning nå'));
      await api()
        .post(`${base}/handovers/${id}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] })
        .expect(201);
      for (const [person, role] of FIXED_SEAT_HOLDERS) {
        await api()
          .post(`${base}/handovers/${id}/rounds/1/decisions`)
          .set(as(person))
          .send({ role, decision: 'approve' })
          .expect(200);
      }
      // Approved, it is followed up until handed over to operations.
      const { items } = await crawl();
      expect(items.find(item => item.id === id)).toMatchObject({
        status: 'approved',
        statusText: 'Godkjent – i driftsoppfølging',
      });
    });

    it('leaves out discarded and deleted handovers', async () => {
      const discarded = await create(completeDocument('Forkastet utkast'));
      await api()
        .post(`${base}/handovers/${discarded}/discard`)
        .set(as(PEOPLE.kari))
        .expect(200);
      const deleted = await create(completeDocument('Slettet utkast'));
      await api()
        .delete(`${base}/handovers/${deleted}`)
        .set(as(PEOPLE.kari))
        .expect(204);
      const ids = (await crawl()).items.map(item => item.id);
      expect(ids).not.toContain(discarded);
      expect(ids).not.toContain(deleted);
    });

    it('pages through every handover once, whoever owns it', async () => {
      const mine = await Promise.all(
        Array.from({ length: SEARCH_PAGE_SIZE + 3 }, (_, i) =>
          create(
            completeDocument(`Side ${i}`),
            i % 2 ? PEOPLE.ola : PEOPLE.kari,
          ),
        ),
      );
      const { items, pages } = await crawl();
      const ids = items.map(item => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(mine));
      expect(pages).toBeGreaterThan(1);
    });

    it('refuses signed-in users, whatever they own, and unreadable cursors', async () => {
      const asUser = await api()
        .get(`${base}/search/documents`)
        .set(as(PEOPLE.kari));
      expect(asUser.status).toBe(403);
      expectMatchesSpec(asUser);
      const anonymous = await api()
        .get(`${base}/search/documents`)
        .set({ Authorization: mockCredentials.none.header() });
      expect(anonymous.status).toBe(401);
      const badCursor = await api()
        .get(`${base}/search/documents?cursor=nope`)
        .set(asService);
      expect(badCursor.status).toBe(400);
      expectMatchesSpec(badCursor);
      const nulCursor = Buffer.from(JSON.stringify(['\u0000'])).toString(
        'base64url',
      );
      const nul = await api()
        .get(`${base}/search/documents?cursor=${nulCursor}`)
        .set(asService);
      expect(nul.status).toBe(400);
    });

    it("answers the permission framework's question about one search result", async () => {
      const id = await create(completeDocument('Hvem ser meg'));
      await api()
        .post(`${base}/handovers/${id}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] })
        .expect(201);
      // What the permission backend asks when the portal's policy answers
      // "conditional" for a search result: the rule, for this handover.
      const ask = async (
        resourceRef: string,
        rule: string,
        claims: string[],
      ) => {
        const res = await api()
          .post(`${base}/.well-known/backstage/permissions/apply-conditions`)
          .set(asService)
          .send({
            items: [
              {
                id: 'result-1',
                resourceRef,
                resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
                conditions: {
                  rule,
                  resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
                  params: { claims },
                },
              },
            ],
          });
        expect(res.status).toBe(200);
        return res.body.items[0].result;
      };
      expect(await ask(id, 'IS_HANDOVER_OWNER', [PEOPLE.kari])).toBe('ALLOW');
      expect(await ask(id, 'IS_HANDOVER_OWNER', [PEOPLE.eva])).toBe('DENY');
      expect(
        await ask(id, 'IS_HANDOVER_SEAT_HOLDER', ['group:default/hemithjelp']),
      ).toBe('ALLOW');
      expect(await ask(id, 'IS_HANDOVER_SEAT_HOLDER', [PEOPLE.eva])).toBe(
        'DENY',
      );
      expect(await ask('finnes-ikke', 'IS_HANDOVER_OWNER', [PEOPLE.kari])).toBe(
        'DENY',
      );
    });
  });
});
