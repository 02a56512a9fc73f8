import type { Locale } from '@hemit/overlevering-form-schema';
import type { AbsenceProblem } from '@hemit/plugin-overlevering-common';

/** What the backend says about absences and deputies, per language. @internal */
export interface AbsenceTexts {
  /** The lead of a refused absence, before its problems. */
  refused: string;
  problem: Record<AbsenceProblem, string>;
  /** A deputy the catalog does not know as a user. */
  deputyUnknown(p: { deputy: string }): string;
  /** The notification to the deputy of a new absence. */
  deputyNamed(p: { person: string; from: string; to: string }): {
    title: string;
    description: string;
  };
  /** A calendar day as people read it. */
  day(isoDay: string): string;
}

const nb: AbsenceTexts = {
  refused: 'Fraværet kan ikke registreres',
  problem: {
    notADate: 'fra og til må være datoer (ÅÅÅÅ-MM-DD)',
    startsInThePast: 'fraværet kan ikke begynne før i dag',
    endsBeforeStart: 'siste dag kan ikke være før første dag',
    deputyIsPerson: 'du kan ikke være din egen stedfortreder',
    deputyIsAbsent:
      'stedfortrederen er selv borte i perioden; en stedfortreder kan ikke gi videre',
    overlapsOwnAbsence: 'du har allerede registrert fravær i perioden',
  },
  deputyUnknown: p => `stedfortrederen ${p.deputy} er ingen bruker i katalogen`,
  deputyNamed: p => ({
    title: `Du er stedfortreder for ${p.person}`,
    description: `${p.person} er borte fra ${p.from} til og med ${p.to}. Så lenge kan du godkjenne eller avslå ${p.person} sine godkjenninger på vegne av ${p.person}, under Godkjenninger.`,
  }),
  day: isoDay => isoDay.split('-').reverse().join('.'),
};

const en: AbsenceTexts = {
  refused: 'The absence cannot be registered',
  problem: {
    notADate: 'from and to must be dates (YYYY-MM-DD)',
    startsInThePast: 'an absence cannot start before today',
    endsBeforeStart: 'the last day cannot be before the first',
    deputyIsPerson: 'you cannot be your own deputy',
    deputyIsAbsent:
      'the deputy is away themselves during the period; a deputy cannot pass it on',
    overlapsOwnAbsence: 'you have already registered an absence in the period',
  },
  deputyUnknown: p => `the deputy ${p.deputy} is not a user in the catalog`,
  deputyNamed: p => ({
    title: `You are the deputy of ${p.person}`,
    description: `${p.person} is away from ${p.from} to ${p.to}, both included. Meanwhile you may approve or reject ${p.person}'s seats on their behalf, under Approvals.`,
  }),
  day: isoDay => isoDay,
};

/** The absence texts in `locale`; bokmål when none is given. @internal */
export function absenceTexts(locale: Locale | undefined): AbsenceTexts {
  return locale === 'en' ? en : nb;
}
