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
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { dumpTables } from './__testUtils__/tableDump';
import {
  as,
  fixedSeatsApprove,
  sentForApproval,
} from './__testUtils__/requests';

// Approval "med forbehold": the round counts the seat as approved, and each
// condition stays open until the person who follows it up, or the approver
// who set it, closes it with a comment. On every database.

jest.setTimeout(180_000);

const CONDITIONS = [
  {
    text: 'Servicedesk skal ha kurs før 1. januar',
    followUp: PEOPLE.nils,
    due: '2026-12-20',
  },
  {
    text: 'Publiser KB-2 Utskrift',
    followUp: 'kari.nordmann',
    due: '2027-01-10',
  },
];

/**
 * The portal's rule for reading: owners and seat holders only (a seat held
 * by a group is held by its members).
 */
function ownersAndSeatHolders() {
  const claimsOf = (credentials: any): string[] =>
    membershipOf(credentials.principal.userEntityRef);
  const rule = (name: string, credentials: unknown) => ({
    rule: name,
    resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
    params: { claims: claimsOf(credentials) },
  });
  return mockServices.permissions.mock({
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
              rule('IS_HANDOVER_OWNER', options.credentials),
              rule('IS_HANDOVER_SEAT_HOLDER', options.credentials),
            ],
          },
        }),
      ) as any,
  });
}

