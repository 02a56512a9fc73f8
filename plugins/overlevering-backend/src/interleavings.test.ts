import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ConflictError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fc from 'fast-check';
import type { Knex } from 'knex';
import {
  completeDocument,
  DEMO_ENTITIES,
  PEOPLE,
} from '@internal/overlevering-test-backend';
import { Action, expectInvariants, Outcome } from './__testUtils__/invariants';
import {
  createTestDatabases,
  databaseServiceFor,
} from './__testUtils__/testDatabases';
import { DatabaseHandoverStore } from './database/DatabaseHandoverStore';
import type { HandoverStore } from './database/HandoverStore';
import type { HandoverAuthorizer } from './permissions/authorize';
import type { Caller } from './service/Caller';
import { readOverleveringConfig } from './service/config';
import { HandoverService } from './service/HandoverService';

// Interleavings inside one process, chosen by fast-check's scheduler: every
// call from the workflow into the store waits until the scheduler lets it
// start, so the reads and the compare-and-set writes of concurrent actions
// meet in every order the scheduler picks (a read, another action's whole
// write, then the first action's write on what it read before, and so on).

jest.setTimeout(600_000);

const RUNS = Number(process.env.OVERLEVERING_INTERLEAVING_RUNS ?? 100);

const GROUPS: Record<string, string[]> = {
  [PEOPLE.hanne]: ['group:default/hemithjelp'],
  [PEOPLE.erik]: ['group:default/server', 'group:default/hemithjelp'],
  [PEOPLE.tor]: ['group:default/tilgangsadministrasjon'],
  [PEOPLE.conny]: ['group:default/config-manager'],
};

function callerOf(userRef: string): Caller {
  return {
    userRef,
    holderRefs: [userRef, ...(GROUPS[userRef] ?? [])],
    credentials: mockCredentials.user(userRef),
  };
}

const SEATS: [string, string][] = [
  [PEOPLE.hanne, 'hemithjelp'],
  [PEOPLE.erik, 'hemithjelp'],
  [PEOPLE.tor, 'tilgangsadministrasjon'],
  [PEOPLE.conny, 'config-manager'],
  [PEOPLE.ola, 'tjenesteutvikler'],
  [PEOPLE.siri, 'seksjonsleder'],
  [PEOPLE.per, 'fagansvarlig'],
];

type Step =
  | { action: 'save'; revision: number }
  | { action: 'submit'; revision: number }
  | { action: 'withdraw' }
  | { action: 'decide'; seat: number; reject: boolean };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    action: fc.constant('save' as const),
    revision: fc.constantFrom(1, 2),
  }),
  fc.record({
    action: fc.constant('submit' as const),
    revision: fc.constantFrom(1, 2),
  }),
  fc.record({ action: fc.constant('withdraw' as const) }),
  fc.record({
    action: fc.constant('decide' as const),
    seat: fc.nat(SEATS.length - 1),
    reject: fc.boolean(),
  }),
  fc.record({
    action: fc.constant('decide' as const),
    seat: fc.nat(SEATS.length - 1),
    reject: fc.boolean(),
  }),
);

/** A store whose every call starts only when the scheduler says so. */
function scheduledStore(store: HandoverStore, s: fc.Scheduler): HandoverStore {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await s.schedule(Promise.resolve(), String(name));
        return value.apply(target, args);
      };
    },
  });
}

describe('interleavings of concurrent actions', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let store: DatabaseHandoverStore;
    let service: (s?: fc.Scheduler) => HandoverService;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
      });
      const config = readOverleveringConfig(new ConfigReader({}));
      const authorizer = {
        requireBasic: async () => {},
        askTogether: () => {},
        isAllowed: async () => true,
        listFilter: async () => undefined,
      } as unknown as HandoverAuthorizer;
      const outbox = { deliverSoon: () => {} };
      const catalog = catalogServiceMock({ entities: DEMO_ENTITIES });
      const auth = mockServices.auth();
      service = s =>
        new HandoverService({
          store: s ? scheduledStore(store, s) : store,
          config,
          authorizer,
          outbox,
          catalog,
          auth,
        });
    });

    it(`keeps the invariants in ${RUNS} scheduled interleavings`, async () => {
      const stats = { runs: 0, actions: 0, won: 0, conflicts: 0 };
      await fc.assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.array(stepArb, { minLength: 2, maxLength: 6 }),
          async (s, steps) => {
            // Set up without the scheduler: a handover with round 1 open.
            const setup = service();
            const owner = callerOf(PEOPLE.kari);
            const created = await setup.create(owner, {
              document: completeDocument('Rekkefølge'),
            });
            await setup.submit(owner, created.id, {
              revision: 1,
              optionalRoles: [],
            });

            const racing = service(s);
            const run = async (step: Step, k: number): Promise<Outcome> => {
              const outcome = (status: number): Outcome => ({
                handoverId: created.id,
                action: step.action as Action,
                status,
                ...(step.action === 'save'
                  ? { title: `Versjon ${k}`, revision: step.revision }
                  : {}),
              });
              try {
                switch (step.action) {
                  case 'save':
                    await racing.save(owner, created.id, {
                      revision: step.revision,
                      document: completeDocument(`Versjon ${k}`),
                    });
                    return outcome(200);
                  case 'submit':
                    await racing.submit(owner, created.id, {
                      revision: step.revision,
                      optionalRoles: [],
                    });
                    return outcome(201);
                  case 'withdraw':
                    await racing.withdraw(owner, created.id);
                    return outcome(200);
                  default: {
                    const [user, role] = SEATS[step.seat];
                    // The handover's latest round: the first, or a later one
                    // a racing submit opened.
                    await racing.decide(callerOf(user), created.id, 1, {
                      role,
                      decision: step.reject ? 'reject' : 'approve',
                      ...(step.reject ? { comment: 'Nei' } : {}),
                    });
                    return { ...outcome(200), role };
                  }
                }
              } catch (error) {
                // A lost race is a conflict; anything else is a failure.
                if (error instanceof ConflictError) return outcome(409);
                throw error;
              }
            };
            const outcomes = await s.waitFor(
              Promise.all(steps.map((step, k) => run(step, k))),
            );
            stats.runs++;
            stats.actions += outcomes.length;
            stats.won += outcomes.filter(o => o.status < 300).length;
            stats.conflicts += outcomes.filter(o => o.status === 409).length;
            await expectInvariants(knex, outcomes, new Set([created.id]));
          },
        ),
        { numRuns: RUNS },
      );
      // The figures docs/reliability.md quotes.
      // eslint-disable-next-line no-console
      console.log(
        `Scheduled interleavings on ${databaseId}: ${stats.runs} runs, ${stats.actions} actions, ${stats.won} won, ${stats.conflicts} conflicts`,
      );
      expect(stats.runs).toBe(RUNS);
    });
  });
});
