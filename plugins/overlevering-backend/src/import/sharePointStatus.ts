import type { HandoverStatus } from '@hemit/plugin-overlevering-common';
import { normalizeName } from './columnName';

/** The statuses an imported handover can have: any but `discarded`. @internal */
export type ImportedStatus = Exclude<HandoverStatus, 'discarded'>;

/**
 * The old list's statuses and ours. The list's status was a free choice column that changed
 * over the years, so older names are here too. Our own names (`draft`, `in_review`, `approved`,
 * `rejected`, and "Avslått – må rettes" / "In review" as the portal shows them) are accepted as
 * well, so a list that was already partly moved imports the same.
 *
 * | status in the list                                              | status here |
 * | --------------------------------------------------------------- | ----------- |
 * | Utkast, Under arbeid, Ny, Påbegynt, Trukket                     | draft       |
 * | Sendt til godkjenning, Til godkjenning, Venter på godkjenning   | in_review   |
 * | Godkjent                                                        | approved    |
 * | Avslått, Returnert, Avvist                                      | rejected    |
 *
 * "Trukket" (withdrawn) is a draft: a withdrawn round gives the handover back to its owner.
 * Case and surrounding spaces do not matter. Any other status is unknown, and its row is refused.
 *
 * @internal
 */
export const SHAREPOINT_STATUSES: Readonly<Record<string, ImportedStatus>> =
  Object.freeze({
    Utkast: 'draft',
    'Under arbeid': 'draft',
    Ny: 'draft',
    Påbegynt: 'draft',
    Trukket: 'draft',
    'Sendt til godkjenning': 'in_review',
    'Til godkjenning': 'in_review',
    'Venter på godkjenning': 'in_review',
    Godkjent: 'approved',
    Avslått: 'rejected',
    Returnert: 'rejected',
    Avvist: 'rejected',
  });

/** Our own status names, in code and as the portal shows them in both languages. */
const OUR_NAMES: Record<string, ImportedStatus> = {
  draft: 'draft',
  in_review: 'in_review',
  approved: 'approved',
  rejected: 'rejected',
  'In review': 'in_review',
  'Avslått - må rettes': 'rejected',
};

/** Dashes differ between the exports of one list (`-`, `–`, `—`): compare them as one. */
const comparable = (name: string) =>
  normalizeName(name).replace(/[\u2013\u2014]/g, '-');

const byName = new Map<string, ImportedStatus>(
  Object.entries({ ...OUR_NAMES, ...SHAREPOINT_STATUSES }).map(
    ([name, status]) => [comparable(name), status],
  ),
);

/**
 * The status of a handover imported from the old list, by the list's status (see
 * `SHAREPOINT_STATUSES`); `undefined` for a status that is not in the table.
 *
 * @internal
 */
export function mapSharePointStatus(text: string): ImportedStatus | undefined {
  return byName.get(comparable(text));
}
