/* eslint-disable jest/no-standalone-expect -- the expectations run inside the properties of the tests below */
import { mockCredentials } from '@backstage/backend-test-utils';
import fc from 'fast-check';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  SERVICE_REF,
} from '@internal/overlevering-test-backend';
import { dumpTables } from './__testUtils__/tableDump';
import { ALL_TABLES } from './database/rows';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { startOverleveringBackend } from '@internal/overlevering-test-backend';
import { spec } from '@hemit/plugin-overlevering-common';

// Hostile requests to every route of the OpenAPI document: wrong types,
// missing and extra fields, huge strings, deep nesting, unicode, keys that
// reach prototypes, refs to nothing, numbers at their limits. The plugin must
// answer each with a 2xx or a 4xx in Backstage's error shape, never a 5xx,
// and a refused request must leave every table as it was.

jest.setTimeout(600_000);

const base = '/api/overlevering';
const RUNS_PER_ROUTE = Number(process.env.OVERLEVERING_HOSTILE_RUNS ?? 70);

// ------------------------------------------------------------ arbitraries

function nested(depth: number): unknown {
  let value: unknown = 'bunn';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/**
 * A long string, shown by its length when fast-check prints a counterexample
 * and sent as the string itself.
 */
class Huge {
  constructor(readonly length: number, readonly unit = 'y') {}
  toJSON() {
    return this.unit.repeat(this.length);
  }
  [fc.toStringMethod]() {
    return `Huge(${this.length}, ${JSON.stringify(this.unit)})`;
  }
}

/** Strings that fit in a URL. */
const shortHostileStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\u202Eevil',
  'æøå ÆØÅ',
  '💥💥💥',
  '<script>alert(1)</script>',
  "'; drop table overlevering_handovers; --",
  '%s%n',
  '__proto__',
  'constructor',
  PEOPLE.kari,
  SERVICE_REF,
  'user:default/finnes.ikke',
  'component:default/finnes-ikke',
  'group:default/hemithjelp',
  'user:',
  ':',
  'a:b/c/d',
  'me',
  'draft',
  '../../..',
  'x'.repeat(1_000),
);

const hostileStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\u202Eevil',
  'æøå ÆØÅ',
  new Huge(300, '💥'),
  '<script>alert(1)</script>',
  "'; drop table overlevering_handovers; --",
  '%s%n',
  '__proto__',
  'constructor',
  PEOPLE.kari,
  PEOPLE.eva,
  SERVICE_REF,
  'user:default/finnes.ikke',
  'component:default/finnes-ikke',
  'group:default/hemithjelp',
  'user:',
  ':',
  'a:b/c/d',
  'hemithjelp',
  'approve',
  'reject',
  'me',
  'draft',
  new Huge(10_001, 'x'),
  new Huge(300_000),
);

const hostileNumbers = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  1.5,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  5e-324,
);

const hostileScalar = fc.oneof(
  hostileStrings,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  hostileNumbers,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

const hostileKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'revision',
    'document',
    'role',
    'decision',
    'comment',
    'sections',
    'optionalRoles',
    'message',
    'entityRef',
    'owner',
    'bestilling',
    'designfase',
    'schemaVersion',
  ),
);

const { value: hostileValue } = fc.letrec(tie => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileScalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 4 }),
    fc.constantFrom(nested(50), nested(100_000 / 100), [[[[[[[[[[]]]]]]]]]]),
  ),
}));

