import {
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import type { JsonObject } from '@backstage/types';
import type { Knex } from 'knex';
import { overleveringPlugin } from '../plugin';
import { DEMO_ENTITIES } from './demoCatalog';

/**
 * Starts a backend with the plugin on `knex`, the demo catalog, and mocks of
 * notifications, signals and the auditor that the tests can inspect.
 */
export async function startOverleveringBackend(options: {
  knex: Knex;
  config?: JsonObject;
  permissions?: PermissionsService;
}) {
  const notifications = { send: jest.fn(async () => {}) };
  const signals = { publish: jest.fn(async () => {}) };
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
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
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
  return {
    server: backend.server,
    stop: () => backend.stop(),
    notifications,
    signals,
    auditor,
    auditEvent,
  };
}
