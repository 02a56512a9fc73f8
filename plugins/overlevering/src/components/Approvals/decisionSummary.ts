import {
  ENTITY_REF_PATTERN,
  FIXED_PATHS,
  getValueAtPath,
  yearlyCostTotal,
} from '@hemit/overlevering-form-schema';

/** Paths of the document the summary reads besides the fixed ones. */
export const SUMMARY_PATHS = {
  plannedDate: 'bestilling.planlagtProduksjonsdato',
  ros: 'designfase.rosGjennomfort',
  dpia: 'designfase.dpiaGjennomfort',
  healthData: 'designfase.personopplysninger',
  deviations: 'produksjonssetting.fravik',
  knownErrors: 'produksjonssetting.kjenteFeil',
} as const;

/**
 * A yes/no question of the form as it was answered: `answer` is undefined
 * when nobody answered it, which is never the same as no.
 */
export interface QuestionAnswer {
  answer?: boolean;
  explanation?: string;
}

/** What an approver needs to know first about the document they decide on. */
export interface DecisionSummaryFacts {
  title?: string;
  /** Entity ref of the service. */
  service?: string;
  /** The planned go-live date as stored (`2026-11-28`). */
  plannedDate?: string;
  /** The yearly running cost in NOK; undefined when no cost line is filled. */
  yearlyCost?: number;
  ros: QuestionAnswer;
  dpia: QuestionAnswer;
  healthData: QuestionAnswer;
  /** The description of each registered deviation (fravik); '' when it has none. */
  deviations: string[];
  /** The description of each registered known error; '' when it has none. */
  knownErrors: string[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function question(document: unknown, path: string): QuestionAnswer {
  const value = getValueAtPath(document, path) as
    | { svar?: unknown; forklaring?: unknown }
    | undefined;
  return {
    answer: typeof value?.svar === 'boolean' ? value.svar : undefined,
    explanation: text(value?.forklaring),
  };
}

function descriptions(document: unknown, path: string): string[] {
  const rows = getValueAtPath(document, path);
  return Array.isArray(rows)
    ? rows.map(row => text(getValueAtPath(row, 'beskrivelse')) ?? '')
    : [];
}

/** The summary of a round's document, read without guessing any answer. */
export function summaryOf(
  document: unknown,
  fallbackService?: string,
): DecisionSummaryFacts {
  const costLines = getValueAtPath(document, 'driftskostnader.kostnader');
  return {
    title: text(getValueAtPath(document, FIXED_PATHS.title)),
    service:
      text(getValueAtPath(document, FIXED_PATHS.service)) ?? fallbackService,
    plannedDate: text(getValueAtPath(document, SUMMARY_PATHS.plannedDate)),
    yearlyCost:
      Array.isArray(costLines) && costLines.length > 0
        ? yearlyCostTotal(document).yearly
        : undefined,
    ros: question(document, SUMMARY_PATHS.ros),
    dpia: question(document, SUMMARY_PATHS.dpia),
    healthData: question(document, SUMMARY_PATHS.healthData),
    deviations: descriptions(document, SUMMARY_PATHS.deviations),
    knownErrors: descriptions(document, SUMMARY_PATHS.knownErrors),
  };
}

const ENTITY_REF = new RegExp(ENTITY_REF_PATTERN);

/** Every entity ref written in a document, to name them all in one lookup. */
export function entityRefsIn(value: unknown, found = new Set<string>()) {
  if (typeof value === 'string') {
    if (ENTITY_REF.test(value)) found.add(value);
  } else if (Array.isArray(value)) {
    value.forEach(v => entityRefsIn(v, found));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach(v => entityRefsIn(v, found));
  }
  return found;
}
