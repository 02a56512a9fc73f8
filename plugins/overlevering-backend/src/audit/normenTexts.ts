import type { Locale } from '@hemit/overlevering-form-schema';
import type { NormenPreconditionId } from './normenPreconditions';

/** The words of the Normen section of an export, per language. @internal */
export interface NormenTexts {
  heading: string;
  intro: string;
  precondition: Record<NormenPreconditionId, string>;
  /** Said of a precondition the form asks nothing about outright. */
  indirect: Partial<Record<NormenPreconditionId, string>>;
  notAnswered: string;
  approvedByAll(p: { count: number; at?: string }): string;
  approvedBySome(p: { approved: number; roles: number }): string;
  noApprovals: string;
  /** Said when the decision record does not verify. */
  recordNotVerified: string;
}

const nb: NormenTexts = {
  heading: 'Normen, faktaark 20b',
  intro:
    'Normen (Norm for informasjonssikkerhet og personvern i helse- og omsorgssektoren) ber i faktaark 20b om at en endring settes i produksjon først når den er risikovurdert, testet, dokumentert og godkjent. Under står svarene i skjemaet som gjelder hvert krav. Et spørsmål uten svar står som ikke besvart.',
  precondition: {
    riskAssessed: 'Risikovurdert',
    tested: 'Testet',
    documented: 'Dokumentert',
    approved: 'Godkjent',
  },
  indirect: {
    tested:
      'Skjemaet spør ikke direkte om testing. Svarene under er det nærmeste skjemaet har: miljøene som er etablert, og feilene som er kjent ved produksjonssetting.',
  },
  notAnswered: 'Ikke besvart',
  approvedByAll: p =>
    p.at
      ? `Godkjent av alle ${p.count} godkjennere, sist ${p.at}:`
      : `Godkjent av alle ${p.count} godkjennere:`,
  approvedBySome: p => `Godkjent av ${p.approved} av ${p.roles} godkjennere:`,
  noApprovals: 'Ingen godkjenning er registrert i portalen.',
  recordNotVerified:
    '**Beslutningsprotokollen over består ikke kontrollen:** godkjenningene under kan være endret etter at de ble gitt.',
};

const en: NormenTexts = {
  heading: 'Normen, fact sheet 20b',
  intro:
    'Normen (the Code of conduct for information security and data protection in the healthcare and care services sector) asks in fact sheet 20b that a change goes into production only once it is risk assessed, tested, documented and approved. Below are the answers of the form that bear on each precondition. A question without an answer shows as not answered.',
  precondition: {
    riskAssessed: 'Risk assessed',
    tested: 'Tested',
    documented: 'Documented',
    approved: 'Approved',
  },
  indirect: {
    tested:
      'The form does not ask about testing outright. The answers below are the nearest it has: the environments set up, and the errors known when the change goes into production.',
  },
  notAnswered: 'Not answered',
  approvedByAll: p =>
    p.at
      ? `Approved by all ${p.count} approvers, the last on ${p.at}:`
      : `Approved by all ${p.count} approvers:`,
  approvedBySome: p => `Approved by ${p.approved} of ${p.roles} approvers:`,
  noApprovals: 'No approval is recorded in the portal.',
  recordNotVerified:
    '**The decision record above fails its check:** the approvals below may have been changed after they were given.',
};

/** The Normen section's words in `locale`. @internal */
export function normenTexts(locale: Locale): NormenTexts {
  return locale === 'en' ? en : nb;
}
