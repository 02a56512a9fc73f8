import type { Knex } from 'knex';
import request from 'supertest';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  SERVICE_REF,
} from '@internal/overlevering-test-backend';
import { dumpTables } from './__testUtils__/tableDump';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { startOverleveringBackend } from '@internal/overlevering-test-backend';
import { base, as } from './__testUtils__/requests';

// A failure inside each multi-step action leaves no partial state. The test
// first records the writes an action makes inside its transaction (the
// handover row, the round, the seats, the event, ...), then for each of them
// runs the action again on a fresh handover with that write failing: the
// request fails, every table is as it was, and the same action then
// succeeds. The failure is injected through knex's own `query` event, which
// runs before a statement is sent; no hook in the plugin is needed.

jest.setTimeout(300_000);

type Api = () => request.Agent;

interface Scenario {
  name: string;
  /** Brings a fresh handover to where the action starts; returns its URL. */
  setUp: (api: Api) => Promise<string>;
  act: (api: Api, url: string) => request.Test;
  ok: number;
}

async function draft(api: Api): Promise<string> {
  const res = await api()
    .post(`${base}/handovers`)
    .set(as(PEOPLE.kari))
    .send({ entityRef: SERVICE_REF, document: completeDocument() });
  expect(res.status).toBe(201);
  return `${base}/handovers/${res.body.id}`;
}

async function submitted(api: Api): Promise<string> {
  const url = await draft(api);
  const res = await api()
    .post(`${url}/submit`)
    .set(as(PEOPLE.kari))
    .send({ revision: 1, optionalRoles: ['server'] });
  expect(res.status).toBe(201);
  return url;
}

const decide = (api: Api, url: string, user: string, role: string) =>
  api()
    .post(`${url}/rounds/1/decisions`)
    .set(as(user))
    .send({ role, decision: 'approve' });

const scenarios: Scenario[] = [
  {
    name: 'create',
    setUp: async () => `${base}/handovers`,
    act: (api, url) =>
      api()
        .post(url)
        .set(as(PEOPLE.kari))
        .send({ entityRef: SERVICE_REF, document: completeDocument() }),
    ok: 201,
  },
  {
    name: 'save',
    setUp: draft,
    act: (api, url) =>
      api()
        .put(`${url}/document`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, document: completeDocument('Ny tittel') }),
    ok: 200,
  },
  {
    name: 'submit',
    setUp: draft,
    act: (api, url) =>
      api()
        .post(`${url}/submit`)
        .set(as(PEOPLE.kari))
        .send({ revision: 1, optionalRoles: ['server', 'nettverk'] }),
    ok: 201,
  },
  {
    name: 'withdraw',
    setUp: async api => {
      const url = await submitted(api);
      expect((await decide(api, url, PEOPLE.hanne, 'hemithjelp')).status).toBe(
        200,
      );
      return url;
    },
    act: (api, url) => api().post(`${url}/withdraw`).set(as(PEOPLE.kari)),
    ok: 200,
  },
  {
    name: 'decide',
    setUp: submitted,
    act: (api, url) => decide(api, url, PEOPLE.hanne, 'hemithjelp'),
    ok: 200,
  },
  {
    name: 'decide the last seat, which closes the round',
    setUp: async api => {
      const url = await submitted(api);
      for (const [user, role] of FIXED_SEAT_HOLDERS) {
        expect((await decide(api, url, user, role)).status).toBe(200);
      }
      return url;
    },
    act: (api, url) =>
      api()
        .post(`${url}/rounds/1/decisions`)
        .set(as(PEOPLE.sara))
        .send({ role: 'server', decision: 'reject', comment: 'Mangler disk' }),
    ok: 200,
  },
  {
    name: 'delete',
    setUp: draft,
    act: (api, url) => api().delete(url).set(as(PEOPLE.kari)),
    ok: 204,
  },
  {
    name: 'discard',
    setUp: draft,
    act: (api, url) => api().post(`${url}/discard`).set(as(PEOPLE.kari)),
    ok: 200,
  },
  {
    name: 'change owner',
    setUp: draft,
    act: (api, url) =>
      api()
        .put(`${url}/owner`)
        .set(as(PEOPLE.kari))
        .send({ owner: PEOPLE.ola }),
    ok: 200,
  },
];

/**
 * Watches the statements knex sends inside transactions: records the writes,
 * and when armed makes the n-th write fail before it reaches the database.
 */
class WriteFailures {
  writes: string[] = [];
  private armed = false;
  private failAt: number | undefined;

  constructor(knex: Knex) {
    knex.on('query', (query: { sql: string; __knexTxId?: string }) => {
      if (
        !this.armed ||
        !query.__knexTxId ||
        !/^\s*(insert|update|delete)\b/i.test(query.sql)
      ) {
        return;
      }
      const n = this.writes.length;
      this.writes.push(query.sql.replace(/\s+/g, ' ').slice(0, 60));
      if (n === this.failAt) {
        throw new Error(`Injected failure at write ${n}: ${query.sql}`);
      }
    });
  }

  /** Records the writes from now on; the n-th (from 0) fails, if given. */
  arm(failAt?: number) {
    this.writes = [];
    this.armed = true;
    this.failAt = failAt;
  }

  /** Stops recording; returns what was written while armed. */
  disarm(): string[] {
    this.armed = false;
    this.failAt = undefined;
    return this.writes;
  }
}

describe('crash safety', () => {
  const databases = createTestDatabases();
  let points = 0;

  afterAll(() => {
    // The figures docs/reliability.md quotes.
    // eslint-disable-next-line no-console
    console.log(`Crash safety: ${points} injected failures, no partial state`);
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let failures: WriteFailures;
    let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;
    let api: Api;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      failures = new WriteFailures(knex);
      backend = await startOverleveringBackend({ knex });
      const agent = request.agent(backend.server);
      api = () => agent;
    });

    afterAll(() => backend.stop());

    it.each(scenarios.map(s => [s.name, s] as const))(
      '%s: a failure at any write of it leaves every table as it was',
      async (_, scenario) => {
        // The writes the action makes when nothing fails.
        failures.disarm();
        const url = await scenario.setUp(api);
        failures.arm();
        expect((await scenario.act(api, url)).status).toBe(scenario.ok);
        const writes = failures.disarm();
        expect(writes.length).toBeGreaterThanOrEqual(2);

        for (let n = 0; n < writes.length; n++) {
          const fresh = await scenario.setUp(api);
          const before = await dumpTables(knex);
          failures.arm(n);
          const failed = await scenario.act(api, fresh);
          failures.disarm();
          expect({ write: writes[n], status: failed.status }).toEqual({
            write: writes[n],
            status: 500,
          });
          expect(await dumpTables(knex)).toEqual(before);
          // Nothing half-done stands in the way of doing it again.
          expect((await scenario.act(api, fresh)).status).toBe(scenario.ok);
          points++;
        }
      },
    );
  });
});
