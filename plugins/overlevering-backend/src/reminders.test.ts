import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  completeDocument,
  DEMO_ENTITIES,
  PEOPLE,
  SERVICE_REF,
} from '@internal/overlevering-test-backend';
import type { Knex } from 'knex';
import {
  createTestDatabases,
  databaseServiceFor,
} from './__testUtils__/testDatabases';
import { DatabaseHandoverStore } from './database/DatabaseHandoverStore';
import { ReminderStore } from './database/ReminderStore';
import { readOverleveringConfig } from './service/config';
import { ReminderService } from './service/reminders/ReminderService';
import { reminderDelivery } from './__testUtils__/reminderDelivery';

// Seats that wait are reminded and escalated on Norwegian working days, on a
// fake clock, on every database: a round opened on skjærtorsdag 2027 (Easter
// Sunday is 28 March) waits through Easter before its first reminder.

jest.setTimeout(180_000);

/** Thursday 25 March 2027 (skjærtorsdag), 10:00 in Oslo. */
const OPENED = '2027-03-25T09:00:00.000Z';
const IT_DRIFT = 'group:default/it-drift';

/** Hemithjelp's group is a child of IT-drift, as the catalog relates them. */
const ENTITIES: Entity[] = DEMO_ENTITIES.map(entity =>
  entity.kind === 'Group' && entity.metadata.name === 'hemithjelp'
    ? {
        ...entity,
        spec: { ...entity.spec, parent: 'it-drift' },
        relations: [{ type: 'childOf', targetRef: IT_DRIFT }],
      }
    : entity,
);

const config = readOverleveringConfig(
  new ConfigReader({
    overlevering: {
      reminders: {
        remindAfterWorkingDays: 2,
        repeatEveryWorkingDays: 2,
        escalateAfterWorkingDays: 5,
        escalateTo: { field: 'designfase.seksjonsleder' },
      },
    },
  }),
);
// Hemithjelp is a group seat: it goes to the group above it instead.
const roles = config.approverRoles.map(role =>
  role.id === 'hemithjelp'
    ? {
        ...role,
        reminders: {
          ...role.reminders!,
          escalateTo: { parentGroup: true as const },
        },
      }
    : role,
);

interface Sent {
  to: string[];
  title: string;
  link: string;
  scope: string;
}

