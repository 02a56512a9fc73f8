import { toMarkdown } from './toMarkdown';

// Every web address in the export is a link that names the host it leads
// to, in the label lines, in table cells and inside free text.
describe('links in the export', () => {
  it('writes an address field as a link followed by its host', () => {
    const md = toMarkdown({
      designfase: {
        arkitekturdokumentasjon: 'https://wiki.hemit.no/ark_skisse',
      },
    });
    expect(md).toContain(
      '- **Arkitektur- og designdokumentasjon:** [https://wiki.hemit.no/ark\\_skisse](<https://wiki.hemit.no/ark_skisse>) (wiki.hemit.no)',
    );
  });

  it('names the host an address really leads to, not the one it dresses up as', () => {
    const md = toMarkdown({
      designfase: {
        arkitekturdokumentasjon: 'https://wiki.hemit.no@example.com/logg-inn',
      },
    });
    expect(md).toContain('(example.com)');
    expect(md).not.toContain('(wiki.hemit.no)');
  });

  it('links the address of a row in its table cell, keeping the row whole', () => {
    const md = toMarkdown({
      etablering: {
        losningsdokumentasjon: [
          { tittel: 'Runbook', url: 'https://wiki.hemit.no/runbook?a=1|2' },
        ],
      },
    });
    expect(md).toContain(
      '| Runbook | [https://wiki.hemit.no/runbook?a=1\\|2](<https://wiki.hemit.no/runbook?a=1%7C2>) (wiki.hemit.no) |',
    );
  });

  it('links addresses in free text, leaving the sentence around them as typed', () => {
    const md = toMarkdown({
      bestilling: {
        beskrivelse:
          'Se https://wiki.hemit.no/runbook. Eller (https://intra.hemit.no/a_(b)) for *mer*.',
      },
    });
    expect(md).toContain(
      '- **Hva er bestilt:** Se [https://wiki.hemit.no/runbook](<https://wiki.hemit.no/runbook>) (wiki.hemit.no). Eller ([https://intra.hemit.no/a\\_(b)](<https://intra.hemit.no/a_(b)>) (intra.hemit.no)) for \\*mer\\*.',
    );
  });

  it('leaves what is no web address as text', () => {
    // eslint-disable-next-line no-script-url -- a script address typed as text
    const script = 'javascript:alert(1)';
    const md = toMarkdown({
      bestilling: {
        beskrivelse: `${script} og ftp://fil.hemit.no og https://`,
      },
      designfase: { arkitekturdokumentasjon: 'ikke en adresse' },
    });
    expect(md).toContain(
      `- **Hva er bestilt:** ${script} og ftp://fil.hemit.no og https://`,
    );
    expect(md).toContain(
      '- **Arkitektur- og designdokumentasjon:** ikke en adresse',
    );
    expect(md).not.toContain('](');
  });

  it('keeps an & of an address as typed, never read as a character reference', () => {
    const md = toMarkdown({
      designfase: {
        arkitekturdokumentasjon: 'https://wiki.hemit.no/sok?side=2&copy=1',
      },
    });
    expect(md).toContain(
      '(<https://wiki.hemit.no/sok?side=2&amp;copy=1>) (wiki.hemit.no)',
    );
  });
});
