import { InputError } from '@backstage/errors';
import type { Locale } from '@hemit/overlevering-form-schema';
import { decodeText } from './decodeText';
import { importTexts } from './importTexts';
import { readCsv, TableRecord } from './readCsv';
import { readXlsx } from './readXlsx';
import { sharePointColumnOf } from './sharePointColumns';

/** One item of the exported list. @internal */
export interface ExportRow {
  /** The line of the file the item starts on, the header being line 1 (in a workbook: the row number). */
  row: number;
  /** The item's cells by column name as the header writes it, without surrounding spaces; an empty cell is `''`. */
  cells: Record<string, string>;
  /** Non-empty cells beyond the header's columns: a sign of a broken line. */
  extraCells?: string[];
}

/** An export of the SharePoint list "Overlevering til produksjon", read but not yet mapped. @internal */
export interface ParsedExport {
  /** The column names, as the file writes them (without surrounding spaces). */
  header: string[];
  rows: ExportRow[];
}

/** @internal */
export interface ParseExportOptions {
  /** The language of the error a malformed file throws; bokmål when not given. */
  locale?: Locale;
}

const XLSX_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// A browser on a Windows machine with Excel sends a .csv file as application/vnd.ms-excel.
const CSV_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/vnd.ms-excel',
];

const startsWith = (bytes: Uint8Array, magic: number[]) =>
  magic.every((byte, index) => bytes[index] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the bytes are, trusting their first bytes over the content type a browser guessed. */
function formatOf(
  bytes: Uint8Array,
  contentType: string,
  locale: Locale | undefined,
): 'csv' | 'xlsx' {
  const texts = importTexts(locale);
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (startsWith(bytes, OLE)) throw new InputError(texts.oldExcelFormat);
  if (startsWith(bytes, ZIP)) {
    if (type === XLSX_TYPE || CSV_TYPES.includes(type)) return 'xlsx';
    throw new InputError(texts.notSupported({ contentType }));
  }
  if (type === XLSX_TYPE) throw new InputError(texts.notXlsx);
  if (CSV_TYPES.includes(type)) return 'csv';
  throw new InputError(texts.notSupported({ contentType }));
}

const isEmpty = (record: TableRecord) =>
  record.cells.every(cell => cell.trim() === '');

/**
 * Reads an export of the SharePoint list, CSV or Excel, into its header and its rows of cells.
 * CSV may be UTF-8 (with or without byte order mark) or Windows-1252, separated by `;` or `,`,
 * with quoted cells holding line breaks and doubled quotes; a workbook is read from its first
 * worksheet. Empty lines are skipped. Nothing is interpreted yet: see `mapExport`.
 *
 * Throws an `InputError` for a file that cannot be imported at all: not CSV or .xlsx, empty,
 * without an `ID` column, or with a quote that is never closed.
 *
 * @internal
 */
export async function parseExport(
  bytes: Uint8Array,
  contentType: string,
  options: ParseExportOptions = {},
): Promise<ParsedExport> {
  const { locale } = options;
  const texts = importTexts(locale);
  const records =
    formatOf(bytes, contentType, locale) === 'xlsx'
      ? await readXlsx(bytes, locale)
      : readCsv(decodeText(bytes), locale);

  const headerAt = records.findIndex(record => !isEmpty(record));
  if (headerAt < 0) throw new InputError(texts.noHeader);
  const header = records[headerAt].cells.map(name => name.trim());
  if (!header.some(name => sharePointColumnOf(name) === 'id')) {
    throw new InputError(
      texts.noIdColumn({ columns: header.filter(name => name !== '') }),
    );
  }

  const rows = records
    .slice(headerAt + 1)
    .filter(record => !isEmpty(record))
    .map(record => toRow(header, record));
  return { header, rows };
}

function toRow(header: string[], record: TableRecord): ExportRow {
  // No prototype: a column may be called anything, `__proto__` and `constructor` included.
  const cells: Record<string, string> = Object.create(null);
  const extraCells: string[] = [];
  record.cells.forEach((raw, index) => {
    const value = raw.trim();
    const name = header[index];
    if (name) {
      // A repeated column name keeps its first cell; the plan of columns reports the repeat.
      if (!(name in cells)) cells[name] = value;
    } else if (value !== '') {
      extraCells.push(value);
    }
  });
  for (const name of header) if (name && !(name in cells)) cells[name] = '';
  return {
    row: record.line,
    cells,
    ...(extraCells.length > 0 ? { extraCells } : {}),
  };
}