describe('reminders and escalation', () => {
  const databases = createTestDatabases();

  async function setUp(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    const store = await DatabaseHandoverStore.create({
      database: databaseServiceFor(knex),
    });
    const sent: Sent[] = [];
    /** While set, the notifications service is down. */
    const failing = { now: false };
    const notifications: NotificationService = {
      send: async ({ recipients, payload }) => {
        if (failing.now) throw new Error('notifications service unavailable');
        if (recipients.type !== 'entity') throw new Error('broadcast');
        sent.push({
          to: [recipients.entityRef].flat(),
          title: payload.title,
          link: payload.link ?? '',
          scope: payload.scope ?? '',
        });
      },
    };
    let now = new Date(OPENED);
    const deliver = reminderDelivery(knex, notifications, () => now);
    const service = () =>
      new ReminderService({
        store: new ReminderStore(knex),
        roles,
        catalog: catalogServiceMock({ entities: ENTITIES }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        language: 'nb',
        frontendPath: '/overlevering',
        clock: () => now,
      });
    const replica = service();
    /** Moves the fake clock and runs one look for due reminders. */
    const runAt = async (iso: string) => {
      now = new Date(iso);
      const before = sent.length;
      await replica.run();
      await deliver();
      return sent.slice(before);
    };
    return {
      knex,
      store,
      sent,
      failing,
      service,
      deliver,
      runAt,
      setNow: (iso: string) => (now = new Date(iso)),
    };
  }

  async function openRound(
    knex: Knex,
    store: DatabaseHandoverStore,
    title: string,
  ) {
    const handover = await store.createHandover({
      owner: PEOPLE.kari,
      entityRef: SERVICE_REF,
      title,
      schemaVersion: 2,
      document: completeDocument(title),
    });
    await store.openRound({
      id: handover.id,
      revision: 1,
      round: 1,
      actor: PEOPLE.kari,
      optionalRoles: [],
      seats: [
        { role: 'hemithjelp', approver: 'group:default/hemithjelp' },
        { role: 'tjenesteutvikler', approver: PEOPLE.ola },
        { role: 'fagansvarlig', approver: PEOPLE.per },
      ],
    });
    // The round opened on skjærtorsdag, by the fake clock.
    await knex('overlevering_rounds')
      .where({ handover_id: handover.id })
      .update({ submitted_at: OPENED });
    await knex('overlevering_assignments')
      .where({ handover_id: handover.id })
      .update({ submitted_at: OPENED });
    return handover.id;
  }

  it.each(databases.eachSupportedId())(
    'reminds after Easter on the second working day, again after two more, escalates after five, never twice, on %p',
    async databaseId => {
      const { knex, store, runAt } = await setUp(databaseId);
      const id = await openRound(knex, store, 'PACS');
      await store.decide({
        id,
        round: 1,
        role: 'fagansvarlig',
        decision: 'approve',
        actor: PEOPLE.per,
      });
      const withdrawn = await openRound(knex, store, 'Trukket');
      await store.withdrawRound({
        id: withdrawn,
        round: 1,
        actor: PEOPLE.kari,
      });

      // Easter: Friday, the weekend and Easter Monday are no working days.
      expect(await runAt('2027-03-29T15:00:00.000Z')).toEqual([]);
      // Tuesday is one working day; Wednesday 10:00 in Oslo is two.
      expect(await runAt('2027-03-30T12:00:00.000Z')).toEqual([]);
      expect(await runAt('2027-03-31T07:59:00.000Z')).toEqual([]);
      const first = await runAt('2027-03-31T08:05:00.000Z');
      expect(first.map(s => s.to)).toEqual([
        ['group:default/hemithjelp'],
        [PEOPLE.ola],
      ]);
      expect(first[1]).toEqual({
        to: [PEOPLE.ola],
        title: 'Påminnelse: PACS venter på ditt svar',
        link: `/overlevering/godkjenninger/${id}/1/tjenesteutvikler`,
        scope: `overlevering:${id}:round:1:seat:tjenesteutvikler:reminder`,
      });
      // A second look the same day sends nothing again.
      expect(await runAt('2027-03-31T08:20:00.000Z')).toEqual([]);
      expect(await runAt('2027-04-01T16:00:00.000Z')).toEqual([]);

      // Two working days later, the second reminder.
      const second = await runAt('2027-04-02T08:00:00.000Z');
      expect(second.map(s => s.to)).toEqual([
        ['group:default/hemithjelp'],
        [PEOPLE.ola],
      ]);

      // Five working days after skjærtorsdag: Monday 5 April, escalated.
      expect(await runAt('2027-04-05T07:00:00.000Z')).toEqual([]);
      const escalated = await runAt('2027-04-05T08:00:00.000Z');
      expect(escalated).toEqual([
        {
          to: [IT_DRIFT],
          title: 'Eskalert: PACS venter på Hemithjelp',
          link: `/overlevering/h/${id}`,
          scope: `overlevering:${id}:round:1:seat:hemithjelp:escalation`,
        },
        {
          to: [PEOPLE.siri],
          title: 'Eskalert: PACS venter på Tjenesteutvikler',
          link: `/overlevering/h/${id}`,
          scope: `overlevering:${id}:round:1:seat:tjenesteutvikler:escalation`,
        },
      ]);
      expect(await runAt('2027-04-05T12:00:00.000Z')).toEqual([]);

      // Once a seat is decided it hears no more.
      await store.decide({
        id,
        round: 1,
        role: 'tjenesteutvikler',
        decision: 'approve',
        actor: PEOPLE.ola,
      });
      const third = await runAt('2027-04-06T08:00:00.000Z');
      expect(third.map(s => s.to)).toEqual([['group:default/hemithjelp']]);

      // Nothing ever went to the decided seat or the withdrawn round.
      const rows = await knex('overlevering_seat_reminders').select();
      expect(rows.filter(r => r.handover_id === withdrawn)).toEqual([]);
      expect(rows.filter(r => r.role === 'fagansvarlig')).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'sends a reminder the notifications service could not take once it is back, and claims it only once, on %p',
    async databaseId => {
      const { knex, store, failing, runAt } = await setUp(databaseId);
      const id = await openRound(knex, store, 'PACS');
      failing.now = true;
      expect(await runAt('2027-03-31T08:05:00.000Z')).toEqual([]);
      // Still down at the next look: nothing new is claimed, nothing sent.
      expect(await runAt('2027-03-31T08:20:00.000Z')).toEqual([]);
      failing.now = false;
      const late = await runAt('2027-03-31T08:35:00.000Z');
      expect(late.map(s => s.scope).sort()).toEqual(
        ['fagansvarlig', 'hemithjelp', 'tjenesteutvikler'].map(
          role => `overlevering:${id}:round:1:seat:${role}:reminder`,
        ),
      );
      const claims = await knex('overlevering_seat_reminders').select();
      expect(claims).toHaveLength(3);
      expect(await runAt('2027-03-31T09:00:00.000Z')).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'reminds the deputy of a seat holder who is away along with the holder, on %p',
    async databaseId => {
      const { knex, store, runAt } = await setUp(databaseId);
      await openRound(knex, store, 'PACS');
      // Ola is away over the first reminder, and Per stands in for him.
      await knex('overlevering_absences').insert({
        id: 'absence-1',
        person: PEOPLE.ola,
        deputy: PEOPLE.per,
        from_date: '2027-03-29',
        to_date: '2027-04-01',
        created_at: OPENED,
        ended_at: null,
      });
      const first = await runAt('2027-03-31T08:05:00.000Z');
      expect(
        first.find(s => s.scope.endsWith(':seat:tjenesteutvikler:reminder'))
          ?.to,
      ).toEqual([PEOPLE.ola, PEOPLE.per]);
      // Back at work by the second reminder: Ola alone.
      const second = await runAt('2027-04-02T08:00:00.000Z');
      expect(
        second.find(s => s.scope.endsWith(':seat:tjenesteutvikler:reminder'))
          ?.to,
      ).toEqual([PEOPLE.ola]);
    },
  );

  it.each(databases.eachSupportedId())(
    'sends each reminder once when two replicas look at the same moment on %p',
    async databaseId => {
      const { knex, store, sent, service, deliver, setNow } = await setUp(
        databaseId,
      );
      await openRound(knex, store, 'PACS');
      setNow('2027-04-06T08:00:00.000Z');
      const replicas = [service(), service(), service()];
      const results = await Promise.all(replicas.map(r => r.run()));
      await deliver();
      // The three seats once, and their escalations once, whoever won each.
      expect(results.reduce((n, r) => n + r.reminded, 0)).toBe(3);
      expect(results.reduce((n, r) => n + r.escalated, 0)).toBe(3);
      expect(sent).toHaveLength(6);
      expect(new Set(sent.map(s => s.scope)).size).toBe(6);
    },
  );

  it.each(databases.eachSupportedId())(
    'lets only one of two claims of the same reminder through, and none for a decided seat, on %p',
    async databaseId => {
      const { knex, store } = await setUp(databaseId);
      const id = await openRound(knex, store, 'PACS');
      const reminders = new ReminderStore(knex);
      const claim = (role: string) =>
        reminders.claim({
          handoverId: id,
          round: 1,
          role,
          kind: 'reminder',
          number: 1,
          recipients: [PEOPLE.ola],
          at: new Date('2027-03-31T08:00:00.000Z'),
          tell: [],
        });
      const both = await Promise.all([
        claim('tjenesteutvikler'),
        claim('tjenesteutvikler'),
      ]);
      expect(both.filter(Boolean)).toHaveLength(1);
      await store.decide({
        id,
        round: 1,
        role: 'fagansvarlig',
        decision: 'approve',
        actor: PEOPLE.per,
      });
      expect(await claim('fagansvarlig')).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'reminds nobody when no reminders are configured on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
      });
      await openRound(knex, store, 'PACS');
      const send = jest.fn();
      const plain = readOverleveringConfig(new ConfigReader({}));
      const service = new ReminderService({
        store: new ReminderStore(knex),
        roles: plain.approverRoles,
        catalog: catalogServiceMock({ entities: ENTITIES }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        language: 'nb',
        frontendPath: '/overlevering',
        clock: () => new Date('2027-06-01T08:00:00.000Z'),
      });
      expect(service.enabled).toBe(false);
      expect(await service.run()).toEqual({ reminded: 0, escalated: 0 });
      await reminderDelivery(
        knex,
        { send },
        () => new Date('2027-06-01T08:00:00.000Z'),
      )();
      expect(send).not.toHaveBeenCalled();
    },
  );
});