/** A document: the form's sections with hostile values in them, or anything. */
const documentArb = fc.oneof(
  fc.record(
    {
      schemaVersion: fc.oneof(hostileNumbers, hostileScalar),
      bestilling: fc.record(
        { tittel: hostileValue, beskrivelse: hostileValue },
        { requiredKeys: [] },
      ),
      designfase: fc.record(
        {
          tjeneste: hostileValue,
          fagansvarlig: hostileValue,
          tjenesteutvikler: hostileValue,
        },
        { requiredKeys: [] },
      ),
      driftskostnader: fc.record(
        {
          kostnader: fc.array(
            fc.record({ belop: hostileValue, periode: hostileValue }),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
  fc.constant(completeDocument('<img src=x onerror=alert(1)>')),
  hostileValue,
);

/** A body: the route's own fields (each maybe missing or wrong) plus extras, or anything at all. */
function bodyArb(fields: Record<string, fc.Arbitrary<unknown>>) {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.record(fields, { requiredKeys: [] }),
          fc.dictionary(hostileKey, hostileValue, { maxKeys: 2 }),
        )
        .map(([own, extra]) => ({ ...extra, ...own })),
    },
    { weight: 1, arbitrary: hostileValue },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        RAW('{"revision": 1, "document": {"__proto__": {"admin": true}}}'),
        RAW('{"__proto__": {"role": "hemithjelp"}, "decision": "approve"}'),
        RAW('{"constructor": {"prototype": {"polluted": true}}}'),
        RAW('{"revision": 1,'),
        RAW('nope'),
        RAW(''),
        RAW(new Huge(1_100_000, 'z'), '{"a": "', '"}'),
        RAW(new Huge(5000, '['), '', ']'.repeat(5000)),
      ),
    },
  );
}

/** A body sent as it is, not as JSON of a value. */
class Raw {
  constructor(
    readonly middle: string | Huge,
    readonly before = '',
    readonly after = '',
  ) {}
  get text() {
    const middle =
      typeof this.middle === 'string' ? this.middle : this.middle.toJSON();
    return `${this.before}${middle}${this.after}`;
  }
  [fc.toStringMethod]() {
    return `Raw(${fc.stringify(this.before)} + ${fc.stringify(
      this.middle,
    )} + ${fc.stringify(this.after)})`;
  }
}
function RAW(middle: string | Huge, before?: string, after?: string) {
  return new Raw(middle, before, after);
}

/** A body sent as an exported file of the old SharePoint list, as its bytes. */
class ListFile {
  constructor(readonly type: string, readonly text: string | Buffer) {}
  get bytes() {
    return Buffer.isBuffer(this.text) ? this.text : Buffer.from(this.text);
  }
  [fc.toStringMethod]() {
    return `ListFile(${this.type}, ${fc.stringify(this.text)})`;
  }
}

const CSV_TYPE = 'text/csv';
const XLSX_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell of an exported list: hostile text, or what the list's columns hold. */
const listCell = fc.oneof(
  shortHostileStrings,
  fc.constantFrom(
    '12',
    '0',
    '-1',
    '2147483648',
    '99999999999999999999',
    'Utkast',
    'Godkjent',
    'Til godkjenning',
    'Arkivert',
    '31.02.2023',
    '1 200,50',
    'Kari Nordmann',
    'i:0#.f|membership|kari@hemit.no',
    '"',
    '""',
    '"a\nb"',
    '\r\n',
  ),
);

/** An export of the list: a header of known and odd columns, and rows of cells. */
const listFileArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        // Mostly with the ID column, without which the whole file is refused.
        fc
          .tuple(
            fc.constantFrom(['ID'], ['ID'], ['ID'], []),
            fc.subarray([
              'Tittel',
              'Status',
              'Opprettet av',
              'Beløp (NOK)',
              'Fagansvarlig',
            ]),
          )
          .map(([id, others]) => [...id, ...others]),
        fc.array(fc.constantFrom('__proto__', 'constructor', '', 'ID'), {
          maxLength: 2,
        }),
        fc.array(fc.array(listCell, { maxLength: 8 }), { maxLength: 4 }),
        fc.constantFrom(';', ','),
        fc.constantFrom(CSV_TYPE, XLSX_TYPE, `${CSV_TYPE}; charset=utf-8`),
      )
      .map(
        ([columns, odd, rows, separator, type]) =>
          new ListFile(
            type,
            [[...columns, ...odd], ...rows]
              .map(cells => cells.map(cell => String(cell)).join(separator))
              .join('\r\n'),
          ),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      new ListFile(CSV_TYPE, ''),
      new ListFile(CSV_TYPE, Buffer.from([0xef, 0xbb, 0xbf])),
      new ListFile(XLSX_TYPE, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])),
      new ListFile(
        CSV_TYPE,
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      ),
      new ListFile(XLSX_TYPE, 'ID;Tittel\n1;Ikke en arbeidsbok'),
      new ListFile(
        CSV_TYPE,
        Buffer.from('\ufeffID;Tittel\n7;Timebok\n', 'utf16le'),
      ),
      new ListFile('application/json', '{"ID": 1}'),
      new ListFile('text/plain', 'ID;Tittel\n1;A'),
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);

