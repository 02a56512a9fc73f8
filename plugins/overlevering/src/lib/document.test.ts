import { valueAtPath, withValueAtPath } from './document';

describe('withValueAtPath', () => {
  const doc = {
    etablering: {
      losningsdokumentasjon: [
        { tittel: 'Arkitektur', url: 'wiki/arkitektur' },
        { tittel: 'Drift', url: 'https://wiki.hemit.no/drift' },
      ],
    },
  };

  it('changes one cell of a row and keeps the list a list', () => {
    const next = withValueAtPath(
      doc,
      'etablering.losningsdokumentasjon.0.url',
      undefined,
    );
    expect(next.etablering).toEqual({
      losningsdokumentasjon: [
        { tittel: 'Arkitektur' },
        { tittel: 'Drift', url: 'https://wiki.hemit.no/drift' },
      ],
    });
    // The original is untouched.
    expect(valueAtPath(doc, 'etablering.losningsdokumentasjon.0.url')).toBe(
      'wiki/arkitektur',
    );
  });

  it('makes the sections it needs', () => {
    expect(withValueAtPath({}, 'designfase.systemeier', 'x')).toEqual({
      designfase: { systemeier: 'x' },
    });
  });
});
