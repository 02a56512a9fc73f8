import type { Locale } from '@hemit/overlevering-form-schema';

/**
 * What the import of the old SharePoint list says, per language: why a file cannot be read, why
 * a row is refused, and what was imported with a reservation. Columns are named as the file
 * names them, since that is what the admin has in front of them.
 *
 * @internal
 */
export interface ImportTexts {
  /** Quotes a value or a column name in running text. */
  quote(text: string): string;

  // The file as a whole: each of these refuses the file.
  notSupported(p: { contentType: string }): string;
  oldExcelFormat: string;
  notXlsx: string;
  noHeader: string;
  noIdColumn(p: { columns: readonly string[] }): string;
  unclosedQuote(p: { line: number }): string;

  // The file's columns: reported once for the file.
  unknownColumns(p: { columns: readonly string[] }): string;
  ambiguousColumn(p: { column: string; candidates: readonly string[] }): string;
  duplicateColumn(p: { column: string }): string;
  noStatusColumn: string;

  // A row: refusals.
  missingId: string;
  invalidId(p: { text: string }): string;
  duplicateId(p: { id: number; row: number }): string;
  unknownStatus(p: { text: string; known: readonly string[] }): string;
  extraCells(p: { count: number }): string;
  documentInvalid: string;
  notNumber(p: { column: string; text: string }): string;
  notDate(p: { column: string; text: string }): string;
  notChoice(p: {
    column: string;
    text: string;
    options: readonly string[];
  }): string;

  // A row: imported, with a reservation.
  emptyStatus: string;
  notDateTime(p: { column: string; text: string }): string;
  personUnresolved(p: { column: string; text: string }): string;
  personKeptAsText(p: { column: string; text: string }): string;
  entityUnresolved(p: { column: string; text: string }): string;
  yesNoKeptAsText(p: { column: string; text: string }): string;

  // Storing a row as a handover.
  tooLarge(p: { megabytes: number }): string;
  ownerIsImporter(p: { creator?: string }): string;
  reviewImportedAsDraft: string;
  changedInPortal: string;
  rowNotStored: string;
  nulCharacter: string;
}

const nbQuote = (text: string) => `«${text}»`;
const enQuote = (text: string) => `“${text}”`;

