import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  conditionReminderPlan,
  osloDate,
  overleveringPagePath,
  type ApproverRole,
} from '@hemit/plugin-overlevering-common';
import type { Locale } from '@hemit/overlevering-form-schema';
import type { ConditionReminderStore } from '../../database/ConditionReminderStore';
import { conditionReminderTexts } from './conditionReminderTexts';

/**
 * Reminds whoever follows up an open condition of an approval "med
 * forbehold" once it is past its due date, by the reminder timetable of the
 * role whose approval set it (a role without reminders reminds of none).
 * Each reminder is claimed in the database before it is sent, so it goes out
 * once however many replicas run.
 *
 * @internal
 */
export class ConditionReminderService {
  private readonly texts;

  constructor(
    private readonly deps: {
      store: ConditionReminderStore;
      roles: readonly ApproverRole[];
      notifications: NotificationService;
      logger: LoggerService;
      language: Locale;
      frontendPath: string;
      clock?: () => Date;
    },
  ) {
    this.texts = conditionReminderTexts(deps.language);
  }

  /** Sends every reminder of an overdue condition due now; how many. */
  async run(): Promise<number> {
    const now = this.deps.clock ? this.deps.clock() : new Date();
    let reminded = 0;
    for (const condition of await this.deps.store.listOverdue(osloDate(now))) {
      const config = this.deps.roles.find(
        r => r.id === condition.role,
      )?.reminders;
      if (!config) {
        continue;
      }
      const plan = conditionReminderPlan({
        due: condition.due,
        now,
        config,
        sent: condition.sent,
      });
      if (!plan.remindNow) {
        continue;
      }
      const claimed = await this.deps.store.claim({
        id: condition.id,
        number: condition.sent.reminders + 1,
        at: now,
      });
      if (!claimed) {
        continue;
      }
      try {
        await this.deps.notifications.send({
          recipients: { type: 'entity', entityRef: condition.followUp },
          payload: {
            ...this.texts.overdue({
              title: condition.title || this.texts.untitled,
              text: condition.text,
              due: condition.due,
            }),
            link: `${this.deps.frontendPath}${overleveringPagePath('handover', {
              id: condition.handoverId,
            })}`,
            topic: 'overlevering',
            // One notification per condition: each reminder brings it up
            // again as unread.
            scope: `overlevering:${condition.handoverId}:condition:${condition.id}:reminder`,
          },
        });
        reminded += 1;
      } catch (error) {
        this.deps.logger.warn(
          `Could not remind of condition ${condition.id} of handover ${condition.handoverId}: ${error}`,
        );
      }
    }
    return reminded;
  }
}
