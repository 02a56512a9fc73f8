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
 * Each reminder is claimed in the database together with its notification in
 * the outbox, so it is decided once however many replicas run and sent at
 * least once.
 *
 * @internal
 */
export class ConditionReminderService {
  private readonly texts;

  constructor(
    private readonly deps: {
      store: ConditionReminderStore;
      roles: readonly ApproverRole[];
      /** Sends what was claimed now rather than on the outbox's next beat. */
      outbox?: { deliverSoon(): void };
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
        handoverId: condition.handoverId,
        number: condition.sent.reminders + 1,
        at: now,
        tell: [
          {
            recipients: [condition.followUp],
            payload: {
              ...this.texts.overdue({
                title: condition.title || this.texts.untitled,
                text: condition.text,
                due: condition.due,
              }),
              link: `${this.deps.frontendPath}${overleveringPagePath(
                'handover',
                { id: condition.handoverId },
              )}`,
              topic: 'overlevering',
              // One notification per condition: each reminder brings it up
              // again as unread.
              scope: `overlevering:${condition.handoverId}:condition:${condition.id}:reminder`,
            },
          },
        ],
      });
      if (claimed) {
        reminded += 1;
      }
    }
    if (reminded > 0) {
      this.deps.outbox?.deliverSoon();
    }
    return reminded;
  }
}
