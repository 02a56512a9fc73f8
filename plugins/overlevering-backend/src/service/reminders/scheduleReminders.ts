import type {
  AuthService,
  DatabaseService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { ConditionReminderStore } from '../../database/ConditionReminderStore';
import { FollowUpEndStore } from '../../database/FollowUpEndStore';
import { ReminderStore } from '../../database/ReminderStore';
import type { OverleveringConfig } from '../config';
import { ConditionReminderService } from './ConditionReminderService';
import { FollowUpEndService } from './FollowUpEndService';
import { ReminderService } from './ReminderService';

/** The id of the task, as the scheduler's API names it (to trigger it by hand). */
export const REMINDER_TASK_ID = 'overlevering-seat-reminders';

/**
 * Looks for seats to remind, overdue conditions to remind of and follow-ups
 * whose period ended every `overlevering.reminders.frequency`, on one
 * replica at a time (the scheduler's global scope); seats are reminded only
 * for roles with reminders.
 *
 * @internal
 */
export async function scheduleReminders(deps: {
  config: OverleveringConfig;
  scheduler: SchedulerService;
  database: DatabaseService;
  /** The outbox's worker, which sends what the reminders claimed. */
  outbox: { deliverSoon(): void };
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
}): Promise<void> {
  const client = await deps.database.getClient();
  const service = new ReminderService({
    store: new ReminderStore(client),
    roles: deps.config.approverRoles,
    outbox: deps.outbox,
    catalog: deps.catalog,
    auth: deps.auth,
    logger: deps.logger,
    language: deps.config.language,
    frontendPath: deps.config.frontendPath,
  });
  // Overdue conditions of approvals "med forbehold" follow the timetable of
  // the role that set them, so they are reminded when seats are.
  const conditions = new ConditionReminderService({
    store: new ConditionReminderStore(client),
    roles: deps.config.approverRoles,
    outbox: deps.outbox,
    language: deps.config.language,
    frontendPath: deps.config.frontendPath,
  });
  // The end of a follow-up after approval is told on the same rounds.
  const followUps = new FollowUpEndService({
    store: new FollowUpEndStore(client),
    roles: deps.config.approverRoles,
    outbox: deps.outbox,
    language: deps.config.language,
    frontendPath: deps.config.frontendPath,
  });
  // The task runs even where no role has reminders: the end of a follow-up
  // is told all the same.
  const frequency = { milliseconds: deps.config.reminderSchedule.frequencyMs };
  await deps.scheduler.scheduleTask({
    id: REMINDER_TASK_ID,
    frequency,
    timeout: { minutes: 10 },
    initialDelay: { seconds: 30 },
    fn: async () => {
      const { reminded, escalated } = service.enabled
        ? await service.run()
        : { reminded: 0, escalated: 0 };
      const ended = await followUps.run();
      if (ended > 0) {
        deps.logger.info(`Told of ${ended} ended follow-ups`);
      }
      const overdue = await conditions.run();
      if (overdue > 0) {
        deps.logger.info(`Reminded of ${overdue} overdue conditions`);
      }
      if (reminded + escalated > 0) {
        deps.logger.info(
          `Reminded ${reminded} and escalated ${escalated} waiting approver seats`,
        );
      }
    },
  });
}
