import { normalizeName } from './columnName';

/** The columns SharePoint keeps on every list item, next to the list's own columns. @internal */
export type SharePointColumn =
  | 'id'
  | 'title'
  | 'created'
  | 'createdBy'
  | 'modified'
  | 'modifiedBy'
  | 'status';

/**
 * Their names in an export: as a Norwegian SharePoint names them, and as an English one does,
 * since the language of an export follows the settings of whoever exported it.
 */
const NAMES: Record<SharePointColumn, readonly string[]> = {
  id: ['ID'],
  title: ['Tittel', 'Title'],
  created: ['Opprettet', 'Created'],
  createdBy: ['Opprettet av', 'Created By'],
  modified: ['Endret', 'Modified'],
  modifiedBy: ['Endret av', 'Modified By'],
  status: ['Status'],
};

const byName = new Map<string, SharePointColumn>(
  (Object.entries(NAMES) as [SharePointColumn, readonly string[]][]).flatMap(
    ([column, names]) => names.map(name => [normalizeName(name), column]),
  ),
);

/** The SharePoint column a header names, if it names one. @internal */
export function sharePointColumnOf(
  header: string,
): SharePointColumn | undefined {
  return byName.get(normalizeName(header));
}
