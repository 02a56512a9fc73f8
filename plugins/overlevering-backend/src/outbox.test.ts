import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { deliveryManagePermission } from '@hemit/plugin-overlevering-common';
import {
  completeDocument,
  PEOPLE,
  startOverleveringBackend,
} from '@internal/overlevering-test-backend';
import { knex as createKnex, type Knex } from 'knex';
import request from 'supertest';
import {
  createTestDatabases,
  databaseServiceFor,
} from './__testUtils__/testDatabases';
import { DatabaseHandoverStore } from './database/DatabaseHandoverStore';
import { OutboxStore } from './database/OutboxStore';
import { readOverleveringConfig } from './service/config';
import { HandoverNotifier } from './service/HandoverNotifier';
import { OutboxWorker } from './service/OutboxWorker';
import { base, as } from './__testUtils__/requests';

// What a change is to tell people (notifications, signals) is written with
// the change and delivered after it: every notification arrives once the
// notifications service answers again, a change committed by a process that
// died before telling it is told by the next one, two replicas tell each
// message once, and what keeps failing is parked for an administrator who
// can send it again.

jest.setTimeout(180_000);

const ROLES = readOverleveringConfig(new ConfigReader({})).approverRoles;
const SEATS = [
  { role: 'hemithjelp', approver: 'group:default/hemithjelp' },
  { role: 'fagansvarlig', approver: PEOPLE.per },
  { role: 'seksjonsleder', approver: PEOPLE.siri },
];

/** A clock the test moves by hand. */
function testClock() {
  let time = Date.parse('2026-12-01T08:00:00.000Z');
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms;
    },
  };
}

/**
 * The notifications and signals services as a person on the other end sees
 * them: what arrived, each as one line. `down` makes the notifications
 * service fail.
 */
function recipients() {
  const arrived: string[] = [];
  const state = { down: false, afterFirst: false };
  const notifications = {
    send: jest.fn(async (n: any) => {
      if (state.down) {
        throw new Error('Varslingstjenesten svarer ikke');
      }
      arrived.push(`notification ${n.recipients.entityRef} ${n.payload.scope}`);
      if (state.afterFirst) {
        state.down = true;
        state.afterFirst = false;
      }
    }),
  };
  const signals = {
    publish: jest.fn(async (s: any) => {
      arrived.push(
        `signal ${s.channel} ${s.message.type} ${s.message.revision} ${s.message.handoverId}`,
      );
    }),
  };
  return { arrived, state, notifications, signals };
}

function notifierFor(services: ReturnType<typeof recipients>) {
  return new HandoverNotifier(
    services.notifications as any,
    services.signals as any,
    {
      language: 'nb',
      frontendPath: '/overlevering',
      roles: ROLES,
      nameOf: async ref => ref,
    },
  );
}

/** A handover with round 1 open on `SEATS`, committed on `store`. */
async function openRound(store: DatabaseHandoverStore, title: string) {
  const handover = await store.createHandover({
    owner: PEOPLE.kari,
    title,
    schemaVersion: 1,
    document: completeDocument(title),
  });
  await store.openRound({
    id: handover.id,
    revision: 1,
    round: 1,
    actor: PEOPLE.kari,
    optionalRoles: [],
    seats: SEATS,
  });
  return handover.id;
}

/** What round 1 of `id` opening tells: each seat, and open pages. */
function roundOpenedMessages(id: string) {
  return [
    ...SEATS.map(
      s =>
        `notification ${s.approver} overlevering:${id}:round:1:seat:${s.role}`,
    ),
    `signal overlevering:handover:${id} created 1 ${id}`,
    `signal overlevering:user created 1 ${id}`,
    `signal overlevering:handover:${id} submitted 1 ${id}`,
    `signal overlevering:user submitted 1 ${id}`,
  ];
}

