import { InputError } from '@backstage/errors';
import { Workbook } from 'exceljs';
import {
  CSV,
  EXAMPLES,
  readExample,
  utf8,
  XLSX,
} from './__testUtils__/examples';
import { parseExport } from './parseExport';

async function workbookBytes(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('parseExport', () => {
  it('reads a UTF-8 export with byte order mark, ; and quoted cells over several lines', async () => {
    const { header, rows } = await parseExport(
      readExample(EXAMPLES.utf8Semicolon),
      'text/csv; charset=utf-8',
    );
    expect(header.slice(0, 5)).toEqual([
      'ID',
      'Tittel',
      'Status',
      'Type leveranse',
      'Hva er bestilt',
    ]);
    // Items whose quoted cells hold line breaks span several lines; the empty last line is skipped.
    expect(rows.map(row => [row.row, row.cells.ID])).toEqual([
      [2, '12'],
      [5, '15'],
      [7, '21'],
      [8, '22'],
      [10, '30'],
      [11, '31'],
      [12, '34'],
      [13, '35'],
    ]);
    expect(rows[1].cells['Hva er bestilt']).toBe(
      'Ny integrasjon mot "Mine pasientreiser" på Helsenorge.\nMeldingene går via NHN; se "Integrasjonsbeskrivelse v2".',
    );
    expect(rows[0].cells.Tittel).toBe(
      'Ny versjon av DIPS Arena – legemiddelmodul',
    );
  });

  it('reads a Windows-1252 export separated by commas', async () => {
    const { header, rows } = await parseExport(
      readExample(EXAMPLES.windows1252Comma),
      CSV,
    );
    expect(header).toContain('Beløp (NOK)');
    expect(header[0]).toBe('id');
    expect(rows).toHaveLength(7);
    expect(rows[0].cells).toMatchObject({
      tittel: 'Elektronisk kurve – Barne- og ungdomsklinikken',
      'Bestilt av': 'Nordmann, Kari',
      'Beløp (NOK)': '1 200,50',
    });
    expect(rows[2].cells.tittel).toBe(
      'Oppdatering av Sectra PACS – «Uni View»',
    );
  });

  it('reads the first worksheet of a workbook: dates, numbers, yes/no, rich text and links as a CSV holds them', async () => {
    const { header, rows } = await parseExport(
      readExample(EXAMPLES.xlsx),
      XLSX,
    );
    expect(header).toHaveLength(20);
    expect(rows.map(row => row.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(rows[0].cells).toMatchObject({
      ID: '201',
      'Hva er bestilt': 'Oppgradering til versjon 12 med ny lagermodul.',
      'Planlagt produksjonssetting': '2024-04-08',
      'Behandles person- eller helseopplysninger?': 'Ja',
      'Arkitektur- og designdokumentasjon':
        'https://hemit.sharepoint.com/sites/arkitektur/apotek.pdf, Arkitekturskisse',
      'Beløp (NOK)': '250000,5',
      Koststed: '4410',
      Opprettet: '2024-01-09T08:45:00',
    });
    expect(rows[1].cells['Beløp (NOK)']).toBe('18000');
    expect(rows[2].cells['Behandles person- eller helseopplysninger?']).toBe(
      'Nei',
    );
  });

  it('refuses a file cut short inside a quoted cell', async () => {
    await expect(
      parseExport(readExample(EXAMPLES.cutShort), CSV),
    ).rejects.toThrow(
      new InputError(
        'Linje 4: et anførselstegn (") åpner en celle som aldri lukkes. Filen er trolig avkuttet eller redigert for hånd.',
      ),
    );
  });

  it('refuses a file without an ID column, naming the columns it has', async () => {
    await expect(
      parseExport(utf8('Tittel;Status\nTimebok;Utkast\n'), CSV, {
        locale: 'en',
      }),
    ).rejects.toThrow(
      "The file has no “ID” column, so its rows cannot be matched with the items of the SharePoint list. Export the list with its ID column. The file's columns are: “Tittel”, “Status”.",
    );
  });

  it('refuses an empty file, also an empty workbook', async () => {
    await expect(parseExport(utf8('\r\n;;;\r\n'), CSV)).rejects.toThrow(
      'Filen er tom: den har ingen linje med kolonnenavn.',
    );
    await expect(parseExport(await workbookBytes([]), XLSX)).rejects.toThrow(
      'Filen er tom',
    );
  });

  it('refuses what is neither CSV nor a workbook', async () => {
    await expect(
      parseExport(utf8('%PDF-1.7'), 'application/pdf'),
    ).rejects.toThrow(
      'Filen må være en CSV-fil eller en Excel-arbeidsbok (.xlsx), ikke «application/pdf».',
    );
    await expect(parseExport(utf8('ID;Tittel'), XLSX)).rejects.toThrow(
      'Filen kan ikke leses som en Excel-arbeidsbok (.xlsx).',
    );
    await expect(
      parseExport(
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
        'application/vnd.ms-excel',
      ),
    ).rejects.toThrow('det gamle Excel-formatet (.xls)');
    await expect(
      parseExport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), XLSX),
    ).rejects.toThrow(InputError);
  });

  it('trusts the bytes over the type a browser guessed', async () => {
    // Windows with Excel installed uploads .csv as application/vnd.ms-excel.
    const csv = await parseExport(
      utf8('ID,Tittel\n1,Timebok\n'),
      'application/vnd.ms-excel',
    );
    expect(csv.rows).toEqual([
      { row: 2, cells: { ID: '1', Tittel: 'Timebok' } },
    ]);
    const xlsx = await parseExport(
      await workbookBytes([
        ['ID', 'Tittel'],
        [1, 'Timebok'],
      ]),
      'text/csv',
    );
    expect(xlsx.rows).toEqual([
      { row: 2, cells: { ID: '1', Tittel: 'Timebok' } },
    ]);
  });

  it('keeps surplus cells of a broken line apart, and takes any column name as plain data', async () => {
    const { rows } = await parseExport(
      utf8('ID;__proto__;constructor\n1;a;b;12 000;\n2;;\n'),
      CSV,
    );
    expect(rows[0]).toEqual({
      row: 2,
      // A computed key, so the expectation has the column rather than a prototype.
      cells: { ID: '1', ['__proto__']: 'a', constructor: 'b' },
      extraCells: ['12 000'],
    });
    expect(Object.keys(rows[1].cells)).toEqual([
      'ID',
      '__proto__',
      'constructor',
    ]);
    expect(rows[1].cells.constructor).toBe('');
  });

  it('reads a workbook whose cells are rich text, formulas and dates with times', async () => {
    const { rows } = await parseExport(
      await workbookBytes([
        ['ID', 'Tittel', 'Opprettet', 'Beløp (NOK)'],
        [
          7,
          {
            richText: [
              { text: 'Timebok ' },
              { text: 'v2', font: { bold: true } },
            ],
          },
          new Date(Date.UTC(2024, 5, 14, 9, 0)),
          { formula: 'A2*1000', result: 7000 },
        ],
      ]),
      XLSX,
    );
    expect(rows[0].cells).toEqual({
      ID: '7',
      Tittel: 'Timebok v2',
      Opprettet: '2024-06-14T09:00:00',
      'Beløp (NOK)': '7000',
    });
  });
});
