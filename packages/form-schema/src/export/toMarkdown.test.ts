import complete from '../../examples/complete.json';
import { toMarkdown } from './toMarkdown';

/** Intl writes thousands with a no-break space; compare with ordinary spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('toMarkdown', () => {
  it('exports the complete example in Norwegian', () => {
    const md = plain(toMarkdown(complete));
    expect(
      md.startsWith('# Pasientflyt API – første produksjonssetting\n'),
    ).toBe(true);
    expect(md.match(/^## .*/gm)).toEqual([
      '## Bestilling',
      '## Designfase',
      '## Etablering av tjenesten',
      '## Driftskostnader',
      '## Forberede produksjonssetting',
    ]);
    expect(md).toContain('- **Fagansvarlig:** user:default/per.fag');
    expect(md).toContain('- **Type leveranse:** Ny tjeneste');
    expect(md).toContain('- **Miljøer:** Produksjon, Test, Kvalitetssikring');
    expect(md).toContain(
      '- **Er varsling satt opp?** Ja — Varsler fra overvåkingen går til vakttelefonen i Hemithjelp og til teamets Teams-kanal.',
    );
    expect(md).toContain(
      '| Beskrivelse | Kategori | Beløp (NOK) | Periode | Koststed |\n| --- | --- | ---: | --- | --- |\n| Lisens Helseflyt plattform | Lisens | 240 000 kr | Per år | 4410 |',
    );
    expect(md).toContain(
      '- **Sum per år (månedlig × 12 + årlig):** 354 000 kr',
    );
    expect(md).toContain('- **Engangskostnader:** 85 000 kr');
    expect(md).toContain('| Beskrivelse | Begrunnelse | Godkjent av | Frist |');
    expect(md).toContain(
      '| Kunnskapsartikkel for feilsøking av HL7-køen. | group:default/team-pasientflyt | 01.03.2027 |',
    );
    expect(md).toContain('| Beskrivelse | Omgåelse | Saksreferanse |');
    expect(md).not.toContain('Ikke utfylt');
  });

  it('exports in English', () => {
    const md = plain(toMarkdown(complete, { locale: 'en' }));
    expect(md).toContain('## Operating costs');
    expect(md).toContain(
      '- **Total per year (monthly × 12 + yearly):** NOK 354,000',
    );
    expect(md).toContain(
      '| Lisens Helseflyt plattform | Licence | NOK 240,000 | Yearly | 4410 |',
    );
    expect(md).toContain('- **Shared operational responsibility?** Yes — ');
    expect(md).toContain(' | 1 Mar 2027 |');
  });

  it('writes dates as the reader does, and a value that is no date as written', () => {
    const doc = {
      bestilling: { planlagtProduksjonsdato: '2026-11-28' },
      produksjonssetting: {
        restanser: [{ beskrivelse: 'Rapport', frist: '2026-02-30' }],
      },
    };
    expect(toMarkdown(doc)).toContain(
      '- **Planlagt produksjonssetting:** 28.11.2026',
    );
    expect(toMarkdown(doc, { locale: 'en' })).toContain(
      '- **Planned go-live:** 28 Nov 2026',
    );
    expect(toMarkdown(doc)).toContain('| Rapport |  | 2026-02-30 |');
  });

  it('exports only the parts asked for, by section or field, in form order', () => {
    const md = toMarkdown(complete, {
      parts: [
        'produksjonssetting.kjenteFeil',
        'designfase.rosGjennomfort.svar',
        'driftskostnader',
      ],
    });
    expect(md.match(/^#+ .*/gm)).toEqual([
      '## Designfase',
      '## Driftskostnader',
      '## Forberede produksjonssetting',
    ]);
    expect(md).toContain(
      '- **Risiko- og sårbarhetsanalyse (ROS) gjennomført?** Ja',
    );
    expect(md).not.toContain('Fagansvarlig');
    expect(md).toContain('**Kostnadslinjer:**');
    expect(md).toContain('**Kjente feil:**');
    expect(md).not.toContain('Fravik');
    expect(md.startsWith('## Designfase\n')).toBe(true);
  });

  it('names people, groups and services as the caller knows them, refs it cannot name as written', () => {
    const names: Record<string, string> = {
      'user:default/per.fag': 'Per Fagansvarlig',
      'group:default/team-pasientflyt': 'Team Pasientflyt',
    };
    const md = toMarkdown(complete, { entityName: ref => names[ref] });
    expect(md).toContain('- **Fagansvarlig:** Per Fagansvarlig');
    // In a table of rows too.
    expect(md).toContain('| Team Pasientflyt | 01.03.2027 |');
    expect(md).not.toContain('user:default/per.fag');
    // A ref without a name stays readable as the ref.
    expect(md).toContain('component:default/pasientflyt-api');
  });

  it('shows a stored version 1 document in its current shape', () => {
    const md = toMarkdown({ produksjonssetting: { varslingEtablert: true } });
    expect(md).toContain('- **Er varsling satt opp?** Ja');
  });

  it('marks empty fields and an untitled handover', () => {
    const md = toMarkdown({});
    expect(md.startsWith('# Overlevering uten tittel\n')).toBe(true);
    expect(md).toContain('- **Tittel:** _Ikke utfylt_');
    expect(md).toContain('**Fravik:**\n\n_Ikke utfylt_');
    expect(toMarkdown(null, { locale: 'en' })).toContain('# Untitled handover');
  });

  it('escapes user text: no HTML, no broken tables, no injected Markdown', () => {
    const md = toMarkdown({
      bestilling: {
        tittel: '<script>alert(1)</script>',
        beskrivelse:
          '# Ikke en overskrift\n- ikke en liste\n**fet** [lenke](javascript:alert(1))',
      },
      produksjonssetting: {
        kjenteFeil: [{ beskrivelse: 'a | b', omgaelse: 'linje 1\nlinje 2' }],
      },
    });
    expect(md).not.toContain('<script>');
    expect(md).toContain('# &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('\\# Ikke en overskrift');
    expect(md).toContain('\\- ikke en liste');
    expect(md).toContain('\\*\\*fet\\*\\* \\[lenke\\](javascript:alert(1))');
    const row = md.split('\n').find(line => line.startsWith('| a'));
    expect(row).toBe('| a \\| b | linje 1<br>linje 2 |  |');
    // Three columns: the escaped pipe does not split the cell.
    expect(row!.split(/(?<!\\)\|/).length - 2).toBe(3);
  });
});
