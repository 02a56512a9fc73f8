#!/usr/bin/env node
// Writes examples/sharepoint/overlevering-til-produksjon.xlsx: a made-up export of the old
// SharePoint list as Excel writes it, with what the import must read from a workbook that a CSV
// never has: date cells (with and without a time of day), numbers, true/false cells, rich text,
// a hyperlink cell and a formula. The import tests read the file this script writes.
// Run from the repository root after changing it: node plugins/overlevering-backend/scripts/generate-sharepoint-xlsx.js
const path = require('node:path');
const { Workbook } = require('exceljs');

const target = path.join(
  __dirname,
  '..',
  '..',
  '..',
  'examples',
  'sharepoint',
  'overlevering-til-produksjon.xlsx',
);

// Excel keeps no time zone: a cell shows its wall-clock time, which exceljs writes from UTC.
const wall = (y, m, d, h = 0, min = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min));
const rich = (...runs) => ({
  richText: runs.map(([text, bold]) => ({
    text,
    font: bold ? { bold: true } : {},
  })),
});

const columns = [
  'ID',
  'Tittel',
  'Status',
  'Type leveranse',
  'Hva er bestilt',
  'Bestilt av',
  'Planlagt produksjonssetting',
  'Fagansvarlig',
  'Behandles person- eller helseopplysninger?',
  'Arkitektur- og designdokumentasjon',
  'Miljøer',
  'Kostnadslinjer: Beskrivelse',
  'Beløp (NOK)',
  'Periode',
  'Koststed',
  'Opprettet',
  'Opprettet av',
  'Endret',
  'Endret av',
  'Versjon',
];

const rows = [
  [
    201,
    'Ny versjon av Sykehusapotekenes legemiddelsystem',
    'Godkjent',
    'Ny versjon',
    rich(
      ['Oppgradering til ', false],
      ['versjon 12', true],
      [' med ny lagermodul.', false],
    ),
    'Kari Nordmann',
    wall(2024, 4, 8),
    'Per Fagansvarlig',
    true,
    {
      text: 'Arkitekturskisse',
      hyperlink: 'https://hemit.sharepoint.com/sites/arkitektur/apotek.pdf',
    },
    'Produksjon; Test',
    'Vedlikeholdsavtale',
    250000.5,
    'Per år',
    4410,
    wall(2024, 1, 9, 8, 45),
    'Kari Nordmann',
    wall(2024, 4, 9, 15, 30),
    'Per Fagansvarlig',
    '4.0',
  ],
  [
    202,
    'Pasientreiser – ny rekvisisjonsløsning',
    'Til godkjenning',
    'Ny tjeneste',
    'Rekvisisjon av pasientreiser direkte fra journalen.\nErstatter faks.',
    'siri.leder@example.com',
    wall(2024, 6, 3),
    'per.fag@example.com',
    'Ja',
    '',
    'Produksjon',
    'Lisens per avdeling',
    { formula: '12*1500', result: 18000 },
    'Per måned',
    '',
    wall(2024, 2, 1, 10, 0),
    'Siri Leder',
    wall(2024, 5, 20, 11, 5),
    'Siri Leder',
    '2.0',
  ],
  [
    203,
    'Telemetri på hjerteovervåkning',
    'Under arbeid',
    'Endring',
    '',
    'Erik Drift',
    '',
    'Bodil Berntsen',
    false,
    '',
    'Test; Utvikling',
    '',
    null,
    '',
    '',
    wall(2024, 3, 12, 14, 0),
    'Erik Drift',
    wall(2024, 3, 12, 14, 0),
    'Erik Drift',
    '1.0',
  ],
  [
    204,
    'Oppgradering av blodbanksystemet (Prosang)',
    'Avslått',
    'Ny versjon',
    rich(['Ny versjon av Prosang.', false]),
    'Hanne Hjelp',
    wall(2024, 9, 16),
    'Per Fagansvarlig',
    'Ja',
    '',
    'Produksjon; Kvalitetssikring',
    'Ny server',
    45000,
    'Engangs',
    4410,
    // Summer time: 09:00 in Oslo is 07:00 UTC.
    wall(2024, 6, 14, 9, 0),
    'Hanne Hjelp',
    wall(2024, 8, 30, 16, 20),
    'Siri Leder',
    '3.0',
  ],
  [
    205,
    'Kvalitetsregister for hjerneslag – ny eksport',
    'På vent',
    'Endring',
    'Månedlig eksport til Norsk hjerneslagregister.',
    'Ola Utvikler',
    '',
    'Per Fagansvarlig',
    'Ja',
    '',
    '',
    '',
    null,
    '',
    '',
    wall(2024, 4, 2, 12, 0),
    'Ola Utvikler',
    wall(2024, 4, 2, 12, 0),
    'Ola Utvikler',
    '1.0',
  ],
  [
    206,
    'Ny versjon av vaktplanverktøyet (Gat)',
    'Utkast',
    'Ny versjon',
    'Oppgradering av Gat til ny skyversjon.',
    'Kari Nordmann',
    wall(2024, 11, 4),
    'Per Fagansvarlig',
    'Nei',
    '',
    'Produksjon',
    'Abonnement',
    'tolv tusen',
    'Per år',
    '',
    wall(2024, 8, 19, 7, 30),
    'Kari Nordmann',
    wall(2024, 8, 19, 7, 30),
    'Kari Nordmann',
    '1.0',
  ],
];

async function main() {
  const workbook = new Workbook();
  // Fixed times, so writing the file again changes nothing but what the rows say.
  workbook.created = wall(2024, 9, 1);
  workbook.modified = wall(2024, 9, 1);
  workbook.creator = 'SharePoint';
  const sheet = workbook.addWorksheet('Overlevering til produksjon');
  sheet.addRow(columns);
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(7).numFmt = 'dd.mm.yyyy';
  sheet.getColumn(16).numFmt = 'dd.mm.yyyy hh:mm';
  sheet.getColumn(18).numFmt = 'dd.mm.yyyy hh:mm';
  // A second sheet, as Excel adds for the export's query: the import reads the first only.
  workbook.addWorksheet('owssvr').addRow(['ID', 'Tittel']);
  await workbook.xlsx.writeFile(target);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), target)}\n`);
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
