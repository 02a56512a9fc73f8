/** The largest file the backend's import reads, as it says in its contract. */
export const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;

const XLSX_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the file picker offers: the two formats SharePoint exports to. */
export const IMPORT_ACCEPT = `.csv,.xlsx,text/csv,${XLSX_TYPE}`;

/**
 * The content type to send a chosen file with: by its name, as a browser may
 * call a CSV file `application/vnd.ms-excel` or nothing at all. The backend
 * looks at the bytes as well, so a workbook named .csv is still read as one.
 */
export function importContentType(file: { name: string }): string {
  return /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv';
}
