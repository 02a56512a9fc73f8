import type { Condition } from '../types';
import { valueAtPath } from './documentPaths';
import { openConditions } from './conditions';
import { osloDate, type CalendarDate } from './workingDays';

// Early-life follow-up ("Overlevert til drift"). The least disruptive model:
// an approved handover stays `approved` (its status, lists, permissions and
// the decision record mean what they meant), and carries a follow-up with a
// `phase` beside it. It is in `follow_up` from the moment its last round is
// approved until Hemithjelp closes it as `handed_over`. A handover approved
// before follow-up existed (or imported as approved) has none.

/** The phase of an approved handover after approval. @public */
export type FollowUpPhase = 'follow_up' | 'handed_over';

/**
 * The approver role whose members close the follow-up as handed over to
 * operations, or extend it: Hemithjelp.
 *
 * @public
 */
export const FOLLOW_UP_ROLE = 'hemithjelp';

/** How long the follow-up lasts unless configured otherwise. @public */
export const DEFAULT_FOLLOW_UP_DAYS = 30;

/** The document path of the planned go-live date. */
const PLANNED_GO_LIVE = 'bestilling.planlagtProduksjonsdato';

/** `day` plus `days` calendar days. */
function addDays(day: CalendarDate, days: number): CalendarDate {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days))
    .toISOString()
    .slice(0, 10);
}

/**
 * The last day of the follow-up: `days` after the planned go-live date of
 * the form, or after the approval (its day in Oslo) when the form has no
 * valid planned date.
 *
 * @public
 */
export function followUpEndDate(options: {
  document: unknown;
  approvedAt: Date;
  days?: number;
}): CalendarDate {
  const planned = valueAtPath(options.document, PLANNED_GO_LIVE);
  const start =
    typeof planned === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(planned)
      ? planned
      : osloDate(options.approvedAt);
  return addDays(start, options.days ?? DEFAULT_FOLLOW_UP_DAYS);
}

/** Whether the follow-up period is over: its last day has passed in Oslo. @public */
export function followUpEnded(endsOn: CalendarDate, now: Date): boolean {
  return osloDate(now) > endsOn;
}

/** The exit criteria of the follow-up. @public */
export type ExitCriterionId =
  | 'servicedeskTrained'
  | 'knowledgeArticlesPublished'
  | 'noOpenCriticalErrors'
  | 'conditionsClosed';

/** One exit criterion and whether it is met. @public */
export interface ExitCriterion {
  id: ExitCriterionId;
  met: boolean;
}

/** Where the form holds each criterion answered by the delivery (a yes/no). @public */
export const EXIT_CRITERIA_PATHS = {
  servicedeskTrained: 'produksjonssetting.servicedeskOpplaert',
  knowledgeArticlesPublished: 'produksjonssetting.kunnskapsartiklerPublisert',
  noOpenCriticalErrors: 'produksjonssetting.ingenKritiskeFeil',
} as const;

/** The criteria the form asks about, which people confirm as met later. @public */
export type ConfirmableCriterionId = keyof typeof EXIT_CRITERIA_PATHS;

/** The criteria people confirm, in form order. @public */
export const CONFIRMABLE_CRITERIA: readonly ConfirmableCriterionId[] = [
  'servicedeskTrained',
  'knowledgeArticlesPublished',
  'noOpenCriticalErrors',
];

/**
 * The exit criteria of the follow-up, in order. Service desk trained,
 * knowledge articles published and no open critical known errors are met
 * when the form's part "Klar for drift" answered yes before approval, or
 * when the owner or Hemithjelp confirmed them during the follow-up (`met`);
 * the last is met when every condition of an approval "med forbehold" is
 * closed.
 *
 * @public
 */
export function exitCriteria(
  document: unknown,
  conditions: readonly Pick<Condition, 'status'>[] | undefined,
  met: readonly string[] = [],
): ExitCriterion[] {
  const yes = (id: ConfirmableCriterionId) =>
    met.includes(id) ||
    (valueAtPath(document, `${EXIT_CRITERIA_PATHS[id]}.svar`) as unknown) ===
      true;
  return [
    ...CONFIRMABLE_CRITERIA.map(id => ({ id, met: yes(id) })),
    { id: 'conditionsClosed', met: openConditions(conditions).length === 0 },
  ];
}

/** What of a follow-up the hand-over depends on. @public */
export interface FollowUpState {
  phase: FollowUpPhase;
  ownerConfirmedAt?: string;
}

/** Why a follow-up cannot be closed as "Overlevert til drift" now. @public */
export type HandOverRefusal =
  | 'notInFollowUp'
  | 'ownerNotConfirmed'
  | 'criteriaNotMet';

/**
 * Why Hemithjelp may not close the follow-up as "Overlevert til drift" yet,
 * or undefined when it may: it must still be in follow-up, the delivery
 * owner must have confirmed, and every exit criterion must be met.
 * Otherwise Hemithjelp extends it, with a reason.
 *
 * @public
 */
export function handOverRefusal(
  followUp: FollowUpState | undefined,
  criteria: readonly ExitCriterion[],
): HandOverRefusal | undefined {
  if (followUp?.phase !== 'follow_up') return 'notInFollowUp';
  if (!followUp.ownerConfirmedAt) return 'ownerNotConfirmed';
  if (criteria.some(c => !c.met)) return 'criteriaNotMet';
  return undefined;
}

/**
 * Whether a follow-up may be extended to `until`: only in follow-up, only
 * later than its current last day, and with a reason.
 *
 * @public
 */
export function canExtendFollowUp(
  followUp: (FollowUpState & { endsOn: CalendarDate }) | undefined,
  until: CalendarDate,
  reason: string,
): boolean {
  return (
    followUp?.phase === 'follow_up' &&
    /^\d{4}-\d{2}-\d{2}$/.test(until) &&
    until > followUp.endsOn &&
    reason.trim() !== ''
  );
}
