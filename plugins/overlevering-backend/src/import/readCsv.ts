import { InputError } from '@backstage/errors';
import type { Locale } from '@hemit/overlevering-form-schema';
import { importTexts } from './importTexts';

/** One record of a table file, with the line of the file it starts on (the first line is 1). @internal */
export interface TableRecord {
  line: number;
  cells: string[];
}

const SEPARATORS = [';', ',', '\t'] as const;

/**
 * The separator of the file, read from its header: the one of `;`, `,` and tab that occurs most
 * often outside quotes. A Norwegian Excel writes `;`, SharePoint and most tools `,`; a tie (a
 * header of one column) counts as `;`.
 *
 * @internal
 */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map(s => [s, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char))
      counts.set(char, counts.get(char)! + 1);
  }
  let best = ';';
  for (const separator of SEPARATORS) {
    if (counts.get(separator)! > counts.get(best)!) best = separator;
  }
  return best;
}

/**
 * Reads CSV text into records: quoted cells may hold separators, line breaks (kept as `\n`) and
 * doubled quotes; lines may end in CRLF, LF or CR. Excel's `sep=;` hint on the first line names
 * the separator; otherwise it is detected from the header. A quote that opens a cell and never
 * closes makes the rest of the file one cell, so it is refused with the line where it opened.
 *
 * @internal
 */
export function readCsv(text: string, locale?: Locale): TableRecord[] {
  let position = 0;
  let line = 1;
  let separator: string;
  const hint = /^sep=(.)(\r\n|\n|\r|$)/i.exec(text);
  if (hint) {
    separator = hint[1];
    position = hint[0].length;
    line = 2;
  } else {
    separator = detectSeparator(text);
  }

  const records: TableRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  // A cell that was quoted takes what follows its closing quote literally (lenient, like Excel).
  let wasQuoted = false;
  let quoteLine = 0;
  let recordLine = line;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
  };

  while (position < text.length) {
    const char = text[position];
    const next = text[position + 1];
    if (quoted) {
      if (char === '"') {
        if (next === '"') {
          cell += '"';
          position += 2;
        } else {
          quoted = false;
          position += 1;
        }
        continue;
      }
      if (char === '\r' || char === '\n') {
        cell += '\n';
        line += 1;
        position += char === '\r' && next === '\n' ? 2 : 1;
        continue;
      }
      cell += char;
      position += 1;
      continue;
    }
    if (char === '"' && !wasQuoted && cell.trim() === '') {
      // Spaces before an opening quote (`; "text"`) are not part of the cell.
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
      cell = '';
      position += 1;
      continue;
    }
    if (char === separator) {
      endCell();
      position += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      line += 1;
      recordLine = line;
      position += char === '\r' && next === '\n' ? 2 : 1;
      continue;
    }
    cell += char;
    position += 1;
  }
  if (quoted) {
    throw new InputError(
      importTexts(locale).unclosedQuote({ line: quoteLine }),
    );
  }
  if (cell !== '' || cells.length > 0 || wasQuoted) endRecord();
  return records;
}
