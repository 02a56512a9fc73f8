import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_OVERLEVERING_HANDOVER } from '@hemit/plugin-overlevering-common';
import request from 'supertest';
import {
  completeDocument,
  membershipOf,
  PEOPLE,
  SERVICE_REF,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { as, base, fixedSeatsApprove } from './__testUtils__/requests';

// The service desk's view of a service: what its latest approved handover
// said about running it, as JSON for the service page and as Markdown for
// the knowledge base, on every database.

jest.setTimeout(180_000);

const info = `${base}/services/default/component/pasientflyt/operations-info`;

/** A handover of the demo service with what the service desk reads. */
function serviceDeskDocument(title: string, workaround: string) {
  const document = completeDocument(title);
  return {
    ...document,
    designfase: {
      ...document.designfase,
      systemeier: 'group:default/team-pasientflyt',
    },
    etablering: {
      driftsdokumentasjon: 'https://wiki.hemit.no/pasientflyt/drift',
      leverandor: 'DIPS AS',
      servere: 'app01',
    },
    produksjonssetting: {
      varsling: { svar: true, forklaring: 'OpsGenie, vakttelefon' },
      kjenteFeil: [{ beskrivelse: 'Innlogging henger', omgaelse: workaround }],
      restanser: [
        {
          beskrivelse: 'Backup av arkivet',
          ansvarlig: PEOPLE.ola,
          frist: '2027-01-31',
        },
      ],
      tilbakerullingsplan: 'Ikke for brukerstøtte',
    },
  };
}

describe('operations information of a service', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;
    const api = () => request(backend.server);

    beforeEach(async () => {
      backend = await startOverleveringBackend({
        knex: await databases.init(databaseId),
      });
    });

    afterEach(async () => {
      await backend.stop();
    });

    async function create(document: Record<string, unknown>) {
      const created = await api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ entityRef: SERVICE_REF, document })
        .expect(201);
      return created.body.id as string;
    }

    async function submit(id: string) {
      await api()
        .post(`${base}/handovers/${id}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] })
        .expect(201);
    }

    async function approved(document: Record<string, unknown>) {
      const id = await create(document);
      await submit(id);
      await fixedSeatsApprove(api, `${base}/handovers/${id}`);
      return id;
    }

    it('gives what the approved handover said, and leaves the unanswered out', async () => {
      const id = await approved(
        serviceDeskDocument('Pasientflyt 2.0', 'Logg inn på nytt'),
      );
      const handover = await api()
        .get(`${base}/handovers/${id}`)
        .set(as(PEOPLE.kari));

      const res = await api().get(info).set(as(PEOPLE.hanne)).expect(200);
      expect(res.body).toEqual({
        handoverId: id,
        title: 'Pasientflyt 2.0',
        entityRef: SERVICE_REF,
        approvedAt: handover.body.rounds[0].closedAt,
        round: 1,
        info: {
          contacts: {
            fagansvarlig: PEOPLE.per,
            tjenesteutvikler: PEOPLE.ola,
          },
          escalation: {
            seksjonsleder: PEOPLE.siri,
            systemeier: 'group:default/team-pasientflyt',
            leverandor: 'DIPS AS',
          },
          monitoring: {
            varsling: { svar: true, forklaring: 'OpsGenie, vakttelefon' },
          },
          knownErrors: {
            kjenteFeil: [
              {
                beskrivelse: 'Innlogging henger',
                omgaelse: 'Logg inn på nytt',
              },
            ],
          },
          outstandingItems: {
            restanser: [
              {
                beskrivelse: 'Backup av arkivet',
                ansvarlig: PEOPLE.ola,
                frist: '2027-01-31',
              },
            ],
          },
          deviations: {},
          serviceDesk: {},
          documentation: {
            driftsdokumentasjon: 'https://wiki.hemit.no/pasientflyt/drift',
          },
        },
      });
    });

    it("writes it as Markdown in the reader's language, with names, the date and a link to the handover", async () => {
      const id = await approved(
        serviceDeskDocument('Pasientflyt 2.0', 'Logg inn på nytt'),
      );

      const nb = await api()
        .get(`${info}.md`)
        .set(as(PEOPLE.hanne))
        .expect(200);
      expect(nb.headers['content-type']).toMatch(/^text\/markdown/);
      expect(nb.text).toMatch(/^# Driftsinformasjon: Pasientflyt\n/);
      expect(nb.text).toContain(
        'Fra overleveringen «Pasientflyt 2.0», godkjent',
      );
      expect(nb.text).toContain(`[Se overleveringen](</overlevering/h/${id}>)`);
      expect(nb.text).toContain('## Kontaktpunkter');
      expect(nb.text).toContain('- **Fagansvarlig:** Per Fagansvarlig');
      expect(nb.text).toContain('- **Systemeier:** Team Pasientflyt');
      expect(nb.text).toContain('## Kjente feil og omgåelser');
      expect(nb.text).toContain('| Innlogging henger | Logg inn på nytt |  |');
      expect(nb.text).toContain(
        '| Backup av arkivet | Ola Utvikler | 31.01.2027 |',
      );
      // Unanswered is said to be so, never filled in.
      expect(nb.text).toContain('- **Leverandør:** DIPS AS');
      expect(nb.text).toContain('- **Overvåking:** _Ikke utfylt_');
      expect(nb.text).not.toContain('user:default/');
      expect(nb.text).not.toContain('Ikke for brukerstøtte');

      const en = await api()
        .get(`${info}.md`)
        .set({ ...as(PEOPLE.hanne), 'Accept-Language': 'en-GB' })
        .expect(200);
      expect(en.text).toMatch(/^# Operations information: Pasientflyt\n/);
      expect(en.text).toContain(
        'From the handover “Pasientflyt 2.0”, approved',
      );
      expect(en.text).toContain('## Known errors and workarounds');
      expect(en.text).toContain('[See the handover]');
    });

    it('lets a newer approved handover replace the older one', async () => {
      await approved(serviceDeskDocument('Pasientflyt 1.0', 'Start på nytt'));
      const newer = await approved(
        serviceDeskDocument('Pasientflyt 2.0', 'Logg inn på nytt'),
      );
      const res = await api().get(info).set(as(PEOPLE.hanne)).expect(200);
      expect(res.body.handoverId).toBe(newer);
      expect(res.body.title).toBe('Pasientflyt 2.0');
      expect(res.body.info.knownErrors.kjenteFeil).toEqual([
        { beskrivelse: 'Innlogging henger', omgaelse: 'Logg inn på nytt' },
      ]);
      const markdown = await api()
        .get(`${info}.md`)
        .set(as(PEOPLE.hanne))
        .expect(200);
      expect(markdown.text).toContain('Logg inn på nytt');
      expect(markdown.text).not.toContain('Start på nytt');
    });

    it('has nothing to tell while the handovers are drafts or in review', async () => {
      await create(serviceDeskDocument('Utkast', 'Vent'));
      await submit(
        await create(serviceDeskDocument('Til godkjenning', 'Vent litt')),
      );
      for (const path of [info, `${info}.md`]) {
        const res = await api().get(path).set(as(PEOPLE.kari));
        expect(res.status).toBe(404);
        expect(res.body.error.name).toBe('NotFoundError');
      }
      const otherService = await api()
        .get(`${base}/services/default/component/timebok/operations-info`)
        .set(as(PEOPLE.kari));
      expect(otherService.status).toBe(404);
    });

    it('tells what an item approved in the old SharePoint list said, until a handover is approved in the portal', async () => {
      // An item of the old list, approved there, as an administrator
      // (Erik) imports its export.
      const imported = await api()
        .post(`${base}/import?dryRun=false`)
        .set(as(PEOPLE.erik))
        .set('Content-Type', 'text/csv')
        .send(
          [
            'ID;Tittel;Status;Tjeneste;Er varsling satt opp?;Hvor og hvordan varsles det?;Opprettet;Opprettet av;Endret;Endret av',
            `12;Pasientflyt 1.0;Godkjent;${SERVICE_REF};Ja;Opsgenie til vakt i Team Pasientflyt;01.02.2022 10:00;Kari Nordmann;04.05.2022 12:00;Per Fagansvarlig`,
          ].join('\r\n'),
        )
        .expect(200);
      const item = imported.body.rows[0];
      expect(item.result).toBe('created');

      const fromList = await api().get(info).set(as(PEOPLE.hanne)).expect(200);
      expect(fromList.body).toMatchObject({
        handoverId: item.handoverId,
        title: 'Pasientflyt 1.0',
        approvedAt: '2022-05-04T10:00:00.000Z',
        info: {
          monitoring: {
            varsling: {
              svar: true,
              forklaring: 'Opsgenie til vakt i Team Pasientflyt',
            },
          },
        },
      });
      expect(fromList.body.round).toBeUndefined();
      const markdown = await api()
        .get(`${info}.md`)
        .set(as(PEOPLE.hanne))
        .expect(200);
      expect(markdown.text).toContain(
        'godkjent i den gamle SharePoint-listen (sist endret der 4. mai 2022 kl. 12:00)',
      );

      const approvedHere = await approved(
        serviceDeskDocument('Pasientflyt 2.0', 'Logg inn på nytt'),
      );
      const replaced = await api().get(info).set(as(PEOPLE.hanne)).expect(200);
      expect(replaced.body.handoverId).toBe(approvedHere);
    });
  });

  describe('with a policy that lets only owners and seat holders see a handover', () => {
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;
    const api = () => request(backend.server);

    beforeAll(async () => {
      // A seat of a group is held by its members, as their sign-in claims.
      const claimsOf = (credentials: any): string[] =>
        membershipOf(credentials.principal.userEntityRef);
      const permissions = mockServices.permissions.mock({
        authorize: async requests =>
          requests.map(() => ({ result: AuthorizeResult.ALLOW })),
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

    it('answers a stranger as if the service had no approved handover', async () => {
      const created = await api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({
          entityRef: SERVICE_REF,
          document: serviceDeskDocument('Hemmelig', 'Logg inn på nytt'),
        })
        .expect(201);
      const id = created.body.id;
      await api()
        .post(`${base}/handovers/${id}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] })
        .expect(201);
      await fixedSeatsApprove(api, `${base}/handovers/${id}`);

      expect((await api().get(info).set(as(PEOPLE.kari))).status).toBe(200);
      expect((await api().get(info).set(as(PEOPLE.ola))).status).toBe(200);

      // Eva neither owns nor holds a seat: for her there is nothing, as the
      // handover itself looks absent to her.
      const handover = await api()
        .get(`${base}/handovers/${id}`)
        .set(as(PEOPLE.eva));
      const stranger = await api().get(info).set(as(PEOPLE.eva));
      const noneAtAll = await api()
        .get(`${base}/services/default/component/timebok/operations-info`)
        .set(as(PEOPLE.eva));
      expect(handover.status).toBe(404);
      expect(stranger.status).toBe(404);
      expect(stranger.body.error.name).toBe(handover.body.error.name);
      expect(stranger.body.error.message).toBe(
        noneAtAll.body.error.message.replace('timebok', 'pasientflyt'),
      );
      expect(stranger.text).not.toContain('Hemmelig');
      const markdown = await api().get(`${info}.md`).set(as(PEOPLE.eva));
      expect(markdown.status).toBe(404);
    });
  });
});
