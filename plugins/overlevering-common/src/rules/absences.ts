import { samePerson } from './personRefs';
import { type CalendarDate, osloDate } from './workingDays';

/**
 * Absences and deputies (fravær og stedfortreder). While a person is away,
 * the deputy they named decides their person seats on their behalf. Days are
 * Oslo calendar days and both ends count: an absence from Monday to Friday
 * lasts the whole of Friday. A group seat needs no deputy: any member of the
 * group decides it.
 */

/** An absence as the rules see it. @public */
export interface AbsencePeriod {
  /** The absent person, a user ref. */
  person: string;
  /** Who decides the person's seats meanwhile, a user ref. */
  deputy: string;
  /** First day away, `YYYY-MM-DD` in Oslo. */
  from: CalendarDate;
  /** Last day away, `YYYY-MM-DD` in Oslo. */
  to: CalendarDate;
  /** Set when the absent person ended it early; it no longer lasts. */
  endedAt?: string;
}

/** Why an absence cannot be registered. @public */
export type AbsenceProblem =
  | 'notADate'
  | 'startsInThePast'
  | 'endsBeforeStart'
  | 'deputyIsPerson'
  | 'deputyIsAbsent'
  | 'overlapsOwnAbsence';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `day` is a real calendar day written `YYYY-MM-DD`. */
function isCalendarDate(day: string): boolean {
  if (!DAY.test(day)) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day)
  );
}

/** Whether two absences share a day. */
function overlaps(
  a: Pick<AbsencePeriod, 'from' | 'to'>,
  b: Pick<AbsencePeriod, 'from' | 'to'>,
): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * Whether an absence lasts at `now`: not ended early, and `now` falls on one
 * of its days in Oslo.
 *
 * @public
 */
export function isAbsenceActive(absence: AbsencePeriod, now: Date): boolean {
  if (absence.endedAt) return false;
  const today = osloDate(now);
  return absence.from <= today && today <= absence.to;
}

/**
 * What is wrong with a new absence, empty when it may be registered. Today
 * counts as not past. A deputy cannot be someone who is away themselves
 * during any of its days: a seat is never passed on from deputy to deputy.
 * `known` are the absences already registered that have not been ended.
 *
 * @public
 */
export function absenceProblems(
  absence: Omit<AbsencePeriod, 'endedAt'>,
  options: { now: Date; known: readonly AbsencePeriod[] },
): AbsenceProblem[] {
  if (!isCalendarDate(absence.from) || !isCalendarDate(absence.to)) {
    return ['notADate'];
  }
  const problems: AbsenceProblem[] = [];
  if (absence.from < osloDate(options.now)) problems.push('startsInThePast');
  if (absence.to < absence.from) problems.push('endsBeforeStart');
  if (samePerson(absence.deputy, absence.person)) {
    problems.push('deputyIsPerson');
  }
  const standing = options.known.filter(
    a => !a.endedAt && overlaps(a, absence),
  );
  if (standing.some(a => samePerson(a.person, absence.deputy))) {
    problems.push('deputyIsAbsent');
  }
  if (standing.some(a => samePerson(a.person, absence.person))) {
    problems.push('overlapsOwnAbsence');
  }
  return problems;
}

/**
 * The people whose person seats `deputy` decides at `now`: those away now
 * who named them. Only the named deputy: a deputy's own deputy never
 * inherits these seats.
 *
 * @public
 */
export function standsInFor(
  deputy: string,
  absences: readonly AbsencePeriod[],
  now: Date,
): string[] {
  return [
    ...new Set(
      absences
        .filter(a => samePerson(a.deputy, deputy) && isAbsenceActive(a, now))
        .map(a => a.person),
    ),
  ];
}

/**
 * Who a caller decides a seat as: in their own right when the seat names
 * them or a group of theirs, on behalf of the absent person when the seat
 * names someone they stand in for; otherwise not at all.
 *
 * @public
 */
export function seatDecidedAs(
  approver: string,
  caller: { holderRefs: readonly string[]; standsInFor?: readonly string[] },
): { may: true; onBehalfOf?: string } | { may: false } {
  if (caller.holderRefs.includes(approver)) return { may: true };
  const absent = (caller.standsInFor ?? []).find(p => samePerson(p, approver));
  return absent ? { may: true, onBehalfOf: approver } : { may: false };
}
