import { mockCredentials } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/types';
import { knex as createKnex } from 'knex';
import type { AddressInfo } from 'node:net';
import * as timers from 'node:timers';
import { startOverleveringBackend } from './startOverleveringBackend';
import type { SignalRelay } from './SignalRelay';

/** The real backend plugin on its own port, as the frontend tests reach it. */
export interface TestPortalBackend {
  /** The backend's base URL, e.g. `http://localhost:40123`. */
  baseUrl: string;
  /** What the plugin publishes as signals, for the browsers under test. */
  relay: SignalRelay;
  /** The notifications the plugin sent. */
  notifications: { send: jest.Mock };
  /** The `Authorization` header of a signed-in user. */
  authorization(userRef: string): string;
  stop(): Promise<void>;
}

/**
 * Starts the real Overlevering backend plugin in this process on a fresh
 * in-memory SQLite database with the demo catalog, listening on a free port.
 */
export async function startTestPortalBackend(
  options: { config?: JsonObject } = {},
): Promise<TestPortalBackend> {
  // A browser test environment has no setImmediate; Express answers errors with it.
  globalThis.setImmediate ??= timers.setImmediate;
  globalThis.clearImmediate ??= timers.clearImmediate;
  const knex = createKnex({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  const backend = await startOverleveringBackend({
    knex,
    config: options.config,
  });
  const { port } = backend.server.address() as AddressInfo;
  return {
    baseUrl: `http://localhost:${port}`,
    relay: backend.relay,
    notifications: backend.notifications as unknown as { send: jest.Mock },
    authorization: userRef => mockCredentials.user.header(userRef),
    stop: async () => {
      await backend.stop();
      await knex.destroy();
    },
  };
}
