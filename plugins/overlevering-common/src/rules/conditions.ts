import type { Condition, ConditionInput, DecisionKind } from '../types';
import { normalizeUserRef, samePerson } from './personRefs';
import {
  reminderPlan,
  type ReminderConfig,
  type ReminderPlan,
  type RemindersSent,
} from './reminderPlan';
import { osloDate, type CalendarDate } from './workingDays';

// Approval "med forbehold" (with conditions): the seat counts as approved for
// the round, and each condition stays open, with someone to follow it up and
// a date, until it is closed with a comment.

/** What is wrong with one condition an approver entered. @public */
export type ConditionProblem = 'text' | 'followUp' | 'due';

/** One problem of the conditions of a decision, by the condition's index. @public */
export interface ConditionInputProblem {
  index: number;
  field: ConditionProblem;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. @public */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  );
}

/**
 * The problems of the conditions of a decision, so the decision bar and the
 * server refuse the same: each condition needs a text, a person (a user ref)
 * who follows it up, and a real date. An approval with an empty list is an
 * approval without conditions.
 *
 * @public
 */
export function conditionInputProblems(
  conditions: readonly ConditionInput[],
): ConditionInputProblem[] {
  return conditions.flatMap((condition, index) => [
    ...(condition.text.trim() === ''
      ? [{ index, field: 'text' as const }]
      : []),
    ...(normalizeUserRef(condition.followUp) === undefined
      ? [{ index, field: 'followUp' as const }]
      : []),
    ...(isCalendarDate(condition.due)
      ? []
      : [{ index, field: 'due' as const }]),
  ]);
}

/** Only an approval carries conditions; a rejection says what to fix. @public */
export function mayCarryConditions(decision: DecisionKind): boolean {
  return decision === 'approve';
}

/**
 * Whether `user` may close `condition`: it must be open, and the user is the
 * person who follows it up or the approver who set it.
 *
 * @public
 */
export function canCloseCondition(
  condition: Pick<Condition, 'status' | 'followUp' | 'setBy'>,
  user: string | undefined,
): boolean {
  return (
    condition.status === 'open' &&
    (samePerson(condition.followUp, user) || samePerson(condition.setBy, user))
  );
}

/** The conditions still open, in the order they were set. @public */
export function openConditions<T extends Pick<Condition, 'status'>>(
  conditions: readonly T[] | undefined,
): T[] {
  return (conditions ?? []).filter(c => c.status === 'open');
}

/**
 * Whether an open condition is past its due date: the day after the due
 * date has begun in Oslo.
 *
 * @public
 */
export function isConditionOverdue(
  condition: Pick<Condition, 'status' | 'due'>,
  now: Date,
): boolean {
  return condition.status === 'open' && osloDate(now) > condition.due;
}

/**
 * The moment an open condition becomes overdue: when the day after its due
 * date begins in Oslo (midnight is 23:00 or 22:00 UTC, by summer time).
 *
 * @public
 */
export function overdueFrom(due: CalendarDate): Date {
  const [year, month, day] = due.split('-').map(Number);
  const winter = new Date(Date.UTC(year, month - 1, day + 1) - 3_600_000);
  const summer = new Date(winter.getTime() - 3_600_000);
  return osloDate(summer) > due ? summer : winter;
}

/**
 * The reminders of an open condition past its due date, by the timetable of
 * the role whose approval set it (as its pending seats are reminded): the
 * person who follows it up hears of it as soon as it is overdue, then again
 * every `repeatEveryWorkingDays` Norwegian working days. A condition is not
 * escalated: the approver who set it sees it on the handover page.
 *
 * @public
 */
export function conditionReminderPlan(options: {
  due: CalendarDate;
  now: Date;
  config: ReminderConfig;
  sent?: RemindersSent;
}): ReminderPlan {
  return reminderPlan({
    waitingSince: overdueFrom(options.due),
    now: options.now,
    config: {
      remindAfterWorkingDays: 0,
      ...(options.config.repeatEveryWorkingDays
        ? { repeatEveryWorkingDays: options.config.repeatEveryWorkingDays }
        : {}),
    },
    sent: options.sent,
  });
}
