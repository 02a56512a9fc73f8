import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { handoverImportPermission } from '@hemit/plugin-overlevering-common';
import {
  completeDocument,
  PEOPLE,
  SERVICE_REF,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Knex } from 'knex';
import request from 'supertest';
import { dumpTables } from './__testUtils__/tableDump';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { expectMatchesSpec } from './__testUtils__/specChecker';
import { base, as } from './__testUtils__/requests';

// The import of the old SharePoint list through the API, with the example
// exports of examples/sharepoint: an administrator (Erik) imports the list,
// imports it again, imports an edited copy, and tries first without writing.

jest.setTimeout(180_000);

const CSV = 'text/csv';
const XLSX =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const example = (name: string) =>
  readFileSync(resolve(__dirname, '../../../examples/sharepoint', name));
const UTF8 = example('overlevering-til-produksjon-utf8-semikolon.csv');
const WINDOWS_1252 = example(
  'overlevering-til-produksjon-windows1252-komma.csv',
);
const WORKBOOK = example('overlevering-til-produksjon.xlsx');
const CUT_SHORT = example('overlevering-til-produksjon-avkuttet.csv');

/** The UTF-8 example with one text of it changed, as if edited in SharePoint. */
const edited = (from: string, to: string) => {
  const text = UTF8.toString('utf8');
  expect(text).toContain(from);
  return Buffer.from(text.replace(from, to), 'utf8');
};

/** Only the administrator may import; everything else is allowed. */
const permissions = mockServices.permissions.mock({
  authorize: async (requests, options) =>
    requests.map(r => ({
      result:
        r.permission.name !== handoverImportPermission.name ||
        (options.credentials as any).principal.userEntityRef === PEOPLE.erik
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
    })),
  authorizeConditional: async requests =>
    requests.map((): PolicyDecision => ({ result: AuthorizeResult.ALLOW })),
});

type Row = {
  row: number;
  sharePointId?: number;
  handoverId?: string;
  title?: string;
  result: string;
  reason?: string;
};
/** What a person reads per line of the report: its ID and what became of it. */
const results = (rows: Row[]) => rows.map(r => [r.sharePointId, r.result]);