const nb: ImportTexts = {
  quote: nbQuote,

  notSupported: p =>
    `Filen må være en CSV-fil eller en Excel-arbeidsbok (.xlsx), ikke ${nbQuote(
      p.contentType || 'ukjent type',
    )}.`,
  oldExcelFormat:
    'Filen er i det gamle Excel-formatet (.xls). Lagre den som Excel-arbeidsbok (.xlsx) eller CSV, og prøv igjen.',
  notXlsx: 'Filen kan ikke leses som en Excel-arbeidsbok (.xlsx).',
  noHeader: 'Filen er tom: den har ingen linje med kolonnenavn.',
  noIdColumn: p =>
    `Filen har ingen ${nbQuote(
      'ID',
    )}-kolonne, så radene kan ikke knyttes til elementene i SharePoint-listen. Eksporter listen med ID-kolonnen. Kolonnene i filen er: ${p.columns
      .map(nbQuote)
      .join(', ')}.`,
  unclosedQuote: p =>
    `Linje ${p.line}: et anførselstegn (") åpner en celle som aldri lukkes. Filen er trolig avkuttet eller redigert for hånd.`,

  unknownColumns: p =>
    `Disse kolonnene finnes ikke i skjemaet og er ikke importert: ${p.columns
      .map(nbQuote)
      .join(', ')}.`,
  ambiguousColumn: p =>
    `Kolonnen ${nbQuote(p.column)} kan høre til flere felt (${p.candidates
      .map(nbQuote)
      .join(', ')}). Gi den et av disse navnene for å importere den.`,
  duplicateColumn: p =>
    `Kolonnen ${nbQuote(
      p.column,
    )} finnes flere ganger; bare den første er importert.`,
  noStatusColumn: `Filen har ingen ${nbQuote(
    'Status',
  )}-kolonne; alle radene importeres som utkast.`,

  missingId: 'Raden mangler ID.',
  invalidId: p =>
    `ID ${nbQuote(
      p.text,
    )} er ikke et ID fra SharePoint-listen: et heltall fra 1 til 2147483647.`,
  duplicateId: p =>
    `ID ${p.id} står også på linje ${p.row}; bare den første av dem importeres.`,
  unknownStatus: p =>
    `Ukjent status ${nbQuote(p.text)}. Kjente statuser: ${p.known.join(', ')}.`,
  extraCells: p =>
    `Linjen har ${p.count} ${
      p.count === 1 ? 'celle' : 'celler'
    } mer enn det er kolonner; sjekk skilletegn og anførselstegn.`,
  documentInvalid: 'Dokumentet er ikke gyldig',
  notNumber: p => `${nbQuote(p.column)}: ${nbQuote(p.text)} er ikke et tall.`,
  notDate: p =>
    `${nbQuote(p.column)}: ${nbQuote(
      p.text,
    )} er ikke en dato (dd.mm.åååå eller åååå-mm-dd).`,
  notChoice: p =>
    `${nbQuote(p.column)}: ${nbQuote(
      p.text,
    )} er ikke et av valgene (${p.options.join(', ')}).`,

  emptyStatus: 'Raden har ingen status; den importeres som utkast.',
  notDateTime: p =>
    `${nbQuote(p.column)}: ${nbQuote(
      p.text,
    )} er ikke et tidspunkt; verdien er ikke importert.`,
  personUnresolved: p =>
    `${nbQuote(p.column)}: fant ingen i katalogen som heter ${nbQuote(
      p.text,
    )}; feltet står tomt.`,
  personKeptAsText: p =>
    `${nbQuote(p.column)}: fant ingen i katalogen som heter ${nbQuote(
      p.text,
    )}; navnet er tatt vare på som tekst.`,
  entityUnresolved: p =>
    `${nbQuote(p.column)}: ${nbQuote(
      p.text,
    )} er ikke koblet til katalogen; velg den i skjemaet etter importen.`,
  yesNoKeptAsText: p =>
    `${nbQuote(p.column)}: ${nbQuote(
      p.text,
    )} er verken Ja eller Nei; teksten er lagt i forklaringen.`,

  tooLarge: p =>
    `Filen er større enn ${p.megabytes} MB. Eksporter færre kolonner eller del listen i flere filer.`,
  ownerIsImporter: p =>
    p.creator
      ? `${nbQuote(p.creator)} (${nbQuote(
          'Opprettet av',
        )}) er ikke i katalogen, så du er satt som leveranseansvarlig.`
      : `Raden sier ikke hvem som opprettet den (${nbQuote(
          'Opprettet av',
        )}); du er satt som leveranseansvarlig.`,
  reviewImportedAsDraft:
    'Var til godkjenning i SharePoint-listen. Godkjenningen må gjøres i portalen, så den er importert som utkast; send den til godkjenning herfra.',
  changedInPortal:
    'Overleveringen er endret i portalen etter forrige import, så endringene i SharePoint-listen er ikke tatt inn.',
  rowNotStored:
    'Raden kunne ikke lagres. Prøv igjen; skjer det igjen, meld fra til de som drifter portalen.',
  nulCharacter:
    'Raden inneholder et tegn som ikke kan lagres (U+0000). Eksporter listen på nytt, eller fjern tegnet.',
};

