import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_OVERLEVERING_HANDOVER } from '@hemit/plugin-overlevering-common';
import request from 'supertest';
import { v4 as uuid } from 'uuid';
import {
  completeDocument,
  PEOPLE,
  SERVICE_REF,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { base, as } from './__testUtils__/requests';

jest.setTimeout(300_000);

/** A condition of `rule` for the person behind `credentials`. */
function condition(rule: string, credentials: unknown) {
  return {
    rule,
    resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
    params: { claims: [(credentials as any).principal.userEntityRef] },
  };
}

/** A policy that lets only owners and seat holders read a handover. */
const ownersAndSeatHolders = mockServices.permissions.mock({
  authorize: async requests =>
    requests.map(() => ({ result: AuthorizeResult.ALLOW })),
  authorizeConditional: async (requests, options) =>
    requests.map(
      (): PolicyDecision => ({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'overlevering',
        resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
        conditions: {
          anyOf: [
            condition('IS_HANDOVER_OWNER', options.credentials),
            condition('IS_HANDOVER_SEAT_HOLDER', options.credentials),
          ],
        },
      }),
    ) as any,
});

/** A document the form accepts, about 430 KB. */
function largeDocument() {
  return {
    ...completeDocument('Stor og hemmelig'),
    produksjonssetting: {
      kjenteFeil: Array.from({ length: 42 }, (_, i) => ({
        beskrivelse: `Feil ${i}: ${'skjer ved innlogging. '.repeat(240)}`,
        omgaelse: `Omgåelse ${i}: ${'logg inn på nytt. '.repeat(280)}`,
      })),
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

// A stranger who asks for a handover they may not read gets the same 404 as
// for an id that does not exist, and in the same time: the answer's timing
// does not tell that the handover exists.
describe('reading a handover one may not read', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('answers as fast as for an id that does not exist', async () => {
      const backend = await startOverleveringBackend({
        knex: await databases.init(databaseId),
        permissions: ownersAndSeatHolders,
      });
      try {
        const api = request(backend.server);
        const created = await api
          .post(`${base}/handovers`)
          .set(as(PEOPLE.kari))
          .send({ entityRef: SERVICE_REF, document: largeDocument() });
        expect(created.status).toBe(201);
        const existing = created.body.id;
        expect(
          (await api.get(`${base}/handovers/${existing}`).set(as(PEOPLE.kari)))
            .status,
        ).toBe(200);

        const ask = async (id: string) => {
          const started = process.hrtime.bigint();
          const res = await api
            .get(`${base}/handovers/${id}`)
            .set(as(PEOPLE.eva));
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          expect(res.status).toBe(404);
          expect(res.body.error.message).toBe(`No handover with id ${id}`);
          return ms;
        };

        // Warm up both paths, then ask in turns, so a busy moment of the
        // machine falls on both kinds alike.
        for (let i = 0; i < 5; i++) {
          await ask(existing);
          await ask(uuid());
        }
        const times = { existing: [] as number[], missing: [] as number[] };
        for (let i = 0; i < 50; i++) {
          const pair: ['existing' | 'missing', string][] = [
            ['existing', existing],
            ['missing', uuid()],
          ];
          if (i % 2) pair.reverse();
          for (const [kind, id] of pair) times[kind].push(await ask(id));
        }
        const existingMedian = median(times.existing);
        const missingMedian = median(times.missing);
        expect(existingMedian).toBeLessThanOrEqual(missingMedian * 1.5);
        expect(missingMedian).toBeLessThanOrEqual(existingMedian * 1.5);
      } finally {
        await backend.stop();
      }
    });
  });
});
