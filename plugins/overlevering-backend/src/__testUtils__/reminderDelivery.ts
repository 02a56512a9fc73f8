import { mockServices } from '@backstage/backend-test-utils';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import type { Knex } from 'knex';
import { OutboxStore } from '../database/OutboxStore';
import { HandoverNotifier } from '../service/HandoverNotifier';
import { OutboxWorker } from '../service/OutboxWorker';

/**
 * The outbox's delivery as the plugin runs it, on the test's clock, for
 * tests of the timetables: it sends the reminders, escalations and ends of
 * follow-ups the outbox holds through `notifications`, and takes the changes
 * that set the scene (a handover created, a round opened) off the outbox
 * without telling anyone, so a test sees only what its timetable sent.
 */
export function reminderDelivery(
  knex: Knex,
  notifications: NotificationService,
  now: () => Date,
): () => Promise<void> {
  const notifier = new HandoverNotifier(
    notifications,
    { publish: async () => {} } as unknown as SignalsService,
    {
      language: 'nb',
      frontendPath: '/overlevering',
      roles: [],
      nameOf: async ref => ref,
    },
  );
  const worker = new OutboxWorker({
    outbox: new OutboxStore(knex, now),
    notifier: {
      deliveriesOf: change =>
        change.type === 'reminded' ? notifier.deliveriesOf(change) : [],
    } as HandoverNotifier,
    logger: mockServices.logger.mock(),
    maxAttempts: 10,
    now,
  });
  return () => worker.deliverDue();
}
