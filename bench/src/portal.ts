/*
 * Starts the bench backend on a generated config: its own port (7200-7299),
 * its own database, the generated people in the catalog, and signs people
 * in through the development sign-in to get real user tokens.
 */
import { ChildProcess, spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { resolve } from 'node:path';
import type { SessionResponse } from './app';
import { backendDatabaseConfig, DbKind } from './db';
import { BENCH_ROOT, REPO_ROOT } from './machine';

export const BACKEND_PORT = 7200;
export const APP_PORT = 3200;

export interface RunningBackend {
  baseUrl: string;
  process: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
  /** Resident set size of the backend process, in MiB. */
  rssMiB(): number;
}

/** Writes the config of a run and returns its path. */
export function writeConfig(options: {
  kind: DbKind;
  size: number;
  orgFile: string;
  backendPort?: number;
  appPort?: number;
}): string {
  const backendPort = options.backendPort ?? BACKEND_PORT;
  const appPort = options.appPort ?? APP_PORT;
  const config = {
    app: {
      title: 'Overlevering (benchmarks)',
      baseUrl: `http://localhost:${appPort}`,
      listen: { port: appPort },
      // As app-config.yaml: the portal speaks bokmål first.
      extensions: [
        {
          'api:app/app-language': {
            config: { defaultLanguage: 'nb', availableLanguages: ['nb', 'en'] },
          },
        },
      ],
    },
    organization: { name: 'Hemit' },
    backend: {
      baseUrl: `http://localhost:${backendPort}`,
      listen: { port: backendPort },
      cors: {
        origin: `http://localhost:${appPort}`,
        methods: ['GET', 'HEAD', 'PATCH', 'POST', 'PUT', 'DELETE'],
        credentials: true,
      },
      database: backendDatabaseConfig(options.kind, options.size),
    },
    auth: { providers: { demo: {} } },
    catalog: {
      rules: [{ allow: ['Component', 'System', 'User', 'Group', 'Location'] }],
      locations: [
        { type: 'file', target: options.orgFile },
        { type: 'file', target: resolve(REPO_ROOT, 'examples/entities.yaml') },
      ],
    },
    permission: { enabled: true },
    overlevering: {
      form: { requiredOnSubmit: [] },
      // The benchmark saves and creates as fast as the backend takes them, as
      // one person: far above what one person may in the portal.
      limits: {
        saves: { count: 1_000_000, per: '1 minute', burst: 1_000_000 },
        creates: { count: 1_000_000, per: '1 minute', burst: 1_000_000 },
      },
    },
  };
  const dir = resolve(BENCH_ROOT, 'out');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `app-config.${options.kind}-${options.size}.yaml`);
  // JSON is YAML.
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export async function startBackend(options: {
  configFile: string;
  name: string;
  expectUsers: number;
  port?: number;
  log: (line: string) => void;
}): Promise<RunningBackend> {
  const port = options.port ?? BACKEND_PORT;
  const baseUrl = `http://localhost:${port}`;
  const logFile = resolve(BENCH_ROOT, 'out', `backend-${options.name}.log`);
  const out = createWriteStream(logFile);
  const child = spawn(
    process.execPath,
    [
      // E.g. BENCH_BACKEND_NODE_ARGS=--cpu-prof to profile the backend.
      ...(process.env.BENCH_BACKEND_NODE_ARGS?.split(' ').filter(Boolean) ??
        []),
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      resolve(__dirname, 'backend/index.ts'),
      '--config',
      options.configFile,
    ],
    {
      cwd: resolve(REPO_ROOT, 'packages/backend'),
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  let exited: number | null = null;
  child.on('exit', code => {
    exited = code ?? -1;
  });
  const stop = async () => {
    if (exited !== null) return;
    child.kill('SIGTERM');
    for (let i = 0; i < 100 && exited === null; i++) await sleep(100);
    if (exited === null) child.kill('SIGKILL');
  };
  const rssMiB = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  };

  // Ready when the catalog lists every generated person.
  const deadline = Date.now() + 300_000;
  let last = '';
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`The bench backend exited (${exited}); see ${logFile}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/demo-people`);
      if (response.ok) {
        const { people } = (await response.json()) as { people: unknown[] };
        if (people.length >= options.expectUsers) break;
        last = `${people.length} people`;
      } else {
        last = `HTTP ${response.status}`;
      }
    } catch (error) {
      last = String(error);
    }
    await sleep(1000);
  }
  if (Date.now() >= deadline) {
    await stop();
    throw new Error(`The bench backend did not get ready: ${last}`);
  }
  options.log(`  backend ready at ${baseUrl} (log ${logFile})`);
  return { baseUrl, process: child, logFile, stop, rssMiB };
}

/** A real sign-in through the development sign-in: the refresh response. */
export async function signInSession(
  baseUrl: string,
  user: string,
): Promise<SessionResponse> {
  const response = await fetch(`${baseUrl}/api/auth/demo/refresh`, {
    headers: {
      'x-overlevering-demo-user': user,
      'x-requested-with': 'XMLHttpRequest',
    },
  });
  if (!response.ok) {
    throw new Error(
      `Sign-in as ${user}: HTTP ${response.status} ${await response.text()}`,
    );
  }
  return (await response.json()) as SessionResponse;
}

/** A real user token through the development sign-in. */
export async function signIn(baseUrl: string, user: string): Promise<string> {
  return (await signInSession(baseUrl, user)).backstageIdentity.token;
}

/**
 * Signs in once the catalog has the user's group memberships as relations,
 * so that the token carries the groups (the permission policy reads them).
 */
export async function signInWithGroups(
  baseUrl: string,
  user: string,
  groups: number,
): Promise<string> {
  const deadline = Date.now() + 180_000;
  let seen = 0;
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/api/auth/demo/refresh`, {
      headers: {
        'x-overlevering-demo-user': user,
        'x-requested-with': 'XMLHttpRequest',
      },
    });
    if (response.ok) {
      const body = (await response.json()) as {
        backstageIdentity: {
          token: string;
          identity: { ownershipEntityRefs: string[] };
        };
      };
      seen = body.backstageIdentity.identity.ownershipEntityRefs.filter(r =>
        r.startsWith('group:'),
      ).length;
      if (seen >= groups) return body.backstageIdentity.token;
    }
    await sleep(1000);
  }
  throw new Error(`${user} got ${seen} of ${groups} groups in the token`);
}
