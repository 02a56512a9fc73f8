import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { DEFAULT_APPROVER_ROLES } from '@hemit/plugin-overlevering-common';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { FollowUpEndStore } from './database/FollowUpEndStore';
import { FollowUpEndService } from './service/reminders/FollowUpEndService';
import { reminderDelivery } from './__testUtils__/reminderDelivery';
import {
  as,
  base,
  fixedSeatsApprove,
  sentForApproval,
} from './__testUtils__/requests';

// After approval a handover is followed up ("Overlevert til drift"): the
// owner and Hemithjelp confirm, Hemithjelp closes it once every exit
// criterion is met or extends it with a reason. On every database.

jest.setTimeout(180_000);

const ALL_MET = [
  'servicedeskTrained',
  'knowledgeArticlesPublished',
  'noOpenCriticalErrors',
];

describe('follow-up after approval', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'runs from approval to "Overlevert til drift": confirmed, extended with a reason, closed by Hemithjelp only when every criterion is met, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      try {
        const api = () => request(backend.server);
        const document = completeDocument('PACS');
        const url = await sentForApproval(api, {
          ...document,
          bestilling: {
            ...document.bestilling,
            planlagtProduksjonsdato: '2027-03-01',
          },
        });
        await fixedSeatsApprove(api, url, {
          withDecision: role =>
            role === 'hemithjelp'
              ? {
                  conditions: [
                    {
                      text: 'Publiser KB-2',
                      followUp: PEOPLE.nils,
                      due: '2027-03-10',
                    },
                  ],
                }
              : {},
        });

        const approved = await api().get(url).set(as(PEOPLE.kari)).expect(200);
        expect(approved.body.status).toBe('approved');
        expect(approved.body.phase).toBe('follow_up');
        expect(approved.body.followUp).toMatchObject({
          phase: 'follow_up',
          endsOn: '2027-03-31',
          met: [],
          extensions: [],
        });
        expect(
          approved.body.followUp.criteria.map((c: { met: boolean }) => c.met),
        ).toEqual([false, false, false, false]);
        const mine = await api()
          .get(`${base}/handovers?owner=me`)
          .set(as(PEOPLE.kari))
          .expect(200);
        expect(mine.body.items[0]).toMatchObject({
          status: 'approved',
          phase: 'follow_up',
        });

        // When the period is over, the owner and Hemithjelp are told, once.
        const told: { to: unknown; title: string }[] = [];
        const ends = async (at: string) => {
          const ended = await new FollowUpEndService({
            store: new FollowUpEndStore(knex),
            roles: DEFAULT_APPROVER_ROLES,
            language: 'nb',
            frontendPath: '/overlevering',
            clock: () => new Date(at),
          }).run();
          await reminderDelivery(
            knex,
            {
              send: async ({ recipients, payload }) => {
                told.push({
                  to: (recipients as { entityRef: unknown }).entityRef,
                  title: payload.title,
                });
              },
            },
            () => new Date(at),
          )();
          return ended;
        };
        expect(await ends('2027-03-31T12:00:00Z')).toBe(0);
        expect(await ends('2027-04-01T08:00:00Z')).toBe(1);
        expect(await ends('2027-04-01T09:00:00Z')).toBe(0);
        expect(told).toEqual([
          {
            to: [PEOPLE.kari, 'group:default/hemithjelp'],
            title: 'Oppfølgingen er over: PACS',
          },
        ]);

        // Only the owner and Hemithjelp confirm; only Hemithjelp closes.
        await api()
          .post(`${url}/follow-up/confirm`)
          .set(as(PEOPLE.per))
          .send({})
          .expect(403);
        await api()
          .post(`${url}/follow-up/hand-over`)
          .set(as(PEOPLE.kari))
          .send({})
          .expect(403);
        const unconfirmed = await api()
          .post(`${url}/follow-up/hand-over`)
          .set(as(PEOPLE.hanne))
          .send({})
          .expect(409);
        expect(unconfirmed.body.error.message).toMatch(
          /owner has not confirmed/,
        );

        const confirmed = await api()
          .post(`${url}/follow-up/confirm`)
          .set(as(PEOPLE.kari))
          .send({ met: ALL_MET })
          .expect(200);
        expect(confirmed.body.followUp).toMatchObject({
          ownerConfirmedBy: PEOPLE.kari,
          met: ALL_MET,
        });
        // The condition of the approval is still open.
        const openCondition = await api()
          .post(`${url}/follow-up/hand-over`)
          .set(as(PEOPLE.hanne))
          .send({})
          .expect(409);
        expect(openCondition.body.error.message).toMatch(/exit criterion/);

        await api()
          .post(`${url}/follow-up/extend`)
          .set(as(PEOPLE.hanne))
          .send({ until: '2027-03-31', reason: 'KB-2 mangler' })
          .expect(400);
        await api()
          .post(`${url}/follow-up/extend`)
          .set(as(PEOPLE.kari))
          .send({ until: '2027-04-30', reason: 'KB-2 mangler' })
          .expect(403);
        const extended = await api()
          .post(`${url}/follow-up/extend`)
          .set(as(PEOPLE.hanne))
          .send({ until: '2027-04-30', reason: 'KB-2 mangler' })
          .expect(200);
        expect(extended.body.followUp).toMatchObject({
          endsOn: '2027-04-30',
          extensions: [
            expect.objectContaining({
              until: '2027-04-30',
              reason: 'KB-2 mangler',
              by: PEOPLE.hanne,
            }),
          ],
        });
        // They confirm again at the new end.
        expect(extended.body.followUp.ownerConfirmedBy).toBeUndefined();

        const [condition] = extended.body.conditions;
        await api()
          .post(`${url}/conditions/${condition.id}/close`)
          .set(as(PEOPLE.nils))
          .send({ comment: 'Publisert' })
          .expect(200);
        await api()
          .post(`${url}/follow-up/confirm`)
          .set(as(PEOPLE.kari))
          .send({})
          .expect(200);
        const handedOver = await api()
          .post(`${url}/follow-up/hand-over`)
          .set(as(PEOPLE.hanne))
          .send({ comment: 'Alt på plass' })
          .expect(200);
        expect(handedOver.body.status).toBe('approved');
        expect(handedOver.body.followUp).toMatchObject({
          phase: 'handed_over',
          handedOverBy: PEOPLE.hanne,
        });
        await api()
          .post(`${url}/follow-up/hand-over`)
          .set(as(PEOPLE.hanne))
          .send({})
          .expect(409);
        await api()
          .post(`${url}/follow-up/confirm`)
          .set(as(PEOPLE.kari))
          .send({})
          .expect(409);

        const history = await api()
          .get(`${url}/history`)
          .set(as(PEOPLE.kari))
          .expect(200);
        expect(
          history.body.items
            .map((e: { type: string }) => e.type)
            .filter((type: string) => /follow_up|handed_over/.test(type)),
        ).toEqual([
          'follow_up_started',
          'follow_up_confirmed',
          'follow_up_extended',
          'follow_up_confirmed',
          'handed_over',
        ]);
        // Search reads the phase as its status.
        const indexed = await api()
          .get(`${base}/search/documents`)
          .set({ Authorization: mockCredentials.service.header() })
          .expect(200);
        expect(
          indexed.body.items.find((d: { id: string }) =>
            url.endsWith(`/${d.id}`),
          ),
        ).toMatchObject({
          status: 'approved',
          statusText: 'Overlevert til drift',
        });
        // The export tells what followed the approval, before Normen.
        const exported = await api()
          .get(`${url}/export?format=markdown`)
          .set(as(PEOPLE.kari))
          .expect(200);
        expect(exported.text).toContain('## Forbehold');
        expect(exported.text).toContain(
          '- Publiser KB-2 (følges opp av Nils Nettverk, frist 2027-03-10): lukket av Nils Nettverk',
        );
        expect(exported.text).toMatch(
          /## Driftsoppfølging\n\n\*\*Overlevert til drift\*\* av Hanne Hjelp/,
        );
        expect(exported.text).toContain(
          '- Forlenget til 2027-04-30 av Hanne Hjelp: KB-2 mangler',
        );
        expect(exported.text.indexOf('## Driftsoppfølging')).toBeLessThan(
          exported.text.lastIndexOf('## Normen'),
        );
        // The decision that approved it started the follow-up.
        expect(
          history.body.items.find(
            (e: { type: string }) => e.type === 'follow_up_started',
          ),
        ).toMatchObject({
          actor: FIXED_SEAT_HOLDERS[FIXED_SEAT_HOLDERS.length - 1][0],
          data: { endsOn: '2027-03-31' },
        });
        const record = await api()
          .get(`${url}/audit`)
          .set(as(PEOPLE.kari))
          .expect(200);
        expect(record.body.verified).toBe(true);
        await backend.delivered();
        expect(
          backend.notifications.send.mock.calls
            .map(([n]: any) => [n.recipients.entityRef, n.payload.title])
            .filter(([, title]: string[]) => title.startsWith('Overlevert')),
        ).toEqual([[PEOPLE.kari, 'Overlevert til drift: PACS']]);
      } finally {
        await backend.stop();
      }
    },
  );
});
