import { changedFields, changedSections } from './changedSections';

const SECTIONS = ['bestilling', 'designfase', 'etablering', 'driftskostnader'];

describe('changedSections', () => {
  it('names the sections whose answers changed, in the form order', () => {
    expect(
      changedSections(
        { bestilling: { tittel: 'PACS' }, etablering: { servere: 'app01' } },
        {
          etablering: { servere: 'app01, db01' },
          bestilling: { tittel: 'Ny PACS' },
          designfase: { rosGjennomfort: { svar: false } },
        },
        SECTIONS,
      ),
    ).toEqual(['bestilling', 'designfase', 'etablering']);
  });

  it('sees no change in empty values a form writes when a section is only opened', () => {
    expect(
      changedSections(
        { bestilling: { tittel: 'PACS' } },
        {
          bestilling: { beskrivelse: '', tittel: 'PACS' },
          designfase: {},
          etablering: { miljoer: [], leverandor: { navn: null } },
        },
        SECTIONS,
      ),
    ).toEqual([]);
  });

  it('sees the order of keys as no change, and the order of rows as one', () => {
    const rows = [{ belop: 100 }, { belop: 250 }];
    expect(
      changedSections(
        { bestilling: { tittel: 'PACS', referanse: 'R1' } },
        { bestilling: { referanse: 'R1', tittel: 'PACS' } },
        SECTIONS,
      ),
    ).toEqual([]);
    expect(
      changedSections(
        { driftskostnader: { kostnader: rows } },
        { driftskostnader: { kostnader: [...rows].reverse() } },
        SECTIONS,
      ),
    ).toEqual(['driftskostnader']);
  });

  it('sees an answer cleared or a row emptied as a change', () => {
    expect(
      changedSections(
        {
          bestilling: { tittel: 'PACS' },
          driftskostnader: { kostnader: [{ belop: 1 }, { belop: 2 }] },
        },
        {
          bestilling: { tittel: '' },
          driftskostnader: { kostnader: [{}, { belop: 2 }] },
        },
        SECTIONS,
      ),
    ).toEqual(['bestilling', 'driftskostnader']);
  });
});

describe('changedFields', () => {
  const before = {
    etablering: { servere: 'app01', tilgangsroller: 'Les' },
    produksjonssetting: {
      kunnskapsartikler: 'KB-1',
      kjenteFeil: [{ beskrivelse: 'Treg', omgaelse: 'Vent' }],
    },
  };

  it('names the vouched fields whose answers changed, and no others', () => {
    expect(
      changedFields(
        before,
        {
          ...before,
          etablering: { servere: 'app01, db01', tilgangsroller: 'Les' },
        },
        ['etablering.tilgangsroller', 'etablering.servere'],
      ),
    ).toEqual(['etablering.servere']);
  });

  it('sees a change anywhere below a path, and a section id as its whole section', () => {
    const after = {
      ...before,
      produksjonssetting: {
        ...before.produksjonssetting,
        kjenteFeil: [{ beskrivelse: 'Treg', omgaelse: 'Start på nytt' }],
      },
    };
    expect(
      changedFields(before, after, [
        'produksjonssetting.kjenteFeil',
        'produksjonssetting.kunnskapsartikler',
        'produksjonssetting',
        'etablering',
      ]),
    ).toEqual(['produksjonssetting.kjenteFeil', 'produksjonssetting']);
  });

  it('sees absent, null, empty text, empty lists and empty objects as the same', () => {
    expect(
      changedFields(
        { etablering: {} },
        {
          etablering: { servere: '', nettverksbehov: null },
          produksjonssetting: { kjenteFeil: [], hemithjelpOrientert: {} },
        },
        [
          'etablering.servere',
          'etablering.nettverksbehov',
          'produksjonssetting.kjenteFeil',
          'produksjonssetting.hemithjelpOrientert',
        ],
      ),
    ).toEqual([]);
  });
});
