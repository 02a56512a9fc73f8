import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  completeDocument,
  PEOPLE,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { base, as } from './__testUtils__/requests';

jest.setTimeout(180_000);

/** A platform team's fields, added through configuration only. */
const extraFields = {
  etablering: {
    backupRutine: {
      schema: { type: 'string', maxLength: 2000 },
      title: { nb: 'Backup-rutine', en: 'Backup routine' },
      requiredOnSubmit: true,
    },
  },
  produksjonssetting: {
    brukere: {
      schema: { type: 'integer', minimum: 1 },
      title: { nb: 'Antall brukere', en: 'Number of users' },
    },
  },
};

function documentWith(extra: Record<string, unknown>) {
  const doc = completeDocument() as Record<string, any>;
  return {
    ...doc,
    etablering: { ...doc.etablering, ...extra },
  };
}

// A platform team adds fields to a section through configuration; the form,
// validation on save and submit, and the export all know them.
describe('extra fields of the form', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;

    beforeAll(async () => {
      backend = await startOverleveringBackend({
        knex: await databases.init(databaseId),
        config: { overlevering: { form: { extraFields } } },
      });
    });

    afterAll(() => backend.stop());

    it('serves the fields in their sections, marked required', async () => {
      const form = await request(backend.server)
        .get(`${base}/form?locale=en`)
        .set(as(PEOPLE.kari));
      expect(form.status).toBe(200);
      const etablering = form.body.schema.properties.etablering.properties;
      expect(etablering.backupRutine).toMatchObject({
        type: 'string',
        title: 'Backup routine',
      });
      expect(form.body.requiredOnSubmit).toEqual(['etablering.backupRutine']);
      expect(form.body.extraFields).toEqual(extraFields);
    });

    it('refuses a submit while a required extra field is empty, and takes it once filled', async () => {
      const api = () => request(backend.server);
      const created = await api()
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ document: documentWith({ backupRutine: '' }) });
      expect(created.status).toBe(201);
      const url = `${base}/handovers/${created.body.id}`;

      const empty = await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: [] });
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toContain(
        'etablering.backupRutine: «Backup-rutine» må fylles ut',
      );

      // A value the fragment does not allow is refused on save.
      const wrong = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({
          revision: 1,
          document: {
            ...documentWith({ backupRutine: 'Hver natt' }),
            produksjonssetting: { brukere: 0 },
          },
        });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.message).toContain(
        '«Antall brukere» må være minst 1',
      );

      const filled = await api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({
          revision: 1,
          document: documentWith({ backupRutine: 'Hver natt, 30 dager' }),
        });
      expect(filled.status).toBe(200);
      const submitted = await api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 2, optionalRoles: [] });
      expect(submitted.status).toBe(201);

      const markdown = await api()
        .get(`${url}/export?locale=en`)
        .set(as(PEOPLE.kari));
      expect(markdown.text).toContain(
        '- **Backup routine:** Hver natt, 30 dager',
      );

      // The search index reads the answer with the rest.
      const search = await api()
        .get(`${base}/search/documents`)
        .set({ Authorization: mockCredentials.service.header() });
      const indexed = search.body.items.find((item: any) =>
        item.location.endsWith(created.body.id),
      );
      expect(indexed.text).toContain('Backup-rutine: Hver natt, 30 dager');
    });

    it('refuses a field the configuration does not add', async () => {
      const created = await request(backend.server)
        .post(`${base}/handovers`)
        .set(as(PEOPLE.kari))
        .send({ document: documentWith({ ukjent: 'x' }) });
      expect(created.status).toBe(400);
      expect(created.body.error.message).toContain('etablering.ukjent');
    });
  });
});
