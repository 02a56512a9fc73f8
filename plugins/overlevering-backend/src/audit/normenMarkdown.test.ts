import type { ApproverRole, Round } from '@hemit/plugin-overlevering-common';
import { normenMarkdown } from './normenMarkdown';
import { normenPreconditions } from './normenPreconditions';

const roles = [
  { id: 'fagansvarlig', title: 'Fagansvarlig', titleEn: 'Subject lead' },
  { id: 'server', title: 'Server', titleEn: 'Servers' },
] as ApproverRole[];

const NAMES: Record<string, string> = {
  'user:default/per.fag': 'Per Fagansvarlig',
  'user:default/sara.server': 'Sara Server',
  'group:default/server': 'Serverteamet',
};
const name = (ref: string) => NAMES[ref] ?? ref;

const rounds = [
  {
    number: 1,
    seats: [
      {
        role: 'server',
        approver: 'group:default/server',
        status: 'approved',
        decidedBy: 'user:default/sara.server',
        decidedAt: '2026-11-24T08:30:00.000Z',
      },
      {
        role: 'fagansvarlig',
        approver: 'user:default/per.fag',
        status: 'approved',
        decidedBy: 'user:default/per.fag',
        decidedAt: '2026-11-23T12:00:00.000Z',
      },
    ],
  },
] as unknown as Round[];

const document = {
  designfase: {
    rosGjennomfort: { svar: true, forklaring: 'Se *ROS* <script>' },
    arkitekturdokumentasjon: 'https://wiki.hemit.no/pacs_arkitektur',
  },
  etablering: {
    miljoer: ['test', 'produksjon'],
    losningsdokumentasjon: [
      { tittel: 'Løsning | v2', url: 'https://docs.hemit.no/l' },
    ],
  },
};

const render = (locale: 'nb' | 'en', verified = true) =>
  normenMarkdown(normenPreconditions(document, rounds), {
    locale,
    verified,
    roles,
    name,
  });

/** The lines under the heading `### title`, up to the next heading. */
function part(markdown: string, title: string): string {
  const start = markdown.indexOf(`### ${title}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = markdown.slice(start + 1);
  const end = rest.indexOf('\n### ');
  return end < 0 ? rest : rest.slice(0, end);
}

describe('normenMarkdown', () => {
  it('writes each precondition with the answers that cover it, in Norwegian', () => {
    const markdown = render('nb');
    expect(markdown).toMatch(/^## Normen, faktaark 20b\n/);
    expect(markdown).toContain(
      'risikovurdert, testet, dokumentert og godkjent',
    );

    const risk = part(markdown, 'Risikovurdert');
    // User text is escaped: no emphasis, no HTML.
    expect(risk).toContain(
      '- **Risiko- og sårbarhetsanalyse (ROS) gjennomført?** Ja — Se \\*ROS\\* &lt;script&gt;',
    );
    expect(risk).toContain(
      '- **Personvernkonsekvensvurdering (DPIA) gjennomført?** _Ikke besvart_',
    );

    const tested = part(markdown, 'Testet');
    expect(tested).toContain('Skjemaet spør ikke direkte om testing.');
    expect(tested).toContain('- **Miljøer:** Test, Produksjon');
    expect(tested).toContain('- **Kjente feil:** _Ikke besvart_');

    const documented = part(markdown, 'Dokumentert');
    expect(documented).toContain(
      '- **Arkitektur- og designdokumentasjon:** [https://wiki.hemit.no/pacs\\_arkitektur](<https://wiki.hemit.no/pacs_arkitektur>) (wiki.hemit.no)',
    );
    expect(documented).toContain(
      '- **Løsningsdokumentasjon:**\n  - Dokument: Løsning \\| v2; Lenke: [https://docs.hemit.no/l](<https://docs.hemit.no/l>) (docs.hemit.no)',
    );
    expect(documented).toContain(
      '- **Plan for tilbakerulling:** _Ikke besvart_',
    );

    const approved = part(markdown, 'Godkjent');
    expect(approved).toMatch(
      /Godkjent av alle 2 godkjennere, sist 24\.11\.2026 09:30 \S+:/,
    );
    // In the order of the roles; a group's seat names the group it was
    // decided for and the person who decided.
    expect(approved).toMatch(
      /- \*\*Fagansvarlig:\*\* Per Fagansvarlig, 23\.11\.2026 13:00 \S+\n- \*\*Server:\*\* Sara Server på vegne av Serverteamet, 24\.11\.2026 09:30 \S+/,
    );
    expect(approved).not.toContain('består ikke kontrollen');
    expect(markdown).not.toMatch(/user:default|group:default/);
  });

  it('writes the same in English', () => {
    const markdown = render('en');
    expect(markdown).toMatch(/^## Normen, fact sheet 20b\n/);
    expect(part(markdown, 'Risk assessed')).toContain(
      '- **Data protection impact assessment (DPIA) done?** _Not answered_',
    );
    expect(part(markdown, 'Tested')).toContain(
      'The form does not ask about testing outright.',
    );
    expect(part(markdown, 'Documented')).toContain(
      '- **Operations documentation (runbook):** _Not answered_',
    );
    const approved = part(markdown, 'Approved');
    expect(approved).toMatch(
      /Approved by all 2 approvers, the last on 24 November 2026 (at )?09:30 \S+:/,
    );
    expect(approved).toContain(
      '- **Servers:** Sara Server on behalf of Serverteamet, 24 November 2026',
    );
    expect(markdown).not.toContain('Ikke besvart');
  });

  it('warns that the approvals may be changed when the record does not verify', () => {
    expect(part(render('nb', false), 'Godkjent')).toContain(
      '**Beslutningsprotokollen over består ikke kontrollen:**',
    );
    expect(part(render('en', false), 'Approved')).toContain(
      '**The decision record above fails its check:**',
    );
  });

  it('shows a no as no, and an explanation without a yes or no as not answered', () => {
    const markdown = normenMarkdown(
      normenPreconditions(
        {
          designfase: {
            rosGjennomfort: { svar: false },
            dpiaGjennomfort: { forklaring: 'Kommer i januar' },
          },
        },
        rounds,
      ),
      { locale: 'nb', verified: true, roles, name },
    );
    const risk = part(markdown, 'Risikovurdert');
    expect(risk).toContain(
      '- **Risiko- og sårbarhetsanalyse (ROS) gjennomført?** Nei\n',
    );
    expect(risk).toContain(
      '- **Personvernkonsekvensvurdering (DPIA) gjennomført?** _Ikke besvart_ — Kommer i januar',
    );
  });

  it('says so when no approval is recorded in the portal', () => {
    const markdown = normenMarkdown(normenPreconditions({}, []), {
      locale: 'nb',
      verified: true,
      roles,
      name,
    });
    expect(part(markdown, 'Godkjent')).toContain(
      'Ingen godkjenning er registrert i portalen.',
    );
    expect(markdown.match(/_Ikke besvart_/g)).toHaveLength(9);
  });
});
