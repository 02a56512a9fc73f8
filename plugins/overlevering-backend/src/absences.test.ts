import { osloDate } from '@hemit/plugin-overlevering-common';
import request from 'supertest';
import {
  completeDocument,
  PEOPLE,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { expectMatchesSpec } from './__testUtils__/specChecker';
import { createTestDatabases } from './__testUtils__/testDatabases';
import {
  as,
  base,
  fixedSeatsApprove,
  sentForApproval,
  type Api,
} from './__testUtils__/requests';

// Absences and deputies: while Siri Leder is away, the deputy she named
// decides her person seats on her behalf, and the seat, the history and the
// decision record name both. Nobody else inherits them, not before, not
// after, and not the deputy's own deputy; a group seat needs no deputy.

jest.setTimeout(180_000);

/** An Oslo calendar day `days` from today. */
function day(days: number): string {
  return osloDate(new Date(Date.now() + days * 86_400_000));
}

/** Opens round 1 of a new handover by Kari, Siri as seksjonsleder. */
function firstRound(api: Api) {
  return sentForApproval(api, completeDocument());
}

async function absence(
  api: Api,
  person: string,
  body: { deputy: string; from: string; to: string },
) {
  const res = await api().post(`${base}/absences`).set(as(person)).send(body);
  expectMatchesSpec(res);
  return res;
}

function decide(api: Api, url: string, person: string, role: string) {
  return api()
    .post(`${url}/rounds/1/decisions`)
    .set(as(person))
    .send({ role, decision: 'approve' });
}

async function inbox(api: Api, person: string) {
  const res = await api().get(`${base}/approvals`).set(as(person)).expect(200);
  expectMatchesSpec(res);
  return res.body.items as {
    role: string;
    approver: string;
    onBehalfOf?: string;
  }[];
}

describe('absences and deputies', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'refuses an absence that starts in the past, names oneself, or a deputy who is away, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      try {
        const api = () => request(backend.server);
        const past = await absence(api, PEOPLE.siri, {
          deputy: PEOPLE.per,
          from: day(-1),
          to: day(3),
        });
        expect(past.status).toBe(400);
        expect(past.body.error.message).toContain(
          'fraværet kan ikke begynne før i dag',
        );
        const self = await absence(api, PEOPLE.siri, {
          deputy: PEOPLE.siri,
          from: day(0),
          to: day(3),
        });
        expect(self.status).toBe(400);
        const unknown = await absence(api, PEOPLE.siri, {
          deputy: 'user:default/ingen.slik',
          from: day(0),
          to: day(3),
        });
        expect(unknown.status).toBe(400);

        // Per is away from the day after tomorrow: he cannot be Siri's
        // deputy for days he is away himself, in English too.
        expect(
          (
            await absence(api, PEOPLE.per, {
              deputy: PEOPLE.ola,
              from: day(2),
              to: day(4),
            })
          ).status,
        ).toBe(201);
        const chain = await api()
          .post(`${base}/absences`)
          .set(as(PEOPLE.siri))
          .set('Accept-Language', 'en')
          .send({ deputy: PEOPLE.per, from: day(0), to: day(2) });
        expect(chain.status).toBe(400);
        expect(chain.body.error.message).toContain(
          'a deputy cannot pass it on',
        );
        // Today and tomorrow he is here.
        expect(
          (
            await absence(api, PEOPLE.siri, {
              deputy: PEOPLE.per,
              from: day(0),
              to: day(1),
            })
          ).status,
        ).toBe(201);
      } finally {
        await backend.stop();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'lets the deputy decide for the absent person while it lasts, naming both, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      try {
        const api = () => request(backend.server);
        const url = await firstRound(api);
        const created = await absence(api, PEOPLE.siri, {
          deputy: PEOPLE.per,
          from: day(0),
          to: day(5),
        });
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({
          person: PEOPLE.siri,
          deputy: PEOPLE.per,
          active: true,
        });
        // Per hears that he stands in for Siri, by name.
        expect(backend.notifications.send).toHaveBeenCalledWith(
          expect.objectContaining({
            recipients: { type: 'entity', entityRef: PEOPLE.per },
            payload: expect.objectContaining({
              title: 'Du er stedfortreder for Siri Leder',
            }),
          }),
        );
        // Both see the absence; Per's inbox has Siri's seat, marked.
        const mine = await api()
          .get(`${base}/absences/mine`)
          .set(as(PEOPLE.siri))
          .expect(200);
        expectMatchesSpec(mine);
        expect(mine.body.mine).toHaveLength(1);
        const his = await api()
          .get(`${base}/absences/mine`)
          .set(as(PEOPLE.per))
          .expect(200);
        expect(his.body.deputyFor).toEqual([created.body]);
        expect(await inbox(api, PEOPLE.per)).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              role: 'seksjonsleder',
              approver: PEOPLE.siri,
              onBehalfOf: PEOPLE.siri,
            }),
            expect.objectContaining({
              role: 'fagansvarlig',
              approver: PEOPLE.per,
            }),
          ]),
        );
        const own = (await inbox(api, PEOPLE.per)).find(
          i => i.role === 'fagansvarlig',
        );
        expect(own?.onBehalfOf).toBeUndefined();
        const count = await api()
          .get(`${base}/approvals/count`)
          .set(as(PEOPLE.per))
          .expect(200);
        expect(count.body.pending).toBe(2);

        // Per decides Siri's seat; the seat and the history keep both.
        const decided = await decide(api, url, PEOPLE.per, 'seksjonsleder');
        expect(decided.status).toBe(200);
        expect(
          decided.body.seats.find(
            (s: { role: string }) => s.role === 'seksjonsleder',
          ),
        ).toMatchObject({
          approver: PEOPLE.siri,
          decidedBy: PEOPLE.per,
          onBehalfOf: PEOPLE.siri,
        });
        const history = await api()
          .get(`${url}/history`)
          .set(as(PEOPLE.kari))
          .expect(200);
        expect(
          history.body.items.find(
            (e: { type: string; data: { role?: string } }) =>
              e.type === 'decided' && e.data.role === 'seksjonsleder',
          ),
        ).toMatchObject({
          actor: PEOPLE.per,
          data: { onBehalfOf: PEOPLE.siri },
        });

        await fixedSeatsApprove(api, url, { except: ['seksjonsleder'] });
        const record = await api()
          .get(`${url}/audit`)
          .set(as(PEOPLE.kari))
          .expect(200);
        expect(record.body.verified).toBe(true);
        const nb = await api()
          .get(`${url}/export`)
          .set(as(PEOPLE.kari))
          .set('Accept-Language', 'nb')
          .expect(200);
        expect(nb.text).toContain(
          'Per Fagansvarlig som stedfortreder for Siri Leder',
        );
        const en = await api()
          .get(`${url}/export`)
          .set(as(PEOPLE.kari))
          .set('Accept-Language', 'en')
          .expect(200);
        expect(en.text).toContain('Per Fagansvarlig as deputy for Siri Leder');
      } finally {
        await backend.stop();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'tells the deputy of a round that opens while the seat holder is away, and of its withdrawal, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      try {
        const api = () => request(backend.server);
        await absence(api, PEOPLE.siri, {
          deputy: PEOPLE.per,
          from: day(0),
          to: day(5),
        }).then(res => expect(res.status).toBe(201));
        // Ola is away too, but from next week: this round is not his deputy's.
        await absence(api, PEOPLE.ola, {
          deputy: PEOPLE.kari,
          from: day(7),
          to: day(9),
        }).then(res => expect(res.status).toBe(201));
        const url = await firstRound(api);
        const id = url.split('/').pop();
        await backend.delivered();

        const toPer = () =>
          backend.notifications.send.mock.calls
            .map(([n]) => n)
            .filter(
              n =>
                n.recipients.type === 'entity' &&
                n.recipients.entityRef === PEOPLE.per &&
                n.payload.scope?.endsWith(':seat:seksjonsleder:deputy'),
            );
        expect(toPer()).toEqual([
          expect.objectContaining({
            payload: expect.objectContaining({
              description:
                'Godkjenningsrunde 1 venter på svar fra Siri Leder som Seksjonsleder tjenesten. Du er stedfortreder og kan svare på vegne av Siri Leder.',
              link: `/overlevering/godkjenninger/${id}/1/seksjonsleder`,
            }),
          }),
        ]);
        // Nobody stands in for Ola's seat this week.
        const deputyScopes = backend.notifications.send.mock.calls
          .map(([n]) => n.payload.scope ?? '')
          .filter(scope => scope.endsWith(':deputy'));
        expect(deputyScopes).toHaveLength(1);

        // Withdrawn, Per's notification says so, in place.
        await api().post(`${url}/withdraw`).set(as(PEOPLE.kari)).expect(200);
        await backend.delivered();
        expect(toPer().pop()).toMatchObject({
          payload: {
            title: expect.stringMatching(/^Overlevering trukket/),
            scope: toPer()[0].payload.scope,
          },
        });
      } finally {
        await backend.stop();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'lets nobody decide before the absence, after it, or as the deputy’s deputy, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      try {
        const api = () => request(backend.server);
        const url = await firstRound(api);

        // Not before: Siri is away from tomorrow.
        await absence(api, PEOPLE.siri, {
          deputy: PEOPLE.per,
          from: day(1),
          to: day(3),
        });
        expect(
          (await decide(api, url, PEOPLE.per, 'seksjonsleder')).status,
        ).toBe(403);
        expect((await inbox(api, PEOPLE.per)).map(i => i.role)).toEqual([
          'fagansvarlig',
        ]);

        // Not after: an absence that ended yesterday (written as it stood).
        await knex('overlevering_absences').insert({
          id: 'earlier',
          person: PEOPLE.siri,
          deputy: PEOPLE.ola,
          from_date: day(-4),
          to_date: day(-1),
          created_at: new Date(Date.now() - 5 * 86_400_000).toISOString(),
          ended_at: null,
        });
        expect(
          (await decide(api, url, PEOPLE.ola, 'seksjonsleder')).status,
        ).toBe(403);

        // Not the deputy's deputy: Per is away today with Tor as deputy, and
        // Tor, away too, named Nils; Nils cannot decide Per's seat.
        await absence(api, PEOPLE.per, {
          deputy: PEOPLE.tor,
          from: day(0),
          to: day(0),
        }).then(res => expect(res.status).toBe(201));
        await absence(api, PEOPLE.tor, {
          deputy: PEOPLE.nils,
          from: day(0),
          to: day(0),
        }).then(res => expect(res.status).toBe(201));
        expect(
          (await decide(api, url, PEOPLE.nils, 'fagansvarlig')).status,
        ).toBe(403);
        expect(
          (await inbox(api, PEOPLE.nils)).filter(
            i => i.role === 'fagansvarlig',
          ),
        ).toEqual([]);
        // Tor, the deputy Per named, may, though away himself.
        expect(
          (await decide(api, url, PEOPLE.tor, 'fagansvarlig')).status,
        ).toBe(200);
      } finally {
        await backend.stop();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves a group seat to the group’s members, and hands the seats back when the absence ends early, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startOverleveringBackend({ knex });
      try {
        const api = () => request(backend.server);
        const url = await firstRound(api);

        // Hanne is away; her deputy does not get the Hemithjelp seat, which
        // Erik, also in Hemithjelp, decides as always.
        await absence(api, PEOPLE.hanne, {
          deputy: PEOPLE.eva,
          from: day(0),
          to: day(2),
        }).then(res => expect(res.status).toBe(201));
        expect((await decide(api, url, PEOPLE.eva, 'hemithjelp')).status).toBe(
          403,
        );
        expect(await inbox(api, PEOPLE.eva)).toEqual([]);
        const erik = await decide(api, url, PEOPLE.erik, 'hemithjelp');
        expect(erik.status).toBe(200);
        expect(
          erik.body.seats.find((s: { role: string }) => s.role === 'hemithjelp')
            .onBehalfOf,
        ).toBeUndefined();

        // Siri ends her absence early: Per no longer decides for her.
        const created = await absence(api, PEOPLE.siri, {
          deputy: PEOPLE.per,
          from: day(0),
          to: day(5),
        });
        const end = `${base}/absences/${created.body.id}/end`;
        // Only Siri may end it.
        await api().post(end).set(as(PEOPLE.per)).expect(403);
        const ended = await api().post(end).set(as(PEOPLE.siri)).expect(200);
        expectMatchesSpec(ended);
        expect(ended.body).toMatchObject({
          active: false,
          endedAt: expect.any(String),
        });
        await api().post(end).set(as(PEOPLE.siri)).expect(409);
        await api()
          .post(`${base}/absences/no-such-absence/end`)
          .set(as(PEOPLE.siri))
          .expect(404);
        expect(
          (await decide(api, url, PEOPLE.per, 'seksjonsleder')).status,
        ).toBe(403);
        const mine = await api()
          .get(`${base}/absences/mine`)
          .set(as(PEOPLE.siri))
          .expect(200);
        expect(mine.body.mine).toEqual([]);
        // Back, she decides her seat herself.
        const siri = await decide(api, url, PEOPLE.siri, 'seksjonsleder');
        expect(siri.status).toBe(200);
      } finally {
        await backend.stop();
      }
    },
  );
});
