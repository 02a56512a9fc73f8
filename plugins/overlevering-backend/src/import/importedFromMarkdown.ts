import { escapeMarkdown, type Locale } from '@hemit/overlevering-form-schema';
import type {
  HandoverEvent,
  HandoverStatus,
} from '@hemit/plugin-overlevering-common';

/** A person as the import kept them: the catalog user, or the name the list wrote. */
type KeptPerson = { ref: string } | { name: string };
interface KeptMoment {
  at?: string;
  by?: KeptPerson;
}

interface Texts {
  heading: string;
  from(p: { id: string; status: string }): string;
  created: string;
  modified: string;
  by: string;
  imported(p: { at: string; by: string }): string;
  status: Record<HandoverStatus, string>;
  dateTime: Intl.DateTimeFormat;
}

// A handover is a Norwegian organisation's record: its times are told in
// Norwegian time.
const TIME_ZONE = 'Europe/Oslo';

const TEXTS: Record<Locale, Texts> = {
  nb: {
    heading: 'Importert fra SharePoint',
    from: p =>
      `Overleveringen er hentet fra den gamle SharePoint-listen «Overlevering til produksjon», der den hadde ID ${p.id} og status ${p.status}.`,
    created: 'Opprettet',
    modified: 'Sist endret',
    by: 'av',
    imported: p => `Importert til portalen ${p.at} av ${p.by}.`,
    status: {
      draft: 'Utkast',
      in_review: 'Til godkjenning',
      approved: 'Godkjent',
      rejected: 'Avslått',
      discarded: 'Forkastet',
    },
    dateTime: new Intl.DateTimeFormat('nb-NO', {
      dateStyle: 'short',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    }),
  },
  en: {
    heading: 'Imported from SharePoint',
    from: p =>
      `The handover comes from the old SharePoint list “Overlevering til produksjon”, where it had ID ${p.id} and the status ${p.status}.`,
    created: 'Created',
    modified: 'Last changed',
    by: 'by',
    imported: p => `Imported into the portal ${p.at} by ${p.by}.`,
    status: {
      draft: 'Draft',
      in_review: 'In review',
      approved: 'Approved',
      rejected: 'Rejected',
      discarded: 'Discarded',
    },
    dateTime: new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    }),
  },
};

/**
 * Where an imported handover came from, as a part of its Markdown export in
 * the reader's language: its ID and status in the old SharePoint list, when
 * and by whom it was created and last changed there, and who imported it
 * when. Told from the latest `imported` event of the history; empty for a
 * handover that was not imported.
 *
 * @internal
 */
export function importedFromMarkdown(
  events: readonly HandoverEvent[],
  options: {
    locale: Locale;
    /** A person's name as the catalog gives it. */
    name: (ref: string) => string;
  },
): string {
  const event = [...events].reverse().find(e => e.type === 'imported');
  if (!event) return '';
  const texts = TEXTS[options.locale];
  const data = event.data as {
    sharePointId?: number;
    listStatus?: HandoverStatus;
    created?: KeptMoment;
    modified?: KeptMoment;
  };
  const time = (iso: string) =>
    texts.dateTime.format(new Date(iso)).replace(',', '');
  const person = (kept: KeptPerson) =>
    escapeMarkdown('ref' in kept ? options.name(kept.ref) : kept.name);
  const moment = (label: string, kept?: KeptMoment) => {
    if (!kept?.at && !kept?.by) return [];
    const words = [
      label,
      ...(kept.at ? [time(kept.at)] : []),
      ...(kept.by ? [texts.by, person(kept.by)] : []),
    ];
    return [`${words.join(' ')}.`];
  };
  const lines = [
    `## ${texts.heading}`,
    '',
    [
      texts.from({
        id: String(data.sharePointId ?? ''),
        status: data.listStatus ? texts.status[data.listStatus] : '',
      }),
      ...moment(texts.created, data.created),
      ...moment(texts.modified, data.modified),
      texts.imported({
        at: time(event.at),
        by: escapeMarkdown(options.name(event.actor)),
      }),
    ].join(' '),
  ];
  return `${lines.join('\n')}\n`;
}
