import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  completeDocument,
  PEOPLE,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { expectMatchesSpec } from './__testUtils__/specChecker';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(180_000);

const base = '/api/overlevering';

/** Kari's credentials, asking for `language` when one is given. */
const asKari = (language?: string) => ({
  Authorization: mockCredentials.user.header(PEOPLE.kari),
  ...(language ? { 'Accept-Language': language } : {}),
});

// A refused document answers 400 with each problem as data in
// `error.errors`: the field's dotted path and a message in the request's
// language, bokmål unless the request asks for English.
describe('the problems of a refused document', () => {
  const databases = createTestDatabases();
  let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;
  const api = () => request(backend.server);

  beforeAll(async () => {
    backend = await startOverleveringBackend({
      knex: await databases.init('SQLITE_3'),
      config: {
        overlevering: {
          form: { requiredOnSubmit: ['bestilling.tittel'] },
          approverRoles: [
            {
              id: 'fagansvarlig',
              title: 'Fagansvarlig',
              titleEn: 'Subject-matter responsible',
              kind: 'fixed',
              field: 'designfase.fagansvarlig',
            },
            {
              id: 'drift',
              title: 'Drift',
              titleEn: 'Operations',
              kind: 'fixed',
              group: 'group:default/finnes-ikke',
            },
          ],
        },
      },
    });
  });

  afterAll(async () => {
    await backend.stop();
  });

  /** Kari's new draft holding `document`. */
  async function draft(document: Record<string, unknown>) {
    const created = await api()
      .post(`${base}/handovers`)
      .set(asKari())
      .send({ document });
    expect(created.status).toBe(201);
    return created.body as { id: string; revision: number };
  }

  /** The 400 of `pending`, checked against the document, and its problems. */
  async function problemsOf(pending: request.Test) {
    const res = await pending;
    expect(res.status).toBe(400);
    expectMatchesSpec(res);
    expect(res.body.error.name).toBe('InputError');
    return res.body.error.errors;
  }

  const broken = {
    bestilling: { tittel: 42 },
    driftskostnader: { kostnader: [{ belop: 'mange' }] },
  };

  it('names each field of a refused save and create, in bokmål and in English', async () => {
    const handover = await draft({ bestilling: { tittel: 'Før' } });
    const save = (language?: string) =>
      api()
        .put(`${base}/handovers/${handover.id}/document`)
        .set(asKari(language))
        .send({ revision: handover.revision, document: broken });

    const bokmal = [
      { path: 'bestilling.tittel', message: '«Tittel» må være tekst' },
      {
        path: 'driftskostnader.kostnader.0.belop',
        message: '«Beløp (NOK)» i «Kostnadslinjer», rad 1 må være et tall',
      },
    ];
    const english = [
      { path: 'bestilling.tittel', message: '“Title” must be text' },
      {
        path: 'driftskostnader.kostnader.0.belop',
        message: '“Amount (NOK)” in “Cost lines”, row 1 must be a number',
      },
    ];
    expect(await problemsOf(save())).toEqual(bokmal);
    expect(await problemsOf(save('nb-NO,nb;q=0.9,en;q=0.8'))).toEqual(bokmal);
    expect(await problemsOf(save('de-DE'))).toEqual(bokmal);
    expect(await problemsOf(save('en'))).toEqual(english);
    expect(await problemsOf(save('en-GB,en;q=0.9'))).toEqual(english);

    expect(
      await problemsOf(
        api()
          .post(`${base}/handovers`)
          .set(asKari('en-US'))
          .send({ document: broken }),
      ),
    ).toEqual(english);

    const stored = await api()
      .get(`${base}/handovers/${handover.id}`)
      .set(asKari());
    expect(stored.body).toMatchObject({ revision: 1, title: 'Før' });
  });

  it('names each problem of a refused submit, in bokmål and in English', async () => {
    const handover = await draft({});
    const submit = (language?: string) =>
      api()
        .post(`${base}/handovers/${handover.id}/submit`)
        .set(asKari(language))
        .send({ revision: handover.revision, optionalRoles: [] });

    // The field required on submit is empty.
    expect(await problemsOf(submit())).toEqual([
      { path: 'bestilling.tittel', message: '«Tittel» må fylles ut' },
    ]);
    expect(await problemsOf(submit('en'))).toEqual([
      { path: 'bestilling.tittel', message: '“Title” is required' },
    ]);

    // Filled in, but nobody can be asked: the fagansvarlig is empty and the
    // group of the other seat is not in the catalog.
    const saved = await api()
      .put(`${base}/handovers/${handover.id}/document`)
      .set(asKari())
      .send({
        revision: handover.revision,
        document: { bestilling: { tittel: 'Ny PACS' } },
      });
    expect(saved.status).toBe(200);
    const resubmit = (language?: string) =>
      api()
        .post(`${base}/handovers/${handover.id}/submit`)
        .set(asKari(language))
        .send({ revision: saved.body.revision, optionalRoles: [] });
    expect(await problemsOf(resubmit())).toEqual([
      {
        path: 'designfase.fagansvarlig',
        message: '«Fagansvarlig» må være en bruker som finnes i katalogen',
      },
      {
        path: '',
        message:
          'Gruppen finnes-ikke for rollen «Drift» finnes ikke i katalogen',
      },
    ]);
    expect(await problemsOf(resubmit('en'))).toEqual([
      {
        path: 'designfase.fagansvarlig',
        message:
          '“Subject-matter responsible” must be a user that exists in the catalog',
      },
      {
        path: '',
        message:
          'The group finnes-ikke of the seat “Operations” does not exist in the catalog',
      },
    ]);

    const stored = await api()
      .get(`${base}/handovers/${handover.id}`)
      .set(asKari());
    expect(stored.body).toMatchObject({ status: 'draft', rounds: [] });
  });

  it('keeps a refusal without field problems as a message only', async () => {
    const handover = await draft(completeDocument());
    const res = await api()
      .post(`${base}/handovers/${handover.id}/submit`)
      .set(asKari('en'))
      .send({ revision: handover.revision, optionalRoles: ['nettverk'] });
    expect(res.status).toBe(400);
    expectMatchesSpec(res);
    expect(res.body.error.errors).toBeUndefined();
    expect(res.body.error.message).toMatch(/optionalRoles/);
  });

  it('writes the form and the export in the language of locale, else of Accept-Language', async () => {
    const form = async (query: string, language?: string) =>
      (await api().get(`${base}/form${query}`).set(asKari(language))).body
        .schema;
    const nbForm = await form('');
    const enForm = await form('', 'en');
    expect(enForm).not.toEqual(nbForm);
    expect(await form('?locale=nb', 'en')).toEqual(nbForm);
    expect(await form('?locale=en')).toEqual(enForm);

    const handover = await draft(completeDocument('Ny PACS'));
    const exported = async (query: string, language?: string) =>
      (
        await api()
          .get(
            `${base}/handovers/${handover.id}/export?format=markdown${query}`,
          )
          .set(asKari(language))
      ).text;
    const nbMarkdown = await exported('');
    expect(await exported('', 'en')).not.toEqual(nbMarkdown);
    expect(await exported('&locale=nb', 'en')).toEqual(nbMarkdown);
  });
});
