import {
  CSV,
  demoPeople,
  EXAMPLES,
  readExample,
  utf8,
  XLSX,
} from './__testUtils__/examples';
import { mapExport, MappedExportRow } from './mapExport';
import { parseExport } from './parseExport';

async function importExample(name: string, type: string) {
  return mapExport(await parseExport(readExample(name), type), {
    resolver: demoPeople,
  });
}

/** What an admin reads per line: imported with its status, or refused. */
const outcome = (row: MappedExportRow) =>
  'refused' in row
    ? [row.row, row.sharePointId, 'refused']
    : [row.row, row.sharePointId, row.status];

describe('mapExport', () => {
  it('imports the UTF-8 example, refusing the unknown status and the unknown choice', async () => {
    const { problems, rows } = await importExample(EXAMPLES.utf8Semicolon, CSV);
    expect(problems).toEqual([
      'Disse kolonnene finnes ikke i skjemaet og er ikke importert: «Elementtype», «Bane».',
    ]);
    expect(rows.map(outcome)).toEqual([
      [2, 12, 'approved'],
      [5, 15, 'in_review'],
      [7, 21, 'draft'],
      [8, 22, 'rejected'],
      [10, 30, 'rejected'],
      [11, 31, 'refused'],
      [12, 34, 'refused'],
      [13, 35, 'in_review'],
    ]);
    const first = rows[0];
    if ('refused' in first) throw new Error(first.refused);
    expect(first).toMatchObject({
      title: 'Ny versjon av DIPS Arena – legemiddelmodul',
      createdAt: '2023-01-03T08:15:00.000Z',
      createdBy: { ref: 'user:default/kari.nordmann' },
      modifiedAt: '2023-03-20T13:02:37.000Z',
      document: {
        bestilling: {
          leveransetype: 'ny-versjon',
          bestiltAv: 'user:default/kari.nordmann',
          planlagtProduksjonsdato: '2023-03-14',
        },
        designfase: {
          fagansvarlig: 'user:default/per.fag',
          tjenesteutvikler: 'user:default/ola.utvikler',
          rosGjennomfort: {
            svar: true,
            forklaring: 'ROS-analyse i Documaster, sak 2023/1142',
          },
        },
        etablering: { miljoer: ['produksjon', 'test', 'opplaering'] },
        driftskostnader: {
          kostnader: [
            {
              beskrivelse: 'Årlig lisens legemiddelmodul',
              kategori: 'lisens',
              belop: 1200000,
              periode: 'aarlig',
            },
          ],
        },
        produksjonssetting: { fravik: [{}, {}] },
      },
    });
    expect(rows[2]).toMatchObject({
      problems: [
        '«Fagansvarlig»: fant ingen i katalogen som heter «Gunnar Gammel»; feltet står tomt.',
      ],
    });
    expect(rows[6]).toMatchObject({
      refused:
        '«Type leveranse»: «Pilot» er ikke et av valgene (Ny tjeneste, Ny versjon, Endring).',
    });
  });

  it('imports the Windows-1252 example, reporting its ambiguous column once', async () => {
    const { problems, rows } = await importExample(
      EXAMPLES.windows1252Comma,
      CSV,
    );
    expect(problems).toEqual([
      'Disse kolonnene finnes ikke i skjemaet og er ikke importert: «Innholdstype», «Vedlegg».',
      'Kolonnen «Beskrivelse» kan høre til flere felt («Driftskostnader: Beskrivelse», «Fravik: Beskrivelse», «Restanser: Beskrivelse», «Kjente feil: Beskrivelse»). Gi den et av disse navnene for å importere den.',
    ]);
    expect(rows.map(outcome)).toEqual([
      [2, 101, 'approved'],
      [3, 102, 'in_review'],
      [4, 103, 'rejected'],
      [5, 104, 'draft'],
      [6, 105, 'draft'],
      [7, 106, 'approved'],
      [8, 107, 'rejected'],
    ]);
    expect(rows[0]).toMatchObject({
      title: 'Elektronisk kurve – Barne- og ungdomsklinikken',
      createdBy: { ref: 'user:default/kari.nordmann' },
      document: {
        bestilling: { bestiltAv: 'user:default/kari.nordmann' },
        produksjonssetting: {
          fravik: [
            {
              beskrivelse:
                'Kurveoppsett for nyfødt-intensiv er ikke ferdig testet',
              frist: '2022-06-30',
            },
          ],
        },
        driftskostnader: { kostnader: [{ belop: 1200.5 }] },
      },
    });
    expect(rows[4]).toMatchObject({
      problems: ['Raden har ingen status; den importeres som utkast.'],
    });
  });

  it('imports the workbook example', async () => {
    const { problems, rows } = await importExample(EXAMPLES.xlsx, XLSX);
    expect(problems).toEqual([
      'Disse kolonnene finnes ikke i skjemaet og er ikke importert: «Versjon».',
    ]);
    expect(rows.map(outcome)).toEqual([
      [2, 201, 'approved'],
      [3, 202, 'in_review'],
      [4, 203, 'draft'],
      [5, 204, 'rejected'],
      [6, 205, 'refused'],
      [7, 206, 'refused'],
    ]);
    expect(rows[0]).toMatchObject({
      createdAt: '2024-01-09T07:45:00.000Z',
      document: {
        bestilling: {
          beskrivelse: 'Oppgradering til versjon 12 med ny lagermodul.',
          planlagtProduksjonsdato: '2024-04-08',
        },
        designfase: {
          arkitekturdokumentasjon:
            'https://hemit.sharepoint.com/sites/arkitektur/apotek.pdf',
          personopplysninger: { svar: true },
        },
        driftskostnader: {
          kostnader: [{ belop: 250000.5, koststed: '4410' }],
        },
      },
    });
    // Summer time: the cell's 09:00 is 07:00 UTC.
    expect(rows[3]).toMatchObject({ createdAt: '2024-06-14T07:00:00.000Z' });
    expect(rows[4]).toMatchObject({
      refused: expect.stringContaining('Ukjent status «På vent»'),
    });
    expect(rows[5]).toMatchObject({
      refused: '«Beløp (NOK)»: «tolv tusen» er ikke et tall.',
    });
  });

  it('imports an ID that occurs twice from its first line only', async () => {
    const parsed = await parseExport(
      utf8(
        'ID;Tittel;Status\n7;Timebok;Utkast\n8;PACS;Godkjent\n7;Timebok (kopi);Utkast\n',
      ),
      CSV,
    );
    const { rows } = mapExport(parsed, { resolver: demoPeople, locale: 'en' });
    expect(rows.map(outcome)).toEqual([
      [2, 7, 'draft'],
      [3, 8, 'approved'],
      [4, 7, 'refused'],
    ]);
    expect(rows[2]).toMatchObject({
      refused:
        'The ID 7 also appears on line 2; only the first of them is imported.',
    });
  });
});
