import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import WebSocket from 'ws';

/** The repository root and the backend package, seen from this file. */
export const REPO_ROOT = resolve(__dirname, '../../../..');
export const BACKEND_DIR = resolve(__dirname, '../..');

/**
 * The PostgreSQL server the tests may use, from the variable `.ci/run` sets;
 * undefined on a laptop with SQLite only.
 */
export function postgresConnectionString(): string | undefined {
  return process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
}

/** A database of its own on the test server, dropped by `drop()`. */
export async function createScratchDatabase(connectionString: string) {
  const url = new URL(connectionString);
  const name = `overlevering_replicas_${Date.now().toString(36)}_${Math.floor(
    Math.random() * 1e6,
  ).toString(36)}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString, database: 'postgres' });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  return {
    name,
    host: url.hostname,
    port: url.port || '5432',
    user: decodeURIComponent(url.username || 'postgres'),
    password: decodeURIComponent(url.password),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export interface BackendProcess {
  baseUrl: string;
  /** What the process printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the portal backend from source as its own process, the way
 * `backstage-cli package start` does, with the given config files plus an
 * override written to a temporary file.
 */
export function startBackendProcess(options: {
  port: number;
  configFiles: string[];
  override: object;
  env: Record<string, string>;
}): BackendProcess {
  const dir = mkdtempSync(join(tmpdir(), 'overlevering-backend-'));
  const overrideFile = join(dir, 'app-config.override.json');
  writeFileSync(overrideFile, JSON.stringify(options.override, null, 2));
  const args = [
    '--enable-source-maps',
    '--require',
    require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
    'src/index.ts',
    ...[...options.configFiles, overrideFile].flatMap(f => ['--config', f]),
  ];
  let log = '';
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: BACKEND_DIR,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>(done => child.once('exit', () => done()));
  // Never leave a backend behind, even when the test runner is torn down.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  return {
    baseUrl: `http://localhost:${options.port}`,
    output: () => log,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until `check` returns a value, or fails with `what` after `ms`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  ms: number,
  details: () => string = () => '',
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) {
        return value;
      }
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${ms} ms waiting for ${what}${
          last ? ` (last error: ${last})` : ''
        }\n${details()}`,
      );
    }
    await new Promise(r => setTimeout(r, 500));
  }
}

/**
 * A signals connection as the app opens it: a websocket to
 * `/api/signals` with the user's token as its protocol, subscribed to one
 * channel. Collects every message it hears.
 */
export async function openSignals(
  baseUrl: string,
  token: string,
  channel: string,
) {
  const url = `${baseUrl.replace(/^http/, 'ws')}/api/signals`;
  // The signals backend attaches its upgrade handler on the first upgrade
  // request that reaches it, so the very first attempt goes unanswered, as
  // it does for the app, which retries too.
  const ws = await waitFor(
    `the signals websocket at ${url}`,
    () =>
      new Promise<WebSocket>((ok, fail) => {
        const socket = new WebSocket(url, token);
        const timer = setTimeout(() => {
          socket.terminate();
          fail(new Error('no answer to the upgrade'));
        }, 3000);
        socket.once('open', () => {
          clearTimeout(timer);
          ok(socket);
        });
        socket.once('error', fail);
        socket.once('unexpected-response', (_req, res) => {
          socket.terminate();
          fail(new Error(`HTTP ${res.statusCode}`));
        });
      }),
    20_000,
  );
  const messages: Array<{ channel: string; message: any }> = [];
  ws.on('message', data => messages.push(JSON.parse(data.toString())));
  ws.send(JSON.stringify({ action: 'subscribe', channel }));
  return {
    messages,
    close: () => ws.terminate(),
  };
}

/** Waits until the backend at `baseUrl` answers its readiness check. */
export async function waitUntilReady(
  backend: BackendProcess,
  baseUrl: string,
  what: string,
) {
  await waitFor(
    what,
    async () => {
      const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`, {
        signal: AbortSignal.timeout(10_000),
      });
      return res.ok ? true : undefined;
    },
    90_000,
    () => backend.output().slice(-6000),
  );
}

/**
 * A token of a demo person from the development sign-in at `baseUrl`, once
 * the catalog has them and their groups.
 */
export function signInAs(baseUrl: string, name: string): Promise<string> {
  return waitFor(
    `${name} in the catalog`,
    async () => {
      const res = await fetch(
        `${baseUrl}/api/auth/demo/refresh?env=development`,
        {
          headers: {
            'x-overlevering-demo-user': name,
            'x-requested-with': 'XMLHttpRequest',
          },
          signal: AbortSignal.timeout(10_000),
        },
      );
      if (!res.ok) return undefined;
      const { backstageIdentity } = await res.json();
      return backstageIdentity.identity.ownershipEntityRefs.length > 1
        ? (backstageIdentity.token as string)
        : undefined;
    },
    60_000,
  );
}

/**
 * The backend as `npm start` runs it (NODE_ENV=development, app-config.yaml)
 * on a fresh in-memory SQLite database at `port`, with `override` on top;
 * resolves once it is ready, and stops it if it never gets there.
 */
export async function startDevelopmentBackend(
  port: number,
  override: Record<string, unknown> = {},
): Promise<BackendProcess> {
  const backend = startBackendProcess({
    port,
    configFiles: [`${REPO_ROOT}/app-config.yaml`],
    override: {
      ...override,
      backend: {
        listen: { port },
        database: { client: 'better-sqlite3', connection: ':memory:' },
      },
    },
    env: { NODE_ENV: 'development' },
  });
  try {
    await waitUntilReady(
      backend,
      `http://127.0.0.1:${port}`,
      'the development backend to be ready',
    );
  } catch (error) {
    await backend.stop();
    throw error;
  }
  return backend;
}
