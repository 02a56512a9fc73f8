import request from 'supertest';
import {
  completeDocument,
  DISPLAY_NAMES,
  PEOPLE,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import {
  as,
  base,
  fixedSeatsApprove,
  sentForApproval,
} from './__testUtils__/requests';

// What an auditor reads at the end of an approved handover's export: the
// decision record, then the handover laid beside Normen's fact sheet 20b
// (risk assessed, tested, documented, approved) with the form's own answers,
// in the reader's language, on every database.

jest.setTimeout(180_000);

/** A document that answers some of what fact sheet 20b asks, not all. */
const document = {
  ...completeDocument('PACS 3'),
  designfase: {
    ...completeDocument().designfase,
    rosGjennomfort: { svar: true, forklaring: 'I Risk Manager, sak 4471' },
    arkitekturdokumentasjon: 'https://wiki.hemit.no/pacs',
  },
  etablering: { miljoer: ['test', 'produksjon'] },
  produksjonssetting: {
    tilbakerullingsplan: 'Gjenopprett databasen fra natten før',
  },
};

/** The part of an export from the heading `## title` on. */
function from(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  expect(start).toBeGreaterThan(0);
  return markdown.slice(start + 1);
}

describe('the Normen section of an export', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;
    const api = () => request(backend.server);

    beforeAll(async () => {
      backend = await startOverleveringBackend({
        knex: await databases.init(databaseId),
      });
    });

    afterAll(async () => {
      await backend.stop();
    });

    /** The handover, sent and approved by every fixed seat. */
    async function approvedHandover() {
      const url = await sentForApproval(api, document);
      await fixedSeatsApprove(api, url);
      const handover = await api().get(url).set(as(PEOPLE.kari)).expect(200);
      expect(handover.body.status).toBe('approved');
      return url;
    }

    const exported = async (url: string, query = '') => {
      const res = await api()
        .get(`${url}/export?format=markdown${query}`)
        .set(as(PEOPLE.kari));
      expect(res.status).toBe(200);
      return res.text as string;
    };

    it('ends with the decision record and then the Normen section, in Norwegian', async () => {
      const markdown = await exported(await approvedHandover());
      const record = from(markdown, 'Beslutningsprotokoll');
      const normen = from(markdown, 'Normen, faktaark 20b');
      // The record comes first, Normen last: nothing follows it.
      expect(record.length).toBeGreaterThan(normen.length);
      expect(normen.slice(1)).not.toMatch(/^## /m);

      // A group's seat names the group and the person who decided for it.
      expect(record).toMatch(
        new RegExp(
          `\\| Hemithjelp \\| Godkjent \\| ${
            DISPLAY_NAMES[PEOPLE.hanne]
          } på vegne av Hemithjelp \\|`,
        ),
      );
      expect(record).toContain(
        `| Fagansvarlig | Godkjent | ${DISPLAY_NAMES[PEOPLE.per]} |`,
      );

      // The form's answers, and an unanswered question as unanswered.
      expect(normen).toContain(
        '- **Risiko- og sårbarhetsanalyse (ROS) gjennomført?** Ja — I Risk Manager, sak 4471',
      );
      expect(normen).toContain(
        '- **Personvernkonsekvensvurdering (DPIA) gjennomført?** _Ikke besvart_',
      );
      expect(normen).toContain('- **Miljøer:** Test, Produksjon');
      expect(normen).toContain('- **Kjente feil:** _Ikke besvart_');
      expect(normen).toContain(
        '- **Arkitektur- og designdokumentasjon:** [https://wiki.hemit.no/pacs](<https://wiki.hemit.no/pacs>) (wiki.hemit.no)',
      );
      expect(normen).toContain(
        '- **Driftsdokumentasjon (driftshåndbok):** _Ikke besvart_',
      );
      expect(normen).toContain(
        '- **Plan for tilbakerulling:** Gjenopprett databasen fra natten før',
      );
      // Approved: by every seat, as the record says.
      expect(normen).toMatch(
        /Godkjent av alle 6 godkjennere, sist \d\d\.\d\d\.\d{4} \d\d:\d\d \S+:/,
      );
      expect(normen).toContain(
        `- **Hemithjelp:** ${
          DISPLAY_NAMES[PEOPLE.hanne]
        } på vegne av Hemithjelp, `,
      );
      expect(normen).toContain(
        `- **Fagansvarlig:** ${DISPLAY_NAMES[PEOPLE.per]}, `,
      );
      expect(markdown).not.toMatch(/user:default|group:default/);
    });

    it('ends with the same in English', async () => {
      const markdown = await exported(await approvedHandover(), '&locale=en');
      const record = from(markdown, 'Decision record');
      const normen = from(markdown, 'Normen, fact sheet 20b');
      expect(record.length).toBeGreaterThan(normen.length);
      expect(record).toContain(
        `| ${DISPLAY_NAMES[PEOPLE.hanne]} on behalf of Hemithjelp |`,
      );
      expect(normen).toContain(
        '- **Risk and vulnerability assessment (ROS) done?** Yes — I Risk Manager, sak 4471',
      );
      expect(normen).toContain(
        '- **Data protection impact assessment (DPIA) done?** _Not answered_',
      );
      expect(normen).toContain('- **Environments:** Test, Production');
      expect(normen).toContain('The form does not ask about testing outright.');
      expect(normen).toMatch(/Approved by all 6 approvers, the last on /);
      expect(markdown).not.toContain('Ikke besvart');
    });

    it("leaves both out of a draft's export and of a round's", async () => {
      const created = await api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ document })
        .expect(201);
      const draft = await exported(`${base}/handovers/${created.body.id}`);
      expect(draft).toContain('Risiko- og sårbarhetsanalyse');
      expect(draft).not.toContain('Beslutningsprotokoll');
      expect(draft).not.toContain('Normen');

      // A round's export is the snapshot an approver read, not the record.
      const round = await exported(await approvedHandover(), '&round=1');
      expect(round).not.toContain('Beslutningsprotokoll');
      expect(round).not.toContain('Normen');
    });
  });
});
