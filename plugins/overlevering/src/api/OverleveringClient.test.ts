import { setupServer } from 'msw/node';
import { mockApis, registerMswTestHooks } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { OverleveringClient } from './OverleveringClient';
import { fieldErrorsOf, isConflict, isForbidden, problemsOf } from './errors';
import {
  FakeOverleveringBackend,
  TEST_BASE_URL,
} from '../__testUtils__/fakeBackend';

const server = setupServer();
registerMswTestHooks(server);

// A document whose form-based seats are filled, so it can be submitted.
const withSeats = {
  bestilling: { tittel: 'Ny PACS' },
  designfase: {
    fagansvarlig: 'user:default/ola',
    tjenesteutvikler: 'user:default/kari.nordmann',
    seksjonsleder: 'user:default/per',
  },
};

describe('OverleveringClient', () => {
  let backend: FakeOverleveringBackend;
  let client: OverleveringClient;

  beforeEach(() => {
    backend = new FakeOverleveringBackend();
    server.use(...backend.handlers);
    client = new OverleveringClient({
      discoveryApi: mockApis.discovery({
        baseUrl: TEST_BASE_URL.replace(/\/api\/overlevering$/, ''),
      }),
      fetchApi: { fetch: (input, init) => fetch(input, init) },
    });
  });

  it('creates a handover, saves its document and lists it as mine', async () => {
    const created = await client.createHandover({
      entityRef: 'component:default/dips-arena',
      document: { bestilling: { tittel: 'DIPS Arena 24' } },
    });
    expect(created).toMatchObject({ revision: 1, status: 'draft' });

    const saved = await client.saveDocument(created.id, {
      revision: 1,
      document: { bestilling: { tittel: 'DIPS Arena 25' } },
    });
    expect(saved.revision).toBe(2);
    expect(saved.title).toBe('DIPS Arena 25');

    const page = await client.listHandovers({ owner: 'me', q: 'arena' });
    expect(page.items.map(h => h.title)).toEqual(['DIPS Arena 25']);
    expect(backend.calls).toContain('GET /handovers');
  });

  it('sends the list query as URL parameters and pages with the cursor', async () => {
    for (let i = 1; i <= 3; i++) {
      backend.seed({ document: { bestilling: { tittel: `Leveranse ${i}` } } });
    }
    const first = await client.listHandovers({ owner: 'me', limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeDefined();
    const second = await client.listHandovers({
      owner: 'me',
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second.items.map(h => h.title)).toEqual(['Leveranse 1']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('pages the approvals with limit and cursor, and refuses a cursor that is not one', async () => {
    for (const [title, submittedAt] of [
      ['Nyest', '2026-11-21T08:00:00Z'],
      ['Eldst', '2026-11-19T08:00:00Z'],
      ['Midt', '2026-11-20T08:00:00Z'],
    ]) {
      backend.seed({
        status: 'in_review',
        document: { bestilling: { tittel: title } },
        rounds: [
          {
            number: 1,
            status: 'open',
            revision: 1,
            submittedBy: backend.user,
            submittedAt,
            optionalRoles: [],
            assignments: [
              {
                role: 'fagansvarlig',
                approver: backend.user,
                status: 'pending',
              },
            ],
          },
        ],
      });
    }
    const urls: URL[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      urls.push(new URL(request.url));
    };
    server.events.on('request:start', onRequest);

    const first = await client.listApprovals({ limit: 2 });
    expect(first.items.map(i => i.handover.title)).toEqual(['Eldst', 'Midt']);
    expect(first.nextCursor).toBeDefined();
    const second = await client.listApprovals({
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second.items.map(i => i.handover.title)).toEqual(['Nyest']);
    expect(second.nextCursor).toBeUndefined();
    expect(Object.fromEntries(urls[1].searchParams)).toEqual({
      status: 'pending',
      limit: '2',
      cursor: first.nextCursor,
    });
    server.events.removeListener('request:start', onRequest);

    const error = await client
      .listApprovals({ cursor: 'ikke-en-markør' })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(400);
    expect(error.body.error.name).toBe('InputError');
  });

  it('names each failing field of a refused submit (400)', async () => {
    const handover = backend.seed({ document: {} });
    const error = await client
      .submit(handover.id, { revision: 1, optionalRoles: [] })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(400);
    expect(fieldErrorsOf(error).map(e => e.path)).toEqual([
      'bestilling.tittel',
      'designfase.tjenesteutvikler',
      'designfase.seksjonsleder',
      'designfase.fagansvarlig',
    ]);
  });

  it('reads structured field errors and JSON pointers when the body has them', () => {
    const error = Object.assign(Object.create(ResponseError.prototype), {
      statusCode: 400,
      body: {
        error: {
          name: 'InputError',
          message: 'invalid',
          errors: [
            {
              path: '/driftskostnader/linjer/0/belop',
              message: 'må være et tall',
            },
          ],
        },
      },
    });
    expect(fieldErrorsOf(error)).toEqual([
      { path: 'driftskostnader.linjer.0.belop', message: 'må være et tall' },
    ]);
  });

  it("reads the backend's messages: fields by path, other problems as text", () => {
    const refusal = (message: string) =>
      Object.assign(Object.create(ResponseError.prototype), {
        statusCode: 400,
        body: { error: { name: 'InputError', message } },
      });
    expect(
      problemsOf(
        refusal(
          'The document is not valid: bestilling.tittel: Tittel må fylles ut; driftskostnader.kostnader.0.belop: må være et tall',
        ),
      ),
    ).toEqual({
      fields: [
        { path: 'bestilling.tittel', message: 'Tittel må fylles ut' },
        {
          path: 'driftskostnader.kostnader.0.belop',
          message: 'må være et tall',
        },
      ],
      other: [],
    });
    expect(
      problemsOf(
        refusal(
          "The approver seats cannot be resolved: designfase.fagansvarlig: the seat 'fagansvarlig' needs a user that exists in the catalog; hemithjelp: the group group:default/hemithjelp of the seat does not exist in the catalog",
        ),
      ),
    ).toEqual({
      fields: [
        {
          path: 'designfase.fagansvarlig',
          message:
            "the seat 'fagansvarlig' needs a user that exists in the catalog",
        },
      ],
      other: [
        'hemithjelp: the group group:default/hemithjelp of the seat does not exist in the catalog',
      ],
    });
  });

  it('refuses a decision on a seat the caller does not hold (403)', async () => {
    const handover = backend.seed({ document: withSeats });
    await client.submit(handover.id, { revision: 1, optionalRoles: [] });
    const error = await client
      .decide(handover.id, 1, { role: 'fagansvarlig', decision: 'approve' })
      .catch(e => e);
    expect(error.statusCode).toBe(403);
    expect(isForbidden(error)).toBe(true);
    expect(error.body.error.name).toBe('NotAllowedError');

    const round = await client.decide(handover.id, 1, {
      role: 'tjenesteutvikler',
      decision: 'approve',
    });
    expect(
      round.assignments.find(a => a.role === 'tjenesteutvikler')?.status,
    ).toBe('approved');
  });

  it('refuses a save based on a stale revision (409) and keeps the stored document', async () => {
    const handover = backend.seed({
      document: { bestilling: { tittel: 'A' } },
    });
    await client.saveDocument(handover.id, {
      revision: 1,
      document: { bestilling: { tittel: 'B' } },
    });
    const error = await client
      .saveDocument(handover.id, {
        revision: 1,
        document: { bestilling: { tittel: 'C' } },
      })
      .catch(e => e);
    expect(isConflict(error)).toBe(true);
    expect(error.body.error.message).toMatch(/current revision is 2/);
    expect((await client.getHandover(handover.id)).title).toBe('B');
  });

  it("reads a round's snapshot, and answers 404 for a round that does not exist", async () => {
    const handover = backend.seed({ document: withSeats });
    await client.submit(handover.id, { revision: 1, optionalRoles: [] });
    await expect(client.getRoundSnapshot(handover.id, 1)).resolves.toEqual({
      round: 1,
      revision: 1,
      document: expect.objectContaining({ bestilling: { tittel: 'Ny PACS' } }),
    });
    const error = await client.getRoundSnapshot(handover.id, 2).catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
    expect(error.body.error.name).toBe('NotFoundError');
  });

  it('exports Markdown of a round as text', async () => {
    const handover = backend.seed({
      document: { bestilling: { tittel: 'X' } },
    });
    const markdown = await client.exportMarkdown(handover.id, { round: 2 });
    expect(markdown).toMatch(/^# X/);
    expect(markdown).toMatch(/Runde 2/);
  });
});