describe('delivery of notifications and signals', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    it('delivers every notification exactly once when the notifications service answers again', async () => {
      const clock = testClock();
      const store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
        now: clock.now,
      });
      const services = recipients();
      const logger = mockServices.logger.mock();
      const counters = { failed: jest.fn(), parked: jest.fn() };
      const worker = new OutboxWorker({
        outbox: new OutboxStore(knex, clock.now),
        notifier: notifierFor(services),
        logger,
        counters,
        maxAttempts: 10,
        now: clock.now,
      });

      // The service goes down after the first seat's notification.
      services.state.afterFirst = true;
      const id = await openRound(store, 'Varsler');
      await store.decide({
        id,
        round: 1,
        role: 'hemithjelp',
        decision: 'reject',
        comment: 'Mangler driftsavtale',
        actor: PEOPLE.hanne,
      });
      await worker.deliverDue();
      expect(services.arrived).toEqual([
        `signal overlevering:handover:${id} created 1 ${id}`,
        `signal overlevering:user created 1 ${id}`,
        // The round's seats in order of role: Fagansvarlig first.
        `notification ${PEOPLE.per} overlevering:${id}:round:1:seat:fagansvarlig`,
      ]);
      // The failure is logged and counted, and nothing is tried again
      // before its time.
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('Varslingstjenesten svarer ikke'),
      );
      expect(counters.failed).toHaveBeenCalledWith('submitted');
      await worker.deliverDue();
      expect(services.notifications.send).toHaveBeenCalledTimes(3);

      // Down for a while: each attempt waits twice as long as the one before.
      for (const wait of [5_000, 10_000, 20_000]) {
        clock.advance(wait);
        await worker.deliverDue();
      }
      expect(services.arrived).toHaveLength(3);
      expect(await new OutboxStore(knex).countWaiting()).toBe(2);

      services.state.down = false;
      clock.advance(40_000);
      await worker.deliverDue();
      expect([...services.arrived].sort()).toEqual(
        [
          ...roundOpenedMessages(id),
          `notification ${PEOPLE.kari} overlevering:${id}:round:1:owner`,
          `signal overlevering:handover:${id} decided 1 ${id}`,
          `signal overlevering:user decided 1 ${id}`,
        ].sort(),
      );
      expect(await new OutboxStore(knex).countWaiting()).toBe(0);
      expect(counters.parked).not.toHaveBeenCalled();
    });

    it('tells a change committed by a process that died before telling it, after the restart', async () => {
      // The change is committed; the process is gone before it delivers.
      const store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
      });
      const id = await openRound(store, 'Omstart');

      // The restarted plugin's scheduled delivery tells it.
      const backend = await startOverleveringBackend({ knex });
      try {
        await backend.delivered();
        for (const seat of SEATS) {
          expect(backend.notifications.send).toHaveBeenCalledWith({
            recipients: { type: 'entity', entityRef: seat.approver },
            payload: expect.objectContaining({
              title: 'Overlevering til godkjenning: Omstart',
              link: `/overlevering/godkjenninger/${id}/1/${seat.role}`,
              scope: `overlevering:${id}:round:1:seat:${seat.role}`,
            }),
          });
        }
        expect(backend.notifications.send).toHaveBeenCalledTimes(3);
        expect(backend.signals.publish).toHaveBeenCalledWith(
          expect.objectContaining({
            channel: `overlevering:handover:${id}`,
            message: expect.objectContaining({
              type: 'submitted',
              status: 'in_review',
            }),
          }),
        );
      } finally {
        await backend.stop();
      }
    });

    it('lets another delivery take what a process that died while telling held, once its claim runs out', async () => {
      const clock = testClock();
      const store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
        now: clock.now,
      });
      const id = await openRound(store, 'Halvveis');
      // A process claims the changes and dies before it tells them.
      const died = await new OutboxStore(knex, clock.now).claimDue({
        limit: 10,
        holdMs: 2 * 60_000,
      });
      expect(died).toHaveLength(2);

      const services = recipients();
      const worker = new OutboxWorker({
        outbox: new OutboxStore(knex, clock.now),
        notifier: notifierFor(services),
        logger: mockServices.logger.mock(),
        maxAttempts: 10,
        now: clock.now,
      });
      await worker.deliverDue();
      expect(services.arrived).toEqual([]);
      clock.advance(2 * 60_000 + 1);
      await worker.deliverDue();
      expect([...services.arrived].sort()).toEqual(
        roundOpenedMessages(id).sort(),
      );
    });

    it('delivers each message once when two replicas work the outbox at the same time', async () => {
      // A second connection pool to the same database, as a second replica
      // has; SQLite lives in one process, so both share the one there is.
      const second = databaseId.startsWith('SQLITE')
        ? knex
        : createKnex(knex.client.config);
      try {
        const store = await DatabaseHandoverStore.create({
          database: databaseServiceFor(knex),
        });
        const ids: string[] = [];
        for (let i = 0; i < 30; i++) {
          ids.push(await openRound(store, `Replika ${i}`));
        }
        const services = recipients();
        // Sending takes a while, so the two replicas' batches overlap.
        const slow = <T extends (...args: any[]) => Promise<void>>(fn: T) =>
          jest.fn(async (...args: Parameters<T>) => {
            await new Promise(resolve => setTimeout(resolve, 2));
            await fn(...args);
          });
        const slowServices = {
          ...services,
          notifications: { send: slow(services.notifications.send) },
          signals: { publish: slow(services.signals.publish) },
        };
        const workers = [knex, second].map(
          db =>
            new OutboxWorker({
              outbox: new OutboxStore(db),
              notifier: notifierFor(slowServices),
              logger: mockServices.logger.mock(),
              maxAttempts: 10,
            }),
        );
        const before = services.arrived.length;
        const counts = await Promise.all(
          workers.map(async worker => {
            await worker.deliverDue();
            return services.arrived.length;
          }),
        );
        expect(before).toBe(0);
        expect(counts.every(n => n > 0)).toBe(true);

        const expected = ids.flatMap(roundOpenedMessages);
        expect(services.arrived).toHaveLength(expected.length);
        expect([...services.arrived].sort()).toEqual(expected.sort());
      } finally {
        if (second !== knex) await second.destroy();
      }
    });

    it('parks a change after the most attempts, and sends it again when an administrator says so', async () => {
      const clock = testClock();
      const store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
        now: clock.now,
      });
      const services = recipients();
      services.state.down = true;
      const logger = mockServices.logger.mock();
      const counters = { failed: jest.fn(), parked: jest.fn() };
      const outbox = new OutboxStore(knex, clock.now);
      const worker = new OutboxWorker({
        outbox,
        notifier: notifierFor(services),
        logger,
        counters,
        maxAttempts: 3,
        now: clock.now,
      });
      const id = await openRound(store, 'Parkert');
      for (let attempt = 0; attempt < 5; attempt++) {
        await worker.deliverDue();
        clock.advance(11 * 60_000);
      }
      expect(services.notifications.send).toHaveBeenCalledTimes(3);
      expect(counters.parked).toHaveBeenCalledTimes(1);
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringContaining('after 3 attempts'),
      );
      const parked = await outbox.listParked({ limit: 10 });
      expect(parked).toEqual([
        expect.objectContaining({
          handoverId: id,
          type: 'submitted',
          attempts: 3,
          lastError: 'Error: Varslingstjenesten svarer ikke',
        }),
      ]);

      services.state.down = false;
      expect(await outbox.unpark({ id: parked[0].id })).toBe(true);
      await worker.deliverDue();
      expect([...services.arrived].sort()).toEqual(
        roundOpenedMessages(id).sort(),
      );
      expect(await outbox.listParked({ limit: 10 })).toEqual([]);
    });

    it('shows parked changes to an administrator only, who can send one again', async () => {
      // Only Erik, the administrator, may manage deliveries.
      const permissions = mockServices.permissions.mock({
        authorize: async (requests, options) =>
          requests.map(r => ({
            result:
              r.permission.name !== deliveryManagePermission.name ||
              (options.credentials as any).principal.userEntityRef ===
                PEOPLE.erik
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
          })),
        authorizeConditional: async requests =>
          requests.map(
            (): PolicyDecision => ({
              result: AuthorizeResult.ALLOW,
            }),
          ),
      });
      const backend = await startOverleveringBackend({
        knex,
        permissions,
        config: { overlevering: { outbox: { maxAttempts: 1 } } },
      });
      try {
        const api = () => request(backend.server);
        backend.notifications.send.mockRejectedValue(
          new Error('Varslingstjenesten svarer ikke'),
        );
        const created = await api()
          .post(`${base}/handovers`)
          .set(as(PEOPLE.kari))
          .send({ document: completeDocument('Til admin') })
          .expect(201);
        const id = created.body.id;
        await api()
          .post(`${base}/handovers/${id}/submit`)
          .set(as(PEOPLE.kari))
          .send({ revision: 1, optionalRoles: [] })
          .expect(201);
        await backend.delivered();

        const list = await api()
          .get(`${base}/outbox/parked`)
          .set(as(PEOPLE.erik))
          .expect(200);
        expect(list.body.items).toEqual([
          expect.objectContaining({
            handoverId: id,
            type: 'submitted',
            attempts: 1,
            lastError: 'Error: Varslingstjenesten svarer ikke',
          }),
        ]);
        const parkedId = list.body.items[0].id;
        expect(
          (await api().get(`${base}/outbox/parked`).set(as(PEOPLE.kari)))
            .status,
        ).toBe(403);
        expect(
          (
            await api()
              .post(`${base}/outbox/parked/${parkedId}/retry`)
              .set(as(PEOPLE.kari))
          ).status,
        ).toBe(403);
        expect(
          (
            await api()
              .post(`${base}/outbox/parked/finnes-ikke/retry`)
              .set(as(PEOPLE.erik))
          ).status,
        ).toBe(404);

        // The notifications service is back; the administrator retries.
        backend.notifications.send.mockReset();
        backend.notifications.send.mockResolvedValue(undefined);
        await api()
          .post(`${base}/outbox/parked/${parkedId}/retry`)
          .set(as(PEOPLE.erik))
          .expect(204);
        await backend.delivered();
        expect(backend.notifications.send).toHaveBeenCalledWith(
          expect.objectContaining({
            recipients: { type: 'entity', entityRef: PEOPLE.per },
            payload: expect.objectContaining({
              link: `/overlevering/godkjenninger/${id}/1/fagansvarlig`,
            }),
          }),
        );
        expect(
          (await api().get(`${base}/outbox/parked`).set(as(PEOPLE.erik))).body,
        ).toEqual({ items: [] });
      } finally {
        await backend.stop();
      }
    });
  });
});
