import {
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  notificationService,
  type NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import type { JsonObject } from '@backstage/types';
import type { Knex } from 'knex';
// eslint-disable-next-line @backstage/no-mixed-plugin-imports -- this package exists to run the real backend plugin under test
import overleveringPlugin from '@hemit/plugin-overlevering-backend';
import { DEMO_ENTITIES } from './demoCatalog';
import { SignalRelay } from './SignalRelay';

/**
 * The config with limits on saves and new handovers that a test acting many
 * times a second as one person stays under, unless it sets its own: the
 * limits themselves are tested with the values they are given.
 */
function withRoomForTests(config: JsonObject): JsonObject {
  const block = (config.overlevering ?? {}) as JsonObject;
  if (block.limits !== undefined) {
    return config;
  }
  const plenty = { count: 100_000, per: '1 minute', burst: 100_000 };
  return {
    ...config,
    overlevering: { ...block, limits: { saves: plenty, creates: plenty } },
  };
}

/**
 * Starts a backend with the plugin on `knex`, the demo catalog, and mocks of
 * notifications, signals and the auditor that the tests can inspect. What
 * the plugin publishes as signals also reaches the relay's listeners.
 */
export async function startOverleveringBackend(options: {
  knex: Knex;
  config?: JsonObject;
  permissions?: PermissionsService;
}) {
  const relay = new SignalRelay();
  const notifications = {
    send: jest.fn(async (_options: NotificationSendOptions) => {}),
  };
  const signals = {
    publish: jest.fn(async (signal: Parameters<SignalRelay['publish']>[0]) =>
      relay.publish(signal),
    ),
  };
  const auditEvent = {
    success: jest.fn(async () => {}),
    fail: jest.fn(async () => {}),
  };
  const auditor = mockServices.auditor.mock({
    createEvent: jest.fn(async () => auditEvent),
  });
  const backend = await startTestBackend({
    features: [
      overleveringPlugin,
      mockServices.database.factory({ knex: options.knex }),
      mockServices.rootConfig.factory({
        data: withRoomForTests(options.config ?? {}),
      }),
      catalogServiceMock.factory({ entities: DEMO_ENTITIES }),
      auditor.factory,
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => notifications,
      }),
      createServiceFactory({
        service: signalsServiceRef,
        deps: {},
        factory: () => signals,
      }),
      ...(options.permissions
        ? [
            createServiceFactory({
              service: coreServices.permissions,
              deps: {},
              factory: () => options.permissions!,
            }),
          ]
        : []),
    ],
  });
  /**
   * Waits until the notifications and signals of every change so far have
   * gone out: the plugin sends them after the request has answered.
   */
  async function delivered(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ n }] = await options
        .knex('overlevering_outbox')
        .whereNull('parked_at')
        .count({ n: '*' });
      if (Number(n) === 0) return;
      if (Date.now() > deadline) {
        throw new Error(`${n} changes were not told in ${timeoutMs} ms`);
      }
      await new Promise(resolve => setTimeout(resolve, 10));
    }
  }
  return {
    server: backend.server,
    stop: () => backend.stop(),
    delivered,
    notifications,
    signals,
    relay,
    auditor,
    auditEvent,
  };
}