describe('importing the old SharePoint list', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;
    /** The report of the first import of the UTF-8 example. */
    let firstImport: Row[];
    const api = () => request(backend.server);

    const importFile = (
      file: Buffer,
      options: {
        type?: string;
        dryRun?: boolean;
        user?: string;
        language?: string;
      } = {},
    ) =>
      api()
        .post(`${base}/import?dryRun=${options.dryRun ? 'true' : 'false'}`)
        .set(as(options.user ?? PEOPLE.erik))
        .set('Accept-Language', options.language ?? 'nb')
        .set('Content-Type', options.type ?? CSV)
        .send(file);

    const handover = async (id: string) =>
      (await api().get(`${base}/handovers/${id}`).set(as(PEOPLE.erik))).body;
    const history = async (id: string) =>
      (await api().get(`${base}/handovers/${id}/history`).set(as(PEOPLE.erik)))
        .body.items;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startOverleveringBackend({ knex, permissions });
    });

    afterAll(async () => {
      await backend.stop();
    });

    it('tries first without writing anything, then imports each item once', async () => {
      const before = await dumpTables(knex);
      const tried = await importFile(UTF8, { dryRun: true });
      expect(tried.status).toBe(200);
      expectMatchesSpec(tried);
      expect(await dumpTables(knex)).toEqual(before);
      expect(tried.body.dryRun).toBe(true);
      expect(results(tried.body.rows)).toEqual([
        [12, 'created'],
        [15, 'created'],
        [21, 'created'],
        [22, 'created'],
        [30, 'created'],
        [31, 'refused'],
        [34, 'refused'],
        [35, 'created'],
      ]);
      expect(tried.body.problems).toEqual([
        'Disse kolonnene finnes ikke i skjemaet og er ikke importert: «Elementtype», «Bane».',
      ]);

      const imported = await importFile(UTF8);
      expect(imported.status).toBe(200);
      expectMatchesSpec(imported);
      expect(imported.body.dryRun).toBe(false);
      // The dry run told exactly what the import did.
      expect(imported.body.rows.map((r: Row) => [r.row, r.result])).toEqual(
        tried.body.rows.map((r: Row) => [r.row, r.result]),
      );
      const rows: Row[] = imported.body.rows;
      firstImport = rows;
      expect(rows[5]).toEqual({
        row: 11,
        sharePointId: 31,
        title: 'Digital hjemmeoppfølging av KOLS-pasienter',
        result: 'refused',
        reason: expect.stringContaining('Ukjent status «Arkivert»'),
      });
      for (const row of rows.filter(r => r.result === 'created')) {
        expect(row.handoverId).toEqual(expect.any(String));
      }

      // Importing the same file again changes nothing and duplicates nothing.
      const written = await dumpTables(knex);
      const again = await importFile(UTF8);
      expect(again.status).toBe(200);
      expect(results(again.body.rows)).toEqual([
        [12, 'unchanged'],
        [15, 'unchanged'],
        [21, 'unchanged'],
        [22, 'unchanged'],
        [30, 'unchanged'],
        [31, 'refused'],
        [34, 'refused'],
        [35, 'unchanged'],
      ]);
      expect(again.body.rows.map((r: Row) => r.handoverId)).toEqual(
        rows.map(r => r.handoverId),
      );
      expect(await dumpTables(knex)).toEqual(written);
    });

    it('keeps the status, owner, times and people of each item', async () => {
      const byId = (id: number) =>
        firstImport.find(r => r.sharePointId === id)!;

      // Approved in the list: approved here, with no round nobody sat in.
      const approved = await handover(byId(12).handoverId!);
      expect(approved).toMatchObject({
        title: 'Ny versjon av DIPS Arena – legemiddelmodul',
        status: 'approved',
        owner: PEOPLE.kari,
        revision: 1,
        createdAt: '2023-01-03T08:15:00.000Z',
        updatedAt: '2023-03-20T13:02:37.000Z',
        rounds: [],
      });
      expect(approved.currentRound).toBeUndefined();
      const events = await history(approved.id);
      expect(events).toEqual([
        expect.objectContaining({
          type: 'imported',
          actor: PEOPLE.erik,
          data: {
            sharePointId: 12,
            listStatus: 'approved',
            revision: 1,
            created: {
              at: '2023-01-03T08:15:00.000Z',
              by: { ref: PEOPLE.kari },
            },
            modified: {
              at: '2023-03-20T13:02:37.000Z',
              by: { ref: PEOPLE.per },
            },
          },
        }),
      ]);

      // Its export says where it came from, in the reader's language.
      const exported = await api()
        .get(`${base}/handovers/${approved.id}/export?format=markdown`)
        .set(as(PEOPLE.kari));
      expect(exported.status).toBe(200);
      expect(exported.text).toContain(
        '## Importert fra SharePoint\n\n' +
          'Overleveringen er hentet fra den gamle SharePoint-listen «Overlevering til produksjon», der den hadde ID 12 og status Godkjent. ' +
          'Opprettet 03.01.2023 09:15 av Kari Nordmann. ' +
          'Sist endret 20.03.2023 14:02 av Per Fagansvarlig. ' +
          'Importert til portalen ',
      );
      expect(exported.text).toMatch(/ av Erik Drift\.\n/);
      // Its history is part of the handover's hash chain like any other.
      const audit = await api()
        .get(`${base}/handovers/${approved.id}/audit`)
        .set(as(PEOPLE.kari));
      expect(audit.body).toMatchObject({
        verified: true,
        events: 1,
        rounds: [],
      });
      const english = await api()
        .get(
          `${base}/handovers/${approved.id}/export?format=markdown&locale=en`,
        )
        .set(as(PEOPLE.kari));
      expect(english.text).toContain('## Imported from SharePoint');

      // Awaiting approval in the list: a draft here, and the row says why.
      expect(byId(15).reason).toContain(
        'Var til godkjenning i SharePoint-listen',
      );
      expect(await handover(byId(15).handoverId!)).toMatchObject({
        status: 'draft',
        rounds: [],
      });
      expect((await handover(byId(22).handoverId!)).status).toBe('rejected');
      expect((await handover(byId(30).handoverId!)).status).toBe('rejected');
    });

    it('then follows the same rules as any handover of its status', async () => {
      const byId = (id: number) =>
        firstImport.find(r => r.sharePointId === id)!;
      const approved = await handover(byId(12).handoverId!);
      const rejected = await handover(byId(30).handoverId!);
      const asOwner = (h: { owner: string }) => as(h.owner);

      // Approved: final, as if approved in the portal.
      for (const refused of [
        await api()
          .put(`${base}/handovers/${approved.id}/document`)
          .set(asOwner(approved))
          .send({ revision: 1, document: completeDocument() }),
        await api()
          .post(`${base}/handovers/${approved.id}/discard`)
          .set(asOwner(approved)),
        await api()
          .post(`${base}/handovers/${approved.id}/withdraw`)
          .set(asOwner(approved)),
      ]) {
        expect(refused.status).toBe(409);
      }

      // Rejected: back with its owner, who fixes it and sends it; having
      // no round in the portal, the first round asks every fixed seat.
      const saved = await api()
        .put(`${base}/handovers/${rejected.id}/document`)
        .set(asOwner(rejected))
        .send({ revision: 1, document: completeDocument(rejected.title) });
      expect(saved.status).toBe(200);
      const sent = await api()
        .post(`${base}/handovers/${rejected.id}/submit`)
        .set(asOwner(rejected))
        .send({ revision: 2, optionalRoles: [] });
      expect(sent.status).toBe(201);
      expect(sent.body.number).toBe(1);
      expect(
        sent.body.seats.map((seat: { role: string }) => seat.role),
      ).toEqual(
        expect.arrayContaining([
          'hemithjelp',
          'tilgangsadministrasjon',
          'config-manager',
          'tjenesteutvikler',
          'seksjonsleder',
          'fagansvarlig',
        ]),
      );
      expect((await handover(rejected.id)).status).toBe('in_review');
    });

    it('gives a handover whose creator the catalog does not know to the importer, keeping the name in the history', async () => {
      const file = Buffer.from(
        'ID;Tittel;Status;Opprettet;Opprettet av;Endret;Endret av\r\n' +
          '501;Gammel rutine;Godkjent;02.02.2021 10:00;Gunnar Gammel;03.02.2021 11:30;Kari Nordmann\r\n',
        'utf8',
      );
      const res = await importFile(file);
      const [row] = res.body.rows;
      expect(row).toMatchObject({ result: 'created', title: 'Gammel rutine' });
      expect(row.reason).toContain(
        '«Gunnar Gammel» («Opprettet av») er ikke i katalogen, så du er satt som leveranseansvarlig.',
      );
      expect((await handover(row.handoverId)).owner).toBe(PEOPLE.erik);
      const [event] = await history(row.handoverId);
      expect(event.data.created).toEqual({
        at: '2021-02-02T09:00:00.000Z',
        by: { name: 'Gunnar Gammel' },
      });
      expect(event.data.modified.by).toEqual({ ref: PEOPLE.kari });
    });

    it('brings in an item the list changed, as a new revision, and only that one', async () => {
      const first: Row[] = (await importFile(UTF8)).body.rows;
      const timebok = first.find(r => r.sharePointId === 21)!;
      const res = await importFile(
        edited(
          'Timebok – ny tjeneste for poliklinikk',
          'Timebok – selvbetjening for poliklinikk',
        ),
      );
      expect(res.status).toBe(200);
      expect(results(res.body.rows)).toEqual([
        [12, 'unchanged'],
        [15, 'unchanged'],
        [21, 'updated'],
        [22, 'unchanged'],
        [30, 'unchanged'],
        [31, 'refused'],
        [34, 'refused'],
        [35, 'unchanged'],
      ]);
      expect(res.body.rows[2]).toMatchObject({
        handoverId: timebok.handoverId,
        title: 'Timebok – selvbetjening for poliklinikk',
      });
      const updated = await handover(timebok.handoverId!);
      expect(updated).toMatchObject({
        title: 'Timebok – selvbetjening for poliklinikk',
        revision: 2,
      });
      const events = await history(timebok.handoverId!);
      expect(events.map((e: any) => [e.type, e.data.revision])).toEqual([
        ['imported', 1],
        ['imported', 2],
      ]);
      expect(events[1].data.sections).toEqual(['bestilling']);
      const audit = await api()
        .get(`${base}/handovers/${timebok.handoverId}/audit`)
        .set(as(PEOPLE.erik));
      expect(audit.body).toMatchObject({ verified: true, events: 2 });

      // The same edited file once more: nothing left to bring in.
      const again = await importFile(
        edited(
          'Timebok – ny tjeneste for poliklinikk',
          'Timebok – selvbetjening for poliklinikk',
        ),
      );
      expect(again.body.rows[2].result).toBe('unchanged');
    });

    it('leaves a handover changed in the portal since the import alone', async () => {
      const first: Row[] = (await importFile(UTF8)).body.rows;
      const pacs = first.find(r => r.sharePointId === 12)!;
      const timebok = first.find(r => r.sharePointId === 21)!;
      // Kari, the owner, goes on with the draft in the portal.
      const saved = await api()
        .put(`${base}/handovers/${timebok.handoverId}/document`)
        .set(as(PEOPLE.kari))
        .send({
          revision: (await handover(timebok.handoverId!)).revision,
          document: completeDocument('Timebok, som vi jobber videre med'),
        });
      expect(saved.status).toBe(200);
      const before = await dumpTables(knex);
      const res = await importFile(
        edited(
          'Timebok – ny tjeneste for poliklinikk',
          'Timebok – ny tjeneste for alle poliklinikker',
        ),
        { language: 'en' },
      );
      expect(res.body.rows[2]).toEqual({
        row: 7,
        sharePointId: 21,
        handoverId: timebok.handoverId,
        title: 'Timebok – ny tjeneste for alle poliklinikker',
        result: 'refused',
        reason:
          'The handover was changed in the portal after the last import, so the changes in the SharePoint list were not brought in.',
      });
      expect(res.body.rows[0]).toMatchObject({
        handoverId: pacs.handoverId,
        result: 'unchanged',
      });
      expect(await dumpTables(knex)).toEqual(before);
      expect((await handover(timebok.handoverId!)).title).toBe(
        'Timebok, som vi jobber videre med',
      );
    });

    it('links the service the catalog has, and only a service', async () => {
      const file = Buffer.from(
        'ID;Tittel;Status;Tjeneste\n' +
          '701;Pasientflyt;Utkast;component:default/pasientflyt\n' +
          '702;Feil lenke;Utkast;user:default/kari.nordmann\n' +
          '703;Borte;Utkast;component:default/finnes-ikke\n',
        'utf8',
      );
      const rows: Row[] = (await importFile(file)).body.rows;
      expect(results(rows)).toEqual([
        [701, 'created'],
        [702, 'created'],
        [703, 'created'],
      ]);
      const linked = await Promise.all(
        rows.map(async row => (await handover(row.handoverId!)).entityRef),
      );
      expect(linked).toEqual([SERVICE_REF, undefined, undefined]);
    });

    it('refuses a row it cannot store without stopping the rows after it', async () => {
      const file = Buffer.from(
        'ID;Tittel;Status\n601;Time\u0000bok;Utkast\n602;Lab-svar;Utkast\n',
        'utf8',
      );
      const res = await importFile(file);
      expect(res.status).toBe(200);
      expect(res.body.rows).toEqual([
        {
          row: 2,
          sharePointId: 601,
          result: 'refused',
          reason:
            'Raden inneholder et tegn som ikke kan lagres (U+0000). Eksporter listen på nytt, eller fjern tegnet.',
        },
        expect.objectContaining({
          row: 3,
          sharePointId: 602,
          result: 'created',
        }),
      ]);
    });

    it('imports the Windows-1252 export and the workbook', async () => {
      const comma = await importFile(WINDOWS_1252);
      expect(comma.status).toBe(200);
      expect(results(comma.body.rows)).toEqual([
        [101, 'created'],
        [102, 'created'],
        [103, 'created'],
        [104, 'created'],
        [105, 'created'],
        [106, 'created'],
        [107, 'created'],
      ]);
      const workbook = await importFile(WORKBOOK, { type: XLSX });
      expect(workbook.status).toBe(200);
      expect(results(workbook.body.rows)).toEqual([
        [201, 'created'],
        [202, 'created'],
        [203, 'created'],
        [204, 'created'],
        [205, 'refused'],
        [206, 'refused'],
      ]);
      expect(
        results((await importFile(WORKBOOK, { type: XLSX })).body.rows),
      ).toEqual([
        [201, 'unchanged'],
        [202, 'unchanged'],
        [203, 'unchanged'],
        [204, 'unchanged'],
        [205, 'refused'],
        [206, 'refused'],
      ]);
    });

    it('refuses a malformed file with 400 and writes nothing', async () => {
      const before = await dumpTables(knex);
      const cut = await importFile(CUT_SHORT);
      expect(cut.status).toBe(400);
      expectMatchesSpec(cut);
      expect(cut.body.error.message).toMatch(
        /anførselstegn \(\"\) åpner en celle som aldri lukkes/,
      );
      const english = await importFile(Buffer.from('Tittel;Status\nA;Ny\n'), {
        language: 'en',
      });
      expect(english.status).toBe(400);
      expect(english.body.error.message).toMatch(
        /^The file has no “ID” column/,
      );
      const notAFile = await api()
        .post(`${base}/import`)
        .set(as(PEOPLE.erik))
        .send({ rows: [] });
      expect(notAFile.status).toBe(400);
      expect(await dumpTables(knex)).toEqual(before);
    });

    it('refuses a file above 10 MB with 413', async () => {
      const before = await dumpTables(knex);
      const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
      const res = await importFile(huge);
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({
        name: 'PayloadTooLargeError',
        message: expect.stringContaining('større enn 10 MB'),
      });
      expect(await dumpTables(knex)).toEqual(before);
    });

    it('lets only those the policy allows import, even a dry run', async () => {
      const before = await dumpTables(knex);
      for (const dryRun of [true, false]) {
        const res = await importFile(UTF8, { user: PEOPLE.kari, dryRun });
        expect(res.status).toBe(403);
        expect(res.body.error.message).toBe(
          'Not allowed: overlevering.handover.import',
        );
      }
      const malformed = await importFile(CUT_SHORT, { user: PEOPLE.kari });
      expect(malformed.status).toBe(403);
      expect(await dumpTables(knex)).toEqual(before);
    });
  });
});
