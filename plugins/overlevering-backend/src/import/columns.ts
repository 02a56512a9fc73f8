import {
  FieldInfo,
  FIELDS,
  getTexts,
  Locale,
  SectionId,
} from '@hemit/overlevering-form-schema';
import { normalizeName } from './columnName';
import { importTexts } from './importTexts';
import { SharePointColumn, sharePointColumnOf } from './sharePointColumns';

/** What one column of the export fills. @internal */
export type ColumnTarget =
  | { kind: 'sharePoint'; column: SharePointColumn }
  /** A field of the form; a list field (`rows`) takes one row per line of the cell. */
  | { kind: 'field'; field: FieldInfo }
  /** The explanation (`forklaring`) of a yes/no field. */
  | { kind: 'explanation'; field: FieldInfo }
  /** One column of a list field, filling one row of it. */
  | { kind: 'rowColumn'; list: FieldInfo; column: FieldInfo };

/** @internal */
export interface PlannedColumn {
  /** The column name as the file writes it: the key of the row's cells. */
  header: string;
  target: ColumnTarget;
}

/** How the columns of one export map to a handover. @internal */
export interface ColumnPlan {
  columns: PlannedColumn[];
  hasStatus: boolean;
}

/** A name a column of the form can have, with the titles it may be qualified by (`Seksjon: Felt`). */
interface Label {
  label: string;
  /** From the nearest (a list, a yes/no field) to the section. */
  qualifiers: string[];
  target: ColumnTarget;
  /** The titles as written, for telling the admin which names would be understood. */
  title: string;
  qualifierTitles: string[];
}

/**
 * Every column name the list could have, from the form's bokmål texts: the list's columns were
 * named by the form's field labels. A yes/no field's explanation is named by its own label
 * ("Kommentar til budsjettet") or as "<field>: Forklaring"; a column of a list field by its
 * title, qualified by the list or section where that title is shared ("Fravik: Beskrivelse").
 */
const LABELS: readonly Label[] = (() => {
  const { fields, common } = getTexts('nb');
  const titleOf = (path: string) =>
    (fields as Record<string, { title: string; explanation?: string }>)[path];
  const labels: Label[] = [];
  const add = (
    title: string,
    qualifierTitles: string[],
    target: ColumnTarget,
  ) =>
    labels.push({
      label: normalizeName(title),
      qualifiers: qualifierTitles.map(normalizeName),
      target,
      title,
      qualifierTitles,
    });
  for (const field of FIELDS) {
    const section = titleOf(field.section as SectionId).title;
    const text = titleOf(field.path);
    add(text.title, [section], { kind: 'field', field });
    if (field.kind === 'yesNo') {
      const target = { kind: 'explanation', field } as const;
      if (text.explanation)
        add(text.explanation, [text.title, section], target);
      add(common.explanation, [text.title, section], target);
    }
    for (const column of field.columns ?? []) {
      add(titleOf(column.path).title, [text.title, section], {
        kind: 'rowColumn',
        list: field,
        column,
      });
    }
  }
  return labels;
})();

const keyOf = (target: ColumnTarget): string => {
  switch (target.kind) {
    case 'sharePoint':
      return `sharePoint:${target.column}`;
    case 'rowColumn':
      return `column:${target.column.path}`;
    default:
      return `${target.kind}:${target.field.path}`;
  }
};

/** The name to suggest for an ambiguous label: qualified by the broadest title that tells it apart. */
function suggestedName(entry: Label): string {
  for (let i = entry.qualifiers.length - 1; i >= 0; i--) {
    const qualifier = entry.qualifiers[i];
    const rivals = LABELS.filter(
      other =>
        other.label === entry.label && other.qualifiers.includes(qualifier),
    );
    if (rivals.length === 1)
      return `${entry.qualifierTitles[i]}: ${entry.title}`;
  }
  return entry.title;
}

function candidatesFor(header: string): Label[] {
  const name = normalizeName(header);
  const exact = LABELS.filter(entry => entry.label === name);
  if (exact.length > 0) return exact;
  const colon = name.indexOf(':');
  if (colon < 0) return [];
  const qualifier = name.slice(0, colon).trim();
  const label = name.slice(colon + 1).trim();
  return LABELS.filter(
    entry => entry.label === label && entry.qualifiers.includes(qualifier),
  );
}

/**
 * Reads the header of an export: which column fills what. SharePoint's own columns (ID, Tittel,
 * Opprettet, Opprettet av, Endret, Endret av, Status, also by their English names) come first;
 * every other column is matched to a field of the form by its bokmål label, ignoring case and
 * surrounding spaces. A label the form uses in more than one place must be written
 * `Seksjon: Felt` (or `Liste: Felt`); a bare one is reported as ambiguous and not imported,
 * as are unknown and repeated columns. The problems are for the whole file, in `locale`.
 *
 * @internal
 */
export function planColumns(
  header: readonly string[],
  locale?: Locale,
): { plan: ColumnPlan; problems: string[] } {
  const texts = importTexts(locale);
  const columns: PlannedColumn[] = [];
  const problems: string[] = [];
  const unknown: string[] = [];
  const ambiguous = new Set<string>();
  const taken = new Set<string>();

  for (const name of header) {
    if (!name) continue;
    let target: ColumnTarget | undefined;
    const sharePoint = sharePointColumnOf(name);
    if (sharePoint) {
      target = { kind: 'sharePoint', column: sharePoint };
    } else {
      const candidates = candidatesFor(name);
      if (candidates.length === 0) {
        if (!unknown.includes(name)) unknown.push(name);
        continue;
      }
      if (candidates.length > 1) {
        if (ambiguous.has(name)) continue;
        ambiguous.add(name);
        problems.push(
          texts.ambiguousColumn({
            column: name,
            candidates: candidates.map(suggestedName),
          }),
        );
        continue;
      }
      target = candidates[0].target;
    }
    const key = keyOf(target);
    if (taken.has(key)) {
      problems.push(texts.duplicateColumn({ column: name }));
      continue;
    }
    taken.add(key);
    columns.push({ header: name, target });
  }

  if (unknown.length > 0) {
    problems.unshift(texts.unknownColumns({ columns: unknown }));
  }
  const hasStatus = taken.has('sharePoint:status');
  if (!hasStatus) problems.push(texts.noStatusColumn);
  return { plan: { columns, hasStatus }, problems };
}
