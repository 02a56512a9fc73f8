import type { Locale } from '@hemit/overlevering-form-schema';
import { demoPeople } from './__testUtils__/examples';
import { planColumns } from './columns';
import { mapRow, MappedRow, RefusedRow } from './mapRow';

/** Maps one item given as its cells, the header being the cells' names. */
function map(
  cells: Record<string, string>,
  locale?: Locale,
  extraCells?: string[],
) {
  const { plan } = planColumns(Object.keys(cells), locale);
  return mapRow(
    { row: 2, cells, ...(extraCells ? { extraCells } : {}) },
    { plan, resolver: demoPeople, locale },
  );
}

function imported(cells: Record<string, string>, locale?: Locale): MappedRow {
  const result = map({ ID: '12', Status: 'Utkast', ...cells }, locale);
  if ('refused' in result) throw new Error(`refused: ${result.refused}`);
  return result;
}

function refused(cells: Record<string, string>, locale?: Locale): RefusedRow {
  const result = map({ ID: '12', Status: 'Utkast', ...cells }, locale);
  if (!('refused' in result)) throw new Error('was imported');
  return result;
}

describe('mapRow', () => {
  it('takes SharePoint’s columns: ID, title, status, when and by whom', () => {
    const row = imported({
      Tittel: 'Ny versjon av DIPS Arena',
      Status: 'Sendt til godkjenning',
      Opprettet: '03.01.2023 09:15',
      'Opprettet av': 'Kari Nordmann',
      Endret: '2023-06-20T14:02:37',
      'Endret av': 'per.fag@example.com',
    });
    expect(row).toEqual({
      sharePointId: 12,
      title: 'Ny versjon av DIPS Arena',
      status: 'in_review',
      document: {
        schemaVersion: expect.any(Number),
        bestilling: { tittel: 'Ny versjon av DIPS Arena' },
      },
      createdAt: '2023-01-03T08:15:00.000Z',
      createdBy: { ref: 'user:default/kari.nordmann' },
      modifiedAt: '2023-06-20T12:02:37.000Z',
      modifiedBy: { ref: 'user:default/per.fag' },
      problems: [],
    });
  });

  it('turns choices, yes/no, numbers and dates written as the list wrote them into the form’s values', () => {
    const { document } = imported({
      'Type leveranse': 'ny versjon',
      'Planlagt produksjonssetting': '14.03.2023',
      'Risiko- og sårbarhetsanalyse (ROS) gjennomført?': 'Ja',
      'Hvor ligger analysen, eller hvorfor er den ikke gjort?': 'Sak 2023/1142',
      'Delt driftsansvar?': 'Nei',
      Miljøer: ';#Produksjon;#Opplæring;#',
      'Kostnadslinjer: Beskrivelse': 'Lisens',
      Kategori: 'Lisens',
      'Beløp (NOK)': '1 200,50',
      Periode: 'Per måned',
      Koststed: '4410',
    });
    expect(document).toMatchObject({
      bestilling: {
        leveransetype: 'ny-versjon',
        planlagtProduksjonsdato: '2023-03-14',
      },
      designfase: {
        rosGjennomfort: { svar: true, forklaring: 'Sak 2023/1142' },
      },
      etablering: {
        deltDriftsansvar: { svar: false },
        miljoer: ['produksjon', 'opplaering'],
      },
      driftskostnader: {
        kostnader: [
          {
            beskrivelse: 'Lisens',
            kategori: 'lisens',
            belop: 1200.5,
            periode: 'maanedlig',
            koststed: '4410',
          },
        ],
      },
    });
  });

  it('keeps an answer that is neither Ja nor Nei as the explanation, and says so', () => {
    const row = imported({
      'Er varsling satt opp?': 'Delvis',
      'Hvor og hvordan varsles det?': 'Bare dagtid',
    });
    expect(row.document.produksjonssetting).toEqual({
      varsling: { forklaring: 'Delvis\nBare dagtid' },
    });
    expect(row.problems).toEqual([
      '«Er varsling satt opp?»: «Delvis» er verken Ja eller Nei; teksten er lagt i forklaringen.',
    ]);
  });

  it('fills a list field one row per line, and a link column from SharePoint’s "url, description"', () => {
    const { document } = imported({
      Fravik:
        '- Tofaktor for fjernsupport innen 3. kvartal\n\n- Logging til SIEM mangler',
      Løsningsdokumentasjon:
        'Driftshåndbok: https://hemit.sharepoint.com/drift.docx\nhttps://wiki.hemit.no/timebok',
      'Arkitektur- og designdokumentasjon':
        'https://hemit.sharepoint.com/sites/ark/skisse.pdf, Arkitekturskisse',
    });
    expect(document.produksjonssetting?.fravik).toEqual([
      { beskrivelse: 'Tofaktor for fjernsupport innen 3. kvartal' },
      { beskrivelse: 'Logging til SIEM mangler' },
    ]);
    expect(document.etablering?.losningsdokumentasjon).toEqual([
      {
        tittel: 'Driftshåndbok',
        url: 'https://hemit.sharepoint.com/drift.docx',
      },
      { url: 'https://wiki.hemit.no/timebok' },
    ]);
    expect(document.designfase?.arkitekturdokumentasjon).toBe(
      'https://hemit.sharepoint.com/sites/ark/skisse.pdf',
    );
  });

  it('reads a rich-text column exported as HTML as its text', () => {
    const { document } = imported({
      'Hva er bestilt':
        '<div class="ExternalClass0F3A"><p>Ny modul for&nbsp;legemidler.</p><p>Gjelder A&amp;B.<br>Se sak 12.</p></div>',
    });
    expect(document.bestilling?.beskrivelse).toBe(
      'Ny modul for legemidler.\nGjelder A&B.\nSe sak 12.',
    );
  });

  it('reports people the catalog does not know by name, and keeps who created the item as text', () => {
    const row = imported({
      Fagansvarlig: 'Gunnar Gammel',
      Tjenesteutvikler: 'Nordmann, Kari',
      Tjeneste: 'DIPS Arena',
      'Opprettet av': 'Anne-Lise Bakken',
    });
    expect(row.document.designfase).toEqual({
      tjenesteutvikler: 'user:default/kari.nordmann',
    });
    expect(row.createdBy).toEqual({ unresolved: 'Anne-Lise Bakken' });
    expect(row.problems).toEqual([
      '«Fagansvarlig»: fant ingen i katalogen som heter «Gunnar Gammel»; feltet står tomt.',
      '«Tjeneste»: «DIPS Arena» er ikke koblet til katalogen; velg den i skjemaet etter importen.',
      '«Opprettet av»: fant ingen i katalogen som heter «Anne-Lise Bakken»; navnet er tatt vare på som tekst.',
    ]);
  });

  it('takes a service already written as a catalog reference', () => {
    const row = imported({ Tjeneste: 'component:default/pasientflyt-web' });
    expect(row.document.designfase).toEqual({
      tjeneste: 'component:default/pasientflyt-web',
    });
    expect(row.problems).toEqual([]);
  });

  it('refuses the whole row for a value it cannot read, naming each column', () => {
    expect(
      refused({
        'Type leveranse': 'Pilot',
        'Beløp (NOK)': 'tolv tusen',
        'Planlagt produksjonssetting': '31.02.2024',
        Tittel: 'Noe som ellers ville blitt importert',
      }),
    ).toEqual({
      sharePointId: 12,
      title: 'Noe som ellers ville blitt importert',
      refused:
        '«Type leveranse»: «Pilot» er ikke et av valgene (Ny tjeneste, Ny versjon, Endring). ' +
        '«Beløp (NOK)»: «tolv tusen» er ikke et tall. ' +
        '«Planlagt produksjonssetting»: «31.02.2024» er ikke en dato (dd.mm.åååå eller åååå-mm-dd).',
    });
  });

  it('refuses a row whose document the form does not accept, with the field and what is wrong', () => {
    expect(
      refused({
        Tittel: 'x'.repeat(201),
        'Driftsdokumentasjon (driftshåndbok)': 'Driftshåndbok',
      }).refused,
    ).toBe(
      'Dokumentet er ikke gyldig: «Tittel» er for lang (høyst 200 tegn); «Driftsdokumentasjon (driftshåndbok)» må være en nettadresse (https://…).',
    );
    expect(refused({ 'Beløp (NOK)': '-1 000' }, 'en').refused).toBe(
      'The document is not valid: “Amount (NOK)” in “Cost lines”, row 1 must be at least 0.',
    );
  });

  it('refuses an unknown status and tells the known ones', () => {
    expect(refused({ Status: 'Arkivert' }, 'en').refused).toBe(
      'Unknown status “Arkivert”. Known statuses: Utkast, Under arbeid, Ny, Påbegynt, Trukket, Sendt til godkjenning, Til godkjenning, Venter på godkjenning, Godkjent, Avslått, Returnert, Avvist.',
    );
  });

  it('imports an item without status as a draft, and says so', () => {
    const row = imported({ Status: '' });
    expect(row.status).toBe('draft');
    expect(row.problems).toEqual([
      'Raden har ingen status; den importeres som utkast.',
    ]);
  });

  it('refuses an item without a usable ID', () => {
    // The title tells the person importing which row it is.
    expect(map({ ID: '', Tittel: 'A' })).toEqual({
      refused: 'Raden mangler ID.',
      title: 'A',
    });
    expect(map({ ID: '12a', Tittel: 'A' }, 'en')).toEqual({
      title: 'A',
      refused:
        'The ID “12a” is not an ID of the SharePoint list: a whole number from 1 to 2147483647.',
    });
    // Beyond the 32-bit numbers SharePoint gives its items.
    expect(map({ ID: '2147483648', Tittel: 'A' })).toEqual({
      title: 'A',
      refused:
        'ID «2147483648» er ikke et ID fra SharePoint-listen: et heltall fra 1 til 2147483647.',
    });
  });

  it('refuses a line with more cells than columns rather than guessing where they belong', () => {
    expect(map({ ID: '12', Tittel: 'A' }, 'nb', ['12 000', 'Per år'])).toEqual({
      sharePointId: 12,
      title: 'A',
      refused:
        'Linjen har 2 celler mer enn det er kolonner; sjekk skilletegn og anførselstegn.',
    });
  });

  it('prefers the form’s own title column over SharePoint’s title', () => {
    const row = imported({
      Tittel: 'Kort tittel',
      'Bestilling: Tittel': 'Timebok – ny tjeneste',
    });
    expect(row.title).toBe('Timebok – ny tjeneste');
    expect(row.document.bestilling).toEqual({
      tittel: 'Timebok – ny tjeneste',
    });
  });
});
