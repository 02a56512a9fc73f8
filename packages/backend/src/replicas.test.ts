import { OVERLEVERING_USER_SIGNAL_CHANNEL } from '@hemit/plugin-overlevering-common';
import {
  BackendProcess,
  REPO_ROOT,
  createScratchDatabase,
  openSignals,
  postgresConnectionString,
  startBackendProcess,
  waitFor,
} from './__testUtils__/backendProcess';

/*
 * Two replicas of the portal backend, as real processes, on one PostgreSQL
 * database with the production config: a decision made through replica A
 * reaches the owner's signals connection on replica B, through the events
 * backend's bus in the database.
 *
 * The replicas run with NODE_ENV=development so that the test can sign in as
 * demo people (the demo sign-in refuses to run otherwise); everything else is
 * app-config.production.yaml.
 */

const connectionString = postgresConnectionString();
const PORTS = { a: 7101, b: 7102 };
const KARI = 'user:default/kari.nordmann';

if (!connectionString) {
  // eslint-disable-next-line no-console
  console.warn(
    'Skipping the two-replica test: it needs PostgreSQL. Set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432 (as .ci/run does) to run it.',
  );
}

const describeWithPostgres = connectionString ? describe : describe.skip;

describeWithPostgres(
  'two backend replicas on one PostgreSQL (skipped without BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING)',
  () => {
    jest.setTimeout(150_000);

    let database: Awaited<ReturnType<typeof createScratchDatabase>>;
    const replicas: Record<'a' | 'b', BackendProcess | undefined> = {
      a: undefined,
      b: undefined,
    };
    const closers: Array<() => void> = [];
    const logs = () =>
      Object.entries(replicas)
        .map(([n, r]) => `--- replica ${n} ---\n${r?.output().slice(-4000)}`)
        .join('\n');

    function start(port: number) {
      const baseUrl = `http://localhost:${port}`;
      return startBackendProcess({
        port,
        configFiles: [
          `${REPO_ROOT}/app-config.yaml`,
          `${REPO_ROOT}/app-config.production.yaml`,
        ],
        // One database for all plugins (a schema each) keeps the test's
        // footprint to the one database it drops afterwards.
        override: {
          backend: {
            listen: { port },
            database: {
              pluginDivisionMode: 'schema',
              connection: { database: database.name },
            },
          },
          // Production takes people from Entra ID; the test signs in the
          // demo people instead.
          catalog: {
            locations: [
              {
                type: 'file',
                target: `${REPO_ROOT}/examples/org.yaml`,
                rules: [{ allow: ['User', 'Group'] }],
              },
              { type: 'file', target: `${REPO_ROOT}/examples/entities.yaml` },
            ],
          },
        },
        env: {
          NODE_ENV: 'development',
          APP_BASE_URL: baseUrl,
          POSTGRES_HOST: database.host,
          POSTGRES_PORT: database.port,
          POSTGRES_USER: database.user,
          POSTGRES_PASSWORD: database.password,
          AUTH_MICROSOFT_CLIENT_ID: 'replica-test-client',
          AUTH_MICROSOFT_CLIENT_SECRET: 'replica-test-secret',
          AUTH_MICROSOFT_TENANT_ID: 'replica-test-tenant',
        },
      });
    }

    async function ready(replica: BackendProcess) {
      await waitFor(
        `${replica.baseUrl} to be ready`,
        async () => {
          const res = await fetch(
            `${replica.baseUrl}/.backstage/health/v1/readiness`,
            { signal: AbortSignal.timeout(10_000) },
          );
          return res.ok ? true : undefined;
        },
        90_000,
        logs,
      );
    }

    /** Signs in as a demo person (who must be in the catalog by now). */
    async function signIn(replica: BackendProcess, name: string) {
      return waitFor(
        `${name} to be able to sign in on ${replica.baseUrl}`,
        async () => {
          const res = await fetch(`${replica.baseUrl}/api/auth/demo/refresh`, {
            headers: {
              'x-overlevering-demo-user': name,
              'x-requested-with': 'XMLHttpRequest',
            },
            signal: AbortSignal.timeout(10_000),
          });
          if (!res.ok) return undefined;
          const body = await res.json();
          return body.backstageIdentity.token as string;
        },
        60_000,
        logs,
      );
    }

    function call(replica: BackendProcess, token: string) {
      return async (method: string, path: string, body?: object) => {
        const res = await fetch(`${replica.baseUrl}/api/overlevering${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
          },
          body: body && JSON.stringify(body),
          signal: AbortSignal.timeout(15_000),
        });
        const text = await res.text();
        return { status: res.status, body: text ? JSON.parse(text) : {} };
      };
    }

    beforeAll(async () => {
      database = await createScratchDatabase(connectionString!);
      // Replica A first: it creates the schemas and runs the migrations, so
      // the two do not race for them on this small machine.
      replicas.a = start(PORTS.a);
      await ready(replicas.a);
      replicas.b = start(PORTS.b);
      await ready(replicas.b);
    });

    afterAll(async () => {
      closers.forEach(close => close());
      await Promise.all(Object.values(replicas).map(r => r?.stop()));
      await database?.drop();
    });

    it('a decision made through replica A reaches the owner on replica B', async () => {
      const a = replicas.a!;
      const b = replicas.b!;
      // Kari signs in through replica A; her token is good on every replica,
      // since the signing keys are in the shared database.
      const kariToken = await signIn(a, 'kari.nordmann');
      const kariOnA = call(a, kariToken);
      const hanneOnA = call(a, await signIn(a, 'hanne.hjelp'));

      // Kari's browser is connected to replica B and listens on her channel.
      const kariSignalsOnB = await openSignals(
        b.baseUrl,
        kariToken,
        OVERLEVERING_USER_SIGNAL_CHANNEL,
      );
      closers.push(kariSignalsOnB.close);
      const heard = (id: string, type: string) =>
        kariSignalsOnB.messages.find(
          m =>
            m.channel === OVERLEVERING_USER_SIGNAL_CHANNEL &&
            m.message.handoverId === id &&
            m.message.type === type,
        );

      // Everything is done through replica A; the catalog (seats, groups) is
      // the demo catalog both replicas read from the shared database.
      const created = await waitFor(
        'a handover created on replica A',
        async () => {
          const res = await kariOnA('POST', '/handovers', {
            document: {
              bestilling: { tittel: 'To replikaer' },
              designfase: {
                tjenesteutvikler: 'user:default/ola.utvikler',
                seksjonsleder: 'user:default/siri.leder',
                fagansvarlig: 'user:default/per.fag',
              },
            },
          });
          return res.status === 201 ? res.body : undefined;
        },
        30_000,
        logs,
      );
      expect(created.owner).toBe(KARI);
      const id: string = created.id;

      // The bus is up between the replicas: B hears of the creation on A.
      await waitFor(
        'replica B to signal the creation',
        async () => heard(id, 'created'),
        10_000,
      );

      const round = await waitFor(
        'the submit on replica A (once every seat is in the catalog)',
        async () => {
          const res = await kariOnA('POST', `/handovers/${id}/submit`, {
            revision: created.revision,
            optionalRoles: [],
          });
          if (res.status === 400) return undefined;
          expect(res.status).toBe(201);
          return res.body;
        },
        30_000,
      );

      // Hanne (Hemithjelp) approves through replica A.
      const decided = await hanneOnA(
        'POST',
        `/handovers/${id}/rounds/${round.number}/decisions`,
        { role: 'hemithjelp', decision: 'approve' },
      );
      expect(decided.status).toBe(200);

      // Kari's connection on replica B hears of the decision.
      const signal = await waitFor(
        "the decision on Kari's signals connection to replica B",
        async () => heard(id, 'decided'),
        10_000,
        () => JSON.stringify(kariSignalsOnB.messages, null, 2),
      );
      expect(signal.message).toMatchObject({
        handoverId: id,
        type: 'decided',
        status: 'in_review',
      });

      // And replica B serves the same state from the shared database.
      const onB = await call(b, kariToken)('GET', `/handovers/${id}`);
      expect(onB.status).toBe(200);
      const seat = onB.body.rounds[0].seats.find(
        (s: { role: string }) => s.role === 'hemithjelp',
      );
      expect(seat).toMatchObject({
        status: 'approved',
        decidedBy: 'user:default/hanne.hjelp',
      });
    });
  },
);
