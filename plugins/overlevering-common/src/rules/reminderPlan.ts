import type { WireType } from '../types';
import { addWorkingDays, workingDaysBetween } from './workingDays';

/**
 * Whom a seat that has waited too long is escalated to, exactly one of: the
 * person a form field names (`field: designfase.seksjonsleder`), a fixed
 * group (`group`), or the parent group of the seat's group in the catalog
 * (`parentGroup: true`; the catalog gives a group a parent, no owner).
 *
 * @public
 */
export type EscalationTarget = WireType<'EscalationTarget'>;

/**
 * When a pending seat is reminded and escalated, counted in Norwegian working
 * days from the moment the round opened: the first reminder after
 * `remindAfterWorkingDays`, again every `repeatEveryWorkingDays`, escalated
 * to `escalateTo` after `escalateAfterWorkingDays`.
 *
 * @public
 */
export type ReminderConfig = WireType<'ReminderConfig'>;

/** What has been sent for a seat so far. @public */
export interface RemindersSent {
  /** How many reminders the seat holder has had. */
  reminders: number;
  /** When the latest of them went out. */
  lastReminderAt?: Date;
  /** Whether the seat has been escalated. */
  escalated: boolean;
}

/** What is due for a pending seat now, and what comes next. @public */
export interface ReminderPlan {
  /** Whole working days the seat has waited. */
  waitedWorkingDays: number;
  /** A reminder to the seat holder is due now. */
  remindNow: boolean;
  /** The escalation is due now. */
  escalateNow: boolean;
  /** When the next reminder after any due now goes out; none when no more come. */
  nextReminderAt?: Date;
  /** When the seat is (or was) escalated; none when it is not escalated. */
  escalationAt?: Date;
}

/**
 * The reminders of a pending seat. Reminders keep to a timetable counted from
 * the moment the round opened (after N working days, then every M), so a
 * reminder that went out late does not push the next ones later; after a
 * pause (the backend was down) the seat gets one reminder, not the missed
 * ones. The escalation comes once, K working days after the round opened.
 *
 * Without `sent` (a page that does not know what was sent) each reminder and
 * the escalation are taken to have gone out when they were due.
 *
 * @public
 */
export function reminderPlan(options: {
  waitingSince: Date;
  now: Date;
  config: ReminderConfig;
  sent?: RemindersSent;
}): ReminderPlan {
  const { waitingSince: since, now, config } = options;
  const first = Math.max(0, config.remindAfterWorkingDays);
  const every =
    config.repeatEveryWorkingDays && config.repeatEveryWorkingDays > 0
      ? config.repeatEveryWorkingDays
      : undefined;
  const waitedWorkingDays = workingDaysBetween(since, now);

  /** The first reminder of the timetable later than `moment`. */
  const reminderAfter = (moment: Date): Date | undefined => {
    const passed = workingDaysBetween(since, moment);
    if (moment < since || passed < first) {
      return addWorkingDays(since, first);
    }
    if (!every) {
      return undefined;
    }
    const repeats = Math.floor((passed - first) / every) + 1;
    return addWorkingDays(since, first + repeats * every);
  };

  const sent = options.sent;
  let remindNow = false;
  if (sent) {
    const due =
      sent.reminders === 0 || !sent.lastReminderAt
        ? addWorkingDays(since, first)
        : reminderAfter(sent.lastReminderAt);
    remindNow = due !== undefined && due <= now;
  }

  const escalates =
    config.escalateTo !== undefined &&
    config.escalateAfterWorkingDays !== undefined;
  const escalationAt = escalates
    ? addWorkingDays(since, Math.max(0, config.escalateAfterWorkingDays!))
    : undefined;
  const escalateNow =
    sent !== undefined &&
    escalationAt !== undefined &&
    !sent.escalated &&
    escalationAt <= now;

  return {
    waitedWorkingDays,
    remindNow,
    escalateNow,
    nextReminderAt: reminderAfter(now),
    ...(escalationAt ? { escalationAt } : {}),
  };
}
