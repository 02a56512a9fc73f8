import { getValueAtPath, isFilled } from '@hemit/overlevering-form-schema';
import {
  latestAnswers,
  standingApprovals,
  type Answer,
  type Round,
} from '@hemit/plugin-overlevering-common';

/**
 * What Normen (the Norwegian health sector's information security norm),
 * fact sheet 20b on change management, asks of a change before it goes into
 * production: that it is risk assessed, tested, documented and approved.
 *
 * @internal
 */
export type NormenPreconditionId =
  | 'riskAssessed'
  | 'tested'
  | 'documented'
  | 'approved';

/** How far the handover answers a precondition. @internal */
export type NormenCoverage = 'answered' | 'partly' | 'unanswered';

/** One question of the form that bears on a precondition, and its answer. @internal */
export interface NormenAnswer {
  /** The field's dotted path in the form. */
  path: string;
  /** Whether the question is answered (a yes/no counts by its yes or no). */
  answered: boolean;
  /** The answer as the form holds it; undefined when there is nothing. */
  value: unknown;
}

/** One precondition of fact sheet 20b and what covers it. @internal */
export interface NormenPrecondition {
  id: NormenPreconditionId;
  coverage: NormenCoverage;
  /**
   * False when the form has no question that asks it outright, so the
   * answers only bear on it; the export says so rather than let them pass
   * for an answer.
   */
  direct: boolean;
  /** The form's questions that cover it, in form order. */
  answers: NormenAnswer[];
  /** For `approved`: the approvals that stand, one per role. */
  approvals?: Answer[];
  /** For `approved`: how many roles have answered, approved or not. */
  roles?: number;
  /** For `approved`: when the last of the standing approvals was given. */
  approvedAt?: string;
}

/**
 * The questions of the form that cover each precondition answered by the
 * form. Chosen by what the question asks, not by where it sits:
 *
 * - Risk assessed: the risk and vulnerability assessment (ROS) is the risk
 *   assessment fact sheet 20b asks for; the DPIA is the assessment of the
 *   risk to privacy, which Normen asks for when health data is processed.
 * - Tested: the form asks nothing about testing outright. What bears on it
 *   is which environments were set up (a test or QA environment to test
 *   in) and the errors known when the change goes into production (what
 *   testing left open). `direct: false` makes the export say so.
 * - Documented: the documentation of the change and of the service: the
 *   architecture and design documentation, the solution documentation, the
 *   operations documentation (runbook), and the plans for putting the change
 *   into production and for rolling it back.
 * - Approved is not a question of the form: the decision record answers it.
 */
const FORM_QUESTIONS: ReadonlyArray<{
  id: Exclude<NormenPreconditionId, 'approved'>;
  direct: boolean;
  paths: readonly string[];
}> = [
  {
    id: 'riskAssessed',
    direct: true,
    paths: ['designfase.rosGjennomfort', 'designfase.dpiaGjennomfort'],
  },
  {
    id: 'tested',
    direct: false,
    paths: ['etablering.miljoer', 'produksjonssetting.kjenteFeil'],
  },
  {
    id: 'documented',
    direct: true,
    paths: [
      'designfase.arkitekturdokumentasjon',
      'etablering.losningsdokumentasjon',
      'etablering.driftsdokumentasjon',
      'produksjonssetting.produksjonssettingsplan',
      'produksjonssetting.tilbakerullingsplan',
    ],
  },
];

/** The paths of the form's questions each precondition is answered by. @internal */
export const NORMEN_QUESTION_PATHS: Readonly<
  Record<Exclude<NormenPreconditionId, 'approved'>, readonly string[]>
> = Object.fromEntries(FORM_QUESTIONS.map(q => [q.id, q.paths])) as Record<
  Exclude<NormenPreconditionId, 'approved'>,
  readonly string[]
>;

function coverageOf(answered: number, total: number): NormenCoverage {
  if (answered === 0) return 'unanswered';
  return answered === total ? 'answered' : 'partly';
}

/** Whatever the form holds at `path`, undefined when it holds nothing. */
function heldAt(document: unknown, path: string): unknown {
  let value = getValueAtPath(document, path);
  // A list keeps only the rows with something in them.
  if (Array.isArray(value)) value = value.filter(isFilled);
  if (value === null || value === '') return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (typeof value === 'string' && !value.trim()) return undefined;
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !Object.values(value).some(isFilled)
  ) {
    return undefined;
  }
  return value;
}

/**
 * Each precondition of Normen's fact sheet 20b with the answers of the form
 * that cover it and, for "approved", the approvals of the decision record.
 * Nothing is inferred: a question without an answer is unanswered, and a
 * yes/no with only an explanation is unanswered (its explanation is kept).
 *
 * @internal
 */
export function normenPreconditions(
  document: unknown,
  rounds: readonly Pick<Round, 'number' | 'seats'>[],
): NormenPrecondition[] {
  const fromForm = FORM_QUESTIONS.map(({ id, direct, paths }) => {
    const answers = paths.map(path => {
      const value = heldAt(document, path);
      return { path, answered: isFilled(value), value };
    });
    return {
      id,
      direct,
      coverage: coverageOf(
        answers.filter(a => a.answered).length,
        answers.length,
      ),
      answers,
    };
  });
  const approvals = standingApprovals(rounds);
  const roles = latestAnswers(rounds).size;
  const approvedAt = approvals
    .map(a => a.seat.decidedAt)
    .filter((at): at is string => typeof at === 'string')
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .pop();
  return [
    ...fromForm,
    {
      id: 'approved',
      direct: true,
      coverage: coverageOf(approvals.length, roles),
      answers: [],
      approvals,
      roles,
      ...(approvedAt ? { approvedAt } : {}),
    },
  ];
}
