/*
 * `npm run bench`: the benchmarks of Overlevering. Options:
 *
 *   --size 1000,100000      handovers in the database (each size a run)
 *   --db sqlite,pg          databases (pg needs PostgreSQL, see db.ts)
 *   --only api,validate,browser,bundle
 *   --duration 10           seconds of load per read route
 *   --connections 50
 *   --smoke                 a short run for CI: --size 1000 --db sqlite
 *                           --only api,validate --duration 1, fewer writes
 *   --report                rewrite the measured tables in BENCHMARKS.md
 *   --render <results.json> render the tables of an earlier run (with
 *                           --report: into BENCHMARKS.md) without running
 *   --build                 build the app for production first (always
 *                           done when packages/app/dist is missing)
 *
 * Results go to bench/out/results-<time>.json and bench/out/report.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runApiBench } from './api';
import { existsSync } from 'node:fs';
import { APP_DIST } from './app';
import { runBrowserBench } from './browser';
import { buildApp, runBundleBench } from './bundle';
import { generate, migrate } from './data/generate';
import { makeOrg } from './data/org';
import {
  DbKind,
  dropPgDatabase,
  freshPluginDatabase,
  pluginDatabase,
  pluginDatabaseSize,
} from './db';
import { BENCH_ROOT, machineInfo } from './machine';
import { startBackend, writeConfig } from './portal';
import { renderReport, Results, updateBenchmarksFile } from './report';
import { runValidationBench } from './validate';

const USERS = 300;

function parseArgs(argv: string[]) {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) continue;
    const [key, inline] = arg.slice(2).split('=', 2);
    if (inline !== undefined) {
      args.set(key, inline);
    } else if (argv[i + 1] && !argv[i + 1].startsWith('--')) {
      args.set(key, argv[++i]);
    } else {
      args.set(key, 'true');
    }
  }
  const smoke = args.has('smoke');
  const list = (key: string, fallback: string) =>
    (args.get(key) ?? fallback)
      .split(',')
      .map(s => s.trim())
      .filter(Boolean);
  return {
    sizes: list('size', smoke ? '1000' : '1000,100000').map(Number),
    dbs: list('db', smoke ? 'sqlite' : 'sqlite,pg') as DbKind[],
    only: new Set(
      list('only', smoke ? 'api,validate' : 'api,validate,browser,bundle'),
    ),
    duration: Number(args.get('duration') ?? (smoke ? 1 : 10)),
    connections: Number(args.get('connections') ?? 50),
    report: args.has('report'),
    build: args.has('build'),
    render: args.get('render'),
    smoke,
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.render) {
    // The tables of an earlier run, from its results file.
    const earlier: Results = JSON.parse(readFileSync(options.render, 'utf8'));
    const markdown = renderReport(earlier);
    writeFileSync(resolve(BENCH_ROOT, 'out', 'report.md'), markdown);
    if (options.report) updateBenchmarksFile(markdown);
    console.log(markdown);
    return;
  }
  const log = (line: string) => console.log(line);
  const started = Date.now();
  const results: Results = {
    machine: machineInfo(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    options: { ...options, only: [...options.only] },
    validation: [],
    api: [],
  };
  mkdirSync(resolve(BENCH_ROOT, 'out'), { recursive: true });
  log(
    `Overlevering benchmarks on ${results.machine.cores} cores, ${
      results.machine.memoryGiB
    } GiB, load ${results.machine.loadAverage.join(' ')}`,
  );

  if (options.only.has('validate')) {
    log('Validation and export, one core');
    results.validation = runValidationBench(options.smoke ? 0.5 : 5);
    for (const r of results.validation) {
      log(
        `  ${r.name.padEnd(44)} ${r.perSecond.toFixed(
          0,
        )}/s  (${r.medianMicros.toFixed(1)} µs each)`,
      );
    }
  }

  const org = makeOrg(USERS);
  const orgFile = resolve(BENCH_ROOT, 'out', 'org.yaml');
  writeFileSync(orgFile, org.yaml);
  const wantsBrowser = options.only.has('browser');
  if (wantsBrowser || options.only.has('bundle')) {
    // A production build of the app; its config is injected when served.
    if (options.build || !existsSync(resolve(APP_DIST, 'index.html'))) {
      const seconds = buildApp(log);
      log(`  built in ${Math.round(seconds)} s`);
    }
  }
  if (options.only.has('bundle')) {
    log('The app bundle');
    results.bundle = await runBundleBench({ log });
  }

  if (options.only.has('api') || wantsBrowser) {
    let browserDone = false;
    for (const kind of options.dbs) {
      for (const size of options.sizes) {
        if (!options.only.has('api') && browserDone) continue;
        log(
          `${
            options.only.has('api') ? 'API' : 'Data'
          }, ${kind}, ${size} handovers`,
        );
        const db = await freshPluginDatabase(kind, size);
        let dbSize = '';
        let data;
        try {
          await migrate(db);
          data = await generate(db, { handovers: size, org, log });
          dbSize = await pluginDatabaseSize(db);
        } finally {
          await db.destroy();
        }
        log(
          `  generated ${data.handovers} handovers in ${data.seconds.toFixed(
            1,
          )} s (${JSON.stringify(data.rows)}), ${dbSize}`,
        );
        const backend = await startBackend({
          configFile: writeConfig({ kind, size, orgFile }),
          name: `${kind}-${size}`,
          expectUsers: USERS,
          log,
        });
        try {
          if (wantsBrowser && !browserDone) {
            log('In the browser');
            results.browser = await runBrowserBench({
              backend: backend.baseUrl,
              data,
              log,
            });
            browserDone = true;
          }
          if (!options.only.has('api')) continue;
          const rssBefore = backend.rssMiB();
          const outboxDb = pluginDatabase(kind, size);
          const routes = await runApiBench({
            baseUrl: backend.baseUrl,
            data,
            connections: options.connections,
            duration: options.duration,
            smoke: options.smoke,
            outboxWaiting: async () => {
              const [{ n }] = await outboxDb('overlevering_outbox')
                .whereNull('parked_at')
                .count({ n: '*' });
              return Number(n);
            },
            log,
          }).finally(() => outboxDb.destroy());
          const rssAfter = backend.rssMiB();
          log(
            `  backend RSS ${rssBefore} MiB before the load, ${rssAfter} MiB after`,
          );
          results.api.push({
            db: kind,
            size,
            generation: {
              seconds: data.seconds,
              rows: data.rows,
              databaseSize: dbSize,
            },
            routes,
            rssMiB: { before: rssBefore, after: rssAfter },
            loadAverage: machineInfo().loadAverage,
          });
        } finally {
          await backend.stop();
        }
      }
    }
    if (options.dbs.includes('pg')) {
      await dropPgDatabase();
    }
  }

  results.seconds = (Date.now() - started) / 1000;
  const stamp = results.machine.date.replace(/[:.]/g, '-');
  writeFileSync(
    resolve(BENCH_ROOT, 'out', `results-${stamp}.json`),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  const markdown = renderReport(results);
  writeFileSync(resolve(BENCH_ROOT, 'out', 'report.md'), markdown);
  if (options.report) {
    updateBenchmarksFile(markdown);
  }
  log(
    `Done in ${Math.round(results.seconds)} s; bench/out/report.md${
      options.report ? ' and BENCHMARKS.md' : ''
    }`,
  );
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
