import request from 'supertest';
import { createTestDatabases } from './__testUtils__/testDatabases';
import {
  completeDocument,
  PEOPLE,
  SERVICE_REF,
} from '@internal/overlevering-test-backend';
import { startOverleveringBackend } from '@internal/overlevering-test-backend';
import { as } from './__testUtils__/requests';

jest.setTimeout(180_000);

// The whole story of the user guide, on every database: a delivery owner
// fills in the form, sends it for approval, gets rejections, fixes and
// resubmits to those who rejected, and is finally approved.
describe('the handover story', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;

    beforeAll(async () => {
      backend = await startOverleveringBackend({
        knex: await databases.init(databaseId),
      });
    });

    afterAll(async () => {
      await backend.stop();
    });

    it('runs from draft through a rejected round to approval', async () => {
      const api = () => request(backend.server);

      // The form and the ten default roles.
      const form = await api()
        .get('/api/overlevering/form')
        .set(as(PEOPLE.kari));
      expect(form.status).toBe(200);
      expect(form.body.approverRoles).toHaveLength(10);
      expect(form.body.requiredOnSubmit).toEqual([]);

      // Create, linked to the service.
      const created = await api()
        .post('/api/overlevering/handovers')
        .set(as(PEOPLE.kari))
        .send({
          entityRef: SERVICE_REF,
          document: { bestilling: { tittel: 'Pasientflyt' } },
        });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        owner: PEOPLE.kari,
        entityRef: SERVICE_REF,
        status: 'draft',
        revision: 1,
        title: 'Pasientflyt',
        rounds: [],
      });
      const id = created.body.id;
      const url = `/api/overlevering/handovers/${id}`;

      // A link to an entity the catalog does not know is refused.
      const unknownEntity = await api()
        .post('/api/overlevering/handovers')
        .set(as(PEOPLE.kari))
        .send({ entityRef: 'component:default/finnes-ikke' });
      expect(unknownEntity.status).toBe(400);

      // A document that breaks the schema names the field.
      const broken = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document: { bestilling: { tittel: 42 } } });
      expect(broken.status).toBe(400);
      expect(broken.body.error.message).toContain('bestilling.tittel');

      // Submit before the seats from the form are filled: 400 naming the fields.
      const early = await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] });
      expect(early.status).toBe(400);
      expect(early.body.error.message).toContain('designfase.fagansvarlig');
      expect(early.body.error.message).toContain('designfase.tjenesteutvikler');

      // Save the complete document.
      const saved = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document: completeDocument() });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        revision: 2,
        title: 'Pasientflyt 2.0',
      });

      // A second browser still on revision 1 is refused and told the current one.
      const stale = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document: { bestilling: { tittel: 'Gammel' } } });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toContain('current revision is 2');

      // Only the owner submits.
      const foreign = await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.ola))
        .send({ revision: 2, optionalRoles: [] });
      expect(foreign.status).toBe(403);

      // Submit with Server as an optional seat.
      const submitted = await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({
          revision: 2,
          optionalRoles: ['server'],
          message: 'Klar for drift',
        });
      expect(submitted.status).toBe(201);
      expect(submitted.body).toMatchObject({
        number: 1,
        status: 'open',
        revision: 2,
        message: 'Klar for drift',
        optionalRoles: ['server'],
      });
      const seats = Object.fromEntries(
        submitted.body.seats.map((a: any) => [a.role, a.approver]),
      );
      expect(seats).toEqual({
        hemithjelp: 'group:default/hemithjelp',
        tilgangsadministrasjon: 'group:default/tilgangsadministrasjon',
        'config-manager': 'group:default/config-manager',
        tjenesteutvikler: PEOPLE.ola,
        seksjonsleder: PEOPLE.siri,
        fagansvarlig: PEOPLE.per,
        server: 'group:default/server',
      });
      // Each seat hears of the round in a notification of its own, which
      // links to the page where that seat is decided.
      await backend.delivered();
      for (const [approver, role, title] of [
        ['group:default/server', 'server', 'Server'],
        [PEOPLE.per, 'fagansvarlig', 'Fagansvarlig'],
      ]) {
        expect(backend.notifications.send).toHaveBeenCalledWith({
          recipients: { type: 'entity', entityRef: approver },
          payload: {
            title: 'Overlevering til godkjenning: Pasientflyt 2.0',
            description: `Godkjenningsrunde 1 venter på ditt svar som ${title}. Klar for drift`,
            link: `/overlevering/godkjenninger/${id}/1/${role}`,
            topic: 'overlevering',
            scope: `overlevering:${id}:round:1:seat:${role}`,
          },
        });
      }
      expect(backend.notifications.send).toHaveBeenCalledTimes(7);

      // The document is read-only while the round is open.
      const locked = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 2, document: completeDocument('Endret') });
      expect(locked.status).toBe(409);

      // A second submit does not open a second round.
      const twice = await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 2, optionalRoles: [] });
      expect(twice.status).toBe(409);

      // Erik is in Server and Hemithjelp: his inbox shows both group seats.
      const inbox = await api()
        .get('/api/overlevering/approvals?status=pending')
        .set(as(PEOPLE.erik));
      expect(inbox.status).toBe(200);
      expect(inbox.body.items.map((i: any) => i.role).sort()).toEqual([
        'hemithjelp',
        'server',
      ]);
      expect(inbox.body.items[0].handover).toMatchObject({
        id,
        title: 'Pasientflyt 2.0',
        status: 'in_review',
      });
      expect(inbox.body.nextCursor).toBeUndefined();
      // A page at a time, the cursor leads to the rest and nothing more.
      const firstPage = await api()
        .get('/api/overlevering/approvals?status=pending&limit=1')
        .set(as(PEOPLE.erik));
      expect(firstPage.body.items).toEqual([inbox.body.items[0]]);
      const secondPage = await api()
        .get('/api/overlevering/approvals')
        .query({
          status: 'pending',
          limit: 1,
          cursor: firstPage.body.nextCursor,
        })
        .set(as(PEOPLE.erik));
      expect(secondPage.body.items).toEqual([inbox.body.items[1]]);
      expect(secondPage.body.nextCursor).toBeUndefined();
      const badCursor = await api()
        .get('/api/overlevering/approvals?cursor=tull')
        .set(as(PEOPLE.erik));
      expect(badCursor.status).toBe(400);
      expect(badCursor.body.error).toMatchObject({
        name: 'InputError',
        message: 'Invalid cursor',
      });

      const decide = (user: string, body: object, round = 1) =>
        api().post(`${url}/rounds/${round}/decisions`).set(as(user)).send(body);

      // A rejection without a comment is refused and changes nothing.
      const noComment = await decide(PEOPLE.hanne, {
        role: 'hemithjelp',
        decision: 'reject',
        comment: '  ',
      });
      expect(noComment.status).toBe(400);
      // A stranger cannot decide a seat they do not hold.
      const stranger = await decide(PEOPLE.eva, {
        role: 'hemithjelp',
        decision: 'approve',
      });
      expect(stranger.status).toBe(403);
      const wrongSeat = await decide(PEOPLE.ola, {
        role: 'fagansvarlig',
        decision: 'approve',
      });
      expect(wrongSeat.status).toBe(403);
      const unchanged = await api().get(url).set(as(PEOPLE.kari));
      expect(
        unchanged.body.rounds[0].seats.every(
          (a: any) => a.status === 'pending',
        ),
      ).toBe(true);

      // Everyone answers; Hemithjelp and Fagansvarlig reject.
      expect(
        (
          await decide(PEOPLE.hanne, {
            role: 'hemithjelp',
            decision: 'reject',
            comment: 'Mangler kunnskapsartikkel',
          })
        ).status,
      ).toBe(200);
      // Hemithjelp is decided: Erik, also in the group, cannot decide it again.
      const again = await decide(PEOPLE.erik, {
        role: 'hemithjelp',
        decision: 'approve',
      });
      expect(again.status).toBe(409);
      for (const [user, role] of [
        [PEOPLE.tor, 'tilgangsadministrasjon'],
        [PEOPLE.conny, 'config-manager'],
        [PEOPLE.ola, 'tjenesteutvikler'],
        [PEOPLE.siri, 'seksjonsleder'],
        [PEOPLE.erik, 'server'],
      ]) {
        const res = await decide(user, { role, decision: 'approve' });
        expect(res.status).toBe(200);
        expect(res.body.status).toBe('open');
      }
      // The owner hears of the rejection.
      await backend.delivered();
      expect(backend.notifications.send).toHaveBeenCalledWith(
        expect.objectContaining({
          recipients: { type: 'entity', entityRef: PEOPLE.kari },
          payload: expect.objectContaining({
            title: 'Avslag fra Hemithjelp: Pasientflyt 2.0',
            description: 'Mangler kunnskapsartikkel',
            link: `/overlevering/h/${id}`,
            scope: `overlevering:${id}:round:1:owner`,
          }),
        }),
      );
      const last = await decide(PEOPLE.per, {
        role: 'fagansvarlig',
        decision: 'reject',
        comment: 'Fagansvar er uklart',
      });
      expect(last.status).toBe(200);
      expect(last.body.status).toBe('rejected');

      const rejected = await api().get(url).set(as(PEOPLE.kari));
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        currentRound: {
          number: 1,
          status: 'rejected',
          pending: 0,
          approved: 5,
          rejected: 2,
        },
      });
      // A decision on the closed round is refused.
      const closed = await decide(PEOPLE.hanne, {
        role: 'hemithjelp',
        decision: 'approve',
      });
      expect(closed.status).toBe(409);

      // Fix the document and resubmit, ticking Nettverk this time.
      const fixed = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({
          revision: 2,
          document: { ...completeDocument(), etablering: { servere: 'app01' } },
        });
      expect(fixed.status).toBe(200);
      const resubmitted = await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 3, optionalRoles: ['server', 'nettverk'] });
      expect(resubmitted.status).toBe(201);
      // Those who rejected, the newly ticked Nettverk, and Server: it
      // approved before any server was described.
      expect(
        resubmitted.body.seats.map((a: any) => [a.role, a.status]),
      ).toEqual([
        ['fagansvarlig', 'pending'],
        ['hemithjelp', 'pending'],
        ['nettverk', 'pending'],
        ['server', 'pending'],
      ]);

      // Round 1's approvers saw revision 2; round 2's see the fix.
      const snapshot1 = await api()
        .get(`${url}/rounds/1/snapshot`)
        .set(as(PEOPLE.per));
      expect(snapshot1.body).toMatchObject({ round: 1, revision: 2 });
      expect(snapshot1.body.document.etablering).toBeUndefined();
      const snapshot2 = await api()
        .get(`${url}/rounds/2/snapshot`)
        .set(as(PEOPLE.per));
      expect(snapshot2.body).toMatchObject({ round: 2, revision: 3 });
      expect(snapshot2.body.document.etablering).toEqual({ servere: 'app01' });

      // Round 1 is closed for good.
      expect(
        (
          await decide(PEOPLE.tor, {
            role: 'tilgangsadministrasjon',
            decision: 'approve',
          })
        ).status,
      ).toBe(409);
      // Approvers who approved in round 1 have nothing waiting.
      const torInbox = await api()
        .get('/api/overlevering/approvals')
        .set(as(PEOPLE.tor));
      expect(torInbox.body.items).toEqual([]);

      for (const [user, role] of [
        [PEOPLE.erik, 'hemithjelp'],
        [PEOPLE.nils, 'nettverk'],
        [PEOPLE.sara, 'server'],
        [PEOPLE.per, 'fagansvarlig'],
      ]) {
        expect(
          (await decide(user, { role, decision: 'approve' }, 2)).status,
        ).toBe(200);
      }
      const approved = await api().get(url).set(as(PEOPLE.kari));
      expect(approved.body.status).toBe('approved');
      expect(approved.body.rounds.map((r: any) => r.status)).toEqual([
        'rejected',
        'approved',
      ]);
      await backend.delivered();
      expect(backend.notifications.send).toHaveBeenLastCalledWith(
        expect.objectContaining({
          recipients: { type: 'entity', entityRef: PEOPLE.kari },
          payload: expect.objectContaining({
            scope: `overlevering:${id}:round:2:owner`,
          }),
        }),
      );
      // An approved handover no longer changes.
      const afterApproval = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 3, document: completeDocument() });
      expect(afterApproval.status).toBe(409);

      // The history holds every change, oldest first.
      const history = await api().get(`${url}/history`).set(as(PEOPLE.eva));
      expect(history.status).toBe(200);
      expect(history.body.items.map((e: any) => e.type)).toEqual([
        'created',
        'saved',
        'submitted',
        ...Array(7).fill('decided'),
        'round_closed',
        'saved',
        'submitted',
        ...Array(4).fill('decided'),
        'round_closed',
        'follow_up_started',
      ]);
      expect(history.body.items[1]).toMatchObject({
        actor: PEOPLE.kari,
        data: { revision: 2, sections: ['bestilling', 'designfase'] },
      });

      // Export the current document and round 1's snapshot.
      const exported = await api()
        .get(`${url}/export?format=markdown`)
        .set(as(PEOPLE.kari));
      expect(exported.status).toBe(200);
      expect(exported.headers['content-type']).toContain('text/markdown');
      expect(exported.text).toContain('# Pasientflyt 2.0');
      // People and the service by the names the catalog gives them.
      expect(exported.text).toContain('- **Fagansvarlig:** Per Fagansvarlig');
      expect(exported.text).toContain('- **Tjeneste:** Pasientflyt');
      expect(exported.text).not.toMatch(/(user|component):default\//);
      const snapshot = await api()
        .get(`${url}/export?format=markdown&round=1`)
        .set(as(PEOPLE.kari));
      expect(snapshot.status).toBe(200);
      expect(snapshot.text).toContain('Pasientflyt 2.0');
      expect(
        (await api().get(`${url}/export?round=9`).set(as(PEOPLE.kari))).status,
      ).toBe(404);

      // Lists: mine, by entity, by status.
      const mine = await api()
        .get('/api/overlevering/handovers?owner=me')
        .set(as(PEOPLE.kari));
      expect(mine.body.items.map((h: any) => h.id)).toEqual([id]);
      expect(mine.body.items[0].currentRound).toMatchObject({
        number: 2,
        status: 'approved',
      });
      const olaMine = await api()
        .get('/api/overlevering/handovers?owner=me')
        .set(as(PEOPLE.ola));
      expect(olaMine.body.items).toEqual([]);
      const byEntity = await api()
        .get(
          `/api/overlevering/handovers?entityRef=${encodeURIComponent(
            SERVICE_REF,
          )}&status=approved`,
        )
        .set(as(PEOPLE.eva));
      expect(byEntity.body.items.map((h: any) => h.id)).toEqual([id]);

      // Every mutation was audited.
      expect(backend.auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({ eventId: 'handover-decide' }),
      );
      // A refused mutation is audited as a failure.
      expect(backend.auditEvent.fail).toHaveBeenCalledWith(
        expect.objectContaining({
          error: expect.objectContaining({ name: 'ConflictError' }),
        }),
      );
      // The owner and every seat holder hear of changes on the user channel.
      await backend.delivered();
      expect(backend.signals.publish).toHaveBeenCalledWith(
        expect.objectContaining({
          channel: 'overlevering:user',
          recipients: {
            type: 'user',
            entityRef: expect.arrayContaining([
              PEOPLE.kari,
              PEOPLE.per,
              'group:default/hemithjelp',
            ]),
          },
          message: expect.objectContaining({
            handoverId: id,
            type: 'round_closed',
          }),
        }),
      );
      // And signalled on the handover's channel.
      expect(backend.signals.publish).toHaveBeenCalledWith(
        expect.objectContaining({
          channel: `overlevering:handover:${id}`,
          message: expect.objectContaining({ status: 'approved' }),
        }),
      );
    });

    it('hands a handover to a new owner, and deletes a draft softly', async () => {
      const api = () => request(backend.server);
      const created = await api()
        .post('/api/overlevering/handovers')
        .set(as(PEOPLE.kari))
        .send({ document: completeDocument('Overtas') });
      const url = `/api/overlevering/handovers/${created.body.id}`;
      // A short ref is understood as a user in the default namespace.
      const handed = await api()
        .put(`${url}/owner`)
        .set(as(PEOPLE.kari))
        .send({ owner: 'ola.utvikler' });
      expect(handed.status).toBe(200);
      expect(handed.body.owner).toBe(PEOPLE.ola);
      await backend.delivered();
      expect(backend.notifications.send).toHaveBeenLastCalledWith(
        expect.objectContaining({
          recipients: { type: 'entity', entityRef: PEOPLE.ola },
          payload: expect.objectContaining({
            description:
              'Overleveringen ble overført til deg fra Kari Nordmann.',
            link: `/overlevering/h/${created.body.id}`,
          }),
        }),
      );
      // Kari no longer owns it; Ola does.
      const kari = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document: completeDocument('Kari') });
      expect(kari.status).toBe(403);
      const ola = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.ola))
        .send({ revision: 1, document: completeDocument('Ola') });
      expect(ola.status).toBe(200);
      const olaMine = await api()
        .get('/api/overlevering/handovers?owner=me')
        .set(as(PEOPLE.ola));
      expect(olaMine.body.items.map((h: any) => h.id)).toContain(
        created.body.id,
      );

      const history = await api().get(`${url}/history`).set(as(PEOPLE.kari));
      expect(history.body.items.map((e: any) => e.type)).toEqual([
        'created',
        'owner_changed',
        'saved',
      ]);

      expect((await api().delete(url).set(as(PEOPLE.kari))).status).toBe(403);
      expect((await api().delete(url).set(as(PEOPLE.ola))).status).toBe(204);
      expect((await api().get(url).set(as(PEOPLE.ola))).status).toBe(404);
      const afterDelete = await api()
        .get('/api/overlevering/handovers?owner=me')
        .set(as(PEOPLE.ola));
      expect(afterDelete.body.items.map((h: any) => h.id)).not.toContain(
        created.body.id,
      );
    });

    it('saves a large document, and refuses one above the form limit', async () => {
      const api = () => request(backend.server);
      const created = await api()
        .post('/api/overlevering/handovers')
        .set(as(PEOPLE.kari))
        .send({});
      const url = `/api/overlevering/handovers/${created.body.id}`;
      const withDeviations = (rows: number) => ({
        ...completeDocument('Stor'),
        produksjonssetting: {
          fravik: Array.from({ length: rows }, (_, i) => ({
            beskrivelse: `Fravik ${i} `.padEnd(5000, 'x'),
            begrunnelse: 'y'.repeat(5000),
          })),
        },
      });
      // About 300 KB: more than express accepts by default.
      const large = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document: withDeviations(30) });
      expect(large.status).toBe(200);
      // About 700 KB: above what the form allows.
      const tooLarge = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 2, document: withDeviations(70) });
      expect(tooLarge.status).toBe(400);
      const current = await api().get(url).set(as(PEOPLE.kari));
      expect(current.body.revision).toBe(2);
    });

    it('withdraws an open round so the owner can edit sooner', async () => {
      const api = () => request(backend.server);
      const created = await api()
        .post('/api/overlevering/handovers')
        .set(as(PEOPLE.kari))
        .send({ document: completeDocument('Trekkes') });
      const url = `/api/overlevering/handovers/${created.body.id}`;
      await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] });
      expect(
        (await api().post(`${url}/withdraw`).set(as(PEOPLE.ola))).status,
      ).toBe(403);
      const withdrawn = await api()
        .post(`${url}/withdraw`)
        .set(as(PEOPLE.kari));
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.status).toBe('draft');
      expect(withdrawn.body.rounds[0].status).toBe('withdrawn');
      expect(
        withdrawn.body.rounds[0].seats.every(
          (a: any) => a.status === 'withdrawn',
        ),
      ).toBe(true);
      expect(
        (await api().post(`${url}/withdraw`).set(as(PEOPLE.kari))).status,
      ).toBe(409);
      const inbox = await api()
        .get('/api/overlevering/approvals')
        .set(as(PEOPLE.hanne));
      expect(
        inbox.body.items.filter((i: any) => i.handover.id === created.body.id),
      ).toEqual([]);
      const edited = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document: completeDocument('Trukket og endret') });
      expect(edited.status).toBe(200);
    });
  });
});
