import { getForm } from '@hemit/overlevering-form-schema';
import type { JsonRecord } from './document';
import { documentChanges } from './documentDiff';

// The form exactly as the user sees it in Norwegian.
const schema = getForm({ locale: 'nb' }).schema as JsonRecord;
const texts = {
  row: (field: string, number: number) => `${field}, rad ${number}`,
  yes: 'Ja',
  no: 'Nei',
};

const cost = (beskrivelse: string, belop: number) => ({
  beskrivelse,
  kategori: 'lisens',
  belop,
  periode: 'aarlig',
});

const withCosts = (...kostnader: object[]) => ({
  bestilling: { tittel: 'PACS' },
  driftskostnader: { kostnader },
});

describe('documentChanges', () => {
  it('names one changed cell by its row, and nothing else in the table', () => {
    const before = withCosts(
      cost('Lisens', 100),
      cost('Drift', 200),
      cost('Support', 300),
    );
    const after = withCosts(
      cost('Lisens', 100),
      cost('Drift', 200),
      cost('Support', 350),
    );
    expect(documentChanges(schema, before, after, texts)).toEqual([
      {
        section: 'Driftskostnader',
        field: 'Kostnadslinjer, rad 3 › Beløp (NOK)',
        before: '300',
        after: '350',
      },
    ]);
  });

  it('shows the filled cells of an added row', () => {
    const before = withCosts(cost('Lisens', 100));
    const after = withCosts(cost('Lisens', 100), { beskrivelse: 'Backup' });
    expect(documentChanges(schema, before, after, texts)).toEqual([
      {
        section: 'Driftskostnader',
        field: 'Kostnadslinjer, rad 2 › Beskrivelse',
        before: '',
        after: 'Backup',
      },
    ]);
  });

  it('shows the filled cells of a removed row as removed', () => {
    const before = {
      produksjonssetting: {
        kjenteFeil: [
          { beskrivelse: 'Treg pålogging' },
          { beskrivelse: 'Utskrift feiler', saksreferanse: 'INC0123' },
        ],
      },
    };
    const after = {
      produksjonssetting: { kjenteFeil: [{ beskrivelse: 'Treg pålogging' }] },
    };
    expect(documentChanges(schema, before, after, texts)).toEqual([
      {
        section: 'Forberede produksjonssetting',
        field: 'Kjente feil, rad 2 › Beskrivelse',
        before: 'Utskrift feiler',
        after: '',
      },
      {
        section: 'Forberede produksjonssetting',
        field: 'Kjente feil, rad 2 › Saksreferanse',
        before: 'INC0123',
        after: '',
      },
    ]);
  });

  it('removes only the removed row when an earlier row goes, and the rows after it stay unchanged', () => {
    const before = withCosts(
      cost('Lisens', 100),
      cost('Drift', 200),
      cost('Support', 300),
    );
    const after = withCosts(cost('Drift', 200), cost('Support', 300));
    expect(
      documentChanges(schema, before, after, texts).map(c => [
        c.field,
        c.before,
        c.after,
      ]),
    ).toEqual([
      ['Kostnadslinjer, rad 1 › Beskrivelse', 'Lisens', ''],
      ['Kostnadslinjer, rad 1 › Kategori', 'Lisens', ''],
      ['Kostnadslinjer, rad 1 › Beløp (NOK)', '100', ''],
      ['Kostnadslinjer, rad 1 › Periode', 'Per år', ''],
    ]);
  });

  it('shows a row put in first as added, and an edit further down as one change', () => {
    const before = withCosts(cost('Lisens', 100), cost('Drift', 200));
    const after = withCosts(
      { beskrivelse: 'Backup' },
      cost('Lisens', 100),
      cost('Drift', 250),
    );
    expect(
      documentChanges(schema, before, after, texts).map(c => [
        c.field,
        c.before,
        c.after,
      ]),
    ).toEqual([
      ['Kostnadslinjer, rad 1 › Beskrivelse', '', 'Backup'],
      ['Kostnadslinjer, rad 3 › Beløp (NOK)', '200', '250'],
    ]);
  });

  it('shows choices and yes/no answers by the words the form uses, in form order', () => {
    const before = {
      bestilling: { leveransetype: 'ny-tjeneste' },
      designfase: { rosGjennomfort: { svar: false } },
      etablering: { miljoer: ['test'] },
    };
    const after = {
      bestilling: { leveransetype: 'ny-versjon' },
      designfase: { rosGjennomfort: { svar: true } },
      etablering: { miljoer: ['produksjon', 'test'] },
      ukjent: { felt: 'vises ikke' },
    };
    expect(documentChanges(schema, before, after, texts)).toEqual([
      {
        section: 'Bestilling',
        field: 'Type leveranse',
        before: 'Ny tjeneste',
        after: 'Ny versjon',
      },
      {
        section: 'Designfase',
        field: 'Risiko- og sårbarhetsanalyse (ROS) gjennomført? › Svar',
        before: 'Nei',
        after: 'Ja',
      },
      {
        section: 'Etablering av tjenesten',
        field: 'Miljøer',
        before: 'Test',
        after: 'Produksjon, Test',
      },
    ]);
  });

  it('finds nothing when the document is unchanged', () => {
    const document = withCosts(cost('Lisens', 100));
    expect(
      documentChanges(schema, document, structuredClone(document), texts),
    ).toEqual([]);
  });
});
