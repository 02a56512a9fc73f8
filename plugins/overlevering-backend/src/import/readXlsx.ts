import { InputError } from '@backstage/errors';
import type { Locale } from '@hemit/overlevering-form-schema';
import { CellValue, Workbook } from 'exceljs';
import { importTexts } from './importTexts';
import type { TableRecord } from './readCsv';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date cell as the wall-clock time it shows. Excel stores no time zone: exceljs hands the
 * serial back as if it were UTC, so the UTC fields are what the cell shows in Oslo. A cell
 * without a time of day becomes a plain date.
 */
function wallClock(date: Date): string {
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(
    date.getUTCMonth() + 1,
  )}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

/**
 * One cell as the text a CSV export of the same list would hold, so both kinds of file are
 * mapped by the same code: numbers with a decimal comma, yes/no as Ja/Nei, rich text as its
 * plain text, a link as SharePoint writes a hyperlink column (`url, description`), and a
 * formula as its result.
 *
 * @internal
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nei';
  if (value instanceof Date) return wallClock(value);
  if ('richText' in value) return value.richText.map(run => run.text).join('');
  if ('hyperlink' in value) {
    const text = cellText(value.text as CellValue);
    return text && text !== value.hyperlink
      ? `${value.hyperlink}, ${text}`
      : value.hyperlink;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText(value.result as CellValue);
  }
  if ('error' in value) return value.error;
  return '';
}

/**
 * Reads the first worksheet of an Excel workbook into records, each with its worksheet row
 * number as its line. Empty rows are left out.
 *
 * @internal
 */
export async function readXlsx(
  bytes: Uint8Array,
  locale?: Locale,
): Promise<TableRecord[]> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
  } catch {
    throw new InputError(importTexts(locale).notXlsx);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: TableRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      cells.push(cellText(row.getCell(column).value));
    }
    records.push({ line: rowNumber, cells });
  });
  return records;
}