const revisionArb = fc.oneof(
  fc.constantFrom(1, 2, 0, -1),
  hostileNumbers,
  hostileScalar,
);

type Target = 'draft' | 'submitted' | 'approved';
const idArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom<Target>('draft', 'submitted', 'approved'),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(
      shortHostileStrings,
      fc.string({ minLength: 1, maxLength: 30 }),
      fc.constantFrom('00000000-0000-0000-0000-000000000000', 'x'.repeat(101)),
    ),
  },
);
const roundArb = fc.oneof(
  fc.constantFrom('1', '2', '0', '-1', '01', '1.5', '1e3', 'abc', '999999'),
  fc.constantFrom('9999999', '99999999999999999999', ' 1', '%20'),
  fc.string({ minLength: 1, maxLength: 8 }),
);

/** A query: the route's parameters with hostile values, repeated or nested keys, extras. */
function queryArb(names: string[]) {
  const key = fc.oneof(
    fc.constantFrom(...names),
    fc.constantFrom(...names).map(n => `${n}[]`),
    fc.constantFrom(...names).map(n => `${n}[a]`),
    fc.constantFrom('__proto__', 'constructor[prototype]', 'x'),
  );
  const value = fc.oneof(
    fc.constantFrom('', 'me', 'draft', 'in_review', '1', '0', '20', '1000'),
    fc.constantFrom('10000', '-1', '1.5', 'NaN', 'markdown', 'nb', 'en'),
    fc.constantFrom('eyJ4IjoxfQ', 'WyJhIiwxXQ', 'WyJhIiwiYiJd', '!!!'),
    shortHostileStrings,
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );
  // Sent as typed, without percent-encoding: broken escapes and bare separators.
  const raw = fc.constantFrom('%', '%FF', '%E0%A4%A', '%00', 'a&b', '=', '+');
  return fc
    .array(
      fc.oneof(
        {
          weight: 5,
          arbitrary: fc
            .tuple(key, value)
            .map(([k, v]) => `${enc(k)}=${enc(v)}`),
        },
        {
          weight: 1,
          arbitrary: fc.tuple(key, raw).map(([k, v]) => `${enc(k)}=${v}`),
        },
      ),
      { maxLength: 4 },
    )
    .map(pairs => pairs.join('&'));
}

/** Percent-encodes, keeping a lone surrogate as the bytes of U+FFFD rather than throwing. */
function enc(text: string): string {
  return encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD'));
}

type Actor = 'kari' | 'hanne' | 'eva' | 'anonymous' | 'service';
const actorArb = fc.constantFrom<Actor>(
  'kari',
  'kari',
  'kari',
  'hanne',
  'eva',
  'anonymous',
  'service',
);
function headerOf(actor: Actor) {
  if (actor === 'anonymous') return mockCredentials.none.header();
  if (actor === 'service') return mockCredentials.service.header();
  return mockCredentials.user.header(PEOPLE[actor]);
}

interface HostileRequest {
  actor: Actor;
  id: string;
  round: string;
  query: string;
  body: unknown;
}

interface Route {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  body?: fc.Arbitrary<unknown>;
  query?: string[];
}