describe('approval with conditions', () => {
  const databases = createTestDatabases();

  /** A handover in round 1 where every fixed seat but Hemithjelp approved. */
  async function inReview(
    databaseId: Parameters<typeof databases.init>[0],
    permissions?: ReturnType<typeof ownersAndSeatHolders>,
  ) {
    const knex = await databases.init(databaseId);
    const backend = await startOverleveringBackend({ knex, permissions });
    const api = () => request(backend.server);
    const url = await sentForApproval(api, completeDocument('PACS'));
    await fixedSeatsApprove(api, url, { except: ['hemithjelp'] });
    return { knex, backend, api, url };
  }

  it.each(databases.eachSupportedId())(
    'counts the seat as approved, keeps the conditions open and tells whoever follows them up, on %p',
    async databaseId => {
      const { backend, api, url } = await inReview(databaseId);
      try {
        const round = await api()
          .post(`${url}/rounds/1/decisions`)
          .set(as(PEOPLE.hanne))
          .send({
            role: 'hemithjelp',
            decision: 'approve',
            conditions: CONDITIONS,
          })
          .expect(200);
        expect(round.body.status).toBe('approved');

        const handover = await api().get(url).set(as(PEOPLE.kari)).expect(200);
        expect(handover.body.status).toBe('approved');
        expect(handover.body.conditions).toEqual([
          expect.objectContaining({
            round: 1,
            role: 'hemithjelp',
            text: CONDITIONS[0].text,
            followUp: PEOPLE.nils,
            due: '2026-12-20',
            status: 'open',
            setBy: PEOPLE.hanne,
          }),
          expect.objectContaining({
            text: CONDITIONS[1].text,
            followUp: PEOPLE.kari,
            status: 'open',
          }),
        ]);

        const history = await api()
          .get(`${url}/history`)
          .set(as(PEOPLE.kari))
          .expect(200);
        expect(
          history.body.items
            .filter((e: { type: string }) => e.type === 'condition_set')
            .map((e: { data: { text: string } }) => e.data.text),
        ).toEqual(CONDITIONS.map(c => c.text));
        const record = await api()
          .get(`${url}/audit`)
          .set(as(PEOPLE.kari))
          .expect(200);
        expect(record.body.verified).toBe(true);

        await backend.delivered();
        const toNils = backend.notifications.send.mock.calls.filter(
          ([n]: any) => n.recipients.entityRef === PEOPLE.nils,
        );
        expect(toNils).toHaveLength(1);
        expect((toNils[0] as any)[0].payload.description).toContain(
          'Servicedesk skal ha kurs før 1. januar',
        );
        expect((toNils[0] as any)[0].payload.description).toContain(
          '20.12.2026',
        );
      } finally {
        await backend.stop();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'is closed by the person who follows it up or the approver, once, and by no one else, on %p',
    async databaseId => {
      const { backend, api, url } = await inReview(
        databaseId,
        ownersAndSeatHolders(),
      );
      try {
        await api()
          .post(`${url}/rounds/1/decisions`)
          .set(as(PEOPLE.hanne))
          .send({
            role: 'hemithjelp',
            decision: 'approve',
            conditions: CONDITIONS,
          })
          .expect(200);
        // Nils holds no seat, but reads the handover whose condition he
        // follows up.
        const { body } = await api().get(url).set(as(PEOPLE.nils)).expect(200);
        const [course, article] = body.conditions;

        // The owner may read the handover, but this one is Erik's to close.
        const refused = await api()
          .post(`${url}/conditions/${course.id}/close`)
          .set(as(PEOPLE.kari))
          .send({ comment: 'Gjort' })
          .expect(403);
        expect(refused.body.error.name).toBe('NotAllowedError');
        // Someone who may not read the handover does not see it at all,
        // nor does a condition make it readable to anyone but its follow-up.
        await api()
          .post(`${url}/conditions/${course.id}/close`)
          .set(as(PEOPLE.eva))
          .send({ comment: 'Gjort' })
          .expect(404);
        await api()
          .post(`${url}/conditions/not-a-condition/close`)
          .set(as(PEOPLE.nils))
          .send({ comment: 'Gjort' })
          .expect(404);

        const closed = await api()
          .post(`${url}/conditions/${course.id}/close`)
          .set(as(PEOPLE.nils))
          .send({ comment: 'Kurs holdt 15. desember' })
          .expect(200);
        await api().get(url).set(as(PEOPLE.eva)).expect(404);
        expect(closed.body).toEqual(
          expect.objectContaining({
            status: 'closed',
            closedBy: PEOPLE.nils,
            closingComment: 'Kurs holdt 15. desember',
          }),
        );
        const twice = await api()
          .post(`${url}/conditions/${course.id}/close`)
          .set(as(PEOPLE.hanne))
          .send({ comment: 'Igjen' })
          .expect(409);
        expect(twice.body.error.name).toBe('ConflictError');

        // The owner and Hanne, who set it, hear that Nils closed it, and
        // the open pages of its readers, Nils's too, follow.
        await backend.delivered();
        const closedNotes = () =>
          backend.notifications.send.mock.calls
            .map(([n]) => n)
            .filter(n => n.payload.title.startsWith('Forbehold lukket'));
        expect(
          closedNotes().map(n => [
            n.recipients.type === 'entity' && n.recipients.entityRef,
            n.payload.description,
          ]),
        ).toEqual(
          [PEOPLE.kari, PEOPLE.hanne].map(person => [
            person,
            'Nils Nettverk lukket forbeholdet fra Hemithjelp «Servicedesk skal ha kurs før 1. januar»: Kurs holdt 15. desember',
          ]),
        );
        expect(backend.signals.publish).toHaveBeenCalledWith(
          expect.objectContaining({
            message: expect.objectContaining({ type: 'condition_closed' }),
            recipients: {
              type: 'user',
              // Hanne through her group's seat.
              entityRef: expect.arrayContaining([
                PEOPLE.kari,
                'group:default/hemithjelp',
                PEOPLE.nils,
              ]),
            },
          }),
        );

        // The approver who set it may close it too; she is not told her own
        // act, the owner is.
        await api()
          .post(`${url}/conditions/${article.id}/close`)
          .set(as(PEOPLE.hanne))
          .send({ comment: 'Publisert' })
          .expect(200);
        await backend.delivered();
        expect(
          closedNotes()
            .slice(2)
            .map(n => n.recipients.type === 'entity' && n.recipients.entityRef),
        ).toEqual([PEOPLE.kari]);

        const after = await api().get(url).set(as(PEOPLE.kari)).expect(200);
        expect(
          after.body.conditions.map((c: { status: string }) => c.status),
        ).toEqual(['closed', 'closed']);
        const history = await api()
          .get(`${url}/history`)
          .set(as(PEOPLE.kari))
          .expect(200);
        expect(
          history.body.items
            .filter((e: { type: string }) => e.type === 'condition_closed')
            .map((e: { actor: string; data: { comment: string } }) => [
              e.actor,
              e.data.comment,
            ]),
        ).toEqual([
          [PEOPLE.nils, 'Kurs holdt 15. desember'],
          [PEOPLE.hanne, 'Publisert'],
        ]);
        const record = await api()
          .get(`${url}/audit`)
          .set(as(PEOPLE.kari))
          .expect(200);
        expect(record.body.verified).toBe(true);
      } finally {
        await backend.stop();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses conditions that are incomplete, on a rejection or for someone not in the catalog, and stores nothing, on %p',
    async databaseId => {
      const { knex, backend, api, url } = await inReview(databaseId);
      try {
        const before = await dumpTables(knex);
        const refusals = [
          { ...CONDITIONS[0], text: '   ' },
          { ...CONDITIONS[0], due: '2026-02-30' },
          { ...CONDITIONS[0], followUp: 'group:default/drift' },
          { ...CONDITIONS[0], followUp: 'user:default/ingen.slik' },
        ];
        for (const condition of refusals) {
          const res = await api()
            .post(`${url}/rounds/1/decisions`)
            .set(as(PEOPLE.hanne))
            .send({
              role: 'hemithjelp',
              decision: 'approve',
              conditions: [CONDITIONS[1], condition],
            })
            .expect(400);
          expect(res.body.error.message).toMatch(/conditions/);
        }
        await api()
          .post(`${url}/rounds/1/decisions`)
          .set(as(PEOPLE.hanne))
          .send({
            role: 'hemithjelp',
            decision: 'reject',
            comment: 'Mangler kurs',
            conditions: [CONDITIONS[0]],
          })
          .expect(400);
        await api()
          .post(`${url}/rounds/1/decisions`)
          .set(as(PEOPLE.hanne))
          .send({ role: 'hemithjelp', decision: 'approve', conditions: [] })
          .expect(400);
        expect(await dumpTables(knex)).toEqual(before);
        const handover = await api().get(url).set(as(PEOPLE.kari)).expect(200);
        expect(handover.body.status).toBe('in_review');
        expect(handover.body.conditions).toBeUndefined();
      } finally {
        await backend.stop();
      }
    },
  );
});