const en: ImportTexts = {
  quote: enQuote,

  notSupported: p =>
    `The file must be a CSV file or an Excel workbook (.xlsx), not ${enQuote(
      p.contentType || 'unknown type',
    )}.`,
  oldExcelFormat:
    'The file is in the old Excel format (.xls). Save it as an Excel workbook (.xlsx) or as CSV, and try again.',
  notXlsx: 'The file cannot be read as an Excel workbook (.xlsx).',
  noHeader: 'The file is empty: it has no line of column names.',
  noIdColumn: p =>
    `The file has no ${enQuote(
      'ID',
    )} column, so its rows cannot be matched with the items of the SharePoint list. Export the list with its ID column. The file's columns are: ${p.columns
      .map(enQuote)
      .join(', ')}.`,
  unclosedQuote: p =>
    `Line ${p.line}: a quotation mark (") opens a cell that is never closed. The file is probably cut short or edited by hand.`,

  unknownColumns: p =>
    `These columns are not in the form and were not imported: ${p.columns
      .map(enQuote)
      .join(', ')}.`,
  ambiguousColumn: p =>
    `The column ${enQuote(
      p.column,
    )} could belong to several fields (${p.candidates
      .map(enQuote)
      .join(', ')}). Give it one of these names to import it.`,
  duplicateColumn: p =>
    `The column ${enQuote(
      p.column,
    )} appears more than once; only the first was imported.`,
  noStatusColumn: `The file has no ${enQuote(
    'Status',
  )} column; every row is imported as a draft.`,

  missingId: 'The row has no ID.',
  invalidId: p =>
    `The ID ${enQuote(
      p.text,
    )} is not an ID of the SharePoint list: a whole number from 1 to 2147483647.`,
  duplicateId: p =>
    `The ID ${p.id} also appears on line ${p.row}; only the first of them is imported.`,
  unknownStatus: p =>
    `Unknown status ${enQuote(p.text)}. Known statuses: ${p.known.join(', ')}.`,
  extraCells: p =>
    `The line has ${p.count} more ${
      p.count === 1 ? 'cell' : 'cells'
    } than there are columns; check the separators and quotation marks.`,
  documentInvalid: 'The document is not valid',
  notNumber: p => `${enQuote(p.column)}: ${enQuote(p.text)} is not a number.`,
  notDate: p =>
    `${enQuote(p.column)}: ${enQuote(
      p.text,
    )} is not a date (dd.mm.yyyy or yyyy-mm-dd).`,
  notChoice: p =>
    `${enQuote(p.column)}: ${enQuote(
      p.text,
    )} is not one of the choices (${p.options.join(', ')}).`,

  emptyStatus: 'The row has no status; it is imported as a draft.',
  notDateTime: p =>
    `${enQuote(p.column)}: ${enQuote(
      p.text,
    )} is not a point in time; the value was not imported.`,
  personUnresolved: p =>
    `${enQuote(p.column)}: nobody called ${enQuote(
      p.text,
    )} was found in the catalog; the field is left empty.`,
  personKeptAsText: p =>
    `${enQuote(p.column)}: nobody called ${enQuote(
      p.text,
    )} was found in the catalog; the name is kept as text.`,
  entityUnresolved: p =>
    `${enQuote(p.column)}: ${enQuote(
      p.text,
    )} is not linked to the catalog; pick it in the form after the import.`,
  yesNoKeptAsText: p =>
    `${enQuote(p.column)}: ${enQuote(
      p.text,
    )} is neither Yes nor No; the text was put in the explanation.`,

  tooLarge: p =>
    `The file is larger than ${p.megabytes} MB. Export fewer columns, or split the list into several files.`,
  ownerIsImporter: p =>
    p.creator
      ? `${enQuote(p.creator)} (${enQuote(
          'Opprettet av',
        )}) is not in the catalog, so you are the delivery owner.`
      : `The row does not say who created it (${enQuote(
          'Opprettet av',
        )}); you are the delivery owner.`,
  reviewImportedAsDraft:
    'Was awaiting approval in the SharePoint list. Approval must happen in the portal, so it was imported as a draft; send it for approval from here.',
  changedInPortal:
    'The handover was changed in the portal after the last import, so the changes in the SharePoint list were not brought in.',
  rowNotStored:
    'The row could not be stored. Try again; if it happens again, tell the people who run the portal.',
  nulCharacter:
    'The row holds a character that cannot be stored (U+0000). Export the list again, or remove the character.',
};

/** The import texts in `locale`; bokmål when none is given. @internal */
export function importTexts(locale: Locale | undefined): ImportTexts {
  return locale === 'en' ? en : nb;
}
