import type { Locale } from '@hemit/overlevering-form-schema';
import { planColumns } from './columns';
import { importTexts } from './importTexts';
import { mapRow, MappedRow, RefusedRow } from './mapRow';
import type { ParsedExport } from './parseExport';
import type { PersonResolver } from './people';

/** One item of the file, mapped or refused, with its line in the file. @internal */
export type MappedExportRow = { row: number } & (MappedRow | RefusedRow);

/** @internal */
export interface ExportMapping {
  /** About the file as a whole (unknown, ambiguous or repeated columns, no status column), once each. */
  problems: string[];
  rows: MappedExportRow[];
}

/**
 * Maps every row of a parsed export (see `mapRow`). An ID that occurs twice in the file is
 * imported from its first row only; the later rows are refused, since one list item cannot be
 * two handovers.
 *
 * @internal
 */
export function mapExport(
  parsed: ParsedExport,
  options: { resolver: PersonResolver; locale?: Locale },
): ExportMapping {
  const { plan, problems } = planColumns(parsed.header, options.locale);
  const texts = importTexts(options.locale);
  const firstRowOf = new Map<number, number>();
  const rows = parsed.rows.map((row): MappedExportRow => {
    const mapped = mapRow(row, { plan, ...options });
    const id = mapped.sharePointId;
    if (id === undefined) return { row: row.row, ...mapped };
    const first = firstRowOf.get(id);
    if (first !== undefined) {
      return {
        row: row.row,
        refused: texts.duplicateId({ id, row: first }),
        sharePointId: id,
        ...(mapped.title ? { title: mapped.title } : {}),
      };
    }
    firstRowOf.set(id, row.row);
    return { row: row.row, ...mapped };
  });
  return { problems, rows };
}
