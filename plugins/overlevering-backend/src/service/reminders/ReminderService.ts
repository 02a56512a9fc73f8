import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  stringifyEntityRef,
  RELATION_CHILD_OF,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  approverRoleTitle,
  overleveringPagePath,
  reminderPlan,
  type ApproverRole,
  type EscalationTarget,
} from '@hemit/plugin-overlevering-common';
import { getValueAtPath, type Locale } from '@hemit/overlevering-form-schema';
import type { TimedNotification } from '../../database/OutboxStore';
import type {
  ReminderKind,
  ReminderStore,
  WaitingSeat,
} from '../../database/ReminderStore';
import { reminderTexts } from './reminderTexts';

/** What one run sent. @internal */
export interface ReminderRunResult {
  reminded: number;
  escalated: number;
}

/**
 * Reminds the holders of seats that wait and escalates the seats that wait
 * too long, by each role's `reminders` and the working-day rule of
 * `reminderPlan`. Each reminder is claimed in the database together with
 * its notification in the outbox, so it is decided once however many
 * replicas run, and sent at least once (a second delivery updates the first
 * in place by its scope) even when the notifications service is down.
 *
 * @internal
 */
export class ReminderService {
  private readonly texts;

  constructor(
    private readonly deps: {
      store: ReminderStore;
      roles: readonly ApproverRole[];
      /** Sends what was claimed now rather than on the outbox's next beat. */
      outbox?: { deliverSoon(): void };
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      /** The language people read notifications in. */
      language: Locale;
      /** Where the app mounts the plugin's pages, e.g. `/overlevering`. */
      frontendPath: string;
      /** The time now; a test passes its own clock. */
      clock?: () => Date;
    },
  ) {
    this.texts = reminderTexts(deps.language);
  }

  /** Whether any role has reminders, so the task is worth scheduling. */
  get enabled(): boolean {
    return this.deps.roles.some(role => role.reminders);
  }

  /** Sends every reminder and escalation due now. */
  async run(): Promise<ReminderRunResult> {
    const result: ReminderRunResult = { reminded: 0, escalated: 0 };
    const seats = await this.deps.store.listWaitingSeats();
    // A person away is reminded, and so is whoever stands in for them.
    const standIns = await this.deps.store.standIns(
      seats.map(seat => seat.approver),
      this.now(),
    );
    for (const seat of seats) {
      const role = this.deps.roles.find(r => r.id === seat.role);
      if (!role?.reminders) {
        continue;
      }
      const now = this.now();
      const plan = reminderPlan({
        waitingSince: seat.waitingSince,
        now,
        config: role.reminders,
        sent: seat.sent,
      });
      if (plan.remindNow) {
        const sent = await this.send(seat, role, 'reminder', {
          number: seat.sent.reminders + 1,
          recipients: [
            seat.approver,
            ...standIns
              .filter(standIn => standIn.person === seat.approver)
              .map(standIn => standIn.deputy),
          ],
          days: plan.waitedWorkingDays,
        });
        result.reminded += sent ? 1 : 0;
      }
      if (plan.escalateNow && role.reminders.escalateTo) {
        const recipients = await this.escalationTargets(
          seat,
          role.reminders.escalateTo,
        );
        if (recipients === undefined) {
          continue;
        }
        const sent = await this.send(seat, role, 'escalation', {
          number: 1,
          recipients,
          days: plan.waitedWorkingDays,
        });
        result.escalated += sent ? 1 : 0;
      }
    }
    if (result.reminded + result.escalated > 0) {
      this.deps.outbox?.deliverSoon();
    }
    return result;
  }

  /**
   * Claims the reminder with what it tells, for the outbox to send; false
   * when another run had it already or there is nobody to tell.
   */
  private async send(
    seat: WaitingSeat,
    role: ApproverRole,
    kind: ReminderKind,
    options: { number: number; recipients: string[]; days: number },
  ): Promise<boolean> {
    const words = {
      title: seat.title || this.texts.untitled,
      round: seat.round,
      role: approverRoleTitle(role, this.deps.language),
      days: options.days,
    };
    const text =
      kind === 'reminder'
        ? this.texts.reminder(words)
        : this.texts.escalation(words);
    const tell: TimedNotification[] =
      options.recipients.length === 0
        ? []
        : [
            {
              recipients: options.recipients,
              payload: {
                ...text,
                link: this.link(seat, kind),
                topic: 'overlevering',
                severity: kind === 'escalation' ? 'high' : 'normal',
                // One notification per seat for its reminders, one for its
                // escalation: each new reminder brings it up again as unread.
                scope: `overlevering:${seat.handoverId}:round:${seat.round}:seat:${seat.role}:${kind}`,
              },
            },
          ];
    const claimed = await this.deps.store.claim({
      handoverId: seat.handoverId,
      round: seat.round,
      role: seat.role,
      kind,
      number: options.number,
      recipients: options.recipients,
      at: this.now(),
      tell,
    });
    if (!claimed) {
      return false;
    }
    if (tell.length === 0) {
      this.deps.logger.warn(
        `Handover ${seat.handoverId} round ${seat.round}: the seat ${seat.role} waits too long, but there is nobody to escalate it to`,
      );
      return false;
    }
    return true;
  }

  /**
   * Who an escalation goes to; an empty list when there is nobody (the form
   * names no person, the group has no parent), undefined when the catalog
   * cannot be asked now and the next run is to try again.
   */
  private async escalationTargets(
    seat: WaitingSeat,
    target: EscalationTarget,
  ): Promise<string[] | undefined> {
    if (target.group) {
      return [target.group];
    }
    if (target.field) {
      const person = userRef(getValueAtPath(seat.document, target.field));
      return person ? [person] : [];
    }
    try {
      const group = await this.deps.catalog.getEntityByRef(seat.approver, {
        credentials: await this.deps.auth.getOwnServiceCredentials(),
      });
      const parents = (group?.relations ?? [])
        .filter(r => r.type === RELATION_CHILD_OF)
        .map(r => r.targetRef);
      return [...new Set(parents)];
    } catch (error) {
      this.deps.logger.warn(
        `Could not find the parent group of ${seat.approver} to escalate to: ${error}`,
      );
      return undefined;
    }
  }

  /** The seat holder goes to the decision page; others to the handover. */
  private link(seat: WaitingSeat, kind: ReminderKind): string {
    const path =
      kind === 'reminder'
        ? overleveringPagePath('decision', {
            id: seat.handoverId,
            round: seat.round,
            role: seat.role,
          })
        : overleveringPagePath('handover', { id: seat.handoverId });
    return `${this.deps.frontendPath}${path}`;
  }

  private now(): Date {
    return this.deps.clock ? this.deps.clock() : new Date();
  }
}

/** A user entity ref in full form; undefined when the value is none. */
function userRef(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) {
    return undefined;
  }
  try {
    const ref = parseEntityRef(value.trim(), {
      defaultKind: 'user',
      defaultNamespace: 'default',
    });
    return ref.kind.toLocaleLowerCase('en-US') === 'user'
      ? stringifyEntityRef(ref)
      : undefined;
  } catch {
    return undefined;
  }
}