const routes: Route[] = [
  { method: 'get', path: '/health', query: ['x'] },
  { method: 'get', path: '/form', query: ['locale'] },
  {
    method: 'get',
    path: '/handovers',
    query: ['owner', 'entityRef', 'status', 'q', 'limit', 'cursor'],
  },
  {
    method: 'post',
    path: '/handovers',
    body: bodyArb({
      entityRef: fc.oneof(hostileStrings, hostileValue),
      document: documentArb,
    }),
  },
  { method: 'get', path: '/handovers/{id}' },
  { method: 'delete', path: '/handovers/{id}' },
  {
    method: 'put',
    path: '/handovers/{id}/owner',
    body: bodyArb({ owner: fc.oneof(hostileStrings, hostileValue) }),
  },
  {
    method: 'put',
    path: '/handovers/{id}/document',
    body: bodyArb({ revision: revisionArb, document: documentArb }),
  },
  {
    method: 'post',
    path: '/handovers/{id}/submit',
    body: bodyArb({
      revision: revisionArb,
      optionalRoles: fc.oneof(
        fc.array(fc.oneof(hostileStrings, hostileValue), { maxLength: 60 }),
        hostileValue,
      ),
      message: fc.oneof(hostileStrings, hostileValue),
    }),
  },
  { method: 'post', path: '/handovers/{id}/withdraw', body: hostileValue },
  { method: 'post', path: '/handovers/{id}/discard', body: hostileValue },
  {
    method: 'post',
    path: '/handovers/{id}/rounds/{number}/decisions',
    body: bodyArb({
      role: fc.oneof(hostileStrings, hostileValue),
      decision: fc.oneof(fc.constantFrom('approve', 'reject'), hostileValue),
      comment: fc.oneof(hostileStrings, hostileValue),
      sections: fc.oneof(
        fc.array(
          fc.oneof(
            fc.constantFrom('etablering', 'bestilling', 'drift'),
            hostileStrings,
            hostileValue,
          ),
          { maxLength: 8 },
        ),
        hostileValue,
      ),
      conditions: fc.oneof(
        fc.array(
          bodyArb({
            text: fc.oneof(hostileStrings, hostileValue),
            followUp: fc.oneof(hostileStrings, hostileValue),
            due: fc.oneof(
              fc.constantFrom('2026-12-24', '2026-02-30', ''),
              hostileStrings,
              hostileValue,
            ),
          }),
          { maxLength: 12 },
        ),
        hostileValue,
      ),
    }),
  },
  {
    method: 'post',
    path: '/handovers/{id}/conditions/{conditionId}/close',
    body: bodyArb({ comment: fc.oneof(hostileStrings, hostileValue) }),
  },
  {
    method: 'post',
    path: '/handovers/{id}/follow-up/confirm',
    body: bodyArb({
      met: fc.oneof(
        fc.array(
          fc.oneof(
            fc.constantFrom('servicedeskTrained', 'conditionsClosed'),
            hostileStrings,
            hostileValue,
          ),
          { maxLength: 5 },
        ),
        hostileValue,
      ),
    }),
  },
  {
    method: 'post',
    path: '/handovers/{id}/follow-up/hand-over',
    body: bodyArb({ comment: fc.oneof(hostileStrings, hostileValue) }),
  },
  {
    method: 'post',
    path: '/handovers/{id}/follow-up/extend',
    body: bodyArb({
      until: fc.oneof(
        fc.constantFrom('2099-01-01', '2000-01-01', '2026-02-30', ''),
        hostileStrings,
        hostileValue,
      ),
      reason: fc.oneof(hostileStrings, hostileValue),
    }),
  },
  { method: 'get', path: '/handovers/{id}/rounds/{number}/snapshot' },
  { method: 'get', path: '/handovers/{id}/history' },
  { method: 'get', path: '/handovers/{id}/audit' },
  {
    method: 'get',
    path: '/handovers/{id}/export',
    query: ['format', 'round', 'locale'],
  },
  {
    method: 'get',
    path: '/services/{namespace}/{kind}/{name}/operations-info',
    query: ['locale'],
  },
  {
    method: 'get',
    path: '/services/{namespace}/{kind}/{name}/operations-info.md',
    query: ['locale'],
  },
  {
    method: 'get',
    path: '/approvals',
    query: ['status', 'limit', 'cursor'],
  },
  { method: 'get', path: '/approvals/count', query: ['user'] },
  { method: 'get', path: '/absences/mine', query: ['user'] },
  {
    method: 'post',
    path: '/absences',
    body: bodyArb({
      deputy: fc.oneof(
        fc.constantFrom(
          'user:default/per.fag',
          'user:default/kari.nordmann',
          'group:default/hemithjelp',
        ),
        hostileStrings,
        hostileValue,
      ),
      from: fc.oneof(
        fc.constantFrom('2099-01-01', '2000-01-01', '2026-02-30', ''),
        hostileStrings,
        hostileValue,
      ),
      to: fc.oneof(
        fc.constantFrom('2099-01-02', '1999-12-31', '9999-99-99'),
        hostileStrings,
        hostileValue,
      ),
    }),
  },
  { method: 'post', path: '/absences/{id}/end', body: hostileValue },
  { method: 'get', path: '/search/documents', query: ['cursor'] },
  { method: 'get', path: '/me/draft-key', query: ['user'] },
  {
    method: 'post',
    path: '/import',
    body: listFileArb,
    query: ['dryRun', 'locale'],
  },
  { method: 'get', path: '/outbox/parked', query: ['limit'] },
  { method: 'post', path: '/outbox/parked/{id}/retry', body: hostileValue },
];

