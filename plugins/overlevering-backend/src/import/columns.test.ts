import { ColumnTarget, planColumns } from './columns';

function describeTarget(target: ColumnTarget): string {
  switch (target.kind) {
    case 'sharePoint':
      return target.column;
    case 'rowColumn':
      return target.column.path;
    case 'explanation':
      return `explanation of ${target.field.path}`;
    default:
      return target.field.path;
  }
}

const targets = (header: string[]) =>
  planColumns(header).plan.columns.map(({ header: name, target }) => [
    name,
    describeTarget(target),
  ]);

describe('planColumns', () => {
  it('knows SharePoint’s own columns in Norwegian and in English', () => {
    expect(
      targets([
        'ID',
        'Tittel',
        'Opprettet',
        'Opprettet av',
        'Endret',
        'Endret av',
        'Status',
      ]).map(([, target]) => target),
    ).toEqual([
      'id',
      'title',
      'created',
      'createdBy',
      'modified',
      'modifiedBy',
      'status',
    ]);
    expect(
      targets([
        'Title',
        'Created',
        'Created By',
        'Modified',
        'Modified By',
      ]).map(([, target]) => target),
    ).toEqual(['title', 'created', 'createdBy', 'modified', 'modifiedBy']);
  });

  it('matches the form’s bokmål labels ignoring case and surrounding spaces', () => {
    expect(
      targets([
        '  fagansvarlig ',
        'TYPE LEVERANSE',
        'Planlagt  produksjonssetting',
        'Er varsling satt opp?',
        'Kommentar til budsjettet',
        'Fravik',
        'Beløp (NOK)',
      ]),
    ).toEqual([
      ['  fagansvarlig ', 'designfase.fagansvarlig'],
      ['TYPE LEVERANSE', 'bestilling.leveransetype'],
      ['Planlagt  produksjonssetting', 'bestilling.planlagtProduksjonsdato'],
      ['Er varsling satt opp?', 'produksjonssetting.varsling'],
      [
        'Kommentar til budsjettet',
        'explanation of driftskostnader.dekketIBudsjett',
      ],
      ['Fravik', 'produksjonssetting.fravik'],
      ['Beløp (NOK)', 'driftskostnader.kostnader.belop'],
    ]);
  });

  it('reports a label the form uses in several places as ambiguous, and takes the "Seksjon: Felt" form', () => {
    const { plan, problems } = planColumns([
      'ID',
      'Status',
      'Beskrivelse',
      'Driftskostnader: Beskrivelse',
      'fravik : beskrivelse',
      'Frist',
      'Restanser: Frist',
      'Forberede produksjonssetting: Beskrivelse',
    ]);
    expect(plan.columns.map(column => column.header)).toEqual([
      'ID',
      'Status',
      'Driftskostnader: Beskrivelse',
      'fravik : beskrivelse',
      'Restanser: Frist',
    ]);
    expect(problems).toEqual([
      'Kolonnen «Beskrivelse» kan høre til flere felt («Driftskostnader: Beskrivelse», «Fravik: Beskrivelse», «Restanser: Beskrivelse», «Kjente feil: Beskrivelse»). Gi den et av disse navnene for å importere den.',
      'Kolonnen «Frist» kan høre til flere felt («Fravik: Frist», «Restanser: Frist»). Gi den et av disse navnene for å importere den.',
      'Kolonnen «Forberede produksjonssetting: Beskrivelse» kan høre til flere felt («Fravik: Beskrivelse», «Restanser: Beskrivelse», «Kjente feil: Beskrivelse»). Gi den et av disse navnene for å importere den.',
    ]);
  });

  it('reports unknown columns once for the file, and repeated ones', () => {
    const { plan, problems } = planColumns(
      [
        'ID',
        'Elementtype',
        'Status',
        'Bane',
        'Elementtype',
        'Fagansvarlig',
        'fagansvarlig',
      ],
      'en',
    );
    expect(plan.columns.map(column => column.header)).toEqual([
      'ID',
      'Status',
      'Fagansvarlig',
    ]);
    expect(problems).toEqual([
      'These columns are not in the form and were not imported: “Elementtype”, “Bane”.',
      'The column “fagansvarlig” appears more than once; only the first was imported.',
    ]);
  });

  it('tells when the file has no status, since every row then becomes a draft', () => {
    const { plan, problems } = planColumns(['ID', 'Tittel']);
    expect(plan.hasStatus).toBe(false);
    expect(problems).toEqual([
      'Filen har ingen «Status»-kolonne; alle radene importeres som utkast.',
    ]);
  });
});
