/*
 * The API under load: autocannon against the bench backend on loopback,
 * with real user tokens, 50 connections, each route and the baseline (an
 * authenticated empty route of the same backend) in the same run.
 */
import autocannon from 'autocannon';
import type { Generated } from './data/generate';
import { BENCH_USERS } from './data/org';
import { signIn, signInWithGroups } from './portal';
import { exampleDocument } from './validate';

export interface RouteResult {
  name: string;
  method: string;
  path: string;
  connections: number;
  requests: number;
  non2xx: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Statuses other than 2xx and how often, when there were any. */
  statuses?: Record<string, number>;
  /**
   * For a write: seconds from its last response until the outbox had told
   * every change (signals, notifications); undefined when not measured.
   */
  drainSeconds?: number;
  /** Changes still waiting in the outbox when the last response came. */
  waitingAtEnd?: number;
}

interface RouteSpec {
  name: string;
  method: 'GET' | 'PUT' | 'POST';
  /** Shown in the report. */
  path: string;
  token: string;
  /** A fixed number of requests (pools that writes consume), else duration. */
  amount?: number;
  next?: () => { path: string; body?: string };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((p / 100) * sorted.length) - 1),
  );
  return sorted[index];
}

async function load(
  baseUrl: string,
  spec: RouteSpec,
  options: { connections: number; duration: number; warmup: boolean },
): Promise<RouteResult> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const headers = {
    authorization: `Bearer ${spec.token}`,
    'content-type': 'application/json',
  };
  const run = (measure: boolean, duration: number, amount?: number) =>
    new Promise<autocannon.Result>((resolveRun, reject) => {
      const instance = autocannon(
        {
          url: baseUrl,
          connections: options.connections,
          ...(amount ? { amount } : { duration }),
          headers,
          requests: [
            {
              method: spec.method,
              path: spec.path,
              ...(spec.next
                ? {
                    setupRequest: (req: any) => {
                      const n = spec.next!();
                      return {
                        ...req,
                        path: n.path,
                        ...(n.body ? { body: n.body } : {}),
                      };
                    },
                  }
                : {}),
            },
          ],
        },
        (error: unknown, result: autocannon.Result) =>
          error ? reject(error) : resolveRun(result),
      );
      if (measure) {
        instance.on(
          'response',
          (
            _client: unknown,
            statusCode: number,
            _bytes: number,
            time: number,
          ) => {
            times.push(time);
            if (statusCode < 200 || statusCode > 299) {
              statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
            }
          },
        );
      }
    });
  if (options.warmup && !spec.amount) {
    await run(false, Math.min(2, options.duration));
  }
  const started = performance.now();
  const result = await run(true, options.duration, spec.amount);
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const non2xx = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    name: spec.name,
    method: spec.method,
    path: spec.path,
    connections: options.connections,
    requests: times.length,
    non2xx,
    errors: result.errors + result.timeouts,
    seconds,
    perSecond: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    ...(non2xx ? { statuses } : {}),
  };
}