// ------------------------------------------------------------------ test

describe('hostile input', () => {
  it('covers every route of the OpenAPI document', () => {
    const documented = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.keys(item as object).map(method => `${method} ${path}`),
    );
    expect(routes.map(r => `${r.method} ${r.path}`).sort()).toEqual(
      documented.sort(),
    );
  });

  const databases = createTestDatabases();
  const totals = { requests: 0, refused: 0, accepted: 0, fiveHundreds: 0 };

  afterAll(() => {
    // The figures docs/reliability.md quotes.
    // eslint-disable-next-line no-console
    console.log(
      `Hostile input: ${totals.requests} requests, ${totals.refused} refused with 4xx, ${totals.accepted} accepted, ${totals.fiveHundreds} with 5xx`,
    );
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;
    let targets: Record<Target, string>;
    const statuses = new Map<number, number>();

    const api = () => request(backend.server);
    const owner = { Authorization: mockCredentials.user.header(PEOPLE.kari) };

    /** A draft, a handover in review, and an approved one. */
    async function makeTargets(): Promise<Record<Target, string>> {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await api()
          .post(`${base}/handovers`)
          .set(owner)
          .send({ entityRef: SERVICE_REF, document: completeDocument() });
        expect(res.status).toBe(201);
        ids.push(res.body.id);
      }
      for (const id of ids.slice(1)) {
        const res = await api()
          .post(`${base}/handovers/${id}/submit`)
          .set(owner)
          .send({ revision: 1, optionalRoles: [] });
        expect(res.status).toBe(201);
      }
      const seats = FIXED_SEAT_HOLDERS;
      for (const [user, role] of seats) {
        const res = await api()
          .post(`${base}/handovers/${ids[2]}/rounds/1/decisions`)
          .set({ Authorization: mockCredentials.user.header(user) })
          .send({ role, decision: 'approve' });
        expect(res.status).toBe(200);
      }
      return { draft: ids[0], submitted: ids[1], approved: ids[2] };
    }

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startOverleveringBackend({ knex });
      targets = await makeTargets();
    });

    afterAll(async () => {
      await backend.stop();
      // eslint-disable-next-line no-console
      console.log(
        `Hostile input on ${databaseId}: status codes ${JSON.stringify(
          Object.fromEntries([...statuses.entries()].sort()),
        )}`,
      );
    });

    /**
     * Fails on a 5xx, on a 4xx without Backstage's error body, and on a 4xx
     * after which the tables differ from `before`. Whether it was a refusal.
     */
    async function isRefusalThatChangedNothing(
      route: Route,
      res: request.Response,
      before: unknown,
    ): Promise<boolean> {
      if (res.status >= 500) {
        totals.fiveHundreds++;
        throw new Error(
          `${res.status} for ${route.method} ${route.path}: ${res.text.slice(
            0,
            500,
          )}`,
        );
      }
      if (res.status < 400) {
        return false;
      }
      expect(res.body).toEqual({
        error: expect.objectContaining({
          name: expect.any(String),
          message: expect.any(String),
        }),
        request: {
          method: route.method.toUpperCase(),
          url: expect.any(String),
        },
        response: { statusCode: res.status },
      });
      expect(await dumpTables(knex)).toEqual(before);
      return true;
    }

    async function send(route: Route, input: HostileRequest) {
      const id = Object.hasOwn(targets, input.id)
        ? targets[input.id as Target]
        : input.id;
      // Every target is a handover of the demo service: a service route
      // aims at it, or at a hostile name in a hostile namespace.
      const service = Object.hasOwn(targets, input.id)
        ? { namespace: 'default', kind: 'component', name: 'pasientflyt' }
        : { namespace: input.round, kind: 'component', name: input.id };
      const path = route.path
        .replace('{id}', enc(id))
        .replace('{number}', enc(input.round))
        .replace('{conditionId}', enc(input.round))
        .replace('{namespace}', enc(service.namespace))
        .replace('{kind}', enc(service.kind))
        .replace('{name}', enc(service.name));
      const url = `${base}${path}${input.query ? `?${input.query}` : ''}`;
      let req = api()[route.method](url);
      req = req.set({ Authorization: headerOf(input.actor) });
      if (route.body) {
        if (input.body instanceof ListFile) {
          req = req.set('Content-Type', input.body.type).send(input.body.bytes);
        } else if (input.body instanceof Raw) {
          req = req
            .set('Content-Type', 'application/json')
            .send(input.body.text);
        } else {
          req = req.send(JSON.stringify(input.body) ?? 'null');
          req = req.set('Content-Type', 'application/json');
        }
      }
      return req;
    }

    // Two refusals the generated requests found as 500s on PostgreSQL.
    it('refuses a NUL character anywhere, which PostgreSQL text cannot hold', async () => {
      const before = await dumpTables(knex);
      const url = `${base}/handovers/${targets.draft}`;
      const responses = [
        await api()
          .put(`${url}/document`)
          .set(owner)
          .send({ revision: 1, document: completeDocument('A\u0000B') }),
        await api().get(`${base}/handovers?entityRef=%00`).set(owner),
        await api().get(`${base}/handovers/%00/history`).set(owner),
        await api()
          .post(`${base}/handovers/${targets.submitted}/rounds/1/decisions`)
          .set({ Authorization: mockCredentials.user.header(PEOPLE.hanne) })
          .send({ role: 'hemithjelp', decision: 'reject', comment: '\u0000' }),
      ];
      expect(responses.map(r => [r.status, r.body.error?.name])).toEqual(
        Array(4).fill([400, 'InputError']),
      );
      expect(await dumpTables(knex)).toEqual(before);
    });

    it('answers a path no route matches in the error shape, and leaves the permission routes alone', async () => {
      const missing = await api().get(`${base}/handovers//history`).set(owner);
      expect(missing.status).toBe(404);
      expect(missing.body.error.name).toBe('NotFoundError');
      const metadata = await api()
        .get(`${base}/.well-known/backstage/permissions/metadata`)
        .set({ Authorization: mockCredentials.service.header() });
      expect(metadata.status).toBe(200);
      expect(metadata.body.permissions.length).toBeGreaterThan(0);
    });

    it('refuses a save on a revision past any stored one as stale', async () => {
      const before = await dumpTables(knex);
      const res = await api()
        .put(`${base}/handovers/${targets.draft}/document`)
        .set(owner)
        .send({ revision: 2 ** 31 - 1, document: completeDocument() });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toBe(
        `Revision ${2 ** 31 - 1} is stale; the current revision is 1`,
      );
      expect(await dumpTables(knex)).toEqual(before);
    });

    it.each(
      routes.map(r => [`${r.method.toUpperCase()} ${r.path}`, r] as const),
    )(
      '%s answers hostile requests with 2xx or a 4xx error body, and a refusal changes nothing',
      async (_, route) => {
        const inputArb: fc.Arbitrary<HostileRequest> = fc.record({
          actor: actorArb,
          id: idArb,
          round: roundArb,
          query: route.query ? queryArb(route.query) : fc.constant(''),
          body: route.body ?? fc.constant(undefined),
        });
        // Each route starts from a small database, so a dump stays cheap.
        for (const table of [...ALL_TABLES].reverse()) {
          await knex(table).delete();
        }
        targets = await makeTargets();
        let before = await dumpTables(knex);
        const sentBefore = totals.requests;
        await fc.assert(
          fc.asyncProperty(inputArb, async input => {
            const res = await send(route, input);
            totals.requests++;
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            if (await isRefusalThatChangedNothing(route, res, before)) {
              totals.refused++;
            } else {
              totals.accepted++;
              if (route.method !== 'get') {
                // The target moved on: start again from fresh ones.
                targets = await makeTargets();
                before = await dumpTables(knex);
              }
            }
          }),
          { numRuns: RUNS_PER_ROUTE },
        );
        expect(totals.requests - sentBefore).toBe(RUNS_PER_ROUTE);
      },
    );
  });
});
