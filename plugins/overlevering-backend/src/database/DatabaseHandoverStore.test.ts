import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import { DatabaseHandoverStore } from './DatabaseHandoverStore';
import {
  createTestDatabases,
  databaseServiceFor,
} from '../__testUtils__/testDatabases';

jest.setTimeout(180_000);

const KARI = 'user:default/kari.nordmann';
const OLA = 'user:default/ola.utvikler';
const HANNE = 'user:default/hanne.hjelp';
const HEMITHJELP = 'group:default/hemithjelp';
const SERVICE = 'component:default/pasientflyt';

describe('DatabaseHandoverStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let store: DatabaseHandoverStore;
    let knex: Knex;
    let tick = 0;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      // A clock that moves one second per call keeps the list order stable.
      tick = 0;
      store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
        now: () => new Date(Date.UTC(2026, 0, 1, 8, 0, tick++)),
      });
    });

    async function draft(title = 'Pasientflyt 2.0', owner = KARI, on = store) {
      return on.createHandover({
        owner,
        entityRef: SERVICE,
        title,
        schemaVersion: 1,
        document: { bestilling: { tittel: title } },
      });
    }

    async function submitted(
      seats = [
        { role: 'hemithjelp', approver: HEMITHJELP },
        { role: 'tjenesteutvikler', approver: OLA },
      ],
      on = store,
    ) {
      const h = await draft(undefined, undefined, on);
      await on.openRound({
        id: h.id,
        revision: 1,
        round: 1,
        actor: KARI,
        optionalRoles: [],
        seats,
      });
      return h;
    }

    it('creates a draft at revision 1 and reads it back with its history', async () => {
      const h = await draft();
      expect(h).toMatchObject({
        owner: KARI,
        entityRef: SERVICE,
        status: 'draft',
        revision: 1,
        currentRound: 0,
        title: 'Pasientflyt 2.0',
      });
      const read = await store.getHandover({ id: h.id });
      expect(read?.handover.document).toEqual({
        bestilling: { tittel: 'Pasientflyt 2.0' },
      });
      expect(read?.rounds).toEqual([]);
      expect(await store.getHandover({ id: 'missing' })).toBeUndefined();
      const events = await store.listEvents({ id: h.id });
      expect(events.map(e => e.type)).toEqual(['created']);
      expect(events[0]).toMatchObject({
        actor: KARI,
        data: { entityRef: SERVICE },
      });
    });

    it('saves on the current revision and refuses a stale one with the current revision', async () => {
      const h = await draft();
      const saved = await store.saveDocument({
        id: h.id,
        revision: 1,
        actor: KARI,
        title: 'Nytt navn',
        schemaVersion: 1,
        document: { bestilling: { tittel: 'Nytt navn' } },
        changedSections: ['bestilling'],
      });
      expect(saved).toMatchObject({ revision: 2, title: 'Nytt navn' });

      const stale = store.saveDocument({
        id: h.id,
        revision: 1,
        actor: OLA,
        title: 'Overskrevet',
        schemaVersion: 1,
        document: {},
        changedSections: ['bestilling'],
      });
      await expect(stale).rejects.toThrow(ConflictError);
      await expect(stale).rejects.toThrow(/current revision is 2/);
      const read = await store.getHandover({ id: h.id });
      expect(read?.handover).toMatchObject({ revision: 2, title: 'Nytt navn' });
      expect(await store.getRevision({ id: h.id, revision: 1 })).toEqual({
        bestilling: { tittel: 'Pasientflyt 2.0' },
      });
      expect(
        await store.getRevision({ id: h.id, revision: 3 }),
      ).toBeUndefined();
      const events = await store.listEvents({ id: h.id });
      expect(events.map(e => e.type)).toEqual(['created', 'saved']);
      expect(events[1].data).toEqual({ revision: 2, sections: ['bestilling'] });
      await expect(
        store.saveDocument({
          id: 'missing',
          revision: 1,
          actor: KARI,
          title: '',
          schemaVersion: 1,
          document: {},
          changedSections: [],
        }),
      ).rejects.toThrow(NotFoundError);
    });

    it('opens a round once and refuses saves and a second round while it is open', async () => {
      const h = await submitted();
      const read = await store.getHandover({ id: h.id });
      expect(read?.handover).toMatchObject({
        status: 'in_review',
        currentRound: 1,
      });
      expect(read?.rounds).toHaveLength(1);
      expect(read?.rounds[0]).toMatchObject({
        number: 1,
        status: 'open',
        revision: 1,
        submittedBy: KARI,
      });
      expect(read?.rounds[0].seats.map(a => [a.role, a.status])).toEqual([
        ['hemithjelp', 'pending'],
        ['tjenesteutvikler', 'pending'],
      ]);

      await expect(
        store.openRound({
          id: h.id,
          revision: 1,
          round: 2,
          actor: KARI,
          optionalRoles: [],
          seats: [],
        }),
      ).rejects.toThrow(/in review/);
      await expect(
        store.saveDocument({
          id: h.id,
          revision: 1,
          actor: KARI,
          title: 'x',
          schemaVersion: 1,
          document: {},
          changedSections: [],
        }),
      ).rejects.toThrow(ConflictError);
    });

    it('refuses to open a round on a stale revision', async () => {
      const h = await draft();
      await expect(
        store.openRound({
          id: h.id,
          revision: 7,
          round: 1,
          actor: KARI,
          optionalRoles: [],
          seats: [],
        }),
      ).rejects.toThrow(/current revision is 1/);
      expect((await store.getHandover({ id: h.id }))?.rounds).toEqual([]);
    });

    it('decides each seat once and closes the round as rejected when one rejects', async () => {
      const h = await submitted();
      const first = await store.decide({
        id: h.id,
        round: 1,
        role: 'hemithjelp',
        decision: 'reject',
        comment: 'Mangler driftsdokumentasjon',
        actor: HANNE,
      });
      expect(first).toMatchObject({ status: 'in_review', closed: false });
      expect(first.round.seats[0]).toMatchObject({
        role: 'hemithjelp',
        status: 'rejected',
        decidedBy: HANNE,
        comment: 'Mangler driftsdokumentasjon',
      });

      await expect(
        store.decide({
          id: h.id,
          round: 1,
          role: 'hemithjelp',
          decision: 'approve',
          actor: HANNE,
        }),
      ).rejects.toThrow(/already been decided/);
      await expect(
        store.decide({
          id: h.id,
          round: 1,
          role: 'server',
          decision: 'approve',
          actor: HANNE,
        }),
      ).rejects.toThrow(NotFoundError);

      const last = await store.decide({
        id: h.id,
        round: 1,
        role: 'tjenesteutvikler',
        decision: 'approve',
        actor: OLA,
      });
      expect(last).toMatchObject({ status: 'rejected', closed: true });
      expect(last.round).toMatchObject({ status: 'rejected' });
      expect(last.round.closedAt).toBeDefined();

      await expect(
        store.decide({
          id: h.id,
          round: 1,
          role: 'tjenesteutvikler',
          decision: 'approve',
          actor: OLA,
        }),
      ).rejects.toThrow(/not open/);
      const events = await store.listEvents({ id: h.id });
      expect(events.map(e => e.type)).toEqual([
        'created',
        'submitted',
        'decided',
        'decided',
        'round_closed',
      ]);
      expect(events[4].data).toMatchObject({ round: 1, status: 'rejected' });
    });

    it('keeps the sections a rejection points at with the seat and in the history', async () => {
      const h = await submitted();
      const outcome = await store.decide({
        id: h.id,
        round: 1,
        role: 'hemithjelp',
        decision: 'reject',
        comment: 'Kunnskapsartikler mangler',
        sections: ['etablering', 'produksjonssetting'],
        actor: HANNE,
      });
      expect(outcome.round.seats[0]).toMatchObject({
        role: 'hemithjelp',
        sections: ['etablering', 'produksjonssetting'],
      });
      // A seat decided without sections has none on the wire.
      await store.decide({
        id: h.id,
        round: 1,
        role: 'tjenesteutvikler',
        decision: 'reject',
        comment: 'Planen mangler',
        actor: OLA,
      });
      const stored = await store.getHandover({ id: h.id });
      expect(stored?.rounds[0].seats).toEqual([
        expect.objectContaining({
          role: 'hemithjelp',
          sections: ['etablering', 'produksjonssetting'],
        }),
        expect.not.objectContaining({ sections: expect.anything() }),
      ]);
      const decided = (await store.listEvents({ id: h.id })).filter(
        e => e.type === 'decided',
      );
      expect(decided[0].data).toMatchObject({
        role: 'hemithjelp',
        sections: ['etablering', 'produksjonssetting'],
      });
      expect(decided[1].data).not.toHaveProperty('sections');
    });

    it('approves the handover when the last seat of a round approves', async () => {
      const h = await submitted([{ role: 'hemithjelp', approver: HEMITHJELP }]);
      const outcome = await store.decide({
        id: h.id,
        round: 1,
        role: 'hemithjelp',
        decision: 'approve',
        actor: HANNE,
      });
      expect(outcome).toMatchObject({ status: 'approved', closed: true });
      const read = await store.getHandover({ id: h.id });
      expect(read?.handover.status).toBe('approved');
      await expect(
        store.saveDocument({
          id: h.id,
          revision: 1,
          actor: KARI,
          title: 'x',
          schemaVersion: 1,
          document: {},
          changedSections: [],
        }),
      ).rejects.toThrow(/approved/);
    });

    it('withdraws an open round: pending seats withdrawn, handover a draft again', async () => {
      const h = await submitted();
      await store.decide({
        id: h.id,
        round: 1,
        role: 'hemithjelp',
        decision: 'approve',
        actor: HANNE,
      });
      const round = await store.withdrawRound({
        id: h.id,
        round: 1,
        actor: KARI,
      });
      expect(round.status).toBe('withdrawn');
      expect(round.seats.map(a => [a.role, a.status])).toEqual([
        ['hemithjelp', 'approved'],
        ['tjenesteutvikler', 'withdrawn'],
      ]);
      expect((await store.getHandover({ id: h.id }))?.handover.status).toBe(
        'draft',
      );
      await expect(
        store.withdrawRound({ id: h.id, round: 1, actor: KARI }),
      ).rejects.toThrow(ConflictError);
      // The next round gets number 2.
      const next = await store.openRound({
        id: h.id,
        revision: 1,
        round: 2,
        actor: KARI,
        optionalRoles: ['server'],
        seats: [{ role: 'tjenesteutvikler', approver: OLA }],
      });
      expect(next).toMatchObject({ number: 2, optionalRoles: ['server'] });
    });

    it('lists newest change first with filters, search and keyset pages', async () => {
      const a = await draft('Pasientflyt');
      const b = await draft('Labsvar 100%', OLA);
      const c = await draft('Pasientportal');
      await store.openRound({
        id: c.id,
        revision: 1,
        round: 1,
        actor: KARI,
        optionalRoles: [],
        seats: [
          { role: 'hemithjelp', approver: HEMITHJELP },
          { role: 'tjenesteutvikler', approver: OLA },
        ],
      });
      await store.decide({
        id: c.id,
        round: 1,
        role: 'hemithjelp',
        decision: 'approve',
        actor: HANNE,
      });

      const all = await store.listHandovers({ limit: 10 });
      expect(all.items.map(i => i.id)).toEqual([c.id, b.id, a.id]);
      expect(all.nextCursor).toBeUndefined();
      expect(all.items[0].currentRound).toEqual({
        number: 1,
        status: 'open',
        pending: 1,
        approved: 1,
        rejected: 0,
      });
      expect(all.items[1].currentRound).toBeUndefined();

      const mine = await store.listHandovers({ owner: KARI, limit: 10 });
      expect(mine.items.map(i => i.id)).toEqual([c.id, a.id]);
      const inReview = await store.listHandovers({
        status: 'in_review',
        limit: 10,
      });
      expect(inReview.items.map(i => i.id)).toEqual([c.id]);
      const byEntity = await store.listHandovers({
        entityRef: SERVICE,
        limit: 10,
      });
      expect(byEntity.items).toHaveLength(3);
      const none = await store.listHandovers({
        entityRef: 'component:default/x',
        limit: 10,
      });
      expect(none.items).toEqual([]);
      const search = await store.listHandovers({ q: 'PASIENT', limit: 10 });
      expect(search.items.map(i => i.id)).toEqual([c.id, a.id]);
      // % is searched for literally, not as a wildcard.
      const percent = await store.listHandovers({ q: '100%', limit: 10 });
      expect(percent.items.map(i => i.id)).toEqual([b.id]);
      // Norwegian letters match regardless of case on every database.
      const nordic = await draft('ØKONOMI OG ÆRE');
      const ae = await store.listHandovers({ q: 'økonomi og ær', limit: 10 });
      expect(ae.items.map(i => i.id)).toEqual([nordic.id]);
      await store.deleteHandover({ id: nordic.id, actor: KARI });
      const noWildcard = await store.listHandovers({ q: '%', limit: 10 });
      expect(noWildcard.items.map(i => i.id)).toEqual([b.id]);

      const page1 = await store.listHandovers({ limit: 2 });
      expect(page1.items.map(i => i.id)).toEqual([c.id, b.id]);
      expect(page1.nextCursor).toBeDefined();
      const page2 = await store.listHandovers({
        limit: 2,
        cursor: page1.nextCursor,
      });
      expect(page2.items.map(i => i.id)).toEqual([a.id]);
      expect(page2.nextCursor).toBeUndefined();

      const seatHolder = await store.listHandovers({
        limit: 10,
        filter: { anyOf: [{ owner: [OLA] }, { seatHolder: [HEMITHJELP] }] },
      });
      expect(seatHolder.items.map(i => i.id)).toEqual([c.id, b.id]);
      const notMine = await store.listHandovers({
        limit: 10,
        filter: { not: { owner: [KARI] } },
      });
      expect(notMine.items.map(i => i.id)).toEqual([b.id]);
      const both = await store.listHandovers({
        limit: 10,
        filter: { allOf: [{ owner: [KARI] }, { seatHolder: [OLA] }] },
      });
      expect(both.items.map(i => i.id)).toEqual([c.id]);
    });

    it('lists the pending seats of a user and their groups, oldest first', async () => {
      const first = await submitted();
      const second = await submitted([
        { role: 'hemithjelp', approver: HEMITHJELP },
      ]);
      await store.decide({
        id: first.id,
        round: 1,
        role: 'tjenesteutvikler',
        decision: 'approve',
        actor: OLA,
      });

      const { items: hanne, nextCursor } = await store.listPendingApprovals({
        approvers: [HANNE, HEMITHJELP],
        limit: 10,
      });
      expect(nextCursor).toBeUndefined();
      expect(hanne.map(i => [i.handover.id, i.role, i.approver])).toEqual([
        [first.id, 'hemithjelp', HEMITHJELP],
        [second.id, 'hemithjelp', HEMITHJELP],
      ]);
      expect(hanne[0]).toMatchObject({ round: 1 });
      expect(hanne[0].handover.currentRound).toMatchObject({
        pending: 1,
        approved: 1,
      });
      expect(
        await store.listPendingApprovals({ approvers: [OLA], limit: 10 }),
      ).toEqual({ items: [] });
      expect(
        await store.listPendingApprovals({ approvers: [], limit: 10 }),
      ).toEqual({ items: [] });
      const one = await store.listPendingApprovals({
        approvers: [HEMITHJELP],
        limit: 1,
      });
      expect(one.items).toHaveLength(1);
      expect(one.nextCursor).toBeDefined();
    });

    it('pages through the inbox without losing or repeating a seat, also where seats share a time', async () => {
      // Every round submitted in the same second: the order then rests on
      // the handover and the role, and pages end inside a handover's seats.
      const sameSecond = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
        now: () => new Date(Date.UTC(2026, 0, 1, 8, 0, 0)),
      });
      for (let i = 0; i < 4; i++) {
        await submitted(
          [
            { role: 'hemithjelp', approver: HEMITHJELP },
            { role: 'fagansvarlig', approver: HANNE },
            { role: 'tjenesteutvikler', approver: HANNE },
          ],
          sameSecond,
        );
      }
      await submitted([{ role: 'server', approver: OLA }]);
      const approvers = [HANNE, HEMITHJELP];
      const key = (i: { handover: { id: string }; role: string }) =>
        `${i.handover.id}/${i.role}`;
      const all = await sameSecond.listPendingApprovals({
        approvers,
        limit: 100,
      });
      expect(all.items).toHaveLength(12);
      expect(all.nextCursor).toBeUndefined();

      const walked: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await sameSecond.listPendingApprovals({
          approvers,
          limit: 5,
          cursor,
        });
        expect(page.items.length).toBeLessThanOrEqual(5);
        walked.push(...page.items.map(key));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(walked).toEqual(all.items.map(key));

      await expect(
        sameSecond.listPendingApprovals({
          approvers,
          limit: 5,
          cursor: 'not-a-cursor',
        }),
      ).rejects.toThrow(InputError);
    });

    it('gives the permission framework owner and seat holders in one go', async () => {
      const h = await submitted();
      const plain = await draft();
      expect(
        await store.getPermissionResources({
          ids: [h.id, 'missing', plain.id],
        }),
      ).toEqual([
        {
          id: h.id,
          owner: KARI,
          approvers: expect.arrayContaining([HEMITHJELP, OLA]),
        },
        undefined,
        { id: plain.id, owner: KARI, approvers: [] },
      ]);
      expect(await store.getPermissionResources({ ids: [] })).toEqual([]);
    });

    it('soft-deletes only a draft, keeping its history', async () => {
      const kept = await draft('Beholdes');
      const gone = await draft('Slettes');
      await store.deleteHandover({ id: gone.id, actor: KARI });
      expect(await store.getHandover({ id: gone.id })).toBeUndefined();
      const list = await store.listHandovers({ limit: 10 });
      expect(list.items.map(i => i.id)).toEqual([kept.id]);
      expect(
        (await store.listEvents({ id: gone.id })).map(e => e.type),
      ).toEqual(['created', 'deleted']);
      await expect(
        store.deleteHandover({ id: gone.id, actor: KARI }),
      ).rejects.toThrow(NotFoundError);

      const inReview = await submitted();
      await expect(
        store.deleteHandover({ id: inReview.id, actor: KARI }),
      ).rejects.toThrow(/Only a draft/);
    });

    it('changes the owner only while the expected owner still owns it', async () => {
      const h = await draft();
      const changed = await store.changeOwner({
        id: h.id,
        expectedOwner: KARI,
        owner: OLA,
        actor: KARI,
      });
      expect(changed.owner).toBe(OLA);
      await expect(
        store.changeOwner({
          id: h.id,
          expectedOwner: KARI,
          owner: HANNE,
          actor: KARI,
        }),
      ).rejects.toThrow(ConflictError);
      expect((await store.getHandover({ id: h.id }))?.handover.owner).toBe(OLA);
      const events = await store.listEvents({ id: h.id });
      expect(events[events.length - 1]).toMatchObject({
        type: 'owner_changed',
        data: { from: KARI, to: OLA },
      });
    });

    it('lets exactly one of many simultaneous decisions on one seat win', async () => {
      const h = await submitted([
        { role: 'hemithjelp', approver: HEMITHJELP },
        { role: 'tjenesteutvikler', approver: OLA },
      ]);
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) =>
          store.decide({
            id: h.id,
            round: 1,
            role: 'hemithjelp',
            decision: i % 2 ? 'approve' : 'reject',
            comment: 'nei',
            actor: HANNE,
          }),
        ),
      );
      expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
      const events = await store.listEvents({ id: h.id });
      expect(events.filter(e => e.type === 'decided')).toHaveLength(1);
    });
  });
});
