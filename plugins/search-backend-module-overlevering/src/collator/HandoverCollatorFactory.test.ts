import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { DiscoveryService } from '@backstage/backend-plugin-api';
import {
  completeDocument,
  PEOPLE,
  SERVICE_REF,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { handoverReadPermission } from '@hemit/plugin-overlevering-common';
import Knex from 'knex';
import type { AddressInfo } from 'node:net';
import {
  HandoverCollatorFactory,
  HandoverIndexableDocument,
} from './HandoverCollatorFactory';

jest.setTimeout(120_000);

const base = '/api/overlevering';

describe('HandoverCollatorFactory', () => {
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

  /** Where the search backend finds the overlevering backend. */
  function discoveryAt(pluginPath: string): DiscoveryService {
    return {
      getBaseUrl: async () => `${origin}/api/${pluginPath}`,
      getExternalBaseUrl: async () => `${origin}/api/${pluginPath}`,
    };
  }

  function factory(pluginPath = 'overlevering') {
    return new HandoverCollatorFactory({
      auth: mockServices.auth({ pluginId: 'search' }),
      discovery: discoveryAt(pluginPath),
    });
  }

  async function collate(
    collatorFactory = factory(),
  ): Promise<HandoverIndexableDocument[]> {
    const documents: HandoverIndexableDocument[] = [];
    for await (const document of await collatorFactory.getCollator()) {
      documents.push(document);
    }
    return documents;
  }

  async function create(title: string, owner = PEOPLE.kari) {
    const res = await fetch(`${origin}${base}/handovers`, {
      method: 'POST',
      headers: {
        Authorization: mockCredentials.user.header(owner),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        entityRef: SERVICE_REF,
        document: {
          ...completeDocument(title),
          etablering: { integrasjoner: 'HL7 mot DIPS' },
        },
      }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  it('indexes a handover with its service, owner, status and answers, guarded per handover by the read permission', async () => {
    const id = await create('Pasientflyt 4.0');
    const documents = await collate();
    expect(documents.find(d => d.authorization?.resourceRef === id)).toEqual({
      title: 'Pasientflyt 4.0',
      text: expect.stringContaining('HL7 mot DIPS'),
      location: `/overlevering/h/${id}`,
      authorization: { resourceRef: id },
      status: 'draft',
      statusText: 'Utkast',
      serviceName: 'Pasientflyt',
      entityRef: SERVICE_REF,
      ownerName: 'Kari Nordmann',
      owner: PEOPLE.kari,
      updatedAt: expect.any(String),
    });
    const text = documents.find(d => d.authorization?.resourceRef === id)!.text;
    // A search for the service, the owner or the status finds it too.
    expect(text).toContain('Pasientflyt');
    expect(text).toContain('Kari Nordmann');
    expect(text).toContain('Utkast');
    expect(factory().type).toBe('overlevering');
    expect(factory().visibilityPermission).toBe(handoverReadPermission);
  });

  it('reads every handover, page after page, whoever owns it', async () => {
    const ids = [];
    for (let i = 0; i < 55; i++) {
      ids.push(
        await create(`Leveranse ${i}`, i % 2 ? PEOPLE.ola : PEOPLE.siri),
      );
    }
    const documents = await collate();
    const indexed = documents.map(d => d.authorization?.resourceRef);
    expect(indexed).toEqual(expect.arrayContaining(ids));
    expect(new Set(indexed).size).toBe(indexed.length);
  });

  it('fails the run when the backend refuses, so the index keeps what it had', async () => {
    await expect(collate(factory('finnes-ikke'))).rejects.toThrow(/404/);
  });
});
