import { ConfigReader } from '@backstage/config';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  completeDocument,
  PEOPLE,
  SERVICE_REF,
} from '@internal/overlevering-test-backend';
import {
  createTestDatabases,
  databaseServiceFor,
} from './__testUtils__/testDatabases';
import { ConditionReminderStore } from './database/ConditionReminderStore';
import { DatabaseHandoverStore } from './database/DatabaseHandoverStore';
import { readOverleveringConfig } from './service/config';
import { ConditionReminderService } from './service/reminders/ConditionReminderService';
import { reminderDelivery } from './__testUtils__/reminderDelivery';

// An open condition of an approval "med forbehold" past its due date is
// reminded to whoever follows it up, by the timetable of the role that set
// it, once per reminder however many replicas look; a closed one is not.

jest.setTimeout(180_000);

const config = readOverleveringConfig(
  new ConfigReader({
    overlevering: {
      reminders: { remindAfterWorkingDays: 2, repeatEveryWorkingDays: 2 },
    },
  }),
);

describe('reminders of overdue conditions', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'reminds the follow-up person once overdue, again two working days later, never twice, and not once closed, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
      });
      const handover = await store.createHandover({
        owner: PEOPLE.kari,
        entityRef: SERVICE_REF,
        title: 'PACS',
        schemaVersion: 2,
        document: completeDocument('PACS'),
      });
      await store.openRound({
        id: handover.id,
        revision: 1,
        round: 1,
        actor: PEOPLE.kari,
        optionalRoles: [],
        seats: [{ role: 'hemithjelp', approver: 'group:default/hemithjelp' }],
      });
      await store.decide({
        id: handover.id,
        round: 1,
        role: 'hemithjelp',
        decision: 'approve',
        actor: PEOPLE.hanne,
        conditions: [
          // Due the day before skjærtorsdag 2027.
          {
            text: 'Kurs for servicedesk',
            followUp: PEOPLE.nils,
            due: '2027-03-24',
          },
          { text: 'KB-2', followUp: PEOPLE.erik, due: '2027-04-30' },
        ],
      });
      const sent: { to: string; title: string; scope: string }[] = [];
      const notifications: NotificationService = {
        send: async ({ recipients, payload }) => {
          if (recipients.type !== 'entity') throw new Error('broadcast');
          sent.push({
            to: String(recipients.entityRef),
            title: payload.title,
            scope: payload.scope ?? '',
          });
        },
      };
      let now = new Date();
      const deliver = reminderDelivery(knex, notifications, () => now);
      const replica = () =>
        new ConditionReminderService({
          store: new ConditionReminderStore(knex),
          roles: config.approverRoles,
          language: 'nb',
          frontendPath: '/overlevering',
          clock: () => now,
        });
      const [one, two] = [replica(), replica()];
      const runAt = async (iso: string) => {
        now = new Date(iso);
        const before = sent.length;
        await Promise.all([one.run(), two.run()]);
        await deliver();
        return sent.slice(before);
      };

      // On its due date it is not overdue yet.
      expect(await runAt('2027-03-24T20:00:00.000Z')).toEqual([]);
      const first = await runAt('2027-03-25T08:00:00.000Z');
      expect(first).toEqual([
        {
          to: PEOPLE.nils,
          title: 'Forbehold over fristen: PACS',
          scope: expect.stringMatching(/:condition:.+:reminder$/),
        },
      ]);
      expect(await runAt('2027-03-25T12:00:00.000Z')).toEqual([]);
      // Easter: two working days have passed on Wednesday 31 March.
      expect(await runAt('2027-03-30T12:00:00.000Z')).toEqual([]);
      expect((await runAt('2027-04-01T08:00:00.000Z')).map(s => s.to)).toEqual([
        PEOPLE.nils,
      ]);

      const [course] = await store.listConditions({ id: handover.id });
      await store.closeCondition({
        id: handover.id,
        conditionId: course.id,
        comment: 'Holdt',
        actor: PEOPLE.nils,
      });
      expect(await runAt('2027-04-20T08:00:00.000Z')).toEqual([]);
    },
  );
});