export async function runApiBench(options: {
  baseUrl: string;
  data: Generated;
  connections: number;
  duration: number;
  /** Fewer writes, for a short run. */
  smoke?: boolean;
  /** How many changes the outbox still has to tell. */
  outboxWaiting?: () => Promise<number>;
  log: (line: string) => void;
}): Promise<RouteResult[]> {
  const { baseUrl, data, log } = options;
  const api = '/api/overlevering';
  const owner = await signIn(baseUrl, BENCH_USERS.owner);
  const writer = await signIn(baseUrl, BENCH_USERS.writer);
  // The approver's token must carry its four approver groups and its team.
  const approver = await signInWithGroups(baseUrl, BENCH_USERS.approver, 5);

  // Sanity: the routes answer what the benchmark expects.
  const check = async (path: string, token: string) => {
    const response = await fetch(`${baseUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) {
      throw new Error(
        `${path}: HTTP ${response.status} ${await response.text()}`,
      );
    }
    return response.json();
  };
  const mine = await check(`${api}/handovers?owner=me`, owner);
  const inbox = await check(`${api}/approvals`, approver);
  log(
    `  owner sees ${mine.items.length} handovers on the first page, approver ${inbox.items.length} pending seats`,
  );

  const documentText = JSON.stringify(exampleDocument());
  let readIndex = 0;
  let writeIndex = 0;
  let decisionIndex = 0;
  const writes = data.writerDrafts.map(d => ({ ...d }));
  const decisions = data.decisionSeats;

  const specs: RouteSpec[] = [
    {
      name: 'baseline: authenticated empty route',
      method: 'GET',
      path: '/api/bench/empty',
      token: owner,
    },
    {
      name: 'part: + user info',
      method: 'GET',
      path: '/api/bench/user-info',
      token: owner,
    },
    {
      name: 'part: + catalog lookup of the user',
      method: 'GET',
      path: '/api/bench/catalog-user',
      token: owner,
    },
    {
      name: 'part: + one permission decision',
      method: 'GET',
      path: '/api/bench/permission',
      token: owner,
    },
    {
      name: 'Mine overleveringer',
      method: 'GET',
      path: `${api}/handovers?owner=me`,
      token: owner,
    },
    {
      name: 'Godkjenninger',
      method: 'GET',
      path: `${api}/approvals`,
      token: approver,
    },
    {
      name: 'one handover',
      method: 'GET',
      path: `${api}/handovers/:id`,
      token: owner,
      next: () => ({
        path: `${api}/handovers/${
          data.ownerHandovers[readIndex++ % data.ownerHandovers.length]
        }`,
      }),
    },
    {
      name: 'save the document',
      method: 'PUT',
      path: `${api}/handovers/:id/document`,
      token: writer,
      amount: Math.min(options.smoke ? 100 : 600, writes.length * 2),
      next: () => {
        const draft = writes[writeIndex++ % writes.length];
        const revision = draft.revision;
        draft.revision += 1;
        return {
          path: `${api}/handovers/${draft.id}/document`,
          body: `{"revision":${revision},"document":${documentText}}`,
        };
      },
    },
    {
      name: 'decide a seat',
      method: 'POST',
      path: `${api}/handovers/:id/rounds/:n/decisions`,
      token: approver,
      amount: Math.min(options.smoke ? 100 : 1000, decisions.length),
      next: () => {
        const seat = decisions[decisionIndex++ % decisions.length];
        return {
          path: `${api}/handovers/${seat.id}/rounds/${seat.round}/decisions`,
          body: JSON.stringify({ role: seat.role, decision: 'approve' }),
        };
      },
    },
  ];

  const results: RouteResult[] = [];
  for (const spec of specs) {
    const result = await load(baseUrl, spec, {
      connections: options.connections,
      duration: options.duration,
      warmup: true,
    });
    if (spec.amount && options.outboxWaiting) {
      Object.assign(result, await drain(options.outboxWaiting));
    }
    log(summaryLine(result));
    results.push(result);
  }
  // The baseline once more at the end, to see whether the machine changed.
  const again = await load(
    baseUrl,
    { ...specs[0], name: 'baseline, again at the end' },
    {
      connections: options.connections,
      duration: options.duration,
      warmup: false,
    },
  );
  log(summaryLine(again));
  results.push(again);
  return results;
}

/**
 * Waits until the outbox has told every change the writes made (at most two
 * minutes), so the next route starts on a quiet backend and the run shows
 * how far delivery lags behind the writes.
 */
async function drain(
  waiting: () => Promise<number>,
): Promise<{ drainSeconds: number; waitingAtEnd: number }> {
  const started = performance.now();
  const waitingAtEnd = await waiting();
  let left = waitingAtEnd;
  while (left > 0 && performance.now() - started < 120_000) {
    await new Promise(r => setTimeout(r, 100));
    left = await waiting();
  }
  return {
    drainSeconds: left > 0 ? NaN : (performance.now() - started) / 1000,
    waitingAtEnd,
  };
}

/** One route's figures as a line of the run's log. */
function summaryLine(result: RouteResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const statuses = result.non2xx
    ? `  non-2xx ${JSON.stringify(result.statuses)}`
    : '';
  const drained =
    result.waitingAtEnd === undefined
      ? ''
      : `  outbox: ${result.waitingAtEnd} waiting at the last response, told ${
          Number.isNaN(result.drainSeconds)
            ? 'not within 120 s'
            : `${result.drainSeconds!.toFixed(1)} s later`
        }`;
  // When it ended, to line the run's log up with the backend's profiles.
  const ended = new Date().toISOString().slice(11, 19);
  return `  ${ended} ${result.name.padEnd(38)} ${
    result.requests
  } req  ${result.perSecond.toFixed(0)} req/s  p50 ${ms(result.p50)}  p95 ${ms(
    result.p95,
  )}  p99 ${ms(result.p99)}${statuses}${drained}`;
}
