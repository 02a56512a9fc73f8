import type { DiscoveryService } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import type { JsonObject } from '@backstage/types';
import {
  DEMO_ENTITIES,
  PEOPLE,
  SERVICE_REF,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import Knex from 'knex';
import type { AddressInfo } from 'node:net';
import { createOverleveringCreateAction } from './createHandover';

jest.setTimeout(120_000);

describe('overlevering:create', () => {
  let backend: Awaited<ReturnType<typeof startOverleveringBackend>>;
  let knex: Knex.Knex;
  let origin: string;

  beforeAll(async () => {
    knex = Knex({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    backend = await startOverleveringBackend({ knex });
    const server = backend.server;
    if (!server.listening) {
      await new Promise<void>(resolve => server.listen(0, resolve));
    }
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await backend.stop();
    await knex.destroy();
  });

  const discovery: DiscoveryService = {
    getBaseUrl: async plugin => `${origin}/api/${plugin}`,
    getExternalBaseUrl: async plugin => `${origin}/api/${plugin}`,
  };

  function action(catalog = catalogServiceMock({ entities: DEMO_ENTITIES })) {
    return createOverleveringCreateAction({
      auth: mockServices.auth({ pluginId: 'scaffolder' }),
      discovery,
      catalog,
      appBaseUrl: 'https://portal.hemit.no',
      frontendPath: '/overlevering',
      pollIntervalMs: 10,
    });
  }

  /** A step of a template run by `person`. */
  function runBy(person: string, input: JsonObject) {
    return {
      ...createMockActionContext({ input }),
      output: jest.fn(),
      getInitiatorCredentials: async () => mockCredentials.user(person),
    };
  }

  /** The id the step gave as its output. */
  const outputId = (ctx: ReturnType<typeof runBy>): string =>
    ctx.output.mock.calls.find(([name]) => name === 'id')![1];

  /** The handover as its owner reads it in the portal. */
  async function read(id: string, person: string) {
    const res = await fetch(`${origin}/api/overlevering/handovers/${id}`, {
      headers: { Authorization: mockCredentials.user.header(person) },
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  it("opens a draft owned by whoever ran the template, with the template's answers, and says where it is", async () => {
    const ctx = runBy(PEOPLE.ola, {
      title: 'Labsvar 1.0',
      entityRef: SERVICE_REF,
      document: {
        designfase: { systemeier: 'group:default/team-pasientflyt' },
        bestilling: { beskrivelse: 'Ny tjeneste fra malen' },
      },
    });
    await action().handler(ctx as any);

    const id = outputId(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'url',
      `https://portal.hemit.no/overlevering/h/${id}`,
    );
    const handover = await read(id, PEOPLE.ola);
    expect(handover.status).toBe(200);
    expect(handover.body).toMatchObject({
      title: 'Labsvar 1.0',
      owner: PEOPLE.ola,
      status: 'draft',
      entityRef: SERVICE_REF,
      document: {
        bestilling: {
          tittel: 'Labsvar 1.0',
          beskrivelse: 'Ny tjeneste fra malen',
        },
        designfase: {
          tjeneste: SERVICE_REF,
          systemeier: 'group:default/team-pasientflyt',
        },
      },
    });
  });

  it('opens one for a delivery not yet in the catalog', async () => {
    const ctx = runBy(PEOPLE.kari, { title: 'Ny integrasjon' });
    await action().handler(ctx as any);
    const id = outputId(ctx);
    const handover = await read(id, PEOPLE.kari);
    expect(handover.body.owner).toBe(PEOPLE.kari);
    expect(handover.body.entityRef).toBeUndefined();
  });

  it('waits for a service the catalog reads a moment after the template registered it', async () => {
    const catalog = catalogServiceMock({ entities: DEMO_ENTITIES });
    const lookUp = jest.spyOn(catalog, 'getEntityByRef');
    lookUp.mockResolvedValueOnce(undefined).mockResolvedValueOnce(undefined);
    const ctx = runBy(PEOPLE.kari, {
      title: 'Pasientflyt etter registrering',
      entityRef: SERVICE_REF,
    });
    await action(catalog).handler(ctx as any);
    expect(lookUp).toHaveBeenCalledTimes(3);
    expect(ctx.output).toHaveBeenCalledWith('id', expect.any(String));
  });

  it('fails the step, opening nothing, when the service never comes', async () => {
    const ctx = runBy(PEOPLE.kari, {
      title: 'Ingen tjeneste',
      entityRef: 'component:default/finnes-ikke',
      waitForEntitySeconds: 0,
    });
    await expect(action().handler(ctx as any)).rejects.toThrow(
      'component:default/finnes-ikke is not in the catalog',
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it("fails the step with the backend's reason when it refuses the answers", async () => {
    const ctx = runBy(PEOPLE.kari, {
      title: 'Feil dato',
      document: { bestilling: { planlagtProduksjonsdato: 'snart' } },
    });
    await expect(action().handler(ctx as any)).rejects.toThrow(
      /The handover was not opened; caused by InputError: .*planlagtProduksjonsdato/,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('opens nothing in a dry run', async () => {
    const before = await fetch(`${origin}/api/overlevering/handovers`, {
      headers: { Authorization: mockCredentials.user.header(PEOPLE.siri) },
    }).then(r => r.json());
    const ctx = {
      ...runBy(PEOPLE.siri, { title: 'Bare prøver' }),
      isDryRun: true,
    };
    await action().handler(ctx as any);
    const after = await fetch(`${origin}/api/overlevering/handovers`, {
      headers: { Authorization: mockCredentials.user.header(PEOPLE.siri) },
    }).then(r => r.json());
    expect(after).toEqual(before);
    expect(ctx.output).toHaveBeenCalledWith('id', 'dry-run');
  });
});
