import type { Locale } from '@hemit/overlevering-form-schema';
import type {
  BrokenLink,
  RoundStatus,
  SeatStatus,
} from '@hemit/plugin-overlevering-common';

/** The words of the decision record in an export, per language. @internal */
export interface DecisionRecordTexts {
  heading: string;
  verified: string;
  notVerified(p: { where: string }): string;
  brokenLink(link: BrokenLink, p: { at?: string; role?: string }): string;
  chainHead(p: { hash: string; events: number }): string;
  round(p: { number: number; status: string }): string;
  submitted(p: { by: string; at: string; revision: number }): string;
  snapshot(p: { hash: string }): string;
  /** Who decided for a seat a group holds, and for which group. */
  onBehalfOf(p: { person: string; group: string }): string;
  /** Who decided as deputy (stedfortreder), and for which absent person. */
  asDeputyFor(p: { deputy: string; person: string }): string;
  /** Who decided, marked as the owner of the handover herself. */
  selfApproved(decider: string): string;
  columns: {
    role: string;
    decision: string;
    decidedBy: string;
    decidedAt: string;
    comment: string;
    decidedOn: string;
  };
  roundStatus: Record<RoundStatus, string>;
  seatStatus: Record<SeatStatus, string>;
  /** A date and time, in Norwegian time with its zone. */
  dateTime: Intl.DateTimeFormat;
}

// A handover is a Norwegian organisation's record: its times are told in
// Norwegian time, with the zone named so that they cannot be misread.
const TIME_ZONE = 'Europe/Oslo';

const nb: DecisionRecordTexts = {
  heading: 'Beslutningsprotokoll',
  verified:
    'Kontrollert: historikken, øyeblikksbildene og beslutningene er uendret siden de ble skrevet.',
  notVerified: p => `**Kontrollen feilet:** ${p.where}.`,
  brokenLink: (link, p) => {
    if (link.kind === 'event') {
      return `hendelsen i historikken fra ${p.at} stemmer ikke med kjeden av kontrollsummer`;
    }
    if (link.kind === 'snapshot') {
      return `øyeblikksbildet i runde ${link.round} er ikke det runden ble sendt med`;
    }
    return `beslutningen til ${p.role} i runde ${link.round} stemmer ikke med historikken`;
  },
  chainHead: p =>
    `Historikken har ${p.events} hendelser. Kontrollsum (SHA-256) for den siste: \`${p.hash}\``,
  round: p => `Runde ${p.number} — ${p.status}`,
  submitted: p =>
    `Sendt av ${p.by} ${p.at}, versjon ${p.revision} av skjemaet.`,
  snapshot: p => `Kontrollsum (SHA-256) for øyeblikksbildet: \`${p.hash}\``,
  onBehalfOf: p => `${p.person} på vegne av ${p.group}`,
  asDeputyFor: p => `${p.deputy} som stedfortreder for ${p.person}`,
  selfApproved: decider => `${decider} (leveranseansvarlig selv)`,
  columns: {
    role: 'Godkjennerrolle',
    decision: 'Beslutning',
    decidedBy: 'Besluttet av',
    decidedAt: 'Tidspunkt',
    comment: 'Kommentar',
    decidedOn: 'Besluttet på (SHA-256)',
  },
  roundStatus: {
    open: 'Venter på svar',
    approved: 'Godkjent',
    rejected: 'Avslått',
    withdrawn: 'Trukket',
  },
  seatStatus: {
    pending: 'Venter',
    approved: 'Godkjent',
    rejected: 'Avslått',
    withdrawn: 'Trukket',
  },
  dateTime: new Intl.DateTimeFormat('nb-NO', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
    timeZoneName: 'short',
  }),
};

const en: DecisionRecordTexts = {
  heading: 'Decision record',
  verified:
    'Verified: the history, the snapshots and the decisions are unchanged since they were written.',
  notVerified: p => `**Verification failed:** ${p.where}.`,
  brokenLink: (link, p) => {
    if (link.kind === 'event') {
      return `the history event of ${p.at} does not match the chain of hashes`;
    }
    if (link.kind === 'snapshot') {
      return `the snapshot of round ${link.round} is not the one the round was sent with`;
    }
    return `the decision of ${p.role} in round ${link.round} does not match the history`;
  },
  chainHead: p =>
    `The history has ${p.events} events. Hash (SHA-256) of the latest: \`${p.hash}\``,
  round: p => `Round ${p.number} — ${p.status}`,
  submitted: p =>
    `Sent by ${p.by} on ${p.at}, revision ${p.revision} of the form.`,
  snapshot: p => `Hash (SHA-256) of the snapshot: \`${p.hash}\``,
  onBehalfOf: p => `${p.person} on behalf of ${p.group}`,
  asDeputyFor: p => `${p.deputy} as deputy for ${p.person}`,
  selfApproved: decider => `${decider} (the delivery owner, self-approved)`,
  columns: {
    role: 'Approver role',
    decision: 'Decision',
    decidedBy: 'Decided by',
    decidedAt: 'When',
    comment: 'Comment',
    decidedOn: 'Decided on (SHA-256)',
  },
  roundStatus: {
    open: 'Awaiting answers',
    approved: 'Approved',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
  seatStatus: {
    pending: 'Waiting',
    approved: 'Approved',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
  dateTime: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
    timeZoneName: 'short',
  }),
};

/**
 * A time of the record as the reader's language writes it, in Norwegian
 * time with the zone named. @internal
 */
export function recordTime(texts: DecisionRecordTexts, iso: string): string {
  return texts.dateTime.format(new Date(iso)).replace(',', '');
}

/** The decision record's words in `locale`. @internal */
export function decisionRecordTexts(locale: Locale): DecisionRecordTexts {
  return locale === 'en' ? en : nb;
}
