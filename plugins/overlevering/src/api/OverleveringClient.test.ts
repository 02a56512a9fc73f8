import { ResponseError } from '@backstage/errors';
import {
  completeDocument,
  PEOPLE,
  TestPortal,
} from '../__testUtils__/testPortal';
import { OverleveringClient } from './OverleveringClient';
import { fieldErrorsOf, isConflict, isForbidden, problemsOf } from './errors';

jest.setTimeout(60_000);

// The client against the real backend plugin: every request and answer here
// crosses HTTP to the plugin the portal runs.
describe('OverleveringClient', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await portal.stop();
  });

  /**
   * The client of `user` as an app whose language is `language` builds it:
   * the discovery and signed-in fetch of the portal's client (which the
   * portal keeps to itself), and the app's language.
   */
  function clientIn(language: 'nb' | 'en', user: string = PEOPLE.kari) {
    return portal.client(user, { language });
  }

  /** The URLs and headers of the requests sent from now on. */
  function recordRequests() {
    const sent: { url: URL; headers: Headers }[] = [];
    const realFetch = globalThis.fetch;
    jest
      .spyOn(globalThis, 'fetch')
      .mockImplementation((input: RequestInfo | URL, init?: RequestInit) => {
        sent.push({
          url: new URL(String(input)),
          headers: new Headers(init?.headers),
        });
        return realFetch(input, init);
      });
    return sent;
  }

  /** The error `promise` rejects with. */
  async function refusalOf(promise: Promise<unknown>): Promise<ResponseError> {
    const error = await promise.then(
      () => undefined,
      e => e,
    );
    expect(error).toBeInstanceOf(ResponseError);
    return error;
  }

  it('creates a handover, saves its document and lists it as mine', async () => {
    const client = portal.client(PEOPLE.kari);
    const service = completeDocument().designfase.tjeneste;
    const created = await client.createHandover({
      entityRef: service,
      document: { bestilling: { tittel: 'DIPS Arena 24' } },
    });
    expect(created).toMatchObject({
      revision: 1,
      status: 'draft',
      owner: PEOPLE.kari,
      entityRef: service,
      rounds: [],
    });

    const saved = await client.saveDocument(created.id, {
      revision: 1,
      document: { bestilling: { tittel: 'DIPS Arena 25' } },
    });
    expect(saved.revision).toBe(2);
    expect(saved.title).toBe('DIPS Arena 25');

    await portal.draft({ bestilling: { tittel: 'Arena for Ola' } }, PEOPLE.ola);
    const page = await client.listHandovers({ owner: 'me', q: 'arena' });
    expect(page.items.map(h => h.title)).toEqual(['DIPS Arena 25']);
    expect(page.nextCursor).toBeUndefined();
  });

  it('sends the list query as URL parameters and pages with the cursor', async () => {
    for (let i = 1; i <= 3; i++) {
      await portal.draft({ bestilling: { tittel: `Leveranse ${i}` } });
    }
    await portal.draft({ bestilling: { tittel: 'Olas' } }, PEOPLE.ola);
    const client = portal.client(PEOPLE.kari);
    const sent = recordRequests();

    const first = await client.listHandovers({
      owner: 'me',
      limit: 2,
      q: '',
      status: undefined,
    });
    expect(first.items.map(h => h.title)).toEqual([
      'Leveranse 3',
      'Leveranse 2',
    ]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await client.listHandovers({
      owner: 'me',
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second.items.map(h => h.title)).toEqual(['Leveranse 1']);
    expect(second.nextCursor).toBeUndefined();

    // Empty and absent filters are left out of the URL.
    expect(sent.map(r => Object.fromEntries(r.url.searchParams))).toEqual([
      { owner: 'me', limit: '2' },
      { owner: 'me', limit: '2', cursor: first.nextCursor },
    ]);
    expect(sent[0].url.pathname).toBe('/api/overlevering/handovers');
  });

  it('pages the approvals with limit and cursor, and refuses a cursor that is not one', async () => {
    for (const title of ['Eldst', 'Midt', 'Nyest']) {
      await portal.submitted(completeDocument(title));
    }
    const client = portal.client(PEOPLE.per);
    const sent = recordRequests();

    const first = await client.listApprovals({ limit: 2 });
    expect(first.items.map(i => [i.handover.title, i.role])).toEqual([
      ['Eldst', 'fagansvarlig'],
      ['Midt', 'fagansvarlig'],
    ]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await client.listApprovals({
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second.items.map(i => i.handover.title)).toEqual(['Nyest']);
    expect(second.nextCursor).toBeUndefined();
    expect(Object.fromEntries(sent[1].url.searchParams)).toEqual({
      status: 'pending',
      limit: '2',
      cursor: first.nextCursor,
    });

    // A refusal without field problems is one problem: its message.
    const error = await refusalOf(
      client.listApprovals({ cursor: 'ikke-en-markør' }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.body.error.name).toBe('InputError');
    expect(problemsOf(error)).toEqual({
      fields: [],
      other: [error.body.error.message],
    });
    expect(fieldErrorsOf(error)).toEqual([]);
  });

  it('carries the field errors of a refused save, in the app language', async () => {
    const handover = await portal.draft({ bestilling: { tittel: 'Før' } });
    const broken = {
      revision: handover.revision,
      document: {
        bestilling: { tittel: 42 },
        driftskostnader: { kostnader: [{ belop: 'mange' }] },
      },
    };

    const error = await refusalOf(
      portal.client(PEOPLE.kari).saveDocument(handover.id, broken),
    );
    expect(error.statusCode).toBe(400);
    expect(problemsOf(error)).toEqual({
      fields: [
        { path: 'bestilling.tittel', message: '«Tittel» må være tekst' },
        {
          path: 'driftskostnader.kostnader.0.belop',
          message: '«Beløp (NOK)» i «Kostnadslinjer», rad 1 må være et tall',
        },
      ],
      other: [],
    });

    const sent = recordRequests();
    const english = await refusalOf(
      clientIn('en').saveDocument(handover.id, broken),
    );
    expect(sent[0].headers.get('Accept-Language')).toBe('en');
    expect(fieldErrorsOf(english)).toEqual([
      { path: 'bestilling.tittel', message: '“Title” must be text' },
      {
        path: 'driftskostnader.kostnader.0.belop',
        message: '“Amount (NOK)” in “Cost lines”, row 1 must be a number',
      },
    ]);
    expect(
      fieldErrorsOf(
        await refusalOf(clientIn('nb').saveDocument(handover.id, broken)),
      ).map(e => e.message),
    ).toEqual([
      '«Tittel» må være tekst',
      '«Beløp (NOK)» i «Kostnadslinjer», rad 1 må være et tall',
    ]);
    expect((await portal.reload(handover)).title).toBe('Før');
  });

  it('names each seat nobody can be asked for in a refused submit, in the app language', async () => {
    const handover = await portal.draft({ bestilling: { tittel: 'Ny PACS' } });
    const submit = (client: OverleveringClient) =>
      refusalOf(
        client.submit(handover.id, {
          revision: handover.revision,
          optionalRoles: [],
        }),
      );

    const error = await submit(portal.client(PEOPLE.kari));
    expect(error.statusCode).toBe(400);
    expect(problemsOf(error)).toEqual({
      fields: [
        {
          path: 'designfase.tjenesteutvikler',
          message:
            '«Tjenesteutvikler» må være en bruker som finnes i katalogen',
        },
        {
          path: 'designfase.seksjonsleder',
          message:
            '«Seksjonsleder tjenesten» må være en bruker som finnes i katalogen',
        },
        {
          path: 'designfase.fagansvarlig',
          message: '«Fagansvarlig» må være en bruker som finnes i katalogen',
        },
      ],
      other: [],
    });

    expect(fieldErrorsOf(await submit(clientIn('en')))).toEqual([
      {
        path: 'designfase.tjenesteutvikler',
        message:
          '“Service developer” must be a user that exists in the catalog',
      },
      {
        path: 'designfase.seksjonsleder',
        message:
          '“Section head of the service” must be a user that exists in the catalog',
      },
      {
        path: 'designfase.fagansvarlig',
        message:
          '“Subject-matter responsible” must be a user that exists in the catalog',
      },
    ]);
    expect((await portal.reload(handover)).rounds).toEqual([]);
  });

  it('refuses a save based on a stale revision (409) and keeps the stored document', async () => {
    const client = portal.client(PEOPLE.kari);
    const handover = await portal.draft({ bestilling: { tittel: 'A' } });
    await client.saveDocument(handover.id, {
      revision: 1,
      document: { bestilling: { tittel: 'B' } },
    });
    const error = await refusalOf(
      client.saveDocument(handover.id, {
        revision: 1,
        document: { bestilling: { tittel: 'C' } },
      }),
    );
    expect(error.statusCode).toBe(409);
    expect(isConflict(error)).toBe(true);
    expect(isForbidden(error)).toBe(false);
    expect(problemsOf(error)).toEqual({ fields: [], other: [] });
    expect(error.body.error.message).toMatch(/current revision is 2/);
    expect((await client.getHandover(handover.id)).title).toBe('B');
  });

  it('refuses a decision on a seat the caller does not hold (403)', async () => {
    const { handover, round } = await portal.submitted();
    const error = await refusalOf(
      portal.client(PEOPLE.eva).decide(handover.id, round.number, {
        role: 'fagansvarlig',
        decision: 'approve',
      }),
    );
    expect(error.statusCode).toBe(403);
    expect(isForbidden(error)).toBe(true);
    expect(isConflict(error)).toBe(false);
    expect(error.body.error.name).toBe('NotAllowedError');

    const decided = await portal
      .client(PEOPLE.per)
      .decide(handover.id, round.number, {
        role: 'fagansvarlig',
        decision: 'approve',
      });
    expect(decided.seats.find(a => a.role === 'fagansvarlig')).toMatchObject({
      status: 'approved',
      decidedBy: PEOPLE.per,
    });
  });

  it("reads a round's snapshot and the history, and answers 404 for a round that does not exist", async () => {
    const { handover } = await portal.submitted(completeDocument('Ny PACS'));
    const client = portal.client(PEOPLE.kari);
    await expect(client.getRoundSnapshot(handover.id, 1)).resolves.toEqual({
      round: 1,
      revision: 1,
      document: expect.objectContaining({ bestilling: { tittel: 'Ny PACS' } }),
    });
    const history = await client.getHistory(handover.id);
    expect(history.items.map(e => e.type)).toEqual(['created', 'submitted']);

    const error = await refusalOf(client.getRoundSnapshot(handover.id, 2));
    expect(error.statusCode).toBe(404);
    expect(error.body.error.name).toBe('NotFoundError');
  });

  it("exports Markdown of the document or of a round's snapshot, in the app language", async () => {
    const { handover } = await portal.submitted(completeDocument('Første'));
    const client = portal.client(PEOPLE.kari);
    await client.withdraw(handover.id);
    await client.saveDocument(handover.id, {
      revision: 1,
      document: completeDocument('Andre'),
    });

    const sent = recordRequests();
    const current = await client.exportMarkdown(handover.id);
    expect(current).toMatch(/^# Andre\n/);
    expect(current).toMatch(/^## Bestilling$/m);
    const round = await client.exportMarkdown(handover.id, { round: 1 });
    expect(round).toMatch(/^# Første\n/);
    expect(Object.fromEntries(sent[1].url.searchParams)).toEqual({
      format: 'markdown',
      round: '1',
    });

    const english = await clientIn('en').exportMarkdown(handover.id, {
      round: 1,
    });
    expect(english).toMatch(/^# Første\n/);
    expect(english).toMatch(/^## Order$/m);
    expect(english).not.toMatch(/^## Bestilling$/m);
  });
});
